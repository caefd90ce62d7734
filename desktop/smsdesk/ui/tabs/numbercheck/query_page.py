"""The results query (号码检测查询, REP-5): one number's results across the checks the user reads, within a time
range, exportable."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import numbercheck
from smsdesk.ui.messages import describe
from smsdesk.ui.tabs.numbercheck.checks_page import _when, result_columns
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowFilterProxy, RowTableModel


class QueryPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_query_page")
        self.ctx = ctx
        self.runner = ctx.runner
        self.rows: list = []
        self.number = QLineEdit()
        self.number.setObjectName("check_query_number")
        self.number.setPlaceholderText(self.tr("Phone number"))
        self.since = QDateEdit(QDate.currentDate().addMonths(-3))
        self.since.setObjectName("check_query_since")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.until = QDateEdit(QDate.currentDate())
        self.until.setObjectName("check_query_until")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        search = QPushButton(self.tr("Search"))
        search.setObjectName("check_query_search")
        search.clicked.connect(self.search)
        self.number.returnPressed.connect(self.search)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("check_query_export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Number")))
        bar.addWidget(self.number, 1)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.until)
        bar.addWidget(search)
        bar.addWidget(self.export_button)
        columns = [
            Column(self.tr("Check"), lambda r: r.task_name or ""),
            Column(self.tr("Checked"), lambda r: r.created_at, lambda r: _when(r.created_at)),
            *result_columns()[1:],
            Column(self.tr("Status found"), lambda r: r.status_at, lambda r: _when(r.status_at)),
        ]
        self.model = RowTableModel(columns, self)
        proxy = RowFilterProxy(self)
        proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "numbercheck/query_header")
        self.table.setObjectName("check_query_results")
        self.table.setModel(proxy)
        self.table.restore_header()
        self.note = QLabel(self.tr("Enter a number to see every check that looked at it."))
        self.note.setObjectName("check_query_note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def search(self) -> None:
        text = self.number.text().strip()
        if not text:
            self.note.setText(self.tr("Enter a number to see every check that looked at it."))
            return
        since = datetime.combine(self.since.date().toPython(), time()).astimezone()
        until = datetime.combine(self.until.date().toPython() + timedelta(days=1), time()).astimezone()

        def done(rows) -> None:
            self.rows = rows
            self.model.set_rows(rows)
            self.table.fit_columns_once()
            self.export_button.setEnabled(bool(rows))
            self.note.setText(self.tr("Results: %1").replace("%1", QLocale().toString(len(rows))) if rows
                              else self.tr("No check looked at this number in that time."))

        def failed(exc: BaseException) -> None:
            if getattr(exc, "code", "") == "invalid":
                self.note.setText(self.tr("That is not a phone number."))
                return
            QMessageBox.warning(self, self.tr("Number check"), describe(exc)[0])

        self.runner.read(numbercheck.query, text, since, until, on_done=done, on_error=failed, owner=self)

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export results"), "",
                                                   self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        if not path.lower().endswith((".xlsx", ".csv")):
            path += ".csv" if "csv" in chosen.lower() else ".xlsx"
        rows = list(self.rows)
        self.runner.io(lambda _job: numbercheck.export_query(rows, path),
                       on_done=lambda n: self.note.setText(self.tr("Exported: %Ln row(s)", "", int(n))), owner=self)
