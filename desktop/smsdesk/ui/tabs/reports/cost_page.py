"""发送费用统计 Cost (REP-2): per user group, user and kind, the segments charged (delivered: success billing), the
segments refunded and the money, over any range, with a totals row; a group filter takes its sub-groups along. The
price list (top-level administrators change it) opens from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from smsdesk.ui.tabs.reports.pages import PageSpec
from smsdesk.ui.tabs.reports.rollup_report import RollupReportPage

PAGE = PageSpec(key="cost", order=30, module=__name__, class_name="CostReportPage")


class CostReportPage(RollupReportPage):
    REPORT = "cost"

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("CostReportPage", "Cost")

    def column_titles(self) -> list[str]:
        return [
            self.tr("Group"),
            self.tr("User"),
            self.tr("Kind"),
            self.tr("Segments charged"),
            self.tr("Segments refunded"),
            self.tr("Amount"),
        ]

    def note_text(self) -> str:
        return self.tr(
            "Charged: segments delivered (only delivered messages are billed). Refunded: segments of "
            "messages that failed, expired or were cancelled, given back to the sender's quota. Money at "
            "the prices recorded on each task when it was submitted."
        )

    def extra_buttons(self, layout: QHBoxLayout) -> None:
        self.prices_button = QPushButton(self.tr("Price list…"))
        self.prices_button.setObjectName("cost_prices")
        self.prices_button.clicked.connect(self.open_prices)
        layout.addWidget(self.prices_button)

    def open_prices(self):
        from smsdesk.ui.tabs.reports.price_dialog import PriceListDialog

        dialog = PriceListDialog(self.ctx, self)
        dialog.changed.connect(self.search)
        dialog.open()
        self.price_dialog = dialog
        return dialog
