"""One chart of the dashboard: its title and options, the pyqtgraph plot, the table of its figures, exact tooltips,
a click that opens the messages behind a point, and its exports (PNG, CSV, XLSX).

A panel reads its data through the job runner and draws when the answer arrives, so the dashboard draws chart by
chart and the GUI thread never waits on a query. Concrete charts (charts_view.py) say what to read (``query``),
how to draw it (``draw``), what a point means (``hit``) and which figures to tabulate (``rows``).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCursor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import charts as chart_service
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.tabs.overview.labels import ChartLabels

# bars and images need no antialiasing, and painting without it costs a fraction: lines ask for it themselves
pg.setConfigOptions(antialias=False, foreground="#333333", background="w")


class ChartPanel(QFrame):
    detail_requested = Signal(object)  # the message-detail filter (dict) of the point clicked
    loaded = Signal(str)  # the chart's name, once drawn (or its error shown)
    options_changed = Signal()

    name = ""
    clickable = True
    gate = None  # a LoadGate: how many charts read at once

    def __init__(self, ctx, labels: ChartLabels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{self.name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ctx, self.labels = ctx, labels
        self.flt: chart_service.ChartFilter | None = None
        self.data: Any = None
        self._generation = 0
        self.loading = False

        self.title = QLabel(labels.chart_title(self.name))
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.header = QHBoxLayout()
        self.header.addWidget(self.title)
        self.header.addStretch(1)
        self.table_button = QToolButton()
        self.table_button.setObjectName("table_button")
        self.table_button.setText(self.tr("Table"))
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("Show the figures as a table"))
        self.table_button.toggled.connect(self._on_table_button_toggled)
        self.export_button = QToolButton()
        self.export_button.setObjectName("export_button")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for text, kind in ((self.tr("Picture (PNG)…"), "png"), (self.tr("Data (CSV)…"), "csv"),
                           (self.tr("Data (XLSX)…"), "xlsx")):
            action = QAction(text, menu)
            action.triggered.connect(lambda _c=False, k=kind: self.export_interactive(k))
            menu.addAction(action)
        self.export_button.setMenu(menu)

        self.plot = pg.PlotWidget(axisItems=self.make_axes(), enableMenu=False)
        self.plot.setObjectName("plot")
        self.plot.setMinimumHeight(250)
        self.plot.setMaximumHeight(340)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.item = self.plot.getPlotItem()
        self.item.hideButtons()
        # the legend is one row along the top (clicking an entry hides or shows its series); charts leave room
        self.legend = self.item.addLegend(offset=(4, 1), labelTextSize="8pt", colCount=8,
                                          brush=pg.mkBrush(255, 255, 255, 210), verSpacing=-6)
        self.item.getAxis("left").setWidth(58)
        for side in ("left", "bottom"):  # counts stay counts: no "x1e+03" scaling of the labels
            self.item.getAxis(side).enableAutoSIPrefix(False)
        self.message = QLabel(self.plot)
        self.message.setObjectName("chart_message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #555; background: rgba(255,255,255,200); padding: 6px;")
        self.message.hide()
        self.plot.scene().sigMouseMoved.connect(self._on_scene_mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_mouse_clicked)

        self.table = QTableWidget()
        self.table.setObjectName("figures")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(250)
        self.table.setMaximumHeight(340)
        self.table.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addLayout(self.header)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.table, 1)
        self.add_options()
        self.header.addWidget(self.table_button)
        self.header.addWidget(self.export_button)

    # -- what a chart says ------------------------------------------------------------------------------------

    def make_axes(self) -> dict[str, pg.AxisItem]:
        return {}

    def add_options(self) -> None:
        """Combo boxes beside the title (bins, comparison, dimension)."""

    def option(self, name: str, choices: list[tuple[str, str]], value: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"{name}_option")
        for code, text in choices:
            box.addItem(text, code)
        i = box.findData(value)
        box.setCurrentIndex(max(0, i))
        box.currentIndexChanged.connect(self._on_option_changed)
        self.header.addWidget(box)
        return box

    def options(self) -> dict[str, str]:
        return {}

    def set_options(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            box = self.findChild(QComboBox, f"{name}_option")
            if box is not None:
                i = box.findData(value)
                if i >= 0:
                    box.blockSignals(True)
                    box.setCurrentIndex(i)
                    box.blockSignals(False)

    def query(self, session, flt: chart_service.ChartFilter) -> Any:
        raise NotImplementedError

    def draw(self, data: Any) -> None:
        raise NotImplementedError

    def hit(self, x: float, y: float) -> tuple[str, dict | None] | None:
        """The tooltip and the message-detail filter of the point at view coordinates (x, y)."""
        return None

    def rows(self, data: Any) -> tuple[list[str], list[list[str]]]:
        """The figures as the table under the chart (and the PDF report) shows them: headers and cells."""
        return [], []

    def empty_text(self) -> str:
        return self.tr("No messages in this range")

    # -- loading ----------------------------------------------------------------------------------------------

    def load(self, flt: chart_service.ChartFilter) -> None:
        self.flt = flt
        self._generation += 1
        self.loading = True
        if self.gate is not None:  # the dashboard lets a few charts read at a time
            self.gate.request(self)
        else:
            self.start_read()

    def start_read(self) -> None:
        flt, generation = self.flt, self._generation
        fn = self.query
        self.ctx.runner.read(
            lambda s: fn(s, flt),
            on_done=lambda data: self._on_loaded(generation, data),
            on_error=lambda exc: self._on_failed(generation, exc),
            owner=self,
        )

    def _read_finished(self) -> None:
        if self.gate is not None:
            self.gate.done(self)

    def _on_loaded(self, generation: int, data: Any) -> None:
        self._read_finished()
        if generation != self._generation:
            return
        self.data = None
        self.plot.setUpdatesEnabled(False)  # one repaint once drawn, not one per series
        self.clear_plot()
        steps = self.draw(data)
        if steps is None:
            self._drawn(data)
        else:  # a chart of many series draws one per turn of the event loop: the GUI thread never waits long
            self._step(generation, steps, data)

    def _step(self, generation: int, steps, data: Any) -> None:
        if generation != self._generation:
            steps.close()
            return
        try:
            next(steps)
        except StopIteration:
            self._drawn(data)
            return
        QTimer.singleShot(0, self, lambda: self._step(generation, steps, data))

    def _drawn(self, data: Any) -> None:
        self.plot.setUpdatesEnabled(True)
        self.loading = False
        self.data = data
        empty = bool(getattr(data, "empty", False))
        self.show_message(self.empty_text() if empty else "")
        if self.table.isVisible():
            self.fill_table()
        self.loaded.emit(self.name)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        self._read_finished()
        if generation != self._generation:
            return
        self.loading = False
        self.data = None
        self.plot.setUpdatesEnabled(True)
        self.clear_plot()
        self.show_message(self.tr("This chart could not be read: %1").replace("%1", str(exc)))
        self.loaded.emit(self.name)

    def clear_plot(self) -> None:
        self.item.clear()
        self.legend.clear()
        self.item.enableAutoRange()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._place_message()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_message()

    def _place_message(self) -> None:
        if self.message.isVisible():
            self.message.adjustSize()
            r = self.plot.rect()
            self.message.move(max(0, (r.width() - self.message.width()) // 2),
                              max(0, (r.height() - self.message.height()) // 2))

    # -- table ------------------------------------------------------------------------------------------------

    def _on_table_button_toggled(self, on: bool) -> None:
        self.plot.setVisible(not on)
        self.table.setVisible(on)
        if on:
            self.fill_table()

    def fill_table(self) -> None:
        headers, rows = self.rows(self.data) if self.data is not None else ([], [])
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    # -- interaction ------------------------------------------------------------------------------------------

    def _view_point(self, scene_pos: QPointF) -> QPointF | None:
        vb = self.item.getViewBox()
        if not vb.sceneBoundingRect().contains(scene_pos):
            return None
        return vb.mapSceneToView(scene_pos)

    def _on_scene_mouse_moved(self, scene_pos: QPointF) -> None:
        if self.data is None:
            return
        p = self._view_point(scene_pos)
        found = self.hit(p.x(), p.y()) if p is not None else None
        if found is None:
            QToolTip.hideText()
            return
        text, detail = found
        hint = ("\n" + self.tr("Click to see these messages")) if detail is not None and self.clickable else ""
        QToolTip.showText(QCursor.pos(), text + hint, self.plot)

    def _on_scene_mouse_clicked(self, event) -> None:
        if self.data is None or event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        p = self._view_point(event.scenePos())
        found = self.hit(p.x(), p.y()) if p is not None else None
        if found is not None and found[1] is not None and self.clickable:
            self.detail_requested.emit(found[1])

    def _on_option_changed(self, _index: int) -> None:
        self.options_changed.emit()
        if self.flt is not None:
            self.load(self.flt)

    # -- export -----------------------------------------------------------------------------------------------

    def image(self, width: int = 1200, height: int = 560):
        """The chart as a QImage drawn by pyqtgraph (for PNG and the PDF report)."""
        from pyqtgraph.exporters import ImageExporter

        exporter = ImageExporter(self.item)
        exporter.parameters()["width"] = width
        exporter.parameters()["height"] = height
        exporter.parameters()["antialias"] = True
        return exporter.export(toBytes=True)

    def export_interactive(self, kind: str) -> None:
        if self.data is None:
            return
        filters = {"png": self.tr("PNG picture (*.png)"), "csv": self.tr("CSV, UTF-8 (*.csv)"),
                   "xlsx": self.tr("Excel workbook (*.xlsx)")}
        suggested = f"{self.labels.chart_title(self.name)}.{kind}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), suggested, filters[kind])
        if path:
            self.export_to(kind, path)

    def export_to(self, kind: str, path: str, on_done=None) -> None:
        """Writes the chart (PNG) or its figures (CSV, XLSX) in the background."""
        if not path.lower().endswith("." + kind):
            path += "." + kind
        if kind == "png":
            image = self.image()
            self.ctx.runner.io(lambda job: _save_image(image, path), on_done=on_done,
                               on_error=lambda e: show_error(self, e), owner=self)
            return
        headers, rows = self.rows(self.data)
        table = chart_service.Table(headers, [tuple(r) for r in rows])
        name, flt = self.name, self.flt

        def export(session, job):
            return chart_service.export_table(session, job, name, flt, table, path)

        self.ctx.runner.read(export, on_done=on_done, on_error=lambda e: show_error(self, e), owner=self)


class LoadGate:
    """At most ``width`` charts read at a time, the rest wait their turn: nine queries at once would take every
    reader of the console (and the server's cores) from the other tabs, and draw all at the same moment."""

    def __init__(self, width: int = 2) -> None:
        self.width = width
        self.running: set[ChartPanel] = set()
        self.waiting: list[ChartPanel] = []

    def request(self, panel: ChartPanel) -> None:
        if panel not in self.waiting:
            self.waiting.append(panel)
        self._next()

    def done(self, panel: ChartPanel) -> None:
        self.running.discard(panel)
        self._next()

    def _next(self) -> None:
        i = 0
        while i < len(self.waiting) and len(self.running) < self.width:
            panel = self.waiting[i]
            if panel in self.running:  # its read of an older filter is still out: it reads again after
                i += 1
                continue
            self.waiting.pop(i)
            self.running.add(panel)
            panel.start_read()


def _save_image(image, path: str) -> str:
    if not image.save(path, "PNG"):
        raise OSError(f"cannot write {path}")
    return path
