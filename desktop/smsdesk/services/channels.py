"""Channels and routes (GW-2, GW-3), dispatcher logins, and what the console shows of the dispatchers.

Managed for now with ``smsdesk-admin channel …``, as IT (a superuser) or a top-level administrator; the
database checks the caller. Channel passwords are readable by the dispatcher role only.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import Session

from smsdesk.domain.kinds import KINDS
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store import roles
from smsdesk.store.database import scram_verifier
from smsdesk.store.repositories_outbox import ChannelEventRow, ChannelRepository, ChannelRow, DispatcherRow, RouteRow

CHANNEL_FIELDS = (
    "name",
    "host",
    "port",
    "system_id",
    "password",
    "system_type",
    "bind_mode",
    "source_addr",
    "source_ton",
    "source_npi",
    "tps",
    "window_size",
    "enquire_link_s",
    "submit_timeout_s",
    "tls",
    "receipt_ids",
    "max_attempts",
    "retry_interval_s",
    "receipt_timeout_s",
    "enabled",
)
DEMO_CHANNEL = "demo-sim"
DEMO_SYSTEM_ID = "smsdesk"
DEMO_SOURCE = "10690001"


def _channel_id(repo: ChannelRepository, name: str) -> int:
    found = repo.id_by_name(name)
    if found is None:
        raise ServiceError("not_found", f"no channel {name!r}")
    return found


def add_channel(
    session: Session,
    *,
    name: str,
    host: str,
    port: int,
    system_id: str,
    password: str,
    carriers: Sequence[str] = (),
    kinds: Sequence[str] = (),
    backup: str | None = None,
    priority: int = 100,
    **options: object,
) -> int:
    """Creates a channel and its routing rules (every carrier and kind when none are given)."""
    unknown = set(options) - set(CHANNEL_FIELDS)
    if unknown:
        raise ServiceError("invalid", f"unknown channel settings: {', '.join(sorted(unknown))}")
    bad_kinds = [k for k in kinds if k not in KINDS]
    if bad_kinds:
        raise ServiceError("invalid", f"unknown message kinds: {', '.join(bad_kinds)}")
    repo = ChannelRepository(session)
    fields = {
        "name": name,
        "host": host,
        "port": port,
        "system_id": system_id,
        "password": password,
        **{k: v for k, v in options.items() if v is not None},
    }
    with translate_db_errors():
        channel_id = repo.save(None, fields)
        backup_id = _channel_id(repo, backup) if backup else None
        repo.set_routes(channel_id, list(carriers), list(kinds), priority, backup_id)
    return channel_id


def update_channel(
    session: Session,
    name: str,
    *,
    carriers: Sequence[str] | None = None,
    kinds: Sequence[str] | None = None,
    backup: str | None = None,
    priority: int | None = None,
    **fields: object,
) -> int:
    """Changes the given settings; new carriers, kinds, backup or priority replace the channel's routes."""
    unknown = set(fields) - set(CHANNEL_FIELDS)
    if unknown:
        raise ServiceError("invalid", f"unknown channel settings: {', '.join(sorted(unknown))}")
    repo = ChannelRepository(session)
    channel_id = _channel_id(repo, name)
    with translate_db_errors():
        changes = {k: v for k, v in fields.items() if v is not None}
        if changes:
            repo.save(channel_id, changes)
        if carriers is not None or kinds is not None or backup is not None or priority is not None:
            current = [r for r in repo.routes() if r.channel_id == channel_id]
            if carriers is None:
                carriers = sorted({r.carrier for r in current if r.carrier})
            if kinds is None:
                kinds = sorted({r.kind for r in current if r.kind})
            backup_id = _channel_id(repo, backup) if backup else (current[0].backup_channel_id if current else None)
            if priority is None:
                priority = current[0].priority if current else 100
            repo.set_routes(channel_id, list(carriers), list(kinds), priority, backup_id)
    return channel_id


def set_enabled(session: Session, name: str, enabled: bool) -> int:
    repo = ChannelRepository(session)
    channel_id = _channel_id(repo, name)
    with translate_db_errors():
        repo.save(channel_id, {"enabled": enabled})
    return channel_id


def set_failure_mapping(
    session: Session, channel: str | None, source: str, code: str, category: str, transient: bool = False
) -> None:
    """Maps an SMSC code to a REP-6 category for one channel (or for all when ``channel`` is None)."""
    repo = ChannelRepository(session)
    channel_id = _channel_id(repo, channel) if channel else None
    with translate_db_errors():
        repo.set_failure_mapping(channel_id, source, code, category, transient)


def list_channels(session: Session) -> list[ChannelRow]:
    return ChannelRepository(session).all()


def routes(session: Session) -> list[RouteRow]:
    return ChannelRepository(session).routes()


def channel_events(session: Session, channel: str | None = None, limit: int = 200) -> list[ChannelEventRow]:
    repo = ChannelRepository(session)
    return repo.events(_channel_id(repo, channel) if channel else None, limit)


def create_dispatcher_login(session: Session, name: str, password: str) -> str:
    """Creates (or re-keys) the login of a dispatcher process; returns its role. Needs IT (a superuser)."""
    if not roles.valid_login(name):
        raise ServiceError("invalid", "a dispatcher name has 1 to 32 characters: a-z, 0-9, '_', '.' or '-'")
    if len(password) < 12:
        raise ServiceError("invalid", "a dispatcher password has at least 12 characters")
    dbname = session.execute(text("select current_database()")).scalar_one()
    role = roles.dispatcher_role(dbname, name)
    verifier = scram_verifier(session.connection().connection.driver_connection, password, role)
    with translate_db_errors():
        return ChannelRepository(session).set_dispatcher_login(name, verifier)


def random_password() -> str:
    return secrets.token_urlsafe(24)


# -- what the console's status bar shows ---------------------------------------------------------------------


@dataclass(frozen=True)
class DispatcherStatus:
    running: int  # dispatcher processes seen in the last seconds
    channels_up: int
    channels_total: int
    channels_down: tuple[str, ...]  # names of enabled channels that are down or failing
    submit_per_s: float

    @property
    def state(self) -> str:
        if self.running == 0:
            return "stopped"
        if self.channels_total and self.channels_down:
            return "degraded"
        return "running"


def dispatcher_status(session: Session, *, fresh_s: float = 15.0) -> DispatcherStatus:
    repo = ChannelRepository(session)
    now = datetime.now(UTC)
    running = sum(
        1 for d in repo.dispatchers() if d.stopped_at is None and now - d.seen_at < timedelta(seconds=fresh_s)
    )
    states = [s for s in repo.states() if s[3]]
    down = tuple(name for _, name, status, _, _, _ in states if status in ("down", "failing"))
    up = sum(1 for s in states if s[2] == "up")
    rate = sum(
        float((s[5] or {}).get("submit_per_s", 0) or 0)
        for s in states
        if s[4] is not None and now - s[4] < timedelta(seconds=fresh_s)
    )
    return DispatcherStatus(running, up, len(states), down, rate)


def dispatchers(session: Session) -> list[DispatcherRow]:
    return ChannelRepository(session).dispatchers()


DEMO_BACKUP_CHANNEL = "demo-sim-backup"


def ensure_demo_channels(session: Session) -> None:
    """The trial's two channels to the built-in simulator: a primary for everything and its backup (GW-6)."""
    repo = ChannelRepository(session)
    if repo.id_by_name(DEMO_BACKUP_CHANNEL) is None:
        add_channel(
            session,
            name=DEMO_BACKUP_CHANNEL,
            host="127.0.0.1",
            port=2775,
            system_id=DEMO_SYSTEM_ID + "-b",
            password=random_password()[:8],
            source_addr=DEMO_SOURCE,
            window_size=10,
            tps=100,
            retry_interval_s=10,
            priority=900,
        )
    if repo.id_by_name(DEMO_CHANNEL) is None:
        add_channel(
            session,
            name=DEMO_CHANNEL,
            host="127.0.0.1",
            port=2775,
            system_id=DEMO_SYSTEM_ID,
            password=random_password()[:8],
            source_addr=DEMO_SOURCE,
            window_size=20,
            tps=500,
            retry_interval_s=10,
            backup=DEMO_BACKUP_CHANNEL,
        )


def point_demo_channels(session: Session, host: str, port: int) -> None:
    """Where the simulator listens this time (it takes a free port on every start)."""
    repo = ChannelRepository(session)
    for name in (DEMO_CHANNEL, DEMO_BACKUP_CHANNEL):
        channel_id = repo.id_by_name(name)
        if channel_id is not None:
            with translate_db_errors():
                repo.save(channel_id, {"host": host, "port": port})

