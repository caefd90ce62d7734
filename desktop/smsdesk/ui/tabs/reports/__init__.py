"""Reports (报表统计): message detail, replies, cost, daily and monthly reports and complaint handling, each a page
of one tab; every signed-in user sees their own scope (REP-1..REP-4, LOG-4)."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="reports",
    order=45,
    module="smsdesk.ui.tabs.reports.reports_tab",
    class_name="ReportsTab",
    allowed=lambda p: True,
)
