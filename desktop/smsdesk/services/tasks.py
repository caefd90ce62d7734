"""Task logs (LOG-1..LOG-3): searching tasks, one task's messages page by page, export, cancel, resend failed,
and the demo organisation's pending tasks. Live progress arrives as NOTIFY smsdesk_task (services/notify.py).

Every query is in store/repositories_tasks.py; row-level security decides which tasks a caller sees, and
numbers come out masked for users without the right to full numbers (SEC-3).
"""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from smsdesk.domain import text as text_rules
from smsdesk.services import audit, outbox
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.services.xlsx_writer import write_xlsx
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
    return outbox.cancel_task(session, task_id)


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
        numbers, _carriers, bodies, _segments = repo.failed_recipients(task_id, HOPELESS if skip_hopeless else ())
        opt_out = repo.opt_out_of(task_id)
    if not numbers:
        raise ServiceError("invalid", "the task has no failed numbers to send again")
    name = (name or "").strip()[:200] or f"{source.name[:190]} (resend)"
    task_key = task_key or uuid.uuid4()
    if source.kind == "marketing" and not opt_out:
        opt_out = text_rules.DEFAULT_OPT_OUT
    personal = any(body is not None for body in bodies)  # a template send's failures keep their own texts
    new_id = outbox.queue_task(
        session,
        name=name,
        kind=source.kind,
        content=source.content,
        signature=source.signature,
        numbers=numbers,
        task_key=task_key,
        opt_out=opt_out,
        template_id=source.template_id,
        bodies=[body if body is not None else source.content for body in bodies] if personal else None,
    )
    return ResendResult(new_id, len(numbers))


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


class _NoJob:
    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None:
        pass

    def check(self) -> None:
        pass


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M:%S") if value is not None else ""


def export_messages(session: Session, job, request: ExportRequest) -> ExportResult:
    """A task's messages as CSV (UTF-8 with BOM, for Excel) or XLSX by the file's suffix, streamed from a
    server-side cursor with progress and cancel; written to a side file and moved into place only when
    complete; audited (SEC-2). Numbers are masked for users without the right (SEC-3)."""
    job = job or _NoJob()
    target = Path(request.path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ServiceError("invalid", "messages are exported as .csv or .xlsx")
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
    job.progress(0, max(total, 1), "", force=True)
    written = 0

    def records():
        nonlocal written
        with translate_db_errors():
            for block in repo.export_stream(request.task_id, request.statuses, EXPORT_BLOCK):
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

    partial = target.with_name(target.name + ".part")
    try:
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow([headers[k] for k in keys])
                writer.writerows(records())
        else:
            write_xlsx(
                partial,
                [headers[k] for k in keys],
                records(),
                sheet=headers["sheet"],
                widths=[16, 12, 14, 10, 8, 20, 20, 14, 14, 28],
            )
        os.replace(partial, target)
    except OSError as exc:
        raise ServiceError("file_write", f"cannot write {target}: {exc.strerror or exc}") from exc
    finally:
        if partial.exists():
            partial.unlink()
    audit.record(
        session,
        "task.export",
        task.name,
        {
            "task": task.id,
            "rows": written,
            "format": suffix[1:],
            "masked": masked,
            "statuses": list(request.statuses),
            "file": target.name,
        },
    )
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


# -- demo data --------------------------------------------------------------------------------------------

# login, kind, name, recipients, day offset (1: tomorrow, 0: now), hour (Beijing)
DEMO_PENDING = (
    ("demo-op1", "notification", "续保提醒（明早批次）", 240, 1, 9),
    ("demo-op1", "marketing", "周末会员日活动", 600, 1, 10),
    ("demo-op1", "notification", "账单到期通知", 150, 0, None),
    ("demo-op2", "notification", "门店搬迁通知", 180, 1, 11),
    ("demo-op2", "marketing", "新品试用邀请", 320, 2, 15),
    ("demo-op3", "notification", "物流延误告知", 120, 1, 9),
    ("demo-op3", "alert", "机房例行维护提醒", 30, 1, 21),
)
DEMO_TEXT = {
    "notification": "尊敬的客户，您的服务将于{date}到期，请及时处理，详询4008-123-456。",
    "marketing": "会员专享：{date}全场满300减50，到店出示短信即可使用。",
    "alert": "维护提醒：核心系统将于{date}22:00进行例行维护，届时部分服务暂停。",
}
SEED_ORDER = 50  # after the finished history of services/outbox.py (0), before the approvals queue (90)
_DEMO_NAMESPACE = uuid.UUID("6d1f5b0e-29a4-4c2b-9a53-7f0b7d2c1a10")


def seed_demo(session: Session) -> None:
    """Scheduled tasks (tomorrow and the day after) and one queued task for each demo operator, queued through
    the ordinary database functions as the operators themselves; the review-mode operator's are approved by
    the demo reviewer. Idempotent (fixed task keys) and quick (a few hundred numbers each)."""
    import random
    from datetime import timedelta

    from smsdesk.domain.schedule import BEIJING
    from smsdesk.store.repositories_tasks import DemoTasksRepository

    repo = DemoTasksRepository(session)
    keys = [uuid.uuid5(_DEMO_NAMESPACE, f"{login}/{i}") for i, (login, *_rest) in enumerate(DEMO_PENDING)]
    done = repo.existing_keys(keys)
    reviewer = repo.role_of("demo-reviewer")
    rng = random.Random(20261122)
    now = datetime.now(BEIJING)
    prefixes = ("138", "139", "150", "186", "131", "133", "189", "158", "177", "199")
    for key, (login, kind, name, count, days, hour) in zip(keys, DEMO_PENDING, strict=True):
        if key in done:
            continue
        role = repo.role_of(login)
        if role is None:
            continue
        send_at = None
        if days:
            send_at = (now + timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)
        date = (send_at or now).strftime("%m月%d日")
        numbers = [f"+86{rng.choice(prefixes)}{rng.randrange(10**8):08d}" for _ in range(count)]
        repo.act_as(role)
        try:
            task_id = outbox.queue_task(
                session,
                name=name,
                kind=kind,
                content=DEMO_TEXT[kind].format(date=date),
                signature="演示集团",
                numbers=numbers,
                send_at=send_at,
                task_key=key,
            )
            status = TaskLogRepository(session).get(task_id).status
        finally:
            repo.act_as(None)
        if status == "awaiting_review" and reviewer is not None:
            repo.act_as(reviewer)
            try:
                outbox.review_task(session, task_id, True, None)
            finally:
                repo.act_as(None)
