"""Overview: who is signed in, their group, and their quota."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from smsdesk.services import org
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error


class OverviewTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_tab")
        self.ctx = ctx
        p = ctx.profile
        loc = QLocale()

        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.greeting.setFont(font)

        account = QGroupBox(self.tr("Your account"))
        form = QFormLayout(account)
        self.login_value = QLabel(p.login)
        self.group_value = QLabel(p.group_path)
        self.type_value = QLabel()
        self.review_value = QLabel()
        form.addRow(self.tr("Login:"), self.login_value)
        form.addRow(self.tr("Group:"), self.group_value)
        form.addRow(self.tr("Type:"), self.type_value)
        form.addRow(self.tr("Tasks:"), self.review_value)

        quota = QGroupBox(self.tr("Quota (segments)"))
        qform = QFormLayout(quota)
        self.limit_value = QLabel()
        self.limit_value.setObjectName("quota_limit")
        self.used_value = QLabel()
        self.left_value = QLabel()
        self.left_value.setObjectName("quota_left")
        self.bar = QProgressBar()
        self.bar.setObjectName("quota_bar")
        qform.addRow(self.tr("Limit:"), self.limit_value)
        qform.addRow(self.tr("Used:"), self.used_value)
        qform.addRow(self.tr("Left:"), self.left_value)
        qform.addRow("", self.bar)
        self.group_balance = QLabel()
        self.group_balance.setObjectName("group_balance")
        if p.is_admin:
            qform.addRow(self.tr("Group balance to allocate:"), self.group_balance)

        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(account)
        layout.addWidget(quota)
        layout.addStretch(1)

        name = p.operator_name or p.login
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", name))
        kinds = [self.tr("Administrator") if p.is_admin else self.tr("Operator")]
        if p.is_reviewer and not p.is_admin:
            kinds.append(self.tr("Reviewer"))
        self.type_value.setText(", ".join(kinds))
        self.review_value.setText(
            self.tr("wait for a reviewer's approval") if p.review_mode else self.tr("go out without review")
        )
        self._show_quota(org.QuotaView(p.quota_limit, p.quota_used, 0), loc)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("OverviewTab", "Overview")

    def refresh(self) -> None:
        login, group = self.ctx.profile.login, self.ctx.profile.group_id
        self.ctx.runner.read(
            lambda s: org.my_quota(s, login, group),
            on_done=lambda q: self._show_quota(q, QLocale()),
            on_error=lambda e: show_error(self, e),
            owner=self,
        )

    def on_changes(self, keys: frozenset[Change]) -> None:
        if Change.QUOTA in keys:
            self.refresh()

    def _show_quota(self, quota: org.QuotaView, loc: QLocale) -> None:
        self.limit_value.setText(loc.toString(quota.limit))
        self.used_value.setText(loc.toString(quota.used))
        self.left_value.setText(loc.toString(quota.left))
        self.group_balance.setText(loc.toString(quota.group_balance))
        self.bar.setRange(0, max(quota.limit, 1))
        self.bar.setValue(quota.used)
        self.bar.setFormat(self.tr("%p% used"))
