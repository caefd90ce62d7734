"""Installation settings, for administrators of the top-level group (the database checks it again)."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="settings",
    order=88,
    module="smsdesk.ui.tabs.settings.settings_tab",
    class_name="SettingsTab",
    allowed=lambda p: p.is_admin and "/" not in (p.group_path or ""),
)
