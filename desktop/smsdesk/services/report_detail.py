"""Message detail (REP-3) for the Reports tab, the charts' drill-down and ``smsdesk-admin report detail``: the
filter, one keyset page as the page shows it, and the export of every matching message.

The database decides what a caller sees (``smsdesk.report_detail_page``: the caller's own tasks, an administrator's
or reviewer's subtree) and masks numbers unless the caller may see them (SEC-3). A page is asked for with a time
budget: when a rare filter has not filled it in time, the database says where it stopped and the page asks again
from there, showing what it found meanwhile.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from smsdesk.domain.kinds import KINDS
from smsdesk.domain.statuses import FAILURE_CATEGORIES, MESSAGE_STATUSES
from smsdesk.services import exports
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_reports import ReportRepository
from smsdesk.store.repositories_tasks import TaskLogRepository

PAGE = 200
BUDGET_MS = 60  # a page's walk stops after this and says where (the first page is shown within 100 ms, with room
# for the statement under way when it runs out and for a busy server: 80 ms gave first answers of 82-100 ms at load 5)
EXPORT_BLOCK = 5000
NUMBER_MIN, NUMBER_MAX = 4, 15
CONTENT_MIN, CONTENT_MAX = 2, 200
# pending: queued, sending or submitted; failed_or_expired: what the charts and reports count as failed
STATUSES = (*MESSAGE_STATUSES, "pending", "failed_or_expired")
BASES = ("submit", "send")


@dataclass(frozen=True)
class DetailFilter:
    """What the detail shows; None does not filter. ``group_id`` includes its sub-groups; ``number`` is its last
    digits (at least 4) or the whole number; ``content`` a fragment of the text sent (``%``, ``_``, ``\\`` literal);
    ``status`` a message status, ``pending`` or ``failed_or_expired``; times are the submit time (the task's send
    time while unsent), or with ``basis`` ``send`` the task's send time, as the rollups and charts count them;
    ``weekday`` (1 Monday to 7) and ``hour`` (0-23) are those of the task's send time in ``zone`` (a peaks cell)."""

    date_from: datetime | None = None
    date_to: datetime | None = None
    kind: str | None = None
    group_id: int | None = None
    user_id: int | None = None
    channel_id: int | None = None
    carrier: str | None = None
    template_id: int | None = None
    status: str | None = None
    category: str | None = None
    task_id: int | None = None
    number: str | None = None
    content: str | None = None
    weekday: int | None = None
    hour: int | None = None
    zone: str | None = None
    basis: str | None = None


@dataclass(frozen=True)
class DetailRow:
    task_id: int
    id: int
    group_path: str
    owner_login: str
    owner_name: str
    kind: str
    task_name: str
    body: str
    number: str  # masked unless the caller may see full numbers
    carrier: str
    channel: str
    segments: int
    status: str
    submitted_at: datetime | None
    done_at: datetime | None
    latency_ms: int | None  # submit to delivery receipt, delivered messages only
    failure_category: str | None
    error_code: str | None
    reason: str  # the failure map's meaning of the code

    @property
    def owner_label(self) -> str:
        return self.owner_name or self.owner_login


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: after (task_id, id) in descending order."""

    task_id: int
    id: int


@dataclass(frozen=True)
class DetailPage:
    rows: list[DetailRow]
    next: Cursor | None  # None: nothing more matches
    stopped: bool  # the walk ran out of time before the page filled: ``next`` continues it


def clean_number(value: str | None) -> str | None:
    """The digits of a number fragment as the database searches them; ServiceError ``number_fragment`` for a
    fragment of fewer than 4 or more than 15 digits, or with letters in it."""
    if value is None or not value.strip():
        return None
    raw = value.strip()
    if len(raw) > 40 or not re.fullmatch(r"\+?[0-9 \-()]+", raw):
        raise ServiceError("number_fragment", "a number is searched by its last 4 or more digits")
    digits = re.sub(r"[^0-9]", "", raw)
    if not NUMBER_MIN <= len(digits) <= NUMBER_MAX:
        raise ServiceError("number_fragment", "a number is searched by its last 4 or more digits")
    return digits


def clean_content(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    fragment = value.strip()
    if len(fragment) > CONTENT_MAX:
        raise ServiceError("content_too_long", f"a content fragment has at most {CONTENT_MAX} characters")
    if len(fragment) < CONTENT_MIN:
        raise ServiceError("content_too_short", f"a content fragment has at least {CONTENT_MIN} characters")
    return fragment


def checked(f: DetailFilter) -> DetailFilter:
    """The filter with its number and content cleaned, checked before any query (clear errors, not SQL ones)."""
    if f.date_from is not None and f.date_to is not None and f.date_to < f.date_from:
        raise ServiceError("range_reversed", "the range ends before it starts")
    if f.kind is not None and f.kind not in KINDS:
        raise ServiceError("invalid", f"unknown kind {f.kind!r}")
    if f.status is not None and f.status not in STATUSES:
        raise ServiceError("invalid", f"unknown status {f.status!r}")
    if f.category is not None and f.category not in FAILURE_CATEGORIES:
        raise ServiceError("invalid", f"unknown failure category {f.category!r}")
    if f.weekday is not None and not 1 <= f.weekday <= 7:
        raise ServiceError("invalid", "a weekday is 1 (Monday) to 7")
    if f.hour is not None and not 0 <= f.hour <= 23:
        raise ServiceError("invalid", "an hour is 0 to 23")
    if f.basis is not None and f.basis not in BASES:
        raise ServiceError("invalid", f"unknown time basis {f.basis!r}")
    if f.carrier is not None and len(f.carrier) > 50:
        raise ServiceError("invalid", "a carrier name has at most 50 characters")
    return DetailFilter(**{**asdict(f), "number": clean_number(f.number), "content": clean_content(f.content)})


def filter_json(f: DetailFilter) -> dict:
    """The filter as ``smsdesk.report_detail_page`` reads it (and the export's audit records it)."""
    keys = {
        "date_from": "from", "date_to": "to", "kind": "kind", "group_id": "group", "user_id": "user",
        "channel_id": "channel", "carrier": "carrier", "template_id": "template", "status": "status",
        "category": "category", "task_id": "task", "number": "number", "content": "content",
        "weekday": "weekday", "hour": "hour", "zone": "zone", "basis": "basis",
    }
    out = {}
    for name, key in keys.items():
        value = getattr(f, name)
        if value is not None:
            out[key] = value.isoformat() if isinstance(value, datetime) else value
    return out


def _fetch(session: Session, f: dict, after: Cursor | None, limit: int, budget_ms: int,
           ticket: int | None) -> tuple[list[DetailRow], Cursor | None]:
    found = ReportRepository(session).detail_rows(
        f, after.task_id if after else None, after.id if after else None, limit, budget_ms, ticket)
    rows: list[DetailRow] = []
    stop: Cursor | None = None
    for r in found:
        if r[1] is None:  # the walk stopped here before the page filled
            stop = Cursor(int(r[0]), int(r[2]))
            continue
        rows.append(DetailRow(int(r[0]), int(r[1]), r[3] or "", r[4] or "", r[5] or "", r[6], r[7] or "",
                              r[8] or "", r[9] or "", r[10] or "", r[11] or "", int(r[12]), r[13], r[14], r[15],
                              None if r[16] is None else int(r[16]), r[17], r[18], r[19] or ""))
    return rows, stop


@dataclass(frozen=True)
class DetailOptions:
    groups: list[tuple[int, str]] = field(default_factory=list)  # (id, path)
    users: list[tuple[int, str, str, int]] = field(default_factory=list)  # (id, login, name, group id)
    channels: list[tuple[int, str]] = field(default_factory=list)  # (id, name)


def detail_options(session: Session) -> DetailOptions:
    """The groups, users and channels the filters offer (what the caller may see)."""
    with translate_db_errors():
        task_options = TaskLogRepository(session).filter_options()
        channels = ReportRepository(session).channel_names()
    return DetailOptions(task_options.groups, task_options.users, channels)


def detail_page(
    session: Session, f: DetailFilter, after: Cursor | None = None, limit: int = PAGE, budget_ms: int = BUDGET_MS
) -> DetailPage:
    """One page of the detail: what the Reports tab, the command line and the reports bench run.

    ``stopped``: the database ran out of its time budget before filling the page (a rare filter over many
    messages); the rows found so far are here, and ``next`` continues the walk."""
    f = checked(f)
    with translate_db_errors():
        rows, stop = _fetch(session, filter_json(f), after, limit + 1, budget_ms, None)
    if stop is not None:
        return DetailPage(rows, stop, True)
    more = len(rows) > limit
    rows = rows[:limit]
    return DetailPage(rows, Cursor(rows[-1].task_id, rows[-1].id) if more and rows else None, False)


def iter_detail(session: Session, f: DetailFilter, *, block: int = EXPORT_BLOCK,
                ticket: int | None = None, job=None) -> Iterator[list[DetailRow]]:
    """Every matching message, block by block (no time budget): exports and the command line."""
    f = checked(f)
    payload = filter_json(f)
    after: Cursor | None = None
    while True:
        if job is not None:
            job.check()
        with translate_db_errors():
            rows, _ = _fetch(session, payload, after, block, 0, ticket)
        if rows:
            yield rows
        if len(rows) < block:
            return
        after = Cursor(rows[-1].task_id, rows[-1].id)


# -- export -----------------------------------------------------------------------------------------------

COLUMNS = ("task", "group", "user", "kind", "content", "number", "carrier", "channel", "segments", "submitted",
           "receipt", "latency", "status", "category", "code", "reason")
DEFAULT_HEADERS = {
    "task": "Task", "group": "Group", "user": "User", "kind": "Kind", "content": "Content", "number": "Number",
    "carrier": "Carrier", "channel": "Channel", "segments": "Segments", "submitted": "Submitted",
    "receipt": "Receipt", "latency": "Latency (s)", "status": "Status", "category": "Failure", "code": "Code",
    "reason": "Meaning", "sheet": "Message detail",
}


@dataclass(frozen=True)
class DetailExportRequest:
    path: str
    filter: DetailFilter
    headers: dict[str, str] | None = None  # column key -> header in the user's language
    labels: dict[str, str] | None = None  # kind, status and category codes -> labels


EXPORT_CHUNK = 50_000  # messages per COPY statement of an export (about; whole tasks)

# The export's COPY statements over smsdesk.report_detail_export (which decides the scope, masks numbers and writes
# every cell as final text). CSV: a cell a spreadsheet would run as a formula gets a leading quote (as
# infra/csv_writer.safe_cell does; the task id, segments and times never start so). XLSX cells are text anyway.
_EXPORT_FN = "smsdesk.report_detail_export(%s::jsonb, %s, %s, %s, %s::jsonb, %s)"
_SAFE = ("group_path", "owner", "kind", "body", "number", "carrier", "channel", "latency", "status", "category",
         "code", "reason")
_CSV_COLUMNS = ", ".join(
    f"CASE WHEN ascii({c}) IN (61, 43, 45, 64, 9, 13) THEN '''' || {c} ELSE {c} END" if c in _SAFE else c
    for c in ("task", "group_path", "owner", "kind", "body", "number", "carrier", "channel", "segments",
              "submitted", "receipt", "latency", "status", "category", "code", "reason")
)
COPY_CSV = f"COPY (SELECT {_CSV_COLUMNS} FROM {_EXPORT_FN}) TO STDOUT (FORMAT csv)"
COPY_TEXT = f"COPY (SELECT * FROM {_EXPORT_FN}) TO STDOUT"


def _utc_offset() -> int:
    """The workstation's offset from UTC now, in seconds (the export's times are written in it)."""
    offset = datetime.now().astimezone().utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def export_detail(session: Session, job, request: DetailExportRequest) -> exports.ExportOutcome:
    """Every message the filter matches, streamed to CSV or XLSX by the database (COPY, a chunk of tasks per
    statement), audited with the filter and the row count."""
    f = checked(request.filter)
    headers = {**DEFAULT_HEADERS, **(request.headers or {})}
    labels = json.dumps(request.labels or {}, ensure_ascii=False)
    payload = filter_json(f)
    spec = exports.ExportSpec(
        path=request.path, kind="report", header=[headers[k] for k in COLUMNS], target="detail",
        details={"report": "detail", "filter": payload}, sheet=headers["sheet"],
        widths=[10, 18, 12, 8, 40, 16, 8, 10, 6, 20, 20, 8, 8, 10, 14, 20],
    )
    filters = json.dumps(payload, ensure_ascii=False)
    offset = _utc_offset()

    def plan(ticket: int, fmt: str) -> exports.CopyPlan:
        chunks = ReportRepository(session).export_chunks(payload, EXPORT_CHUNK)
        statement = COPY_CSV if fmt == "csv" else COPY_TEXT
        return exports.CopyPlan(
            [(statement, (filters, ticket, hi, lo, labels, offset)) for hi, lo, _ in chunks],
            sum(n or 0 for _, _, n in chunks),
        )

    return exports.run_copy_export(session, job, spec, plan)
