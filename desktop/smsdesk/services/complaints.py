"""Complaint handling (LOG-4): search the sent history (the message detail's search, services/report_detail.py) and
put the numbers of the chosen messages on a blacklist in one step, with a reason. The database checks that the
caller sees those messages and may change that list, adds the numbers and audits it (smsdesk.complaint_blacklist)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from smsdesk.domain.kinds import KINDS
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_reports import ReportRepository

SCOPES = ("global", "group", "kind")
REASON_MAX = 200
MAX_MESSAGES = 10_000


@dataclass(frozen=True)
class BlacklistRequest:
    message_ids: tuple[int, ...]
    scope: str  # global | group | kind
    reason: str
    group_id: int | None = None
    kind: str | None = None


@dataclass(frozen=True)
class BlacklistResult:
    added: int
    existing: int  # already on that list
    rejected: int  # not a number a list can hold


def check(request: BlacklistRequest) -> BlacklistRequest:
    reason = (request.reason or "").strip()
    if not reason:
        raise ServiceError("reason_required", "a complaint needs a reason")
    if len(reason) > REASON_MAX:
        raise ServiceError("reason_too_long", f"a reason has at most {REASON_MAX} characters")
    if not request.message_ids:
        raise ServiceError("invalid", "no messages chosen")
    if len(set(request.message_ids)) > MAX_MESSAGES:
        raise ServiceError("invalid", f"at most {MAX_MESSAGES} messages at a time")
    if request.scope not in SCOPES:
        raise ServiceError("invalid", "a blacklist is global, of a user group, or of a message kind")
    if request.scope == "group" and request.group_id is None:
        raise ServiceError("invalid", "choose the group whose blacklist it is")
    if request.scope == "kind" and request.kind not in KINDS:
        raise ServiceError("invalid", "choose the message kind whose blacklist it is")
    return BlacklistRequest(tuple(sorted(set(request.message_ids))), request.scope, reason,
                            request.group_id if request.scope == "group" else None,
                            request.kind if request.scope == "kind" else None)


def blacklist_numbers(session: Session, request: BlacklistRequest) -> BlacklistResult:
    """The numbers of the chosen messages onto the chosen list, all or nothing, audited by the database."""
    request = check(request)
    with translate_db_errors():
        added, existing, rejected = ReportRepository(session).complaint_blacklist(
            request.message_ids, request.scope, request.group_id, request.kind, request.reason)
    return BlacklistResult(added, existing, rejected)


