"""Library: the content and compliance lists, one section each, chosen on the left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error


class LibraryTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The main window imports this module for tab_title() while it opens; the sections (models, services,
        # the number rules) load here, when the tab is first shown.
        from smsdesk.ui.tabs.library.blacklist_section import BlacklistSection
        from smsdesk.ui.tabs.library.phrases_section import PhrasesSection
        from smsdesk.ui.tabs.library.signatures_section import SignaturesSection
        from smsdesk.ui.tabs.library.templates_section import TemplatesSection
        from smsdesk.ui.tabs.library.words_section import WordsSection

        self.setObjectName("library_tab")
        self.ctx = ctx
        self.rights = None
        # blacklists hold personal data that only administrators read (the database shows others nothing)
        kinds = [PhrasesSection, TemplatesSection, SignaturesSection, WordsSection]
        if ctx.profile.is_admin:
            kinds.append(BlacklistSection)
        self.sections: dict = {}
        self.menu = QListWidget()
        self.menu.setObjectName("library_menu")
        self.stack = QStackedWidget()
        for kind in kinds:
            section = kind(ctx)
            key = section.objectName().removesuffix("_section")
            self.sections[key] = section
            self.menu.addItem(kind.title())
            self.stack.addWidget(section)
        self.menu.setStyleSheet("QListWidget#library_menu::item { padding: 7px 6px; }")
        self.menu.setFixedWidth(max(150, self.menu.sizeHintForColumn(0) + 36))
        layout = QHBoxLayout(self)
        layout.addWidget(self.menu)
        layout.addWidget(self.stack, 1)
        last = str(ctx.prefs.get("library/section") or "")
        keys = list(self.sections)
        self.menu.setCurrentRow(keys.index(last) if last in keys else 0)
        self.stack.setCurrentIndex(self.menu.currentRow())
        self.menu.currentRowChanged.connect(self._on_menu_current_row_changed)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("LibraryTab", "Library")

    def section(self, key: str):
        return self.sections[key]

    def show_section(self, key: str):
        self.menu.setCurrentRow(list(self.sections).index(key))
        return self.sections[key]

    def current(self):
        return self.stack.currentWidget()

    def refresh(self) -> None:
        if self.rights is None:
            from smsdesk.services import library

            self.ctx.runner.read(
                library.rights, on_done=self._set_rights, on_error=lambda e: show_error(self, e), owner=self
            )
        for section in self.sections.values():
            section._stale = True
        self.current().refresh()

    def on_changes(self, keys: frozenset[Change]) -> None:
        for section in self.sections.values():
            section.on_changes(keys)

    def _set_rights(self, rights) -> None:
        self.rights = rights
        for section in self.sections.values():
            section.set_rights(rights)

    def _on_menu_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.ctx.prefs.set("library/section", list(self.sections)[row])
        self.current().ensure_loaded()
