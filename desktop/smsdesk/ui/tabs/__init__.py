"""The console's tabs; each issue that brings a feature registers its tab here, shown only to its roles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from smsdesk.services.auth import Profile


@dataclass(frozen=True)
class TabSpec:
    """A tab class has ``tab_title()`` (static, translated), ``refresh()`` and ``on_changes(keys)``."""

    key: str
    factory: Callable  # (ConsoleContext) -> the tab widget, built the first time the tab is shown
    allowed: Callable[[Profile], bool]

    def title(self) -> str:
        return self.factory.tab_title()


def tab_specs() -> list[TabSpec]:
    from smsdesk.ui.tabs.audit.audit_tab import AuditTab
    from smsdesk.ui.tabs.organisation.organisation_tab import OrganisationTab
    from smsdesk.ui.tabs.overview.overview_tab import OverviewTab

    return [
        TabSpec("overview", OverviewTab, lambda p: True),
        TabSpec("organisation", OrganisationTab, lambda p: p.can_review),
        TabSpec("audit", AuditTab, lambda p: p.is_admin),
    ]


def tabs_for(profile: Profile) -> list[TabSpec]:
    return [spec for spec in tab_specs() if spec.allowed(profile)]
