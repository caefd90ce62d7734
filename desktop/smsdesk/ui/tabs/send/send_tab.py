"""The Send tab: two pages, "Compose" (SEND-1..SEND-8) and "Template send" (TPL-2, when its panel exists)."""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from smsdesk.ui.changes import Change
from smsdesk.ui.tabs.send.compose_page import ComposePage

TEMPLATE_PANEL = "smsdesk.ui.tabs.send.template_send_panel"


def _template_panel_class():
    """TemplateSendPanel if that module is installed, else None (the page is then left out)."""
    try:
        if importlib.util.find_spec(TEMPLATE_PANEL) is None:
            return None
    except ModuleNotFoundError:
        return None
    return getattr(importlib.import_module(TEMPLATE_PANEL), "TemplateSendPanel", None)


class SendTab(QWidget):
    task_open_requested = Signal(int)  # "View task" after a submit: the window shows it in the Tasks tab

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_tab")
        self.ctx = ctx
        self.pages = QTabWidget()
        self.pages.setObjectName("send_pages")
        self.compose = ComposePage(ctx)
        self.compose.task_open_requested.connect(self.task_open_requested)
        self.pages.addTab(self.compose, self.tr("Compose"))
        self.template_panel = None
        panel_class = _template_panel_class()
        if panel_class is not None:
            self.template_panel = panel_class(ctx.runner, ctx)
            if hasattr(self.template_panel, "task_open_requested"):
                self.template_panel.task_open_requested.connect(self.task_open_requested)
            self.pages.addTab(self.template_panel, self.tr("Template send"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._loaded = False

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("SendTab", "Send")

    def refresh(self) -> None:
        self.compose.refresh()
        if self.template_panel is not None and hasattr(self.template_panel, "refresh"):
            self.template_panel.refresh()

    def on_changes(self, keys: frozenset[Change]) -> None:
        self.compose.on_changes(keys)
        if self.template_panel is not None and hasattr(self.template_panel, "on_changes"):
            self.template_panel.on_changes(keys)

    def add_contacts(self, ids: list[int]) -> None:
        """From the Contacts tab's "Send SMS to selection"."""
        self.pages.setCurrentWidget(self.compose)
        self.compose.back()
        self.compose.add_contacts(ids)
