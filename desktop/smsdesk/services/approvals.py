"""Approvals (issue #8, APR-1, APR-2): the review queues of templates and tasks, and the decisions on them.

The database decides who may decide what (db/sql/20261122_0006_approvals.sql): reviewers and administrators
over the submitter's group, never the submitter, only items still waiting (or a rejected template, to review
again), a reason for every rejection, and on approving a task a fresh check of the submitter's account and
quota, the task's end time and the sensitive words. This module only shapes the calls and turns refusals into
stable codes (``ApprovalError.code``) the console translates.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import psycopg
from sqlalchemy import text
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
SEED_ORDER = 90  # after the library (templates, words) and the sending history (services/outbox.py)

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


# ------------------------------------------------------------------------------------------------ demo data

_DEMO_NAMESPACE = uuid.UUID("6f1d2c4e-8a0b-4d3e-9c51-0a7e5b3f2d18")
DEMO_REVIEW_USER = "demo-op2"  # in review mode (services/trial.py), so their tasks wait for demo-reviewer

# (key, name, kind, content, numbers)
DEMO_TASKS = (
    (
        "renewal",
        "十二月续费提醒",
        "notification",
        "尊敬的客户，您的宽带套餐将于12月31日到期，请及时续费以免影响使用。",
        ("+8613800138001", "+8613800138002", "+8613900139003", "+8618600186004", "+8615000150005"),
    ),
    (
        "flash-sale",
        "双十二秒杀预告",
        "marketing",
        "双十二限时秒杀，全场五折起，点击链接领取红包，名额有限先到先得！",
        ("+8613800138011", "+8613800138012", "+8613900139013"),
    ),
    (
        "outage",
        "系统维护通知",
        "alert",
        "系统将于今晚23:00至次日02:00维护，期间网上营业厅暂停服务，敬请谅解。",
        ("+8613800138021", "+8613800138022"),
    ),
)
# A template send (the library's approved public template "续期提醒"): one body per recipient.
DEMO_TEMPLATE_SEND = (
    "renewal-bill",
    "续期保费提醒（模板）",
    "续期提醒",
    (
        ("+8613800138031", {"姓名": "张", "险种": "终身寿险", "应缴日期": "12月20日", "期数": "3", "金额": "1280.00"}),
        ("+8613800138032", {"姓名": "李", "险种": "重疾险", "应缴日期": "12月25日", "期数": "5", "金额": "860.00"}),
        ("+8613900139033", {"姓名": "王", "险种": "意外险", "应缴日期": "12月28日", "期数": "2", "金额": "203.20"}),
    ),
)
DEMO_PENDING_TEMPLATES = (
    ("demo-op2", "生日祝福", "notification", "【姓名】您好，祝您生日快乐！本月到店消费可享会员专属礼遇。"),
    (
        "demo-op3",
        "积分到期提醒",
        "marketing",
        "【姓名】您好，您有【积分】积分将于月底清零，免费领取兑换礼品请登录商城。",
    ),
)


class _As:
    """Runs the block as another login role (the installation owner may); session_user changes with it."""

    def __init__(self, session: Session, role: str) -> None:
        self.session, self.role = session, role

    def __enter__(self) -> None:
        quoted = self.session.execute(text("select quote_ident(:r)"), {"r": self.role}).scalar_one()
        self.session.execute(text(f"set session authorization {quoted}"))

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.session.execute(text("reset session authorization"))


def seed_demo(session: Session) -> None:
    """Items in the demo reviewer's queues: tasks from the review-mode operator demo-op2 (one of them a
    template send, one with sensitive words) and templates awaiting review. Idempotent: fixed task keys, and
    templates only when their author has none of that name."""
    from smsdesk.services import outbox
    from smsdesk.services.library import create_template

    roles = dict(session.execute(text("select login, role_name from smsdesk.app_user")).all())
    if DEMO_REVIEW_USER not in roles or "demo-reviewer" not in roles:
        return
    review_mode = session.execute(
        text("select review_mode from smsdesk.app_user where login = :l"), {"l": DEMO_REVIEW_USER}
    ).scalar_one()
    if not review_mode:  # the demo organisation makes demo-op2 a review-mode user; keep it so
        user_id = session.execute(
            text("select id from smsdesk.app_user where login = :l"), {"l": DEMO_REVIEW_USER}
        ).scalar_one()
        session.execute(text("select smsdesk.user_set_flags(:u, 'user', false, true)"), {"u": user_id})
    with _As(session, roles[DEMO_REVIEW_USER]):
        for key, name, kind, content, numbers in DEMO_TASKS:
            outbox.queue_task(
                session,
                name=name,
                kind=kind,
                content=content,
                signature="演示集团",
                numbers=list(numbers),
                task_key=uuid.uuid5(_DEMO_NAMESPACE, key),
            )
        _queue_template_send(session)
    for author, name, kind, content in DEMO_PENDING_TEMPLATES:
        if author not in roles:
            continue
        with _As(session, roles[author]):
            exists = session.execute(
                text("select 1 from smsdesk.message_template where name = :n and owner_id = smsdesk.my_user_id()"),
                {"n": name},
            ).first()
            if exists is None:
                create_template(session, name, kind, content, False)


def _queue_template_send(session: Session) -> None:
    from smsdesk.domain import text as text_rules

    key, name, template_name, rows = DEMO_TEMPLATE_SEND
    found = session.execute(
        text("select id, kind, content from smsdesk.message_template where name = :n and smsdesk.template_usable(id)"),
        {"n": template_name},
    ).first()
    if found is None:  # the library's demo data is not there: no template send
        return
    template_id, kind, template_text = found
    bodies = []
    for _, values in rows:
        body = template_text
        for variable, value in values.items():
            body = body.replace(f"【{variable}】", value)
        bodies.append(body)
    segments = [text_rules.measure(b, signature="演示集团", kind=kind, opt_out=None).segments for b in bodies]
    session.execute(
        text(
            "select smsdesk.task_queue(:k, :n, :kind, :c, '演示集团', NULL, :s, NULL, NULL, :t, "
            "CAST(:numbers AS text[]), CAST(:carriers AS text[]), CAST(:bodies AS text[]), CAST(:segs AS int[]))"
        ),
        {
            "k": uuid.uuid5(_DEMO_NAMESPACE, key),
            "n": name,
            "kind": kind,
            "c": template_text,
            "s": max(segments),
            "t": template_id,
            "numbers": [n for n, _ in rows],
            "carriers": ["China Mobile"] * len(rows),
            "bodies": bodies,
            "segs": segments,
        },
    )
