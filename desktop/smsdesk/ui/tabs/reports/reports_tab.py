"""The Reports tab (报表统计): a list of report pages on the left, the chosen page on the right. Pages are built the
first time they are shown; ``open_detail`` shows the message detail with exactly the filters given (the charts'
drill-down)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from smsdesk.services.report_detail import DetailFilter
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.reports.pages import PageSpec, pages_for


class ReportsTab(QWidget):
    @staticmethod
    def tab_title() -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ReportsTab", "Reports")

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports_tab")
        self.ctx = ctx
        self.specs: list[PageSpec] = pages_for(ctx.profile)
        self.page_list = QListWidget()
        self.page_list.setObjectName("report_pages")
        self.page_list.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for spec in self.specs:
            item = QListWidgetItem(spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.page_list.addItem(item)
            holder = QWidget()
            holder.setLayout(QHBoxLayout())
            holder.layout().setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
        layout = QHBoxLayout(self)
        layout.addWidget(self.page_list)
        layout.addWidget(self.stack, 1)
        self.page_list.currentRowChanged.connect(self._on_page_list_current_row_changed)
        last = str(ctx.prefs.get("reports/last_page") or "")
        keys = [s.key for s in self.specs]
        self.page_list.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- pages ---------------------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it was never shown."""
        index = [s.key for s in self.specs].index(key)
        return self._ensure(index)

    def show_page(self, key: str) -> QWidget:
        index = [s.key for s in self.specs].index(key)
        self.page_list.setCurrentRow(index)
        return self._ensure(index)

    def _ensure(self, index: int) -> QWidget:
        spec = self.specs[index]
        page = self.pages.get(spec.key)
        if page is None:
            page = spec.factory(self.ctx, self)
            self.pages[spec.key] = page
            self.stack.widget(index).layout().addWidget(page)
        return page

    def open_detail(self, f: DetailFilter) -> QWidget:
        """Shows the message detail with exactly the filters of ``f`` and searches."""
        page = self.show_page("detail")
        page.apply_filter(f)
        return page

    def _on_page_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.stack.setCurrentIndex(row)
            self.ctx.prefs.set("reports/last_page", self.specs[row].key)
            self._ensure(row).refresh()

    # -- the tab's duties ----------------------------------------------------------------------------

    def refresh(self) -> None:
        row = self.page_list.currentRow()
        if 0 <= row < len(self.specs):
            self._ensure(row).refresh()

    def on_changes(self, keys: frozenset[Change]) -> None:
        for page in self.pages.values():
            page.on_changes(keys)
