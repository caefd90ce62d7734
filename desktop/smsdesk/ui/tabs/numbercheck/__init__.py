"""Number check (号码检测, CHK-1, REP-5): new checks taking numbers the four ways sending does, the checks (task
groups) with their per-number results, summary and chart, and the results query across checks."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="numbercheck",
    order=45,
    module="smsdesk.ui.tabs.numbercheck.numbercheck_tab",
    class_name="NumberCheckTab",
    allowed=lambda p: True,
)
