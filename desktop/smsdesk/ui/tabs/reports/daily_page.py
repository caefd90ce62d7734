"""短信日报 Daily report (REP-4): per day and kind, messages, segments, delivered, failed, pending and cost, with a
totals row, over any range; answered from the rollups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from smsdesk.ui.tabs.reports.pages import PageSpec
from smsdesk.ui.tabs.reports.rollup_report import RollupReportPage

PAGE = PageSpec(key="daily", order=40, module=__name__, class_name="DailyReportPage")


def volume_titles(first: str) -> list[str]:
    return [
        first,
        QCoreApplication.translate("VolumeReport", "Kind"),
        QCoreApplication.translate("VolumeReport", "Messages"),
        QCoreApplication.translate("VolumeReport", "Segments"),
        QCoreApplication.translate("VolumeReport", "Delivered"),
        QCoreApplication.translate("VolumeReport", "Failed"),
        QCoreApplication.translate("VolumeReport", "Pending"),
        QCoreApplication.translate("VolumeReport", "Cost"),
    ]


def volume_note() -> str:
    return QCoreApplication.translate(
        "VolumeReport",
        "Messages count every recipient of the tasks sent in the range; failed includes messages whose task ended "
        "before they went out; cost is what delivered segments were charged at the prices recorded on each task.",
    )


class DailyReportPage(RollupReportPage):
    REPORT = "daily"
    DEFAULT_DAYS = 31

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("DailyReportPage", "Daily report")

    def column_titles(self) -> list[str]:
        return volume_titles(self.tr("Day"))

    def note_text(self) -> str:
        return volume_note()
