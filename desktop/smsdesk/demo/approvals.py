"""The demo reviewer's queues: tasks from the review-mode operator demo-op2 (one of them a template send, one with
sensitive words) and templates awaiting review. Idempotent: fixed task keys, and templates only when their author
has none of that name."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from smsdesk.demo.acting import acting_as
from smsdesk.demo.org import REVIEWER
from smsdesk.services import library, tasks
from smsdesk.services.errors import ServiceError
from smsdesk.services.library import TemplateRow
from smsdesk.store.repositories import UserRepository

_DEMO_NAMESPACE = uuid.UUID("6f1d2c4e-8a0b-4d3e-9c51-0a7e5b3f2d18")
DEMO_REVIEW_USER = "demo-op2"  # in review mode (demo/org.py), so their tasks wait for demo-reviewer
SIGNATURE = "演示集团"

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


def seed(session: Session) -> None:
    users = UserRepository(session)
    submitter = users.by_login(DEMO_REVIEW_USER)
    if submitter is None or users.by_login(REVIEWER) is None:
        return
    if not submitter.review_mode:  # the demo organisation makes demo-op2 a review-mode user; keep it so
        users.set_flags(submitter.id, "user", False, True)
    with acting_as(session, DEMO_REVIEW_USER):
        for key, name, kind, content, numbers in DEMO_TASKS:
            tasks.queue(
                session,
                name=name,
                kind=kind,
                content=content,
                signature=SIGNATURE,
                numbers=list(numbers),
                task_key=uuid.uuid5(_DEMO_NAMESPACE, key),
            )
        _queue_template_send(session)
    for author, name, kind, content in DEMO_PENDING_TEMPLATES:
        if users.by_login(author) is None:
            continue
        with acting_as(session, author):
            if not any(t.name == name and t.owner_login == author for t in library.templates(session, name)):
                library.create_template(session, name, kind, content, False)


def _queue_template_send(session: Session) -> None:
    """A send of the library's approved template, one body per recipient (nothing when the library's demo data
    is not there)."""
    key, name, template_name, rows = DEMO_TEMPLATE_SEND
    template = _usable_template(session, template_name)
    if template is None:
        return
    bodies = []
    for _, values in rows:
        body = template.content
        for variable, value in values.items():
            body = body.replace(f"【{variable}】", value)
        bodies.append(body)
    tasks.queue(
        session,
        name=name,
        kind=template.kind,
        content=template.content,
        signature=SIGNATURE,
        numbers=[number for number, _ in rows],
        task_key=uuid.uuid5(_DEMO_NAMESPACE, key),
        template_id=template.id,
        bodies=bodies,
    )


def _usable_template(session: Session, name: str) -> TemplateRow | None:
    for row in library.templates(session, name, "approved"):
        if row.name == name:
            try:
                return library.usable_template(session, row.id)
            except ServiceError:
                continue
    return None
