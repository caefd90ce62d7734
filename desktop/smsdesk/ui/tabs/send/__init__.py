"""Send: compose a task, pick recipients four ways, preview and submit it (SEND-1..SEND-9); template sends
(TPL-2) are a second page when their panel is installed."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="send",
    order=20,
    module="smsdesk.ui.tabs.send.send_tab",
    class_name="SendTab",
    allowed=lambda p: True,  # every user may send; quota and review mode decide the rest
)
