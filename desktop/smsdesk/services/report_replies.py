"""Replies (REP-1) for the Reports tab and ``smsdesk-admin report replies``: each reply with the user, task, kind and
text it answered (or that it matched nothing), opt-outs marked; deletion by administrators, audited; export.

The database decides the scope (``smsdesk.report_replies_page``) and who may delete (``smsdesk.reply_delete``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from smsdesk.services import exports
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.services.report_detail import clean_number
from smsdesk.store.repositories_reports import ReportRepository

PAGE = 200
EXPORT_BLOCK = 5000
FRAGMENT_MAX = 200


@dataclass(frozen=True)
class ReplyFilter:
    """None does not filter. ``number``: its last 4 or more digits; ``sent`` / ``reply``: fragments of the text
    replied to and of the reply (``%``, ``_``, ``\\`` literal); ``matched`` False: replies that matched nothing."""

    date_from: datetime | None = None
    date_to: datetime | None = None
    task_id: int | None = None
    number: str | None = None
    sent: str | None = None
    reply: str | None = None
    matched: bool | None = None
    opt_out: bool | None = None


@dataclass(frozen=True)
class ReplyRow:
    id: int
    received_at: datetime
    number: str
    text: str
    opt_out: bool
    blacklisted: bool
    matched: bool
    task_id: int | None
    task_name: str
    kind: str | None
    owner_login: str
    owner_name: str
    group_path: str
    sent_text: str
    sent_at: datetime | None
    can_delete: bool

    @property
    def owner_label(self) -> str:
        return self.owner_name or self.owner_login


@dataclass(frozen=True)
class ReplyPage:
    rows: list[ReplyRow]
    next_after: int | None  # None: nothing more


def _fragment(value: str | None, least: int) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if len(value) > FRAGMENT_MAX:
        raise ServiceError("content_too_long", f"a text fragment has at most {FRAGMENT_MAX} characters")
    if len(value) < least:
        raise ServiceError("content_too_short", f"a text fragment has at least {least} characters")
    return value


def filter_json(f: ReplyFilter) -> dict:
    """The filter checked, as ``smsdesk.report_replies_page`` reads it."""
    if f.date_from is not None and f.date_to is not None and f.date_to < f.date_from:
        raise ServiceError("range_reversed", "the range ends before it starts")
    out: dict = {}
    for key, value in (("from", f.date_from), ("to", f.date_to)):
        if value is not None:
            out[key] = value.isoformat()
    for key, value in (("task", f.task_id), ("number", clean_number(f.number)), ("sent", _fragment(f.sent, 2)),
                       ("reply", _fragment(f.reply, 1)), ("matched", f.matched), ("opt_out", f.opt_out)):
        if value is not None:
            out[key] = value
    return out


def _rows(found) -> list[ReplyRow]:
    return [ReplyRow(int(r[0]), r[1], r[2] or "", r[3] or "", bool(r[4]), bool(r[5]), bool(r[6]),
                     None if r[7] is None else int(r[7]), r[8] or "", r[9], r[10] or "", r[11] or "", r[12] or "",
                     r[13] or "", r[14], bool(r[15])) for r in found]


def replies_page(session: Session, f: ReplyFilter, after_id: int | None = None, limit: int = PAGE) -> ReplyPage:
    """One page of replies, newest first: what the Reports tab, the command line and the bench run."""
    payload = filter_json(f)
    with translate_db_errors():
        rows = _rows(ReportRepository(session).reply_rows(payload, after_id, limit + 1, None))
    more = len(rows) > limit
    rows = rows[:limit]
    return ReplyPage(rows, rows[-1].id if more and rows else None)


def iter_replies(session: Session, f: ReplyFilter, *, block: int = EXPORT_BLOCK, ticket: int | None = None,
                 job=None) -> Iterator[list[ReplyRow]]:
    payload = filter_json(f)
    after = None
    while True:
        if job is not None:
            job.check()
        with translate_db_errors():
            rows = _rows(ReportRepository(session).reply_rows(payload, after, block, ticket))
        if rows:
            yield rows
        if len(rows) < block:
            return
        after = rows[-1].id


def delete(session: Session, ids: Sequence[int]) -> int:
    """Deletes the replies (all or none; administrators over their groups), audited by the database."""
    if not ids:
        raise ServiceError("invalid", "no replies chosen")
    with translate_db_errors():
        return ReportRepository(session).delete_replies(sorted(set(ids)))


COLUMNS = ("received", "number", "reply", "opt_out", "matched", "user", "group", "task", "kind", "sent", "sent_at")
DEFAULT_HEADERS = {
    "received": "Received", "number": "Number", "reply": "Reply", "opt_out": "Opt-out", "matched": "Matched",
    "user": "User", "group": "Group", "task": "Task", "kind": "Kind", "sent": "Sent text", "sent_at": "Sent",
    "sheet": "Replies", "yes": "yes", "no": "no",
}


@dataclass(frozen=True)
class ReplyExportRequest:
    path: str
    filter: ReplyFilter
    headers: dict[str, str] | None = None
    labels: dict[str, str] | None = None  # kind codes -> labels


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


def export_replies(session: Session, job, request: ReplyExportRequest) -> exports.ExportOutcome:
    payload = filter_json(request.filter)
    headers = {**DEFAULT_HEADERS, **(request.headers or {})}
    labels = request.labels or {}
    yes, no = headers["yes"], headers["no"]
    spec = exports.ExportSpec(
        path=request.path, kind="report", header=[headers[k] for k in COLUMNS], target="replies",
        details={"report": "replies", "filter": payload}, sheet=headers["sheet"],
        widths=[20, 16, 30, 8, 8, 12, 18, 24, 10, 40, 20],
    )

    def rows(ticket: int) -> Iterator[tuple]:
        for block in iter_replies(session, request.filter, ticket=ticket, job=job):
            for r in block:
                yield (_when(r.received_at), r.number, r.text, yes if r.opt_out else no, yes if r.matched else no,
                       r.owner_label, r.group_path, f"{r.task_id} {r.task_name}" if r.task_id else "",
                       labels.get(r.kind or "", r.kind or ""), r.sent_text, _when(r.sent_at))

    return exports.run_export(session, job, spec, rows)
