"""The Number check tab (号码检测): new check, the checks with their results, and the results query."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smsdesk.services import numbercheck
from smsdesk.ui.changes import Change
from smsdesk.ui.tabs.numbercheck.checks_page import ChecksPage
from smsdesk.ui.tabs.numbercheck.new_check_page import NewCheckPage
from smsdesk.ui.tabs.numbercheck.query_page import QueryPage


class NumberCheckTab(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numbercheck_tab")
        self.ctx = ctx
        self.pages = QTabWidget()
        self.pages.setObjectName("check_pages")
        self.new_check = NewCheckPage(ctx)
        self.checks = ChecksPage(ctx)
        self.query = QueryPage(ctx)
        self.pages.addTab(self.new_check, self.tr("New check"))
        self.pages.addTab(self.checks, self.tr("Checks"))
        self.pages.addTab(self.query, self.tr("Results query"))
        self.new_check.created.connect(self._on_new_check_created)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("NumberCheckTab", "Number check")

    def refresh(self) -> None:
        self.ctx.runner.read(numbercheck.config, on_done=self._on_config, on_error=lambda _e: None, owner=self)
        self.checks.refresh()
        self.ctx.runner.io(_warm_up, owner=self)  # the first check is quick then

    def _on_config(self, config: dict) -> None:
        self.new_check.set_provider((config.get("provider") or {}).get("driver", "none"))

    def on_changes(self, keys: frozenset[Change]) -> None:
        """Nothing another tab writes changes a check (the group picker reads the address book when opened)."""

    def _on_new_check_created(self, created) -> None:
        self.pages.setCurrentWidget(self.checks)
        self.checks.refresh(select=created.task_id)


def _warm_up(_job) -> None:
    from smsdesk.domain import number_check

    numbercheck.places_table()
    number_check.warm_up()
