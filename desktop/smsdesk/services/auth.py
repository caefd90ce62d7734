"""Signing in: connect as the operator's own role, check the schema, record the sign-in (or its failure)."""

from __future__ import annotations

import logging
import platform
import socket
from dataclasses import dataclass, field
from typing import Any

import psycopg
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from smsdesk import __version__
from smsdesk.infra.notify import NotifyHub
from smsdesk.services.errors import ServiceError, from_db_error
from smsdesk.settings import POOL_MAX_DEFAULT, DatabaseTarget
from smsdesk.store import migrate, roles
from smsdesk.store.database import APPLICATION_NAME, connect_raw, make_engine, session_factory, unit_of_work
from smsdesk.store.repositories import UserRepository
from smsdesk.store.repositories_org import OrgRepository
from smsdesk.store.roles import valid_login  # noqa: F401  (re-exported for the console)

log = logging.getLogger(__name__)

POOL_MAX = POOL_MAX_DEFAULT  # a console's four read threads and its one writer never wait for a connection

# Codes a sign-in can fail with; the console turns each into a sentence in the user's language.
SIGN_IN_FAILURES = (
    "bad_login",
    "password",
    "disabled",
    "locked",
    "unreachable",
    "no_database",
    "not_allowed",
    "schema_missing",
    "schema_older",
    "schema_newer",
    "database",
)


class SignInError(ServiceError):
    pass


@dataclass(frozen=True)
class Profile:
    """Who is signed in, as the database told us at sign-in."""

    id: int
    login: str
    role_name: str
    operator_name: str
    kind: str
    is_reviewer: bool
    review_mode: bool
    see_full_numbers: bool
    group_id: int
    group_path: str
    quota_limit: int
    quota_used: int
    server_version: str
    # an administrator reset the password: the console asks for a new one before anything else (revision 0011)
    must_change_password: bool = False

    @property
    def is_admin(self) -> bool:
        return self.kind == "admin"

    @property
    def can_review(self) -> bool:
        return self.is_admin or self.is_reviewer

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Profile:
        return cls(**{name: data.get(name) for name in cls.__dataclass_fields__})


@dataclass
class SignedIn:
    """A signed-in operator: the engine that connects as their role, their profile, and the one LISTEN
    connection every part of their console shares (``notifications()``, opened on the first subscription)."""

    target: DatabaseTarget
    profile: Profile
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    _hub: NotifyHub | None = field(default=None, repr=False)

    def notifications(self) -> NotifyHub:
        if self._hub is None:
            self._hub = NotifyHub(self.engine, name=f"notify-{self.profile.login}")
        return self._hub

    def close(self, wait_s: float = 2.0) -> None:
        """Stops listening and closes every pooled connection (network work: call it off the GUI thread)."""
        if self._hub is not None:
            self._hub.stop(wait_s)
        self.engine.dispose()


def classify_connect_error(exc: psycopg.Error) -> str:
    state = getattr(exc, "sqlstate", None) or ""
    text_ = str(exc).lower()
    if state == "28P01" or "password authentication failed" in text_:
        return "password"
    if "not permitted to log in" in text_:
        return "disabled"
    if state == "3D000" or ("database" in text_ and "does not exist" in text_):
        return "no_database"
    if "pg_hba.conf" in text_:
        return "not_allowed"
    if state.startswith("28"):
        return "password"
    return "unreachable"


def record_failure(target: DatabaseTarget, login: str, reason: str) -> None:
    """Best effort, through the gate role: the failed user has no connection of their own to write with."""
    gate = roles.group_role(target.dbname, roles.GATE_ROLE)
    try:
        with connect_raw(target, user=gate, password=roles.GATE_PASSWORD, connect_timeout="3") as conn:
            conn.execute("select smsdesk.record_sign_in_failure(%s, %s)", (login, reason))
    except psycopg.Error as exc:
        log.info("could not record the failed sign-in of %r: %s", login, exc)


def client_info() -> dict[str, str]:
    return {
        "app": f"SMS Desk {__version__}",
        "host": socket.gethostname(),
        "os": platform.platform(terse=True),
    }


def sign_in(
    target: DatabaseTarget,
    login: str,
    password: str,
    *,
    pool_size: int = 1,
    pool_max: int = POOL_MAX,
    application_name: str = APPLICATION_NAME,
) -> SignedIn:
    """Connects as the operator's own role. The engine keeps ``pool_size`` connection(s) open at rest and
    grows to ``pool_max`` while jobs run in parallel (the console: four readers and one writer)."""
    login = (login or "").strip().lower()
    if not roles.valid_login(login):
        raise SignInError("bad_login")
    role = roles.user_role(target.dbname, login)
    user_target = target.with_login(role, password)
    try:
        with connect_raw(user_target, application_name=application_name) as conn:
            conn.execute("select 1")
    except psycopg.Error as exc:
        code = classify_connect_error(exc)
        log.info("sign-in of %s to %s failed: %s", login, target.describe(), code)
        if code in ("password", "disabled"):
            record_failure(target, login, code)
        raise SignInError(code, str(exc).strip()) from exc

    engine = make_engine(user_target, pool_size=pool_size, pool_max=pool_max, application_name=application_name)
    factory = session_factory(engine)
    try:
        with unit_of_work(factory) as session:
            state = migrate.schema_state(session.connection())
            if state.empty:
                raise SignInError("schema_missing")
            if state.newer:
                raise SignInError("schema_newer", f"database {state.current}, this console {state.head}")
            if state.older:
                raise SignInError("schema_older", f"database {state.current}, this console {state.head}")
            facts = UserRepository(session).sign_in(client_info())
            facts["must_change_password"] = OrgRepository(session).my_must_change_password()
            profile = Profile.from_dict(facts)
    except SignInError as exc:
        engine.dispose()
        if exc.code.startswith("schema"):
            record_failure(target, login, "schema")
        raise
    except Exception as exc:
        engine.dispose()
        err = from_db_error(exc)
        if err.code == "disabled":
            record_failure(target, login, "disabled")
        raise SignInError(err.code if err.code in SIGN_IN_FAILURES else "database", err.detail) from exc
    log.info("signed in: %s (%s) to %s", login, role, target.describe())
    return SignedIn(target=target, profile=profile, engine=engine, sessions=factory)
