"""Audit log, for administrators."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="audit",
    order=90,
    module="smsdesk.ui.tabs.audit.audit_tab",
    class_name="AuditTab",
    allowed=lambda p: p.is_admin,
)
