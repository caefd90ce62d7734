"""What every tab is handed: the signed-in operator, the job runner (ui/jobs.py) and the preferences."""

from __future__ import annotations

from dataclasses import dataclass

from smsdesk.services.auth import Profile, SignedIn
from smsdesk.ui.jobs import JobRunner
from smsdesk.ui.prefs import Prefs


@dataclass
class ConsoleContext:
    signed: SignedIn
    runner: JobRunner
    prefs: Prefs
    log_path: str = ""

    @property
    def profile(self) -> Profile:
        return self.signed.profile
