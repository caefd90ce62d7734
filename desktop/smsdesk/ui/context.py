"""What every tab is handed: the signed-in operator, the job runner (ui/jobs.py), the preferences and the one
bridge from database notifications to the GUI thread (ui/notifications.py)."""

from __future__ import annotations

from dataclasses import dataclass

from smsdesk.services.auth import Profile, SignedIn
from smsdesk.ui.jobs import JobRunner
from smsdesk.ui.notifications import NotificationBridge
from smsdesk.ui.prefs import Prefs


@dataclass
class ConsoleContext:
    signed: SignedIn
    runner: JobRunner
    prefs: Prefs
    log_path: str = ""
    notifications: NotificationBridge | None = None  # subscribe by channel (ui/notifications.py)
    dispatchers: object | None = None  # the console's DispatcherKeeper: a hosted dispatcher outlives the window

    def __post_init__(self) -> None:
        if self.notifications is None:
            self.notifications = NotificationBridge(self.signed.notifications())

    @property
    def profile(self) -> Profile:
        return self.signed.profile
