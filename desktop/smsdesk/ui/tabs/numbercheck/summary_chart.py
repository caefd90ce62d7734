"""The number check's summary chart: one horizontal bar per category (status, carrier or region), drawn with
pyqtgraph, labelled in the user's language."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

_COLOURS = ("#2b7bb9", "#e07b39", "#3d9b5c", "#c44e52", "#8172b2", "#937860", "#da8bc3", "#8c8c8c", "#ccb974",
            "#64b5cd")


class SummaryChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(180)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.getPlotItem().showGrid(x=True, y=False, alpha=0.2)
        self.bars: list[tuple[str, int]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def show_bars(self, bars: list[tuple[str, int]]) -> None:
        """(label, count) from the top down."""
        self.bars = list(bars)
        item = self.plot.getPlotItem()
        item.clear()
        if not bars:
            return
        n = len(bars)
        ys = [n - 1 - i for i in range(n)]
        counts = [count for _label, count in bars]
        brushes = [pg.mkBrush(_COLOURS[i % len(_COLOURS)]) for i in range(n)]
        item.addItem(pg.BarGraphItem(x0=0, y=ys, height=0.7, width=counts, brushes=brushes, pen=None))
        loc = QLocale()
        top = max(counts) or 1
        for y, count in zip(ys, counts, strict=True):
            text = pg.TextItem(loc.toString(count), color="#333", anchor=(0, 0.5))
            text.setPos(count + top * 0.01, y)
            item.addItem(text)
        left = item.getAxis("left")
        left.setTicks([[(y, label) for y, (label, _c) in zip(ys, bars, strict=True)]])
        # the axis sizes itself to its labels only after a paint: give it their width now
        metrics = QFontMetrics(left.style.get("tickFont") or self.font())
        left.setWidth(max(metrics.horizontalAdvance(label) for label, _c in bars) + 16)
        item.getAxis("bottom").setTicks(None)
        item.setXRange(0, top * 1.18, padding=0)
        item.setYRange(-0.6, n - 0.4, padding=0)
