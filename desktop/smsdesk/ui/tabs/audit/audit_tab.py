"""Audit log (SEC-2): who did what and when, for administrators, searchable and paged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
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
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowFilterProxy, RowTableModel

PAGE = 500


class AuditTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit_tab")
        self.ctx = ctx
        self._handle = None
        loc = QLocale()

        self.search_text = QLineEdit()
        self.search_text.setObjectName("audit_search")
        self.search_text.setPlaceholderText(self.tr("Search actor, action or target…"))
        self.search_text.setClearButtonEnabled(True)
        self.action = QComboBox()
        self.action.setObjectName("audit_action")
        self.action.addItem(self.tr("All actions"), None)
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.since.setCalendarPopup(True)
        self.until = QDateEdit(QDate.currentDate())
        self.until.setCalendarPopup(True)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("audit_search_button")
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setEnabled(False)
        self.count = QLabel()

        self.model = RowTableModel(
            [
                # ids grow with time, so sorting by id keeps rows of the same second in order
                Column(
                    self.tr("Time"),
                    lambda r: r.id,
                    lambda r: loc.toString(r.at.astimezone(), QLocale.FormatType.ShortFormat),
                ),
                Column(self.tr("Actor"), lambda r: r.actor_login or r.actor_role),
                Column(self.tr("Action"), lambda r: r.action, lambda r: self.action_label(r.action)),
                Column(self.tr("Target"), lambda r: r.target),
                Column(self.tr("Details"), lambda r: json.dumps(r.details, ensure_ascii=False)),
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
        labels = {
            "sign_in": self.tr("Signed in"),
            "sign_in.failed": self.tr("Sign-in failed"),
            "sign_in.flood": self.tr("Many failed sign-ins from one computer (summary)"),
            "user.password_unaudited": self.tr("Password changed outside SMS Desk"),
            "task.export": self.tr("Task details exported"),
            "group.create": self.tr("Group created"),
            "group.review": self.tr("Group review setting changed"),
            "user.create": self.tr("User created"),
            "user.status": self.tr("User status changed"),
            "user.flags": self.tr("User rights changed"),
            "user.profile": self.tr("User profile changed"),
            "user.password": self.tr("Password changed"),
            "quota.grant_group": self.tr("Quota granted to group"),
            "quota.grant_user": self.tr("Quota granted to user"),
            "quota.take_back_user": self.tr("Quota taken back from user"),
            "quota.return_group": self.tr("Quota given back by group"),
            "group.rename": self.tr("Group renamed"),
            "group.move": self.tr("Group moved"),
            "group.delete": self.tr("Group deleted"),
            "user.delete": self.tr("User deleted"),
            "user.restore": self.tr("User restored"),
            "user.move": self.tr("User moved to another group"),
            "user.full_numbers": self.tr("Right to see full numbers changed"),
            "contacts.import": self.tr("Contacts imported"),
            "contacts.export": self.tr("Contacts exported"),
            "contacts.group_delete": self.tr("Contact group deleted"),
            "channel.create": self.tr("Channel added"),
            "channel.update": self.tr("Channel changed"),
            "channel.routes": self.tr("Channel routes changed"),
            "channel.failure_map": self.tr("Failure code mapped"),
            "channel.failure_map_delete": self.tr("Failure code mapping deleted"),
            "channel.test": self.tr("Channel connection tested"),
            "settings.set": self.tr("Installation setting changed"),
            "signature.default": self.tr("Default signature chosen"),
        }
        return labels.get(action, action)

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
        self.count.setText(self.tr("%n entries shown", "", len(self.model.rows)))

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
