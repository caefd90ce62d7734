"""The checks (号码检测任务组): listed by name and time, cancelled, deleted; the one chosen shows its summary (counts by
carrier, region and status, and a chart of them) and its per-number results, filtered, paged and exported."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import numbercheck
from smsdesk.ui.formats import date_format, when
from smsdesk.ui.messages import describe
from smsdesk.ui.tabs.numbercheck import labels
from smsdesk.ui.tabs.numbercheck.summary_chart import SummaryChart
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowFilterProxy, RowTableModel

PAGE = 500
POLL_MS = 2000


def _when(value: datetime | None) -> str:
    return when(value, seconds=True)


def _yes() -> str:
    return QCoreApplication.translate("CheckResults", "Yes")


def result_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("CheckResults", "#"), lambda r: r.row_no, align_right=True),
        Column(QCoreApplication.translate("CheckResults", "Number"), lambda r: r.shown,
               lambda r: labels.number(r.shown)),
        Column(QCoreApplication.translate("CheckResults", "Valid"), lambda r: r.valid,
               lambda r: _yes() if r.valid else labels.reason(r.reason)),
        Column(QCoreApplication.translate("CheckResults", "Carrier"), lambda r: labels.carrier(r.carrier, r.host)),
        Column(QCoreApplication.translate("CheckResults", "Province"), lambda r: r.province or ""),
        Column(QCoreApplication.translate("CheckResults", "City"), lambda r: r.city or ""),
        Column(QCoreApplication.translate("CheckResults", "Blacklists"),
               lambda r: "、".join(labels.blacklist(x) for x in r.lists)),
        Column(QCoreApplication.translate("CheckResults", "Live status"),
               lambda r: labels.status(r.status) if r.valid else ""),
        Column(QCoreApplication.translate("CheckResults", "Source"), lambda r: labels.source(r.source)),
    ]


class ChecksPage(QWidget):
    listed = Signal()  # the checks were read (tests wait on it)
    summary_shown = Signal()
    results_shown = Signal(int)  # rows shown

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_list_page")
        self.ctx = ctx
        self.runner = ctx.runner
        self.current: numbercheck.CheckTaskRow | None = None
        self._after = 0
        self._more = False

        # the list of checks
        self.name_filter = QLineEdit()
        self.name_filter.setObjectName("check_filter_name")
        self.name_filter.setPlaceholderText(self.tr("Name contains…"))
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.since.setObjectName("check_filter_since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(date_format())
        self.until = QDateEdit(QDate.currentDate())
        self.until.setObjectName("check_filter_until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(date_format())
        search = QPushButton(self.tr("Search"))
        search.setObjectName("check_search")
        search.clicked.connect(self.refresh)
        self.name_filter.returnPressed.connect(self.refresh)
        self.cancel_button = QPushButton(self.tr("Stop the check"))
        self.cancel_button.setObjectName("check_cancel")
        self.cancel_button.clicked.connect(self.cancel_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("check_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Name")))
        bar.addWidget(self.name_filter, 1)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        bar.addWidget(search)
        bar.addStretch(0)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.delete_button)
        self.task_model = RowTableModel(
            [
                Column(self.tr("Name"), lambda t: t.name),
                Column(self.tr("Created"), lambda t: t.created_at, lambda t: _when(t.created_at)),
                Column(self.tr("Scheduled"), lambda t: t.scheduled_at or t.created_at, lambda t: _when(t.scheduled_at)),
                Column(self.tr("State"), lambda t: labels.task_state(t.status)),
                Column(self.tr("Numbers"), lambda t: t.numbers, lambda t: QLocale().toString(t.numbers), True),
                Column(self.tr("Valid"), lambda t: t.valid, lambda t: QLocale().toString(t.valid), True),
                Column(self.tr("Duplicates"), lambda t: t.duplicates, lambda t: QLocale().toString(t.duplicates), True),
                Column(
                    self.tr("Waiting for status"), lambda t: t.pending, lambda t: QLocale().toString(t.pending), True
                ),
                Column(self.tr("Cost"), lambda t: t.cost, lambda t: f"¥{t.cost:.2f}" if t.cost else "", True),
                Column(self.tr("By"), lambda t: t.owner),
            ],
            self,
        )
        self.task_proxy = RowFilterProxy(self)
        self.task_proxy.setSourceModel(self.task_model)
        self.task_table = DataTableView(ctx.prefs.raw(), "numbercheck/tasks_header")
        self.task_table.setObjectName("check_tasks")
        self.task_table.setModel(self.task_proxy)
        self.task_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.task_table.restore_header()
        self.task_table.selectionModel().selectionChanged.connect(self._on_selection)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.task_table, 1)

        # the chosen check
        self.title = QLabel(self.tr("Choose a check above to see its results."))
        self.title.setObjectName("check_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.counts = QLabel()
        self.counts.setObjectName("check_counts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.chart = SummaryChart()
        self.chart.setObjectName("check_chart")
        self.chart_pick = QTabBar()
        self.chart_pick.setObjectName("check_chart_pick")
        for label in (self.tr("By status"), self.tr("By carrier"), self.tr("By region")):
            self.chart_pick.addTab(label)
        self.chart_pick.currentChanged.connect(lambda _i: self._draw_chart())
        summary_box = QGroupBox(self.tr("Summary"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.counts)
        summary_layout.addWidget(self.chart_pick)
        summary_layout.addWidget(self.chart, 1)

        self.validity = QComboBox()
        self.validity.setObjectName("check_filter_validity")
        for code, text in (
            ("all", self.tr("All numbers")),
            ("valid", self.tr("Valid")),
            ("invalid", self.tr("Invalid")),
            ("blacklisted", self.tr("Blacklisted")),
        ):
            self.validity.addItem(text, code)
        self.carrier = QComboBox()
        self.carrier.setObjectName("check_filter_carrier")
        self.carrier.addItem(self.tr("Any carrier"), None)
        for code in ("mobile", "unicom", "telecom", "broadnet", "virtual", "other"):
            self.carrier.addItem(labels.carrier(code), code)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("check_filter_status")
        self.status_filter.addItem(self.tr("Any status"), None)
        for code in ("empty", "suspended", "powered_off", "active", "unknown", "pending", "cancelled"):
            self.status_filter.addItem(labels.status(code), code)
        self.province = QComboBox()
        self.province.setObjectName("check_filter_province")
        self.province.addItem(self.tr("Any region"), None)
        self.contains = QLineEdit()
        self.contains.setObjectName("check_filter_contains")
        self.contains.setPlaceholderText(self.tr("Number contains…"))
        self.contains.returnPressed.connect(self.load_results)
        for combo in (self.validity, self.carrier, self.status_filter, self.province):
            combo.activated.connect(lambda _i: self.load_results())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("check_export")
        self.export_button.clicked.connect(self.export)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setObjectName("check_more")
        self.more_button.clicked.connect(lambda: self.load_results(more=True))
        filters = QHBoxLayout()
        for w in (self.validity, self.carrier, self.status_filter, self.province):
            filters.addWidget(w)
        filters.addWidget(self.contains, 1)
        filters.addWidget(self.export_button)
        self.result_model = RowTableModel(result_columns(), self)
        self.result_table = DataTableView(ctx.prefs.raw(), "numbercheck/results_header")
        self.result_table.setObjectName("check_results")
        self.result_table.setModel(self.result_model)
        self.result_table.setSortingEnabled(False)
        self.result_table.restore_header()
        self.shown_label = QLabel()
        self.shown_label.setObjectName("check_shown")
        more_row = QHBoxLayout()
        more_row.addWidget(self.shown_label, 1)
        more_row.addWidget(self.more_button)
        results_box = QGroupBox(self.tr("Results"))
        results_layout = QVBoxLayout(results_box)
        results_layout.addLayout(filters)
        results_layout.addWidget(self.result_table, 1)
        results_layout.addLayout(more_row)
        detail = QSplitter()
        detail.addWidget(summary_box)
        detail.addWidget(results_box)
        detail.setStretchFactor(0, 2)
        detail.setStretchFactor(1, 3)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.title)
        bottom_layout.addWidget(detail, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(split)
        self.summary: dict = {}
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self._show_detail(False)

    # -- the list ------------------------------------------------------------------------------------------
    def refresh(self, select: int | None = None) -> None:
        since = datetime.combine(self.since.date().toPython(), time()).astimezone()
        until = datetime.combine(self.until.date().toPython() + timedelta(days=1), time()).astimezone()
        keep = select if select is not None else (self.current.id if self.current else None)

        def done(rows) -> None:
            self.task_model.set_rows(rows)
            self.task_table.fit_columns_once()
            if keep is not None:
                self.select_task(keep)
            self.listed.emit()

        self.runner.read(
            numbercheck.tasks, self.name_filter.text(), since, until, on_done=done, on_error=self.show_error, owner=self
        )

    def select_task(self, task_id: int) -> None:
        for row, task in enumerate(self.task_model.rows):
            if task.id == task_id:
                index = self.task_proxy.mapFromSource(self.task_model.index(row, 0))
                self.task_table.selectRow(index.row())
                return

    def selected_tasks(self) -> list[numbercheck.CheckTaskRow]:
        rows = {self.task_proxy.mapToSource(i).row() for i in self.task_table.selectionModel().selectedRows()}
        return [self.task_model.rows[r] for r in sorted(rows)]

    def _on_selection(self, *_args) -> None:
        chosen = self.selected_tasks()
        if len(chosen) == 1:
            self.open_task(chosen[0])
        self.delete_button.setEnabled(bool(chosen))

    def open_task(self, task: numbercheck.CheckTaskRow) -> None:
        changed = self.current is None or self.current.id != task.id
        self.current = task
        self._show_detail(True)
        self.title.setText(
            self.tr("%1 — %2, %Ln number(s)", "", int(task.numbers))
            .replace("%1", task.name)
            .replace("%2", labels.task_state(task.status))
        )
        self.cancel_button.setEnabled(task.status == "checking")
        self.runner.read(numbercheck.summary, task.id, on_done=self._show_summary, on_error=self.show_error, owner=self)
        if changed:
            self.load_results()
        if task.status == "checking":
            self.poll.start()
        else:
            self.poll.stop()

    def _poll(self) -> None:
        if self.current is None or not self.isVisible():
            self.poll.stop()
            return
        self.refresh()

    def _show_detail(self, on: bool) -> None:
        for w in (
            self.export_button,
            self.more_button,
            self.validity,
            self.carrier,
            self.status_filter,
            self.province,
            self.contains,
        ):
            w.setEnabled(on)
        if not on:
            self.cancel_button.setEnabled(False)
            self.delete_button.setEnabled(False)

    # -- summary -----------------------------------------------------------------------------------------
    def _show_summary(self, summary: dict) -> None:
        self.summary = summary
        loc = QLocale()
        validity = {code: n for code, _x, n in summary.get("validity", [])}
        parts = [
            self.tr("Valid: %1").replace("%1", loc.toString(validity.get("valid", 0) + validity.get("blacklisted", 0))),
            self.tr("Invalid: %1").replace("%1", loc.toString(validity.get("invalid", 0))),
            self.tr("Blacklisted: %1").replace("%1", loc.toString(validity.get("blacklisted", 0))),
        ]
        if self.current is not None:
            parts.append(self.tr("Duplicates: %1").replace("%1", loc.toString(self.current.duplicates)))
        statuses = [(labels.status(code), n) for code, _x, n in summary.get("status", []) if code is not None]
        lines = [" · ".join(parts)]
        if statuses:
            lines.append(
                self.tr("Live status: %1").replace(
                    "%1", " · ".join(f"{name} {loc.toString(n)}" for name, n in statuses)
                )
            )
        carriers = [(labels.carrier(c, h), n) for c, h, n in summary.get("carrier", [])]
        if carriers:
            lines.append(
                self.tr("Carriers: %1").replace("%1", " · ".join(f"{name} {loc.toString(n)}" for name, n in carriers))
            )
        self.counts.setText("<br>".join(lines))
        current = self.province.currentData()
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem(self.tr("Any region"), None)
        for name, _x, _n in summary.get("province", []):
            if name:
                self.province.addItem(name, name)
        index = self.province.findData(current)
        self.province.setCurrentIndex(max(index, 0))
        self.province.blockSignals(False)
        if not statuses and self.chart_pick.currentIndex() == 0:
            self.chart_pick.blockSignals(True)
            self.chart_pick.setCurrentIndex(1)
            self.chart_pick.blockSignals(False)
        self._draw_chart()
        self.summary_shown.emit()

    def _draw_chart(self) -> None:
        key = ("status", "carrier", "province")[max(self.chart_pick.currentIndex(), 0)]
        rows = self.summary.get(key, [])
        if key == "status":
            bars = [(labels.status(c), n) for c, _x, n in rows if c is not None]
        elif key == "carrier":
            bars = [(labels.carrier(c, h), n) for c, h, n in rows]
        else:
            named = [(p or self.tr("Unknown"), n) for p, _x, n in rows]
            bars = named[:12]
            if len(named) > 12:
                bars.append((self.tr("Others"), sum(n for _p, n in named[12:])))
        self.chart.show_bars(bars)

    # -- results -----------------------------------------------------------------------------------------
    def result_filter(self) -> numbercheck.ResultFilter:
        return numbercheck.ResultFilter(
            validity=self.validity.currentData() or "all",
            carrier=self.carrier.currentData(),
            province=self.province.currentData(),
            status=self.status_filter.currentData(),
            contains="".join(ch for ch in self.contains.text() if ch.isdigit()) or None,
        )

    def load_results(self, more: bool = False) -> None:
        if self.current is None:
            return
        task_id = self.current.id
        after = self._after if more else 0
        flt = self.result_filter()

        def done(rows) -> None:
            if self.current is None or self.current.id != task_id:
                return
            if more:
                self.result_model.append_rows(rows)
            else:
                self.result_model.set_rows(rows)
                self.result_table.fit_columns_once()
            self._after = rows[-1].row_no if rows else after
            self._more = len(rows) == PAGE
            self.more_button.setEnabled(self._more)
            self.shown_label.setText(
                self.tr("Shown: %1").replace("%1", QLocale().toString(len(self.result_model.rows)))
                + ("" if not self._more else self.tr(" (more below)"))
            )
            self.results_shown.emit(len(self.result_model.rows))

        self.runner.read(
            numbercheck.results, task_id, flt, after, PAGE, on_done=done, on_error=self.show_error, owner=self
        )

    def export(self) -> None:
        if self.current is None:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export results"),
            f"{self.current.name}.xlsx".replace(":", "-"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        task_id, flt = self.current.id, self.result_filter()

        def done(n: int) -> None:
            self.shown_label.setText(self.tr("Exported: %Ln row(s)", "", int(n)))

        self.runner.read(
            lambda s, job: numbercheck.export(s, job, task_id, path, flt),
            on_done=done,
            on_error=self.show_error,
            owner=self,
        )

    # -- changes -----------------------------------------------------------------------------------------
    def cancel_current(self) -> None:
        if self.current is None:
            return
        task_id = self.current.id
        self.runner.write(
            numbercheck.cancel, task_id, on_done=lambda _n: self.refresh(task_id), on_error=self.show_error, owner=self
        )

    def delete_selected(self) -> None:
        chosen = self.selected_tasks()
        if not chosen:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete checks"),
            self.tr("Delete %Ln check(s) and their results?", "", len(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("check_delete_confirm")
        ids = [t.id for t in chosen]

        def answered(button) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self.current = None
                self.result_model.set_rows([])
                self.runner.write(
                    numbercheck.delete, ids, on_done=lambda _n: self.refresh(), on_error=self.show_error, owner=self
                )

        box.buttonClicked.connect(answered)
        box.open()

    def show_error(self, exc: BaseException) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Number check"), describe(exc)[0], QMessageBox.StandardButton.Ok, self
        )
        box.setObjectName("check_error")
        box.open()
