"""The Channels tab's work (issue 17, GW-3, GW-4, GW-6): every channel with its live state, one channel's
settings, routes and failure map, its history, and the "test connection" a running dispatcher answers.

The database checks every change (only IT and top-level administrators manage channels; administrators below
read); these functions only shape the calls and turn refusals into ``ServiceError``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from smsdesk.domain.kinds import KINDS
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_channels import (
    EDITABLE,
    ChannelAdminRepository,
    ChannelEvent,
    ChannelState,
    ConnectionTest,
    FailureMapping,
    Route,
)

__all__ = [
    "CATEGORIES", "SOURCES", "ChannelEvent", "ChannelState", "ConnectionTest", "FailureMapping", "Overview",
    "Route", "channel_settings", "delete_failure_mapping", "events", "failure_map", "overview", "request_test",
    "save_channel", "set_failure_mapping", "set_routes", "test_result",
]

# REP-6 categories and the code sources of the failure map (db: ck_failure_map_*).
CATEGORIES = ("timeout", "content_blocked", "invalid_number", "blacklisted", "quota", "gateway_error", "other")
SOURCES = ("submit", "error", "stat", "err")
QUEUE_CAP = 100_000  # the waiting count stops here: "100,000 or more" is all a screen needs


@dataclass(frozen=True)
class Overview:
    channels: list[ChannelState]
    routes: list[Route]
    waiting: int  # messages in the queue no dispatcher holds yet (QUEUE_CAP: that many or more)
    may_manage: bool  # IT or a top-level administrator: may change channels; others only read


def _repo(session: Session) -> ChannelAdminRepository:
    return ChannelAdminRepository(session)


def overview(session: Session) -> Overview:
    repo = _repo(session)
    with translate_db_errors():
        return Overview(repo.overview(), repo.routes(), repo.queue_waiting(QUEUE_CAP), repo.may_manage())


def channel_settings(session: Session, channel_id: int) -> dict[str, Any]:
    with translate_db_errors():
        values = _repo(session).settings(channel_id)
    if values is None:
        raise ServiceError("not_found", "no such channel")
    return values


def save_channel(session: Session, channel_id: int | None, fields: dict[str, Any]) -> int:
    """Creates (``channel_id`` None) or changes a channel. A password is sent only when given: an empty one
    keeps the stored password (which nobody reads back)."""
    fields = dict(fields)
    if not fields.get("password"):
        fields.pop("password", None)
    unknown = set(fields) - set(EDITABLE) - {"password"}
    if unknown:
        raise ServiceError("invalid", f"unknown channel settings: {', '.join(sorted(unknown))}")
    with translate_db_errors():
        return _repo(session).save(channel_id, fields)


def set_routes(session: Session, channel_id: int, carriers: list[str], kinds: list[str], priority: int,
               backup_id: int | None) -> int:
    carriers = [c.strip() for c in carriers if c.strip()]
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ServiceError("invalid", f"unknown message kinds: {', '.join(bad)}")
    with translate_db_errors():
        return _repo(session).set_routes(channel_id, carriers, list(kinds), priority, backup_id)


def failure_map(session: Session) -> list[FailureMapping]:
    with translate_db_errors():
        return _repo(session).failure_map()


def set_failure_mapping(session: Session, channel_id: int | None, source: str, code: str, category: str,
                        transient: bool) -> None:
    code = code.strip()
    if not code:
        raise ServiceError("invalid", "a failure code cannot be empty")
    with translate_db_errors():
        _repo(session).set_failure_mapping(channel_id, source, code, category, transient)


def delete_failure_mapping(session: Session, mapping_id: int) -> None:
    with translate_db_errors():
        _repo(session).delete_failure_mapping(mapping_id)


def events(session: Session, channel_id: int, limit: int = 500) -> list[ChannelEvent]:
    with translate_db_errors():
        return _repo(session).events(channel_id, limit)


def request_test(session: Session, channel_id: int) -> int:
    """Asks the running dispatchers to bind and unbind the channel; ServiceError("conflict") when none runs."""
    with translate_db_errors():
        return _repo(session).request_test(channel_id)


def test_result(session: Session, test_id: int) -> ConnectionTest | None:
    with translate_db_errors():
        return _repo(session).test(test_id)


def test_detail(raw: str) -> dict[str, Any]:
    """The dispatcher's answer (JSON, dispatcher/channel_test.py) as a dict; {} for anything else."""
    try:
        value = json.loads(raw or "")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
