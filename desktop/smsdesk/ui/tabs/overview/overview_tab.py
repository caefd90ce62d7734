"""Overview: who is signed in, their group, and their quota."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from smsdesk.services import org
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
        self._show_quota(p.quota_limit, p.quota_used, loc)

    def title(self) -> str:
        return self.tr("Overview")

    def refresh(self) -> None:
        login = self.ctx.profile.login
        self.ctx.runner.read(
            lambda s: org.my_quota(s, login),
            on_done=lambda q: self._show_quota(q[0], q[1], QLocale()),
            on_error=lambda e: show_error(self, e),
            owner=self,
        )

    def on_changes(self, keys: frozenset[str]) -> None:
        if "quota" in keys:
            self.refresh()

    def _show_quota(self, limit: int, used: int, loc: QLocale) -> None:
        self.limit_value.setText(loc.toString(limit))
        self.used_value.setText(loc.toString(used))
        self.left_value.setText(loc.toString(limit - used))
        self.bar.setRange(0, max(limit, 1))
        self.bar.setValue(used)
        self.bar.setFormat(self.tr("%p% used"))
