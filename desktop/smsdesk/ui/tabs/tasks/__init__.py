"""Tasks: every task the user may see, searchable, with live progress, per-number detail, export, cancel and
resend of failed numbers (LOG-1..LOG-3)."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="tasks",
    order=40,
    module="smsdesk.ui.tabs.tasks.tasks_tab",
    class_name="TasksTab",
    allowed=lambda p: True,
)
