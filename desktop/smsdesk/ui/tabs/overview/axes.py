"""Axes that name the charts' bins in the user's language: a bin index axis (hours, days, months) whose labels thin
out as the user zooms, and a category axis (channels, carriers, kinds, templates, tasks)."""

from __future__ import annotations

import datetime as dt
import math

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics

_STEPS = {
    "hour": (1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720, 1440, 2160, 4320, 8760),
    "day": (1, 2, 3, 7, 14, 28, 56, 91, 182, 365, 730, 1461, 3652),
    "month": (1, 2, 3, 6, 12, 24, 60, 120),
}


class PeriodAxis(pg.AxisItem):
    """x is the bin's position (0, 1, 2…); labels come from the bins' start times."""

    def __init__(self, labels, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self._labels = labels  # ChartLabels
        self.periods: list[dt.datetime] = []
        self.by = "day"

    def set_periods(self, periods: list[dt.datetime], by: str) -> None:
        self.periods, self.by = periods, by
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):
        n = len(self.periods)
        if n == 0:
            return []
        lo, hi = max(0, math.ceil(minVal)), min(n - 1, math.floor(maxVal))
        if hi < lo:
            return []
        room = max(1, int(size // 90))  # a label needs about 90 px
        want = (hi - lo + 1) / room
        step = next((s for s in _STEPS[self.by] if s >= want), _STEPS[self.by][-1])
        major = [i for i in range(lo, hi + 1) if self._aligned(i, step)]
        return [(step, major)]

    def _aligned(self, i: int, step: int) -> bool:
        if step == 1:
            return True
        p = self.periods[i]
        if self.by == "month":
            return (p.year * 12 + p.month - 1) % step == 0
        if self.by == "day":
            if step == 7:
                return p.isoweekday() == 1
            if step in (28, 56):
                return p.day == 1 and (step == 28 or p.month % 2 == 1)
            if step >= 91:
                return p.day == 1 and (p.month - 1) % max(1, step // 30) == 0
            return p.toordinal() % step == 0
        hours = p.toordinal() * 24 + p.hour
        return hours % step == 0

    def tickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            i = round(v)
            if 0 <= i < len(self.periods):
                p = self.periods[i]
                short = self.by == "hour" and spacing < 24 and p.hour != 0
                out.append(self._labels.period(p, self.by, short=short))
            else:
                out.append("")
        return out


class CategoryAxis(pg.AxisItem):
    """x is the category's position; every label shown while there is room, else every n-th."""

    def __init__(self, orientation: str = "bottom") -> None:
        super().__init__(orientation)
        self.names: list[str] = []
        self.label_px = 70  # room a label needs; fewer labels when they would touch
        self.label_chars = 12

    def set_names(self, names: list[str]) -> None:
        self.names = names
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):
        n = len(self.names)
        if n == 0:
            return []
        lo, hi = max(0, math.ceil(minVal)), min(n - 1, math.floor(maxVal))
        room = max(1, int(size // self.label_px))
        step = max(1, math.ceil((hi - lo + 1) / room))
        per = size / max(1e-9, maxVal - minVal)  # px per category
        self._room_px = per * step * 0.96  # what one label may take
        self._place = (minVal, per, size)
        return [(step, list(range(lo, hi + 1, step)))]

    def tickStrings(self, values, scale, spacing):
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        room = max(getattr(self, "_room_px", 0.0), float(metrics.horizontalAdvance("M" * self.label_chars)))
        out = []
        low, per, size = getattr(self, "_place", (0.0, 0.0, 0.0))
        for v in values:
            i = round(v)
            name = self.names[i] if 0 <= i < len(self.names) else ""
            fits = room
            if per:  # a label reaching past the axis' ends is not drawn at all: the first and last are shortened
                x = (v - low) * per
                fits = min(room, 2 * min(x, size - x) - 2)
            text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0, int(fits)))
            out.append("" if text == "…" else text)  # no room: no label (the tooltip names it)
        return out


class CountAxis(pg.AxisItem):
    """The value axis: whole counts in the user's locale with thousands separators (1,000,000, never 1e+06);
    fractions (percent steps) and log scales as pyqtgraph writes them."""

    def tickStrings(self, values, scale, spacing):
        scaled = [v * scale for v in values]
        if self.logMode or any(abs(v - round(v)) > 1e-9 for v in scaled):
            return super().tickStrings(values, scale, spacing)
        locale = QLocale()
        return [locale.toString(round(v)) for v in scaled]

    def fit(self, top: float) -> None:
        """As wide as the longest count up to ``top`` needs (a label wider than the axis is not drawn at all)."""
        if self.logMode:
            return
        metrics = QFontMetrics(self.style.get("tickFont") or self.font())
        text = QLocale().toString(int(max(0.0, top)))
        self.setWidth(max(58, metrics.horizontalAdvance(text) + 16))
