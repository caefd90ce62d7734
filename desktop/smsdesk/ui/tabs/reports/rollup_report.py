"""What the Reports tab's pages over the rollups share (发送费用统计, 短信日报, 短信月报): a range of days (Beijing
time), kind, group (with its sub-groups) and user filters, a table of the report with its totals as the last row, and an
export of exactly what is shown. The numbers come from services/report_rollups.compute, the same call as
``smsdesk-admin report`` and the reports bench."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import report_detail, report_rollups
from smsdesk.services.report_rollups import Report, ReportQuery
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import date_format, day
from smsdesk.ui.tabs.tasks.labels import TaskLabels
from smsdesk.ui.widgets.export_bar import ExportBar


class RollupReportPage(QWidget):
    """A report page; subclasses set ``REPORT``, ``DEFAULT_DAYS`` and ``column_titles()``. ``loaded(rows)`` after each
    answer."""

    REPORT = "daily"
    DEFAULT_DAYS = 30
    loaded = Signal(int)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.labels = TaskLabels(self)
        self.report: Report | None = None
        self._generation = 0
        self._options_loaded = False
        self._shown_once = False
        name = self.REPORT
        oversee = ctx.profile.is_admin or ctx.profile.is_reviewer

        self.date_from = self._date_edit(f"{name}_from")
        self.date_to = self._date_edit(f"{name}_to")
        self.reset_range()
        self.kind = QComboBox()
        self.kind.setObjectName(f"{name}_kind")
        self.kind.addItem(QCoreApplication.translate("RollupReportPage", "All kinds"), None)
        for key, label in self.labels.kinds():
            self.kind.addItem(label, key)
        self.group = QComboBox()
        self.group.setObjectName(f"{name}_group")
        self.group.addItem(QCoreApplication.translate("RollupReportPage", "All groups"), None)
        self.user = QComboBox()
        self.user.setObjectName(f"{name}_user")
        self.user.addItem(QCoreApplication.translate("RollupReportPage", "All users"), None)
        for combo in (self.group, self.user):
            combo.setVisible(oversee)
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search_button = QPushButton(QCoreApplication.translate("RollupReportPage", "Show"))
        self.search_button.setObjectName(f"{name}_search")
        self.search_button.setDefault(True)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(QCoreApplication.translate("RollupReportPage", "From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(QCoreApplication.translate("RollupReportPage", "To")))
        filters.addWidget(self.date_to)
        filters.addWidget(self.kind)
        filters.addWidget(self.group)
        filters.addWidget(self.user)
        self.extra_filters(filters)
        filters.addStretch(1)
        filters.addWidget(self.search_button)

        self.table = QTableWidget(0, 0)
        self.table.setObjectName(f"{name}_table")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}_summary")
        self.note = QLabel(self.note_text())
        self.note.setObjectName(f"{name}_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.export_button = QPushButton(QCoreApplication.translate("RollupReportPage", "Export…"))
        self.export_button.setObjectName(f"{name}_export")
        self.export_bar = ExportBar(ctx, self, name=f"{name}_export")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addWidget(self.export_bar, 1)
        self.extra_buttons(bottom)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(bottom)

        self.search_button.clicked.connect(self.search)
        self.export_button.clicked.connect(self.export)

    # -- for subclasses ------------------------------------------------------------------------------

    def column_titles(self) -> list[str]:
        raise NotImplementedError

    def note_text(self) -> str:
        return ""

    def extra_filters(self, layout: QHBoxLayout) -> None:
        pass

    def extra_buttons(self, layout: QHBoxLayout) -> None:
        pass

    def cell_text(self, column: str, value) -> str:
        """How a value of the report's ``column`` is shown."""
        loc = QLocale()
        if isinstance(value, Decimal):
            return "¥" + loc.toString(float(value), "f", 2)
        if isinstance(value, int):
            return loc.toString(value)
        if column == "kind":
            return self.labels.kind(value) if value else ""
        if column == "category":
            return self.labels.failure(value) if value else ""
        return "" if value is None else str(value)

    # -- filters -------------------------------------------------------------------------------------

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_format())
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2099, 12, 31))
        return edit

    def reset_range(self) -> None:
        today = beijing_today()
        self.date_to.setDate(today)
        self.date_from.setDate(today.addDays(-(self.DEFAULT_DAYS - 1)))

    def current_query(self) -> ReportQuery:
        return ReportQuery(
            report=self.REPORT,
            first=self.date_from.date().toPython(),
            last=self.date_to.date().toPython(),
            group_id=self.group.currentData(),
            user_id=self.user.currentData(),
            kind=self.kind.currentData(),
        )

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._options_loaded:
            self._options_loaded = True
            if self.group.isVisible() or self.ctx.profile.is_admin or self.ctx.profile.is_reviewer:
                self.ctx.runner.read(
                    report_detail.detail_options, on_done=self._on_options, on_error=lambda _e: None, owner=self
                )
        if not self._shown_once:
            self._shown_once = True
            self.search()

    def on_changes(self, keys: frozenset[Change]) -> None:
        pass  # read again when the user asks: the rollups change with every receipt

    def _on_options(self, options) -> None:
        for combo, items in (
            (self.group, list(options.groups)),
            (self.user, [(uid, f"{name} ({login})" if name else login) for uid, login, name, _g in options.users]),
        ):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for key, label in items:
                combo.addItem(label, key)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    def checked_query(self) -> ReportQuery | None:
        """The filters as a query, or None after telling the user why they cannot be answered."""
        query = self.current_query()
        problem = ""
        if query.last < query.first:
            problem = QCoreApplication.translate("RollupReportPage", "The last day comes before the first day.")
        elif (query.last - query.first).days > 366 * report_rollups.MAX_YEARS:
            problem = QCoreApplication.translate("RollupReportPage", "A report covers at most %1 years.").replace(
                "%1", str(report_rollups.MAX_YEARS)
            )
        if problem:
            box = QMessageBox(self)
            box.setObjectName("error_box")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.page_title())
            box.setText(problem)
            box.open()
            return None
        try:
            report_rollups.check_query(query)
        except Exception as exc:
            show_error(self, exc)
            return None
        return query

    def search(self) -> None:
        query = self.checked_query()
        if query is None:
            return
        self._generation += 1
        generation = self._generation
        self.search_button.setEnabled(False)
        self.summary.setText(QCoreApplication.translate("RollupReportPage", "Counting…"))
        self.ctx.runner.read(
            report_rollups.compute,
            query,
            on_done=lambda report: self._on_report(generation, report),
            on_error=lambda exc: self._on_error(generation, exc),
            owner=self,
        )

    def _on_report(self, generation: int, report: Report) -> None:
        if generation != self._generation:
            return
        self.search_button.setEnabled(True)
        self.report = report
        self.show_report(report)
        self.loaded.emit(len(report.rows))

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.search_button.setEnabled(True)
        self.summary.setText("")
        show_error(self, exc)

    def show_report(self, report: Report) -> None:
        titles = self.column_titles()
        self.table.clear()
        self.table.setColumnCount(len(titles))
        self.table.setHorizontalHeaderLabels(titles)
        rows = list(report.rows)
        has_totals = report.totals is not None and bool(rows)
        self.table.setRowCount(len(rows) + (1 if has_totals else 0))
        for r, row in enumerate(rows):
            self._fill(r, row, report.columns, bold=False)
        if has_totals:
            self._fill(
                len(rows),
                (QCoreApplication.translate("RollupReportPage", "Total"), *report.totals[1:]),
                report.columns,
                bold=True,
            )
        self.table.resizeColumnsToContents()
        if not rows:
            self.summary.setText(QCoreApplication.translate("RollupReportPage", "Nothing was sent in this range."))
        else:
            first, last = report.query.first, report.query.last
            self.summary.setText(
                QCoreApplication.translate("RollupReportPage", "%1 rows, %2 to %3 (Beijing time)")
                .replace("%1", QLocale().toString(len(rows)))
                .replace("%2", day(first))
                .replace("%3", day(last))
            )

    def _fill(self, r: int, row: tuple, columns: tuple[str, ...], *, bold: bool) -> None:
        font = QFont(self.table.font())
        font.setBold(bold)
        for c, (column, value) in enumerate(zip(columns, row, strict=True)):
            text = value if (bold and c == 0) else ("" if bold and value == "" else self.cell_text(column, value))
            item = QTableWidgetItem(text)
            if isinstance(value, int | Decimal):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setFont(font)
            self.table.setItem(r, c, item)

    # -- export --------------------------------------------------------------------------------------

    def export(self) -> None:
        query = self.checked_query()
        if query is None:
            return
        title = self.page_title()
        path = self.export_bar.ask_path(
            QCoreApplication.translate("RollupReportPage", "Export %1").replace("%1", title),
            f"{title} {query.first.isoformat()}_{query.last.isoformat()}",
        )
        if path:
            self.start_export(path, query)

    def start_export(self, path: str, query: ReportQuery) -> None:
        labels = {**dict(self.labels.kinds()), **self.labels.failures()}
        request = report_rollups.ReportExportRequest(
            path=path,
            query=query,
            headers=tuple(self.column_titles()),
            sheet=self.page_title()[:31],
            labels=labels,
            total_label=QCoreApplication.translate("RollupReportPage", "Total"),
        )
        self.export_bar.start(report_rollups.export_report, request, path)

    @staticmethod
    def page_title() -> str:
        raise NotImplementedError


def beijing_today() -> QDate:
    """Today in Beijing time: the reports' days are China's, whatever this computer's clock zone."""
    from datetime import datetime

    from smsdesk.domain.schedule import BEIJING

    today: date = datetime.now(BEIJING).date()
    return QDate(today.year, today.month, today.day)
