"""Organisation: the group tree and its users."""

from smsdesk.ui.tabs import TabSpec

TAB = TabSpec(
    key="organisation",
    order=80,
    module="smsdesk.ui.tabs.organisation.organisation_tab",
    class_name="OrganisationTab",
    allowed=lambda p: p.can_review,
)
