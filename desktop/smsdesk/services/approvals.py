"""Approvals (issue #8, APR-1, APR-2): the review queues of templates and tasks, and the decisions on them.

The database decides who may decide what (db/sql/20261122_0006_approvals.sql): reviewers and administrators
over the submitter's group, never the submitter, only items still waiting (or a rejected template, to review
again), a reason for every rejection, and on approving a task a fresh check of the submitter's account and
quota, the task's end time and the sensitive words. This module only shapes the calls and turns refusals into
stable codes (``ApprovalError.code``) the console translates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from smsdesk.services.errors import ServiceError, from_db_error
from smsdesk.store.repositories_approvals import (
    ApprovalRepository,
    Outcome,
    QueueFilter,
    SampleRow,
    TaskItem,
    TemplateItem,
    refusal_of,
)

__all__ = [
    "ApprovalError",
    "Outcome",
    "QueueFilter",
    "SampleRow",
    "TaskItem",
    "TemplateItem",
]

PAGE = 200
BULK_CHUNK = 100
REASON_MAX = 500

# The database's refusal reasons (DETAIL "reason") and the codes the console translates.
REFUSAL_CODES = {
    "own": "review_own",
    "out_of_scope": "review_out_of_scope",
    "decided": "review_decided",
    "reason_required": "reason_required",
    "reason_too_long": "review_reason_too_long",
    "submitter_inactive": "review_submitter_inactive",
    "quota": "review_quota",
    "expired": "review_expired",
    "sensitive_words": "review_sensitive_words",
    "not_found": "not_found",
    "disabled": "disabled",
    "invalid": "invalid",
}


class ApprovalError(ServiceError):
    """A refused decision; ``words`` lists the sensitive words when code is review_sensitive_words."""

    def __init__(self, code: str, detail: str = "", words: Sequence[str] = ()) -> None:
        super().__init__(code, detail)
        self.words = tuple(words)


def _refused(exc: BaseException) -> ApprovalError:
    facts = refusal_of(exc)
    generic = from_db_error(exc)
    code = REFUSAL_CODES.get(str(facts.get("reason", "")), generic.code)
    return ApprovalError(code, generic.detail, facts.get("words") or ())


def _clean_reason(approve: bool, reason: str | None) -> str | None:
    clean = (reason or "").strip()
    if not approve and not clean:
        raise ApprovalError("reason_required", "a rejection needs a reason")
    if len(clean) > REASON_MAX:
        raise ApprovalError("review_reason_too_long", f"a reason has at most {REASON_MAX} characters")
    return clean or None


# ------------------------------------------------------------------------------------------------ reading


@dataclass(frozen=True)
class Page:
    items: list  # TaskItem or TemplateItem, oldest first
    total: int | None  # rows matching the filter (only for the first page)
    more: bool  # another page follows


@dataclass(frozen=True)
class ReviewContext:
    """What the tab needs beside the rows: group paths and the sensitive words (to highlight hits)."""

    group_paths: dict[int, str] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)


def review_context(session: Session) -> ReviewContext:
    repo = ApprovalRepository(session)
    return ReviewContext(repo.group_paths(), repo.sensitive_words())


def queue_counts(session: Session) -> tuple[int, int]:
    """(tasks, templates) awaiting the caller's decision: the tab's badge."""
    return ApprovalRepository(session).counts()


def task_page(session: Session, flt: QueueFilter, after: tuple[datetime, int] | None = None, limit: int = PAGE) -> Page:
    repo = ApprovalRepository(session)
    items = repo.tasks(flt, after=after, limit=limit + 1)
    total = repo.task_count(flt) if after is None else None
    return Page(items[:limit], total, len(items) > limit)


def template_page(
    session: Session, flt: QueueFilter, after: tuple[datetime, int] | None = None, limit: int = PAGE
) -> Page:
    repo = ApprovalRepository(session)
    items = repo.templates(flt, after=after, limit=limit + 1)
    total = repo.template_count(flt) if after is None else None
    return Page(items[:limit], total, len(items) > limit)


def task_samples(session: Session, task_id: int, limit: int = 5) -> list[SampleRow]:
    """A few rendered rows of a template send (personalised bodies); [] for a plain send."""
    return ApprovalRepository(session).task_samples(task_id, limit)


# ------------------------------------------------------------------------------------------------ deciding


def decide_task(session: Session, task_id: int, approve: bool, reason: str | None = None) -> str:
    """Approves (the task becomes queued or scheduled) or rejects (cancelled, refunded); returns its new status."""
    clean = _clean_reason(approve, reason)
    try:
        return ApprovalRepository(session).review_task(task_id, approve, clean)
    except (DBAPIError, psycopg.Error) as exc:
        raise _refused(exc) from exc


def decide_tasks(
    session: Session, job, task_ids: Sequence[int], approve: bool, reason: str | None = None
) -> list[Outcome]:
    """Bulk decision with progress; each task is decided or refused on its own (``Outcome.reason``).

    Runs in the caller's one transaction: cancelling the job rolls every decision of this call back.
    """
    clean = _clean_reason(approve, reason)
    ids = list(dict.fromkeys(int(i) for i in task_ids))
    repo = ApprovalRepository(session)
    outcomes: list[Outcome] = []
    if job is not None:
        job.progress(0, len(ids), force=True)
    for start in range(0, len(ids), BULK_CHUNK):
        chunk = ids[start : start + BULK_CHUNK]
        try:
            outcomes.extend(repo.review_tasks(chunk, approve, clean))
        except (DBAPIError, psycopg.Error) as exc:
            raise _refused(exc) from exc
        if job is not None:
            job.progress(start + len(chunk), len(ids))
    return [
        Outcome(o.task_id, o.status, REFUSAL_CODES.get(o.reason, o.reason) if o.reason else None, o.message)
        for o in outcomes
    ]


def decide_template(session: Session, template_id: int, approve: bool, reason: str | None = None) -> None:
    """APR-1: approve (usable for sending) or reject with a reason; a rejected template may be approved later."""
    clean = _clean_reason(approve, reason)
    try:
        ApprovalRepository(session).review_template(template_id, approve, clean)
    except (DBAPIError, psycopg.Error) as exc:
        raise _refused(exc) from exc
