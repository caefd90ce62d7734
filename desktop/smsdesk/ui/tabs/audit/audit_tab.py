"""Audit log (SEC-2): who did what and when, for administrators, searchable and paged."""

from __future__ import annotations

from datetime import UTC, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import audit
from smsdesk.ui.changes import Change
from smsdesk.ui.code_labels import CodeLabels
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import style_date_edit, when
from smsdesk.ui.numbers import display_target
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowFilterProxy, RowTableModel

PAGE = 500


class AuditTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_tab")
        self.ctx = ctx
        self._handle = None

        self.search_text = QLineEdit()
        self.search_text.setObjectName("audit_search")
        self.search_text.setPlaceholderText(self.tr("Search actor, action or target…"))
        self.search_text.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.addItem(self.tr("All actions"), None)
        self.since = style_date_edit(QDateEdit(QDate.currentDate().addDays(-30)))
        self.until = style_date_edit(QDateEdit(QDate.currentDate()))
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("audit_search_button")
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setEnabled(False)
        self.count = QLabel()

        codes = self.codes = CodeLabels(self)
        self.model = RowTableModel(
            [
                # ids grow with time, so sorting by id keeps rows of the same second in order
                Column(self.tr("Time"), lambda r: r.id, lambda r: when(r.at, seconds=True),
                       fits=lambda: [when(datetime(2026, 12, 28, 23, 59, 59), seconds=True)]),
                Column(self.tr("Actor"), lambda r: codes.actor(r.actor_login, r.actor_role)),
                Column(self.tr("Action"), lambda r: r.action, lambda r: self.action_label(r.action)),
                Column(self.tr("Target"), lambda r: r.target, lambda r: self._target(r)),
                Column(self.tr("Details"), lambda r: codes.details(r.details, when)),
            ],
            self,
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "audit/header")
        self.table.setObjectName("audit_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.restore_header()

        bar = QHBoxLayout()
        bar.addWidget(self.search_text, 2)
        bar.addWidget(self.action, 1)
        bar.addWidget(QLabel(self.tr("From:")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("To:")))
        bar.addWidget(self.until)
        bar.addWidget(self.search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search_button.clicked.connect(self.refresh)
        self.search_text.returnPressed.connect(self.refresh)
        self.more_button.clicked.connect(self._load_more)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_text.setFocus)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("AuditTab", "Audit log")

    def action_label(self, action: str) -> str:
        return self.codes.audit_action(action)

    def _target(self, row) -> str:
        """Numbers in a target (a blacklist entry) follow the viewer's right to see them (SEC-3)."""
        return display_target(row.target, self.ctx.profile.see_full_numbers)

    def on_changes(self, keys: frozenset[Change]) -> None:
        pass  # the log is read on demand; a live tail would hide the rows a reviewer is reading

    def _filters(self) -> dict:
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone(UTC)
        until = datetime.combine(self.until.date().toPython(), time.max).astimezone(UTC)
        return {
            "text_filter": self.search_text.text(),
            "action": self.action.currentData(),
            "since": since,
            "until": until,
            "limit": PAGE,
        }

    def refresh(self) -> None:
        if self.action.count() == 1:
            self.ctx.runner.read(audit.actions, on_done=self._fill_actions, owner=self)
        self._query(self._filters(), append=False)

    def _load_more(self) -> None:
        if not self.model.rows:
            return
        filters = self._filters()
        filters["before_id"] = min(r.id for r in self.model.rows)
        self._query(filters, append=True)

    def _query(self, filters: dict, *, append: bool) -> None:
        if self._handle is not None and self._handle.running:
            self._handle.cancel()
        self.search_button.setEnabled(False)

        def work(session):
            return audit.search(session, **filters)

        self._handle = self.ctx.runner.read(
            work, on_done=lambda rows: self._show(rows, append), on_error=self._on_error, owner=self
        )

    def _show(self, rows: list, append: bool) -> None:
        self.search_button.setEnabled(True)
        if append:
            self.model.append_rows(rows)
        else:
            self.model.set_rows(rows)
        self.more_button.setEnabled(len(rows) == PAGE)
        self.table.fit_columns_once()
        self.count.setText(self.tr("%Ln entries shown", "", len(self.model.rows)))

    def _on_error(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        show_error(self, exc)

    def _fill_actions(self, actions: list[str]) -> None:
        current = self.action.currentData()
        self.action.clear()
        self.action.addItem(self.tr("All actions"), None)
        for name in actions:
            self.action.addItem(self.action_label(name), name)
        self.action.setCurrentIndex(max(0, self.action.findData(current)))
