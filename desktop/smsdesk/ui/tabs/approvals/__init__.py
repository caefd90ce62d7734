"""Approvals: templates and tasks awaiting review (APR-1, APR-2), for reviewers and administrators."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from smsdesk.ui.tabs import TabSpec


@dataclass(frozen=True)
class BadgedTabSpec(TabSpec):
    """A tab whose title carries a live count: ``badge(ctx, parent)`` returns a QObject with a
    ``title_changed(str)`` signal and ``shutdown()``; the main window starts it with the window, before the
    tab itself is ever built, and hands it to the tab it builds (``factory(ctx, badge=badge)``)."""

    badge: Callable | None = None


def _badge(ctx, parent):
    from smsdesk.ui.tabs.approvals.badge import ApprovalBadge

    return ApprovalBadge(ctx, parent)


TAB = BadgedTabSpec(
    key="approvals",
    order=60,
    module="smsdesk.ui.tabs.approvals.approvals_tab",
    class_name="ApprovalsTab",
    allowed=lambda p: p.can_review,
    badge=_badge,
)
