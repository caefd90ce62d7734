"""短信月报 Monthly report (REP-4): per month and kind, messages, segments, delivered, failed, pending and cost, with a
totals row, over any range of months; answered from the rollups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate

from smsdesk.ui.tabs.reports.daily_page import volume_note, volume_titles
from smsdesk.ui.tabs.reports.pages import PageSpec
from smsdesk.ui.tabs.reports.rollup_report import RollupReportPage, beijing_today

PAGE = PageSpec(key="monthly", order=50, module=__name__, class_name="MonthlyReportPage")


class MonthlyReportPage(RollupReportPage):
    REPORT = "monthly"

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("MonthlyReportPage", "Monthly report")

    def column_titles(self) -> list[str]:
        return volume_titles(self.tr("Month"))

    def note_text(self) -> str:
        return volume_note()

    def reset_range(self) -> None:
        today = beijing_today()
        self.date_to.setDate(QDate(today.year(), today.month(), 1).addMonths(1).addDays(-1))
        self.date_from.setDate(QDate(today.year(), today.month(), 1).addMonths(-12))

    def current_query(self):
        query = super().current_query()
        # whole months: from the first day of the first month to the last day of the last
        first = query.first.replace(day=1)
        last_month = QDate(query.last.year, query.last.month, 1).addMonths(1).addDays(-1).toPython()
        return type(query)(query.report, first, last_month, query.group_id, query.user_id, query.kind, query.by)
