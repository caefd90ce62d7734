"""SMS tasks (SEND-8, LOG-1..LOG-3): queuing a task with its quota reserved, searching tasks, one task's messages
page by page, export, cancel, resend failed. Live progress arrives as NOTIFY smsdesk_task, heard by the console's
one listener (infra/notify.py).

Every query is in store/repositories_tasks.py and store/repositories_outbox.py; row-level security decides which
tasks a caller sees, and numbers come out masked for users without the right to full numbers (SEC-3). Quota is
reserved by the database in the same transaction as the queueing (SD402 with the shortfall). Reviewers' decisions
are in services/approvals.py.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from smsdesk.domain import numbers as number_rules
from smsdesk.domain import text as text_rules
from smsdesk.domain.kinds import check_kind
from smsdesk.infra.jobs import QuietJob
from smsdesk.services import exports
from smsdesk.services.errors import ServiceError, from_db_error, translate_db_errors
from smsdesk.store.repositories_outbox import TaskRepository
from smsdesk.store.repositories_tasks import (
    NOT_YET_SENT,
    CancelPreview,
    FilterOptions,
    MessageDetailRow,
    TaskFilter,
    TaskListRow,
    TaskLogRepository,
)

__all__ = [
    "NOT_YET_SENT",
    "CancelPreview",
    "FilterOptions",
    "MessageDetailRow",
    "TaskFilter",
    "TaskListRow",
]

PAGE = 500
EXPORT_BLOCK = 5000
# Failures a resend would only repeat: the number does not exist or is barred.
HOPELESS = ("invalid_number", "blacklisted")


# -- queueing ---------------------------------------------------------------------------------------------

E164_MAX = 15


class InsufficientQuota(ServiceError):
    """SD402: ``shortfall`` segments more would be needed."""

    def __init__(self, detail: str, needed: int, left: int) -> None:
        super().__init__("insufficient_quota", detail)
        self.needed = needed
        self.left = left

    @property
    def shortfall(self) -> int:
        return self.needed - self.left


def queue_refusal(exc: BaseException) -> ServiceError:
    """The ServiceError for a database error of queueing or submitting: InsufficientQuota, with what was needed
    and what was left (the refusal's JSON DETAIL), when the quota was short."""
    err = from_db_error(exc)
    if err.code != "insufficient_quota":
        return err
    diag = getattr(getattr(exc, "orig", exc), "diag", None)
    facts = json.loads(diag.message_detail) if diag is not None and diag.message_detail else {}
    return InsufficientQuota(err.detail, int(facts.get("needed", 0)), int(facts.get("left", 0)))


def _carrier_of(e164: str) -> str:
    if e164.startswith("+86"):
        return number_rules.normalize(e164).carrier or ""
    return ""


def _check_numbers(numbers: Sequence[str]) -> list[tuple[str, str]]:
    seen: dict[str, str] = {}
    bad = 0
    for number in numbers:
        if not (
            isinstance(number, str)
            and number.startswith("+")
            and number[1:].isdigit()
            and 8 <= len(number) <= E164_MAX + 1
            and number[1] != "0"
        ):
            bad += 1
            continue
        if number not in seen:
            seen[number] = _carrier_of(number)
    if bad:
        raise ServiceError("invalid", f"{bad} recipients are not E.164 numbers")
    if not seen:
        raise ServiceError("invalid", "a task needs at least one recipient")
    return list(seen.items())


def queue(
    session: Session,
    *,
    name: str,
    kind: str,
    content: str,
    signature: str | None,
    numbers: Sequence[str],
    send_at: datetime | None = None,
    expires_at: datetime | None = None,
    task_key: uuid.UUID | None = None,
    opt_out: str | None = text_rules.DEFAULT_OPT_OUT,
    template_id: int | None = None,
    bodies: Sequence[str] | None = None,
) -> int:
    """Queues one task for the caller and reserves its quota (segments x recipients); returns the task id.

    ``numbers`` are E.164 (the caller cleaned them, SEND-6); duplicates are dropped. Idempotent on
    ``task_key``: the same key again returns the first task without reserving twice. Users and groups in
    "review" mode get a task awaiting review; a future ``send_at`` gives a scheduled task.
    ``bodies`` (template sends, TPL-2): one personal content per number; the quota reserved is then the sum of
    their segments, and ``content`` is the template's text. The database counts every segment it reserves (what
    this side measures is never sent as a count it would believe).
    """
    try:
        check_kind(kind)
    except ValueError as exc:
        raise ServiceError("invalid", str(exc)) from None
    task_key = task_key or uuid.uuid4()
    repo = TaskRepository(session)
    existing = repo.id_for_key(task_key)
    if existing is not None:
        return existing
    measured = text_rules.measure(content, signature=signature, kind=kind, opt_out=opt_out)
    if measured.issues and (bodies is None or "empty_content" in measured.issues):
        raise ServiceError("invalid", f"the content cannot be sent: {', '.join(measured.issues)}")
    recipients = _check_numbers(numbers)
    personal = None if bodies is None else _personal_bodies(numbers, bodies, recipients)
    segments = measured.segments
    try:
        return repo.queue(
            task_key=task_key,
            name=(name or "").strip() or datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
            kind=kind,
            content=content,
            signature=measured.signature,
            opt_out=opt_out if kind == "marketing" else None,
            segments=segments,
            send_at=send_at,
            expires_at=expires_at,
            template_id=template_id,
            recipients=recipients,
            bodies=personal,
        )
    except (psycopg.Error, DBAPIError) as exc:
        raise queue_refusal(exc) from exc


def _personal_bodies(
    numbers: Sequence[str], bodies: Sequence[str], recipients: list[tuple[str, str]]
) -> list[tuple[str, int]]:
    """(body, 0) per recipient of ``recipients`` (the first body given for a repeated number); the database
    measures each body (and refuses an empty one or one of more than 30 segments)."""
    if len(bodies) != len(numbers):
        raise ServiceError("invalid", f"{len(numbers)} recipients but {len(bodies)} personal messages")
    first: dict[str, str] = {}
    for number, body in zip(numbers, bodies, strict=True):
        first.setdefault(number, body)
    return [(first[number], 0) for number, _carrier in recipients]


# -- reading ----------------------------------------------------------------------------------------------


def search(session: Session, filters: TaskFilter) -> list[TaskListRow]:
    with translate_db_errors():
        return TaskLogRepository(session).search(filters)


def get(session: Session, task_id: int) -> TaskListRow | None:
    with translate_db_errors():
        return TaskLogRepository(session).get(task_id)


def filter_options(session: Session) -> FilterOptions:
    with translate_db_errors():
        return TaskLogRepository(session).filter_options()


@dataclass(frozen=True)
class MessagePage:
    task: TaskListRow | None  # the task as it is now (counters), read in the same transaction
    rows: list[MessageDetailRow]
    more: bool  # another page follows

    @property
    def last_id(self) -> int:
        return self.rows[-1].id if self.rows else 0


def message_page(
    session: Session, task_id: int, after_id: int = 0, statuses: Sequence[str] = (), limit: int = PAGE
) -> MessagePage:
    """A keyset page of a task's messages (per-number status, carrier, channel, times, cost, failure)."""
    with translate_db_errors():
        repo = TaskLogRepository(session)
        task = repo.get(task_id)
        if task is None:
            raise ServiceError("not_found", "no such task")
        rows = repo.messages(task_id, after_id=after_id, statuses=tuple(statuses), limit=limit + 1)
    return MessagePage(task, rows[:limit], len(rows) > limit)


@dataclass(frozen=True)
class FailureCount:
    category: str  # REP-6 category
    error_code: str  # the gateway's code ("" when there is none)
    messages: int


def failure_summary(session: Session, task_id: int) -> list[FailureCount]:
    """Why the task's messages failed: counts per category and gateway code, most first (LOG-2)."""
    with translate_db_errors():
        rows = TaskLogRepository(session).failure_summary(task_id)
    return [FailureCount(*row) for row in rows]


# -- cancel and resend ------------------------------------------------------------------------------------


def cancel_preview(session: Session, task_id: int) -> CancelPreview:
    """What cancelling would do: how many messages stop and how many segments go back to the quota."""
    with translate_db_errors():
        preview = TaskLogRepository(session).cancel_preview(task_id)
    if preview is None:
        raise ServiceError("not_found", "no such task")
    return preview


def cancel(session: Session, task_id: int) -> int:
    """Cancels the unsent part and refunds it (LOG-3); returns how many messages were cancelled."""
    with translate_db_errors():
        return TaskRepository(session).cancel(task_id)


@dataclass(frozen=True)
class ResendResult:
    task_id: int
    recipients: int


def resend_failed(
    session: Session,
    task_id: int,
    *,
    name: str,
    skip_hopeless: bool = True,
    task_key: uuid.UUID | None = None,
) -> ResendResult:
    """A new task, as the caller, to the task's failed numbers with the same kind, content and signature.

    ``skip_hopeless`` leaves out numbers that failed as invalid or blacklisted. Idempotent on ``task_key``.
    Quota is reserved as for any task (SD402 with the shortfall when it is short)."""
    repo = TaskLogRepository(session)
    with translate_db_errors():
        source = repo.get(task_id)
        if source is None:
            raise ServiceError("not_found", "no such task")
    name = (name or "").strip()[:200] or f"{source.name[:190]} (resend)"
    task_key = task_key or uuid.uuid4()
    try:
        new_id, recipients = repo.resend(task_key, task_id, name, HOPELESS if skip_hopeless else ())
    except DBAPIError as exc:
        raise queue_refusal(exc) from None
    return ResendResult(new_id, recipients)


# -- export -----------------------------------------------------------------------------------------------

DEFAULT_HEADERS = {
    "number": "Number",
    "carrier": "Carrier",
    "channel": "Channel",
    "status": "Status",
    "segments": "Segments",
    "submitted": "Submitted",
    "receipt": "Receipt",
    "category": "Failure",
    "code": "Code",
    "reason": "Reason",
    "sheet": "Messages",
}


@dataclass(frozen=True)
class ExportRequest:
    path: str
    task_id: int
    statuses: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)  # column key -> header (the user's language)
    labels: dict[str, str] = field(default_factory=dict)  # status and failure category -> label


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    masked: bool


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


def export_messages(session: Session, job, request: ExportRequest) -> ExportResult:
    """A task's messages as CSV (UTF-8 with BOM, for Excel) or XLSX by the file's suffix, streamed from a
    server-side cursor with progress and cancel; written to a side file and moved into place only when
    complete; audited by the database before the first row (SEC-2: the rows come from smsdesk.export_task_rows with
    the ticket of the committed smsdesk.export_begin). Numbers are masked for users without the right (SEC-3)."""
    job = job or QuietJob()
    target = exports.check_target(request.path)  # a read-only or missing folder fails before anything is read
    suffix = target.suffix.lower()
    repo = TaskLogRepository(session)
    with translate_db_errors():
        task = repo.get(request.task_id)
        if task is None:
            raise ServiceError("not_found", "no such task")
        masked = not repo.i_see_full_numbers()
    total = _expected_rows(task, request.statuses)
    headers = {**DEFAULT_HEADERS, **request.headers}
    keys = ("number", "carrier", "channel", "status", "segments", "submitted", "receipt", "category", "code", "reason")
    labels = request.labels
    with translate_db_errors():
        # audited first, in its own committed transaction: the database gives the rows only for this ticket
        ticket = repo.export_begin(
            task.id,
            task.name,
            {
                "task": task.id,
                "rows": total,
                "format": suffix[1:],
                "masked": masked,
                "statuses": list(request.statuses),
                "file": target.name,
            },
        )
    job.progress(0, max(total, 1), "", force=True)
    written = 0

    def records():
        nonlocal written
        with translate_db_errors():
            for block in repo.export_stream(ticket, request.task_id, request.statuses, EXPORT_BLOCK):
                job.check()
                for r in block:
                    # (id, number, carrier, channel, status, segments, attempts, submitted, done, category, code,
                    #  reason, duplicate)
                    yield (
                        r[1],
                        r[2],
                        r[3],
                        labels.get(r[4], r[4]),
                        r[5],
                        _when(r[7]),
                        _when(r[8]),
                        labels.get(r[9], r[9] or "") if r[9] else "",
                        r[10] or "",
                        r[11] or "",
                    )
                written += len(block)
                job.progress(min(written, max(total, 1)), max(total, 1), "")

    try:
        exports.write_table(target, [headers[k] for k in keys], records(), sheet=headers["sheet"],
                            widths=[16, 12, 14, 10, 8, 20, 20, 14, 14, 28])
    except BaseException as exc:
        exports.export_finish(session, ticket, "cancelled" if type(exc).__name__ == "Cancelled" else "failed",
                              written)
        raise
    exports.export_finish(session, ticket, "done", written)
    job.progress(max(total, 1), max(total, 1), "", force=True)
    return ExportResult(str(target), written, masked)


def _expected_rows(task: TaskListRow, statuses: Sequence[str]) -> int:
    if not statuses:
        return task.recipient_count
    counts = {
        "delivered": task.delivered_count,
        "failed": task.failed_count,
        "expired": task.expired_count,
        "cancelled": task.cancelled_count,
    }
    in_progress = max(0, task.recipient_count - task.done_count)
    return sum(counts.get(s, in_progress) for s in statuses)


