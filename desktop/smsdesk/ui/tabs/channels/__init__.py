"""Channels: the SMPP channels with their live state, routes, failure codes, history and connection tests."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="channels",
    order=85,
    module="smsdesk.ui.tabs.channels.channels_tab",
    class_name="ChannelsTab",
    allowed=lambda p: p.is_admin,
)
