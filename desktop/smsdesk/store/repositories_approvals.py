"""Queries of the review queues (issue #8): tasks awaiting review and templates to review, as row-level security
lets the signed-in reviewer see them (their part of the group tree), and the review functions of 0006."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, literal, or_, select, text, tuple_
from sqlalchemy.orm import Session

from smsdesk.store.models import AppUser, UserGroup
from smsdesk.store.models_library import MessageTemplate, SensitiveWord
from smsdesk.store.models_outbox import SendTask
from smsdesk.store.repositories_outbox import int_array


@dataclass(frozen=True)
class QueueFilter:
    search: str = ""  # in name, content, signature, submitter's login or name
    kind: str | None = None
    group_id: int | None = None  # this group and its subtree
    template_status: str = "pending"  # templates: 'pending' or 'rejected' (to review again)


@dataclass(frozen=True)
class TaskItem:
    id: int
    name: str
    kind: str
    signature: str | None
    content: str
    opt_out: str | None
    owner_id: int
    owner_login: str
    owner_name: str
    group_id: int
    recipient_count: int
    segments_per_message: int
    reserved: int
    send_at: datetime
    expires_at: datetime | None
    created_at: datetime
    template_id: int | None


@dataclass(frozen=True)
class TemplateItem:
    id: int
    name: str
    kind: str
    content: str
    variables: list[str]
    is_public: bool
    status: str
    owner_id: int
    owner_login: str
    owner_name: str
    group_id: int
    created_at: datetime
    updated_at: datetime
    review_reason: str | None
    reviewed_at: datetime | None


@dataclass(frozen=True)
class SampleRow:
    number: str
    body: str


@dataclass(frozen=True)
class Outcome:
    task_id: int
    status: str | None  # the new status, or None when refused
    reason: str | None  # why it was refused (see db/sql/functions/task_review.sql)
    message: str | None


_TASK_COLUMNS = (
    SendTask.id,
    SendTask.name,
    SendTask.kind,
    SendTask.signature,
    SendTask.content,
    SendTask.opt_out,
    SendTask.owner_id,
    AppUser.login,
    AppUser.operator_name,
    SendTask.group_id,
    SendTask.recipient_count,
    SendTask.segments_per_message,
    SendTask.reserved,
    SendTask.send_at,
    SendTask.expires_at,
    SendTask.created_at,
    SendTask.template_id,
)
_TEMPLATE_COLUMNS = (
    MessageTemplate.id,
    MessageTemplate.name,
    MessageTemplate.kind,
    MessageTemplate.content,
    MessageTemplate.variables,
    MessageTemplate.is_public,
    MessageTemplate.status,
    MessageTemplate.owner_id,
    AppUser.login,
    AppUser.operator_name,
    MessageTemplate.group_id,
    MessageTemplate.created_at,
    MessageTemplate.updated_at,
    MessageTemplate.review_reason,
    MessageTemplate.reviewed_at,
)


def _like(value: str) -> str:
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _me():
    return select(func.smsdesk.my_user_id()).scalar_subquery()


class ApprovalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- tasks ---------------------------------------------------------------------------------------

    def _task_where(self, flt: QueueFilter) -> list:
        where = [SendTask.status == "awaiting_review", SendTask.owner_id != _me()]
        if flt.kind:
            where.append(SendTask.kind == flt.kind)
        if flt.group_id is not None:
            where.append(SendTask.group_id.in_(select(UserGroup.id).where(UserGroup.id_path.any(flt.group_id))))
        if flt.search.strip():
            pattern = _like(flt.search.strip())
            where.append(
                or_(
                    SendTask.name.ilike(pattern),
                    SendTask.content.ilike(pattern),
                    SendTask.signature.ilike(pattern),
                    AppUser.login.ilike(pattern),
                    AppUser.operator_name.ilike(pattern),
                )
            )
        return where

    def tasks(self, flt: QueueFilter, *, after: tuple[datetime, int] | None = None, limit: int = 200) -> list[TaskItem]:
        """Oldest first; ``after`` is the (created_at, id) of the last row already shown."""
        query = select(*_TASK_COLUMNS).join(AppUser, AppUser.id == SendTask.owner_id).where(*self._task_where(flt))
        if after is not None:
            query = query.where(tuple_(SendTask.created_at, SendTask.id) > tuple_(literal(after[0]), literal(after[1])))
        query = query.order_by(SendTask.created_at, SendTask.id).limit(limit)
        return [TaskItem(*row) for row in self.session.execute(query).all()]

    def task_count(self, flt: QueueFilter) -> int:
        query = (
            select(func.count())
            .select_from(SendTask)
            .join(AppUser, AppUser.id == SendTask.owner_id)
            .where(*self._task_where(flt))
        )
        return int(self.session.scalar(query) or 0)

    def task_samples(self, task_id: int, limit: int = 5) -> list[SampleRow]:
        """A few personalised bodies of a template send (empty when every recipient gets the task's content)."""
        rows = self.session.execute(
            text(  # numbers masked by the database unless the caller may see them (SEC-3)
                "SELECT number, body FROM smsdesk.message_shown"
                " WHERE task_id = :task AND body IS NOT NULL ORDER BY id LIMIT :limit"
            ),
            {"task": task_id, "limit": limit},
        ).all()
        return [SampleRow(*row) for row in rows]

    def review_task(self, task_id: int, approve: bool, reason: str | None) -> str:
        return str(self.session.scalar(select(func.smsdesk.task_review(task_id, approve, reason))))

    def review_tasks(self, task_ids: list[int], approve: bool, reason: str | None) -> list[Outcome]:
        rows = self.session.execute(
            text(
                "SELECT task_id, status, reason, message FROM smsdesk.task_review_many(CAST(:ids AS bigint[]), :a, :r)"
            ),
            {"ids": int_array(task_ids), "a": approve, "r": reason},
        ).all()
        return [Outcome(*row) for row in rows]

    # -- templates -----------------------------------------------------------------------------------

    def _template_where(self, flt: QueueFilter) -> list:
        status = flt.template_status if flt.template_status in ("pending", "rejected") else "pending"
        where = [MessageTemplate.status == status, MessageTemplate.owner_id != _me()]
        if flt.kind:
            where.append(MessageTemplate.kind == flt.kind)
        if flt.group_id is not None:
            where.append(MessageTemplate.group_id.in_(select(UserGroup.id).where(UserGroup.id_path.any(flt.group_id))))
        if flt.search.strip():
            pattern = _like(flt.search.strip())
            where.append(
                or_(
                    MessageTemplate.name.ilike(pattern),
                    MessageTemplate.content.ilike(pattern),
                    AppUser.login.ilike(pattern),
                    AppUser.operator_name.ilike(pattern),
                )
            )
        return where

    def templates(
        self, flt: QueueFilter, *, after: tuple[datetime, int] | None = None, limit: int = 200
    ) -> list[TemplateItem]:
        """Oldest submission first (an edit submits again)."""
        query = (
            select(*_TEMPLATE_COLUMNS)
            .join(AppUser, AppUser.id == MessageTemplate.owner_id)
            .where(*self._template_where(flt))
        )
        if after is not None:
            query = query.where(
                tuple_(MessageTemplate.updated_at, MessageTemplate.id) > tuple_(literal(after[0]), literal(after[1]))
            )
        query = query.order_by(MessageTemplate.updated_at, MessageTemplate.id).limit(limit)
        return [TemplateItem(*row) for row in self.session.execute(query).all()]

    def template_count(self, flt: QueueFilter) -> int:
        query = (
            select(func.count())
            .select_from(MessageTemplate)
            .join(AppUser, AppUser.id == MessageTemplate.owner_id)
            .where(*self._template_where(flt))
        )
        return int(self.session.scalar(query) or 0)

    def review_template(self, template_id: int, approve: bool, reason: str | None) -> None:
        self.session.execute(
            text("SELECT smsdesk.template_review(:i, :a, :r)"), {"i": template_id, "a": approve, "r": reason}
        )

    # -- shared --------------------------------------------------------------------------------------

    def counts(self) -> tuple[int, int]:
        """(tasks, templates) awaiting the caller's review, in one round trip."""
        flt = QueueFilter()
        tasks = (
            select(func.count())
            .select_from(SendTask)
            .join(AppUser, AppUser.id == SendTask.owner_id)
            .where(*self._task_where(flt))
            .scalar_subquery()
        )
        templates = (
            select(func.count())
            .select_from(MessageTemplate)
            .join(AppUser, AppUser.id == MessageTemplate.owner_id)
            .where(*self._template_where(flt))
            .scalar_subquery()
        )
        row = self.session.execute(select(tasks, templates)).one()
        return int(row[0]), int(row[1])

    def group_paths(self) -> dict[int, str]:
        """Paths of the groups the caller can see (their scope and the groups above them)."""
        rows = self.session.execute(select(UserGroup.id, func.smsdesk.group_path(UserGroup.id))).all()
        return {gid: path for gid, path in rows}

    def sensitive_words(self) -> list[str]:
        return list(self.session.scalars(select(SensitiveWord.word).order_by(SensitiveWord.word)))


def refusal_of(exc: BaseException) -> dict[str, Any]:
    """The JSON DETAIL a refusal of 0006 carries ({"reason": ..., ...}), or {}."""
    orig = getattr(exc, "orig", exc)
    diag = getattr(orig, "diag", None)
    detail = getattr(diag, "message_detail", None) if diag is not None else None
    if not detail:
        return {}
    try:
        facts = json.loads(detail)
    except ValueError:
        return {}
    return facts if isinstance(facts, dict) else {}


__all__ = [
    "ApprovalRepository",
    "Outcome",
    "QueueFilter",
    "SampleRow",
    "TaskItem",
    "TemplateItem",
    "refusal_of",
]
