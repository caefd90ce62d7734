"""Getting a console to a database: the configured one, or the embedded trial server (INS-2)."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from smsdesk import settings
from smsdesk.services import trial
from smsdesk.services.auth import SignedIn, sign_in
from smsdesk.settings import DatabaseTarget
from smsdesk.store.database import CONSOLE_APPLICATION_NAME
from smsdesk.store.embedded import EmbeddedServer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prepared:
    target: DatabaseTarget  # where operators sign in
    needs_first_admin: bool  # an embedded database with nobody in it yet


class Connector:
    """Owns the embedded server when there is one; thread-safe enough for one job at a time."""

    def __init__(self, target: DatabaseTarget, *, embedded: EmbeddedServer | None = None) -> None:
        self.configured = target
        self._embedded = embedded
        self._prepared: Prepared | None = None
        # sign-in may be clicked while the embedded server is still starting: one start, not two
        self._lock = threading.RLock()

    @property
    def is_embedded(self) -> bool:
        return self.configured.embedded

    def prepare(self) -> Prepared:
        with self._lock:
            return self._prepare()

    def _prepare(self) -> Prepared:
        if self._prepared is not None:
            return self._prepared
        if not self.configured.embedded:
            self._prepared = Prepared(self.configured, needs_first_admin=False)
            return self._prepared
        if self._embedded is None:
            self._embedded = EmbeddedServer()
        target = trial.prepare_embedded(self._embedded)
        self._prepared = Prepared(target, needs_first_admin=not trial.has_users(self._embedded, target))
        return self._prepared

    def ensure_demo(self) -> Prepared:
        with self._lock:
            return self._ensure_demo()

    def _ensure_demo(self) -> Prepared:
        if not self.is_embedded:
            raise RuntimeError("the demo organisation lives in the embedded database only")
        prepared = self.prepare()
        trial.ensure_demo_organisation(self._embedded, prepared.target)
        self._prepared = Prepared(prepared.target, needs_first_admin=False)
        return self._prepared

    def create_first_admin(self, login: str, password: str, group: str) -> None:
        prepared = self.prepare()
        trial.create_first_admin(self._embedded, prepared.target, login, password, group)
        self._prepared = Prepared(prepared.target, needs_first_admin=False)

    def sign_in(self, login: str, password: str) -> SignedIn:
        """The console's sign-in: its connections are named in pg_stat_activity, its pool bounded as IT set."""
        return sign_in(
            self.prepare().target,
            login,
            password,
            pool_max=settings.console_pool_max(),
            application_name=CONSOLE_APPLICATION_NAME,
        )

    def shutdown(self) -> None:
        if self._embedded is not None:
            self._embedded.stop()
