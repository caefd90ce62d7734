"""The dashboard's nine charts (REP-6), each a ChartPanel drawn with pyqtgraph's own items (bars, lines, scatter,
image): what it reads, how it draws, what a point says and which messages it opens."""

from __future__ import annotations

import bisect
import datetime as dt
import math
from zoneinfo import ZoneInfo

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from smsdesk.domain import charts as rules
from smsdesk.domain.statuses import FAILURE_CATEGORIES
from smsdesk.services import charts as chart_service
from smsdesk.ui.tabs.overview import palette
from smsdesk.ui.tabs.overview.axes import CategoryAxis, PeriodAxis
from smsdesk.ui.tabs.overview.chart_panel import ChartPanel

TOP_TEMPLATES = 15
TOP_TASKS = 30
HEADROOM = 0.16  # room above the highest bar for the legend


def _brush(color: str, alpha: int = 255) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def _bars(x, height, y0, color: str, name: str | None = None, width: float = 0.8) -> pg.BarGraphItem:
    item = pg.BarGraphItem(x=x, height=height, y0=y0, width=width, brush=_brush(color), pen=pg.mkPen(None))
    if name is not None:
        item.opts["name"] = name
    return item


# viridis (perceptually uniform, readable with the common colour-vision deficiencies), as pyqtgraph ships it,
# sampled at nine stops: built here rather than read from pyqtgraph's file on the GUI thread
_VIRIDIS = ("#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725")


def viridis() -> pg.ColorMap:
    return pg.ColorMap(np.linspace(0.0, 1.0, len(_VIRIDIS)), [QColor(c) for c in _VIRIDIS])


def _nan(values) -> np.ndarray:
    return np.array([np.nan if v is None else v for v in values], dtype=float)


class _PeriodChart(ChartPanel):
    """A chart along time bins: index axis labelled with the bins, zoom and pan along x only."""

    def make_axes(self):
        self.period_axis = PeriodAxis(self.labels)
        return {"bottom": self.period_axis}

    def set_periods(self, periods: list[dt.datetime], by: str) -> None:
        self.period_axis.set_periods(periods, by)
        n = max(1, len(periods))
        vb = self.item.getViewBox()
        vb.setMouseEnabled(x=True, y=False)
        vb.setLimits(xMin=-1, xMax=n, minXRange=min(n + 1, 4))
        self.item.setXRange(-0.6, n - 0.4, padding=0)

    def index_at(self, x: float, n: int) -> int | None:
        i = round(x)
        return i if 0 <= i < n and abs(x - i) <= 0.45 else None


class _CategoryChart(ChartPanel):
    def make_axes(self):
        self.category_axis = CategoryAxis()
        return {"bottom": self.category_axis}

    def set_names(self, names: list[str]) -> None:
        self.category_axis.set_names(names)
        n = max(1, len(names))
        vb = self.item.getViewBox()
        vb.setMouseEnabled(x=True, y=False)
        vb.setLimits(xMin=-1, xMax=n)
        self.item.setXRange(-0.6, n - 0.4, padding=0)

    def index_at(self, x: float, n: int) -> int | None:
        i = round(x)
        return i if 0 <= i < n and abs(x - i) <= 0.45 else None


# -- volume -----------------------------------------------------------------------------------------------------


class VolumePanel(_PeriodChart):
    name = "volume"

    def add_options(self) -> None:
        L = self.labels
        self.by_box = self.option("by", [(b, L.bin(b)) for b in ("auto", "hour", "day", "month")], "auto")
        self.compare_box = self.option("compare", [("auto", L.compare("auto"))]
                                       + [(c, L.compare(c)) for c in rules.COMPARES], "auto")

    def options(self) -> dict[str, str]:
        return {"by": self.by_box.currentData(), "compare": self.compare_box.currentData()}

    def query(self, session, flt):
        by, compare = self.by_box.currentData(), self.compare_box.currentData()
        if by == "hour" and rules.bin_count(flt.date_from, flt.date_to, "hour") > 24 * 400:
            by = "auto"
        if compare == "auto":  # hours against the day before, days against the week before, months the year
            shown = rules.auto_bin(flt.date_from, flt.date_to) if by == "auto" else by
            compare = {"hour": "day", "day": "week", "month": "year"}[shown]
        return chart_service.volume(session, flt, by, compare)

    def draw(self, d: chart_service.VolumeChart) -> None:
        L = self.labels
        x = np.arange(len(d.periods))
        delivered, failed, pending = (np.array(v, dtype=float) for v in (d.delivered, d.failed, d.pending))
        base = np.zeros(len(x))
        for values, outcome in ((delivered, "delivered"), (failed, "failed"), (pending, "pending")):
            bars = _bars(x, values, base.copy(), palette.OUTCOME[outcome])
            self.item.addItem(bars)
            self.legend.addItem(bars, L.outcome(outcome))
            yield  # the next series in the next turn of the event loop
            base += values
        if d.previous is not None:
            line = pg.PlotDataItem(x, np.array(d.previous, dtype=float), antialias=True,
                                   pen=pg.mkPen(palette.PREVIOUS, width=2, style=Qt.PenStyle.DashLine))
            self.item.addItem(line)
            self.legend.addItem(line, L.compare(d.compare))
            yield  # the next series in the next turn of the event loop
        self.set_periods(d.periods, d.by)
        top = max(1.0, float(base.max(initial=0)), float(max(d.previous or [0])))
        self.item.setYRange(0, top * (1 + HEADROOM), padding=0)

    def hit(self, x, y):
        d: chart_service.VolumeChart = self.data
        i = self.index_at(x, len(d.periods))
        if i is None or y < 0:
            return None
        L = self.labels
        m = d.messages[i] - 0  # every outcome but the cancelled is drawn
        drawn = d.delivered[i] + d.failed[i] + d.pending[i]
        lines = [
            L.period(d.periods[i], d.by),
            self.tr("Messages: %1").replace("%1", L.number(m)),
            self.tr("Delivered: %1 (%2)").replace("%1", L.number(d.delivered[i])).replace(
                "%2", L.percent(rules.rate(d.delivered[i], drawn))),
            self.tr("Failed: %1 (%2)").replace("%1", L.number(d.failed[i])).replace(
                "%2", L.percent(rules.rate(d.failed[i], drawn))),
            self.tr("Pending: %1").replace("%1", L.number(d.pending[i])),
        ]
        if d.previous is not None:
            ch = rules.change(drawn, d.previous[i])
            lines.append(self.tr("%1: %2 (change %3)").replace("%1", L.compare(d.compare)).replace(
                "%2", L.number(d.previous[i])).replace("%3", "—" if ch is None else f"{ch * 100:+.1f}%"))
        status = None
        if y <= d.delivered[i]:
            status = "delivered"
        elif y <= d.delivered[i] + d.failed[i]:
            status = "failed"
        elif y <= drawn:
            status = "pending"
        return "\n".join(lines), d.detail(i, status=status)

    def rows(self, d: chart_service.VolumeChart):
        L = self.labels
        headers = [self.tr("Period"), self.tr("Messages"), L.outcome("delivered"), L.outcome("failed"),
                   L.outcome("pending"), self.tr("Success rate")]
        if d.previous is not None:
            headers.append(L.compare(d.compare))
        out = []
        for i, p in enumerate(d.periods):
            row = [L.period(p, d.by), L.number(d.messages[i]), L.number(d.delivered[i]), L.number(d.failed[i]),
                   L.number(d.pending[i]), L.percent(rules.rate(d.delivered[i], d.delivered[i] + d.failed[i]))]
            if d.previous is not None:
                row.append(L.number(d.previous[i]))
            out.append(row)
        return headers, out


# -- peaks ------------------------------------------------------------------------------------------------------


class PeaksPanel(ChartPanel):
    name = "peaks"

    def add_options(self) -> None:
        self.scale = QLabel()
        self.scale.setObjectName("scale")
        self.scale.setStyleSheet("color: #555;")
        self.scale.setWordWrap(True)
        # under the heatmap, not in the crowded header, where a longer language squeezed it to nothing
        self.layout().insertWidget(2, self.scale)

    def query(self, session, flt):
        return chart_service.peaks(session, flt)

    def draw(self, d: chart_service.PeaksChart) -> None:
        grid = np.array(d.grid, dtype=float).T  # x = hour, y = weekday
        image = pg.ImageItem(grid)
        image.setColorMap(viridis())
        image.setLevels((0, max(1.0, float(grid.max()))))
        image.setRect(0, 0, 24, 7)
        self.item.addItem(image)
        # the scale in words under the map (pyqtgraph's colour bar is a whole second plot to build)
        self.scale.setText(self.tr("Dark: none · bright: %Ln message(s)", "", int(grid.max())))
        vb = self.item.getViewBox()
        vb.invertY(True)
        vb.setMouseEnabled(x=False, y=False)
        self.item.setXRange(0, 24, padding=0)
        self.item.setYRange(0, 7, padding=0)
        self.item.getAxis("left").setTicks([[(d_ + 0.5, self.labels.weekday(d_ + 1)) for d_ in range(7)]])
        self.item.getAxis("bottom").setTicks([[(h + 0.5, f"{h}") for h in range(0, 24, 2)],
                                              [(h + 0.5, "") for h in range(1, 24, 2)]])
        self.item.showGrid(x=False, y=False)
        self.item.setLabel("bottom", self.tr("Hour of the day"))
        self.legend.hide()

    def hit(self, x, y):
        d: chart_service.PeaksChart = self.data
        if not (0 <= x < 24 and 0 <= y < 7):
            return None
        h, w = int(x), int(y)
        total = sum(sum(r) for r in d.grid)
        n = d.grid[w][h]
        text = self.tr("%1 %2:00-%3:00\nMessages: %4 (%5 of the range)").replace(
            "%1", self.labels.weekday(w + 1)).replace("%2", f"{h:02d}").replace("%3", f"{h + 1:02d}").replace(
            "%4", self.labels.number(n)).replace("%5", self.labels.percent(rules.rate(n, total)))
        return text, None

    def rows(self, d: chart_service.PeaksChart):
        headers = [self.tr("Hour")] + [self.labels.weekday(w + 1) for w in range(7)]
        return headers, [[f"{h:02d}:00"] + [self.labels.number(d.grid[w][h]) for w in range(7)] for h in range(24)]


# -- rates ------------------------------------------------------------------------------------------------------


class RatesPanel(_PeriodChart):
    name = "rates"

    def add_options(self) -> None:
        L = self.labels
        self.dim_box = self.option("dimension", [(k, L.dimension(k)) for k in ("channel", "carrier")], "channel")
        self.measure_box = self.option("measure", [("success", self.tr("Success rate")),
                                                   ("failure", self.tr("Failure rate"))], "success")

    def options(self):
        return {"dimension": self.dim_box.currentData(), "measure": self.measure_box.currentData()}

    def query(self, session, flt):
        return chart_service.rates(session, flt, self.dim_box.currentData())

    def _name(self, d: chart_service.RatesChart, key) -> str:
        return self.labels.channel(key, d.names.channels) if d.dimension == "channel" else self.labels.carrier(key)

    def _values(self, d, key):
        fn = d.success_rate if self.measure_box.currentData() == "success" else d.failure_rate
        return [None if v is None else v * 100 for v in fn(key)]

    @staticmethod
    def drawn_keys(d: chart_service.RatesChart) -> list:
        """The series drawn: no line for the messages of no channel (pending or failed before submit), whose rate
        says nothing of a channel; the tooltip counts them."""
        return [k for k in d.keys if k or d.dimension != "channel"]

    def draw(self, d: chart_service.RatesChart) -> None:
        x = np.arange(len(d.periods))
        for key in self.drawn_keys(d):
            color = palette.for_dimension(d.dimension, key)
            line = pg.PlotDataItem(x, _nan(self._values(d, key)), pen=pg.mkPen(color, width=2), connect="finite",
                                   antialias=True)
            self.item.addItem(line)
            self.legend.addItem(line, self._name(d, key))
            yield  # the next series in the next turn of the event loop
        self.set_periods(d.periods, d.by)
        values = [v for key in self.drawn_keys(d) for v in self._values(d, key) if v is not None]
        low = max(0.0, min(values, default=0.0) - 5)
        high = min(100.0, max(values, default=100.0) + 5)
        self.item.setYRange(low, high + (high - low) * HEADROOM, padding=0)
        self.item.setLabel("left", "%")

    def hit(self, x, y):
        d: chart_service.RatesChart = self.data
        i = self.index_at(x, len(d.periods))
        keys = self.drawn_keys(d)
        if i is None or not keys:
            return None
        best, dist = None, 6.0
        for key in keys:
            v = self._values(d, key)[i]
            if v is not None and abs(v - y) < dist:
                best, dist = key, abs(v - y)
        if best is None:
            return None
        L = self.labels
        m, dl, f = d.messages[best][i], d.delivered[best][i], d.failed[best][i]
        text = "\n".join([
            f"{self._name(d, best)} · {L.period(d.periods[i], d.by)}",
            self.tr("Success rate: %1").replace("%1", L.percent(rules.rate(dl, dl + f))),
            self.tr("Failure rate: %1").replace("%1", L.percent(rules.rate(f, dl + f))),
            self.tr("Messages: %1, delivered %2, failed %3").replace("%1", L.number(m)).replace(
                "%2", L.number(dl)).replace("%3", L.number(f)),
        ])
        if d.dimension == "channel" and 0 in d.messages and d.messages[0][i]:
            text += "\n" + L.unrouted(d.messages[0][i])
        status = "failed" if self.measure_box.currentData() == "failure" else "delivered"
        return text, d.detail(best, i, status=status)

    def rows(self, d: chart_service.RatesChart):
        L = self.labels
        headers = [self.tr("Period"), L.column(d.dimension), self.tr("Messages"), L.outcome("delivered"),
                   L.outcome("failed"), self.tr("Success rate"), self.tr("Failure rate")]
        out = []
        for i, p in enumerate(d.periods):
            for k in d.keys:
                m, dl, f = d.messages[k][i], d.delivered[k][i], d.failed[k][i]
                no_rate = d.dimension == "channel" and not k  # no channel: no channel's rate
                if m:
                    out.append([L.period(p, d.by), self._name(d, k), L.number(m), L.number(dl), L.number(f),
                                "—" if no_rate else L.percent(rules.rate(dl, dl + f)),
                                "—" if no_rate else L.percent(rules.rate(f, dl + f))])
        return headers, out


# -- latency ----------------------------------------------------------------------------------------------------


class LatencyPanel(_CategoryChart):
    name = "latency"

    def add_options(self) -> None:
        L = self.labels
        self.dim_box = self.option("dimension", [(k, L.dimension(k)) for k in ("kind", "channel")], "kind")

    def options(self):
        return {"dimension": self.dim_box.currentData()}

    def query(self, session, flt):
        return chart_service.latency(session, flt, self.dim_box.currentData())

    def _name(self, d, key) -> str:
        return self.labels.channel(key, d.names.channels) if d.dimension == "channel" else self.labels.kind(key)

    def draw(self, d: chart_service.LatencyChart) -> None:
        rows = [r for r in d.rows if r.messages]
        self.shown = rows
        self.item.setLogMode(False, True)
        # each percentile a short thick mark across its column (lines: no symbol atlas to render on first use)
        for name in ("p50", "p90", "p99"):
            xs, ys = [], []
            for i, r in enumerate(rows):
                v = getattr(r, name)
                if v is not None:  # "an hour or more" (inf) drawn at two hours
                    xs += [i - 0.3, i + 0.3]
                    ys += [min(max(0.05, v), 7200.0)] * 2
            item = pg.PlotDataItem(np.array(xs, dtype=float), np.array(ys, dtype=float), connect="pairs",
                                   pen=pg.mkPen(palette.PERCENTILE[name], width=5))
            self.item.addItem(item)
            self.legend.addItem(item, name.upper())
            yield  # the next series in the next turn of the event loop
        # the P50-P99 whiskers, then the expected times: one item each (an item per column cost a step its turn)
        xs, ys = [], []
        for i, r in enumerate(rows):
            if r.p50 is not None and r.p99 is not None:
                xs += [i, i]
                ys += [max(0.05, r.p50), min(max(0.05, r.p99), 7200.0)]
        if xs:
            self.item.addItem(pg.PlotDataItem(np.array(xs, dtype=float), np.array(ys, dtype=float), connect="pairs",
                                              pen=pg.mkPen("#777777", width=2)))
        yield  # the next series in the next turn of the event loop
        pen = pg.mkPen("#444444", width=1, style=Qt.PenStyle.DashLine)
        if d.dimension == "kind":
            xs, ys = [], []
            for i, r in enumerate(rows):
                lo, hi = rules.EXPECTED_LATENCY_S.get(r.key, (None, None))
                for v in sorted({lo, hi} - {None}):
                    xs += [i - 0.4, i + 0.4]
                    ys += [v, v]
            if xs:
                self.item.addItem(pg.PlotDataItem(np.array(xs, dtype=float), np.array(ys, dtype=float),
                                                  connect="pairs", pen=pen))
        else:
            for kind, (_lo, hi) in rules.EXPECTED_LATENCY_S.items():
                if kind == "alert":
                    continue
                line = pg.InfiniteLine(pos=math.log10(hi), angle=0, pen=pen, label=self.labels.kind(kind),
                                       labelOpts={"position": 0.97, "color": "#444444", "anchors": [(1, 1), (1, 1)]})
                self.item.addItem(line)
        reference = pg.PlotDataItem([], [], pen=pen)
        self.legend.addItem(reference, self.tr("Expected (seed)"))
        yield  # the next series in the next turn of the event loop
        self.set_names([self._name(d, r.key) for r in rows])
        self.item.setLabel("left", self.tr("seconds"))
        top = max([min(r.p99 or 1, 7200.0) for r in rows] + [200])
        self.item.setYRange(math.log10(0.5), math.log10(top * 4), padding=0)

    def hit(self, x, y):
        d: chart_service.LatencyChart = self.data
        rows = getattr(self, "shown", [])
        i = self.index_at(x, len(rows))
        if i is None:
            return None
        r, L = rows[i], self.labels
        lines = [self._name(d, r.key), self.tr("Delivered: %1").replace("%1", L.number(r.messages)),
                 f"P50 {L.seconds(r.p50)} · P90 {L.seconds(r.p90)} · P99 {L.seconds(r.p99)}"]
        if d.dimension == "kind" and r.key in rules.EXPECTED_LATENCY_S:
            lo, hi = rules.EXPECTED_LATENCY_S[r.key]
            lines.append(self.tr("Expected: %1").replace(
                "%1", L.seconds(hi) if lo == hi else f"{L.seconds(lo)} – {L.seconds(hi)}"))
        return "\n".join(lines), d.detail(r.key)

    def rows(self, d: chart_service.LatencyChart):
        L = self.labels
        headers = [L.column(d.dimension), L.outcome("delivered"), "P50", "P90", "P99"]
        return headers, [[self._name(d, r.key), L.number(r.messages), L.seconds(r.p50), L.seconds(r.p90),
                          L.seconds(r.p99)] for r in d.rows]


# -- failure causes ---------------------------------------------------------------------------------------------


class FailuresPanel(ChartPanel):
    name = "failures"

    def make_axes(self):
        self.category_axis = CategoryAxis()
        return {"bottom": self.category_axis}

    legend_columns = 4  # seven categories: two rows, so that none is cut at the chart's edge
    headroom = 0.34

    def add_options(self) -> None:
        L = self.labels
        self.view_box = self.option("view", [(k, L.dimension(k)) for k in ("channel", "carrier", "kind", "trend")],
                                    "channel")

    def options(self):
        return {"view": self.view_box.currentData()}

    def query(self, session, flt):
        view = self.view_box.currentData()
        return chart_service.failures(session, flt, "channel" if view == "trend" else view)

    def _name(self, d, key) -> str:
        if d.dimension == "channel":
            return self.labels.channel(key, d.names.channels)
        return self.labels.carrier(key) if d.dimension == "carrier" else self.labels.kind(key)

    def _stacks(self, d) -> tuple[list[str], list[dict[str, int]]]:
        if self.view_box.currentData() == "trend":
            return [], [{c: d.trend[c][i] for c in FAILURE_CATEGORIES} for i in range(len(d.periods))]
        return [self._name(d, k) for k in d.keys], [d.counts[k] for k in d.keys]

    def draw(self, d: chart_service.FailuresChart) -> None:
        trend = self.view_box.currentData() == "trend"
        names, stacks = self._stacks(d)
        x = np.arange(len(stacks))
        base = np.zeros(len(stacks))
        for c in FAILURE_CATEGORIES:  # every category in the legend, zero counts too: the colours stay put
            values = np.array([s[c] for s in stacks], dtype=float)
            bars = _bars(x, values, base.copy(), palette.category(c), width=0.8 if not trend else 0.9)
            self.item.addItem(bars)
            self.legend.addItem(bars, self.labels.category(c))
            yield  # the next series in the next turn of the event loop
            base += values
        vb = self.item.getViewBox()
        vb.setMouseEnabled(x=True, y=False)
        n = max(1, len(stacks))
        vb.setLimits(xMin=-1, xMax=n)
        self.category_axis.set_names([self.labels.period(p, d.by) for p in d.periods] if trend else names)
        self.item.setXRange(-0.6, n - 0.4, padding=0)
        self.item.setYRange(0, max(1.0, float(base.max(initial=0))) * (1 + self.headroom), padding=0)

    def empty_text(self) -> str:
        return self.tr("No failed messages in this range")

    def hit(self, x, y):
        d: chart_service.FailuresChart = self.data
        names, stacks = self._stacks(d)
        i = round(x)
        if not (0 <= i < len(stacks)) or abs(x - i) > 0.45 or y < 0:
            return None
        total, acc = sum(stacks[i].values()), 0
        for c in FAILURE_CATEGORIES:
            n = stacks[i][c]
            if n and acc <= y <= acc + n:
                L = self.labels
                where = L.period(d.periods[i], d.by) if not names else names[i]
                text = "\n".join([where, f"{L.category(c)}: {L.number(n)} ({L.percent(rules.rate(n, total))})",
                                  self.tr("Failed in all: %1").replace("%1", L.number(total))])
                detail = d.trend_detail(i, c) if not names else d.detail(d.keys[i], c)
                return text, detail
            acc += n
        return None

    def rows(self, d: chart_service.FailuresChart):
        L = self.labels
        names, stacks = self._stacks(d)
        first = names if names else [L.period(p, d.by) for p in d.periods]
        headers = [self.tr("Period") if not names else L.column(d.dimension)]
        headers += [L.category(c) for c in FAILURE_CATEGORIES] + [self.tr("Total")]
        return headers, [[first[i]] + [L.number(s[c]) for c in FAILURE_CATEGORIES] + [L.number(sum(s.values()))]
                         for i, s in enumerate(stacks)]


# -- kinds and templates ----------------------------------------------------------------------------------------


class _PerformancePanel(_CategoryChart):
    dimension = "kind"

    def _name(self, d, key) -> str:
        return self.labels.kind(key) if d.dimension == "kind" else self.labels.template(key, d.names.templates)

    def shown_rows(self, d) -> list:
        return d.rows if d.dimension == "kind" else d.rows[:TOP_TEMPLATES]

    def draw(self, d: chart_service.PerformanceChart) -> None:
        rows = self.shown_rows(d)
        x = np.arange(len(rows))
        base = np.zeros(len(rows))
        for outcome in ("delivered", "failed", "pending"):
            values = np.array([getattr(r, outcome) for r in rows], dtype=float)
            bars = _bars(x, values, base.copy(), palette.OUTCOME[outcome])
            self.item.addItem(bars)
            self.legend.addItem(bars, self.labels.outcome(outcome))
            yield  # the next series in the next turn of the event loop
            base += values
        self.set_names([self._name(d, r.key) for r in rows])
        self.item.setYRange(0, max(1.0, float(base.max(initial=0))) * (1 + HEADROOM), padding=0)

    def hit(self, x, y):
        d: chart_service.PerformanceChart = self.data
        rows = self.shown_rows(d)
        i = self.index_at(x, len(rows))
        if i is None or y < 0:
            return None
        r, L = rows[i], self.labels
        text = "\n".join([
            self._name(d, r.key),
            self.tr("Messages: %1 (%2 of all)").replace("%1", L.number(r.messages)).replace(
                "%2", L.percent(rules.rate(r.messages, d.total))),
            self.tr("Delivered: %1 · failed: %2 · pending: %3").replace("%1", L.number(r.delivered)).replace(
                "%2", L.number(r.failed)).replace("%3", L.number(r.pending)),
            self.tr("Success rate: %1").replace("%1", L.percent(r.success_rate)),
            self.tr("Replies: %1 · opt-outs: %2").replace("%1", L.number(r.replies)).replace(
                "%2", L.number(r.opt_outs)),
        ])
        status = None
        if y <= r.delivered:
            status = "delivered"
        elif y <= r.delivered + r.failed:
            status = "failed"
        elif y <= r.delivered + r.failed + r.pending:
            status = "pending"
        detail = d.detail(r.key)
        if status:
            detail["status"] = status
        return text, detail

    def rows(self, d: chart_service.PerformanceChart):
        L = self.labels
        headers = [L.column("kind") if d.dimension == "kind" else self.tr("Template"), self.tr("Messages"),
                   self.tr("Share"), L.outcome("delivered"), L.outcome("failed"), L.outcome("pending"),
                   self.tr("Success rate"), self.tr("Replies"), self.tr("Opt-outs")]
        return headers, [[self._name(d, r.key), L.number(r.messages), L.percent(rules.rate(r.messages, d.total)),
                          L.number(r.delivered), L.number(r.failed), L.number(r.pending), L.percent(r.success_rate),
                          L.number(r.replies), L.number(r.opt_outs)] for r in d.rows]


class KindsPanel(_PerformancePanel):
    name = "kinds"

    def query(self, session, flt):
        return chart_service.kinds(session, flt)


class TemplatesPanel(_PerformancePanel):
    name = "templates"

    def query(self, session, flt):
        return chart_service.templates(session, flt)


# -- marketing conversion ---------------------------------------------------------------------------------------


class ConversionPanel(_CategoryChart):
    name = "conversion"

    def make_axes(self):
        axes = super().make_axes()
        self.category_axis.label_px, self.category_axis.label_chars = 110, 8  # task names are long
        return axes

    def query(self, session, flt):
        return chart_service.conversion(session, flt)

    def shown(self, d) -> list:
        return d.rows[-TOP_TASKS:]

    def empty_text(self) -> str:
        return self.tr("No marketing tasks in this range")

    def draw(self, d: chart_service.ConversionChart) -> None:
        rows = self.shown(d)
        x = np.arange(len(rows))
        replies = _bars(x - 0.2, [r.replies for r in rows], 0, "#0072B2", width=0.38)
        opt_outs = _bars(x + 0.2, [r.opt_outs for r in rows], 0, "#D55E00", width=0.38)
        for item, text in ((replies, self.tr("Replies")), (opt_outs, self.tr("Opt-outs"))):
            self.item.addItem(item)
            self.legend.addItem(item, text)
            yield  # the next series in the next turn of the event loop
        self.set_names([r.name for r in rows])
        top = max([r.replies for r in rows] + [r.opt_outs for r in rows] + [1])
        self.item.setYRange(0, top * (1 + HEADROOM), padding=0)

    def hit(self, x, y):
        d: chart_service.ConversionChart = self.data
        rows = self.shown(d)
        i = self.index_at(x, len(rows))
        if i is None:
            return None
        r, L = rows[i], self.labels
        text = "\n".join([
            r.name, L.moment(r.send_at, d.flt.tz),
            self.tr("Messages: %1 · delivered: %2").replace("%1", L.number(r.messages)).replace(
                "%2", L.number(r.delivered)),
            self.tr("Replies: %1 (%2 of delivered)").replace("%1", L.number(r.replies)).replace(
                "%2", L.percent(rules.rate(r.replies, r.delivered), 2)),
            self.tr("Opt-outs: %1 (%2 of delivered)").replace("%1", L.number(r.opt_outs)).replace(
                "%2", L.percent(rules.rate(r.opt_outs, r.delivered), 2)),
        ])
        return text, d.detail(d.rows.index(r))

    def rows(self, d: chart_service.ConversionChart):
        L = self.labels
        headers = [self.tr("Task"), self.tr("Sent at"), self.tr("Messages"), L.outcome("delivered"),
                   self.tr("Replies"), self.tr("Reply rate"), self.tr("Opt-outs"), self.tr("Opt-out rate")]
        return headers, [[r.name, L.moment(r.send_at, d.flt.tz), L.number(r.messages), L.number(r.delivered),
                          L.number(r.replies), L.percent(rules.rate(r.replies, r.delivered), 2),
                          L.number(r.opt_outs), L.percent(rules.rate(r.opt_outs, r.delivered), 2)]
                         for r in reversed(d.rows)]


# -- channel status beside its failure rate ---------------------------------------------------------------------


BAND = 9.0  # height of one channel's status band below the 0 % line, in percent points


class ChannelsPanel(_PeriodChart):
    name = "channels"

    def query(self, session, flt):
        return chart_service.channels(session, flt, events=self.ctx.profile.is_admin)

    def _name(self, d, key) -> str:
        return self.labels.channel(key, d.names.channels)

    def _position(self, d: chart_service.ChannelsChart, when: dt.datetime) -> float:
        """A moment as a fractional bin position on the x axis."""
        local = when.astimezone(ZoneInfo(d.flt.tz)).replace(tzinfo=None)
        i = bisect.bisect_right(d.periods, local) - 1
        if i < 0:
            return -0.5
        if i >= len(d.periods):
            return len(d.periods) - 0.5
        start, end = d.periods[i], chart_service.period_end(d.periods[i], d.by)
        return i - 0.5 + (local - start) / (end - start)

    def _intervals(self, d: chart_service.ChannelsChart) -> list[tuple[int, float, float, str, dt.datetime]]:
        """(channel, x from, x to, status, since) for each channel's states across the range."""
        out = []
        n = len(d.periods)
        state: dict[int, tuple[float, str, dt.datetime]] = {}
        for e in d.events:
            x = max(-0.5, self._position(d, e.at))
            if e.channel_id in state:
                x0, status, since = state[e.channel_id]
                if x > x0:
                    out.append((e.channel_id, x0, x, status, since))
            state[e.channel_id] = (x, e.new_status, e.at)
        for cid, (x0, status, since) in state.items():
            out.append((cid, x0, n - 0.5, status, since))
        return out

    def draw(self, d: chart_service.ChannelsChart) -> None:
        x = np.arange(len(d.periods))
        for key in d.keys:
            color = palette.channel(key)
            line = pg.PlotDataItem(x, _nan([None if v is None else v * 100 for v in d.failure_rate[key]]),
                                   pen=pg.mkPen(color, width=2), connect="finite", antialias=True)
            self.item.addItem(line)
            self.legend.addItem(line, self._name(d, key))
            yield  # the next series in the next turn of the event loop
        rows = {k: r for r, k in enumerate(d.keys)}
        self.bands = self._intervals(d)
        for cid, x0, x1, status, _since in self.bands:
            r = rows.get(cid, 0)
            self.item.addItem(pg.BarGraphItem(x0=[x0], x1=[x1], y0=[-(r + 1) * BAND], height=[BAND * 0.8],
                                              brush=_brush(palette.STATUS.get(status, "#BBBBBB")),
                                              pen=pg.mkPen(None)))
        self.review_points = [(self._position(d, at), action, name, at) for at, action, name in d.reviews]
        for approved in (True, False):  # a short stroke above the 100 % line per template decided
            xs = [p[0] for p in self.review_points if (p[1] == "template.approve") == approved]
            if xs:
                marks = pg.PlotDataItem(np.repeat(xs, 2), np.tile([101.0, 107.0], len(xs)), connect="pairs",
                                        pen=pg.mkPen(palette.STATUS["up" if approved else "down"], width=3))
                self.item.addItem(marks)
                self.legend.addItem(marks, self.tr("Template approved") if approved else self.tr("Template rejected"))
        self.set_periods(d.periods, d.by)
        bottom = -(len(d.keys) + 0.2) * BAND if self.bands else 0
        self.item.setYRange(bottom, 108, padding=0)
        ticks = [(v, f"{v}%") for v in (0, 25, 50, 75, 100)]
        ticks += [(-(r + 0.6) * BAND, self._name(d, k)[:8]) for k, r in rows.items()] if self.bands else []
        self.item.getAxis("left").setTicks([ticks])
        if not d.may_read_events:
            self.item.setTitle(self.tr("Channel states are shown to administrators"), size="8pt")

    def hit(self, x, y):
        d: chart_service.ChannelsChart = self.data
        L = self.labels
        if y >= 101:
            near = [p for p in getattr(self, "review_points", []) if abs(p[0] - x) < 0.5]
            if near:
                _x, action, name, at = near[0]
                what = self.tr("Template approved") if action == "template.approve" else self.tr("Template rejected")
                return f"{what}: {name}\n{L.moment(at, d.flt.tz)}", None
            return None
        if y < 0:
            r = int(-y // BAND)
            if 0 <= r < len(d.keys):
                key = d.keys[r]
                for cid, x0, x1, status, since in getattr(self, "bands", []):
                    if cid == key and x0 <= x <= x1:
                        return (f"{self._name(d, key)}: {L.channel_status(status)}\n"
                                + self.tr("since %1").replace("%1", L.moment(since, d.flt.tz))), None
            return None
        i = self.index_at(x, len(d.periods))
        if i is None:
            return None
        best, dist = None, 6.0
        for key in d.keys:
            v = d.failure_rate[key][i]
            if v is not None and abs(v * 100 - y) < dist:
                best, dist = key, abs(v * 100 - y)
        if best is None:
            return None
        text = f"{self._name(d, best)} · {L.period(d.periods[i], d.by)}\n" + self.tr("Failure rate: %1").replace(
            "%1", L.percent(d.failure_rate[best][i]))
        return text, d.detail(best, i)

    def rows(self, d: chart_service.ChannelsChart):
        L = self.labels
        headers = [self.tr("Time"), self.tr("Channel"), self.tr("Event")]
        out = [[L.moment(e.at, d.flt.tz), self._name(d, e.channel_id),
                f"{L.channel_status(e.old_status)} → {L.channel_status(e.new_status)} {e.reason}".strip()]
               for e in d.events]
        out += [[L.moment(at, d.flt.tz), "",
                 (self.tr("Template approved: %1") if a == "template.approve" else
                  self.tr("Template rejected: %1")).replace("%1", name)] for at, a, name in d.reviews]
        for key in d.keys:
            for i, p in enumerate(d.periods):
                v = d.failure_rate[key][i]
                if v is not None:
                    out.append([L.period(p, d.by), self._name(d, key),
                                self.tr("Failure rate %1").replace("%1", L.percent(v))])
        return headers, out


PANELS: tuple[type[ChartPanel], ...] = (
    VolumePanel, FailuresPanel, RatesPanel, LatencyPanel, PeaksPanel, KindsPanel, TemplatesPanel, ConversionPanel,
    ChannelsPanel,
)
