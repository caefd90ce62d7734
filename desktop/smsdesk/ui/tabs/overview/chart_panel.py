"""One chart of the dashboard: its title and options, the pyqtgraph plot, the table of its figures, exact tooltips,
a click that opens the messages behind a point, and its exports (PNG, CSV, XLSX).

A panel reads its data through the job runner and draws when the answer arrives, so the dashboard draws chart by
chart and the GUI thread never waits on a query. Concrete charts (charts_view.py) say what to read (``query``),
how to draw it (``draw``), what a point means (``hit``) and which figures to tabulate (``rows``).
"""

from __future__ import annotations

from collections import deque
from typing import Any

import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QObject, QPointF, Qt, QTimer, Signal
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

class _Signal:
    """A signal as Qt calls its slots: with as many of the arguments as the slot takes."""

    def __init__(self) -> None:
        self._slots: list[tuple[Any, int | None]] = []

    _takes: dict = {}  # function -> how many positional arguments it takes (None: any), worked out once

    def connect(self, slot) -> None:
        function = getattr(slot, "__func__", slot)
        if function not in _Signal._takes:
            import inspect

            try:
                params = list(inspect.signature(function).parameters.values())
                if function is not slot:  # a bound method: its self is not an argument
                    params = params[1:]
                takes = None if any(p.kind == p.VAR_POSITIONAL for p in params) else sum(
                    1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD))
            except (TypeError, ValueError):
                takes = None
            _Signal._takes[function] = takes
        self._slots.append((slot, _Signal._takes[function]))

    def emit(self, *args) -> None:
        for slot, takes in list(self._slots):
            slot(*(args if takes is None else args[:takes]))


class _Control:
    """One control of PlotItem's options form as a plain value: what the item reads and sets of it (the charts
    never show that menu)."""

    def __init__(self, checked: bool = False, value: int = 0, maximum: int = 0) -> None:
        self._checked, self._value, self._maximum = checked, value, maximum
        self.toggled, self.valueChanged, self.itemClicked = _Signal(), _Signal(), _Signal()

    def isChecked(self) -> bool:
        return self._checked

    def setChecked(self, on: bool) -> None:
        if bool(on) != self._checked:
            self._checked = bool(on)
            self.toggled.emit(self._checked)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def maximum(self) -> int:
        return self._maximum

    # the averaging list (never used: the charts average nothing)
    def addItem(self, *_args) -> None:
        pass

    def clear(self) -> None:
        pass

    def count(self) -> int:
        return 0

    def findItems(self, *_args) -> list:
        return []

    def item(self, _row: int) -> None:
        return None


class _OptionsForm:
    """PlotItem's options form (pyqtgraph's plotConfigTemplate) without its ~60 widgets: the six groups its menu
    holds stay (empty) widgets, every control is a _Control with the form's defaults. Building the real form was
    most of a chart's construction on the GUI thread (and of the dashboard's stall); the menu is disabled."""

    def setupUi(self, form: QWidget) -> None:
        from PySide6.QtWidgets import QGroupBox

        def group(name: str, checked: bool | None) -> QWidget:
            if checked is None:
                widget = QFrame(form)
            else:
                widget = QGroupBox(form)
                widget.setCheckable(True)
                widget.setChecked(checked)
            widget.setObjectName(name)
            setattr(self, name, widget)
            return widget

        for name, checked in (("transformGroup", None), ("decimateGroup", None), ("gridGroup", None),
                              ("averageGroup", False), ("pointsGroup", True), ("alphaGroup", True)):
            group(name, checked)
        for name in ("clipToViewCheck", "maxTracesCheck", "downsampleCheck", "forgetTracesCheck", "meanRadio",
                     "subsampleRadio", "logXCheck", "logYCheck", "derivativeCheck", "phasemapCheck", "fftCheck",
                     "subtractMeanCheck", "xGridCheck", "yGridCheck", "autoAlphaCheck"):
            setattr(self, name, _Control())
        self.peakRadio, self.autoDownsampleCheck, self.autoPointsCheck = (_Control(True), _Control(True),
                                                                          _Control(True))
        self.maxTracesSpin = _Control()
        self.downsampleSpin = _Control(value=1, maximum=100000)
        self.gridAlphaSlider = _Control(value=128, maximum=255)
        self.alphaSlider = _Control(value=1000, maximum=1000)
        self.avgParamList = _Control()


def light_plot_widget(axis_items: dict[str, pg.AxisItem]) -> pg.PlotWidget:
    """A PlotWidget whose PlotItem is built with _OptionsForm instead of pyqtgraph's options form."""
    import importlib

    plot_item_module = importlib.import_module("pyqtgraph.graphicsItems.PlotItem.PlotItem")  # the module
    real = plot_item_module.ui_template
    plot_item_module.ui_template = _LightTemplate
    if "left" not in axis_items:  # counts in plain thousands
        from smsdesk.ui.tabs.overview.axes import CountAxis

        axis_items = {**axis_items, "left": CountAxis("left")}
    try:
        return pg.PlotWidget(axisItems=axis_items, enableMenu=False)
    finally:
        plot_item_module.ui_template = real


class _LightTemplate:
    Ui_Form = _OptionsForm


# Every chart is this tall, and so is the place kept for it until it is built: a chart built into its place moves
# none of the others (each move would repaint every chart in view).
PANEL_HEIGHT = 330


class ChartPlaceholder(QFrame):
    """Where a chart will be, until it is built: its title, at the chart's size."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedHeight(PANEL_HEIGHT)
        label = QLabel(title)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(label)
        layout.addStretch(1)


class ChartPanel(QFrame):
    detail_requested = Signal(object)  # the message-detail filter (dict) of the point clicked
    loaded = Signal(str)  # the chart's name, once drawn (or its error shown)
    options_changed = Signal()

    name = ""
    clickable = True
    gate = None  # a LoadGate: how many charts read at once
    legend_columns = 8  # the legend is one row along the top

    def __init__(self, ctx, labels: ChartLabels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"chart_{self.name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedHeight(PANEL_HEIGHT)
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

        self.plot = light_plot_widget(self.make_axes())
        self.plot.setObjectName("plot")
        self.plot.setMinimumHeight(200)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=False, y=True, alpha=0.15)
        self.item = self.plot.getPlotItem()
        self.item.hideButtons()
        # the legend is one row along the top (clicking an entry hides or shows its series); charts leave room
        self.legend = self.item.addLegend(offset=(4, 1), labelTextSize="8pt", colCount=self.legend_columns,
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

        self.table: QTableWidget | None = None  # made when first asked for (one widget less per chart to build)

        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(6, 4, 6, 6)
        self.body.addLayout(self.header)
        self.body.addWidget(self.plot, 1)
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
        gui_steps().post(self, lambda: self._begin_draw(generation, data))  # in its turn, not with another chart's

    def _begin_draw(self, generation: int, data: Any) -> None:
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
        gui_steps().post(self, lambda: self._step(generation, steps, data))

    def _drawn(self, data: Any) -> None:
        left = self.item.getAxis("left")
        if hasattr(left, "fit"):  # room for the highest count shown
            left.fit(self.item.viewRange()[1][1])
        self.plot.setUpdatesEnabled(True)
        self.loading = False
        self.data = data
        empty = bool(getattr(data, "empty", False))
        self.show_message(self.empty_text() if empty else "")
        if self.table is not None and self.table.isVisible():
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
        self.ensure_table().setVisible(on)
        if on:
            self.fill_table()

    def ensure_table(self) -> QTableWidget:
        if self.table is None:
            self.table = QTableWidget()
            self.table.setObjectName("figures")
            self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.table.verticalHeader().setVisible(False)
            self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.table.hide()
            self.body.addWidget(self.table, 1)
        return self.table

    def fill_table(self) -> None:
        self.ensure_table()
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


class GuiSteps(QObject):
    """The dashboard's GUI-thread work, one step per turn of the event loop, whichever chart it is for.

    Each chart's steps (build it, draw a series) posted with their own zero timers ran back to back when several
    were due together (Qt runs every expired timer in one pass): with nine charts that was up to 75 ms of CPU
    between two turns. Here one zero timer is pending at a time, so a turn runs one step and the paint it asks for.
    """

    def __init__(self) -> None:
        super().__init__()
        self._queue: deque = deque()
        self._armed = False

    def post(self, owner: QObject, fn) -> None:
        self._queue.append((owner, fn))
        if not self._armed:
            self._armed = True
            QTimer.singleShot(0, self, self._run_one)

    def _run_one(self) -> None:
        self._armed = False
        while self._queue:
            owner, fn = self._queue.popleft()
            if shiboken6.isValid(owner):  # a chart closed meanwhile: its steps go with it
                try:
                    fn()
                finally:
                    if self._queue and not self._armed:
                        self._armed = True
                        QTimer.singleShot(0, self, self._run_one)
                return

    @property
    def pending(self) -> int:
        return len(self._queue)


_steps: GuiSteps | None = None


def gui_steps() -> GuiSteps:
    """The one queue, made on first use on the GUI thread (this module is imported on a worker thread while the
    sign-in window is shown, and a QObject's timers run in the thread that made it)."""
    global _steps
    if _steps is None:
        _steps = GuiSteps()
    return _steps


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
