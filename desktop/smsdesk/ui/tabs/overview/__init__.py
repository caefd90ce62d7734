"""Overview: who is signed in, their group and quota."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="overview",
    order=10,
    module="smsdesk.ui.tabs.overview.overview_tab",
    class_name="OverviewTab",
    allowed=lambda p: True,
)
