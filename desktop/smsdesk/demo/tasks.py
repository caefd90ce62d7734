"""The demo operators' pending work: tasks scheduled for tomorrow and the day after and one queued now, queued
through the ordinary database functions as the operators themselves; the review-mode operator's are approved by
the demo reviewer. Idempotent (fixed task keys) and quick (a few hundred numbers each)."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from smsdesk.demo.acting import acting_as
from smsdesk.demo.org import REVIEWER
from smsdesk.domain.schedule import BEIJING
from smsdesk.services import approvals, tasks
from smsdesk.store.repositories_demo import DemoRepository

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
PREFIXES = ("138", "139", "150", "186", "131", "133", "189", "158", "177", "199")
_DEMO_NAMESPACE = uuid.UUID("6d1f5b0e-29a4-4c2b-9a53-7f0b7d2c1a10")


def seed(session: Session) -> None:
    repo = DemoRepository(session)
    keys = [uuid.uuid5(_DEMO_NAMESPACE, f"{login}/{i}") for i, (login, *_rest) in enumerate(DEMO_PENDING)]
    done = repo.existing_keys(keys)
    has_reviewer = repo.role_of(REVIEWER) is not None
    rng = random.Random(20261122)
    now = datetime.now(BEIJING)
    for key, (login, kind, name, count, days, hour) in zip(keys, DEMO_PENDING, strict=True):
        if key in done or repo.role_of(login) is None:
            continue
        send_at = None
        if days:
            send_at = (now + timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)
        date = (send_at or now).strftime("%m月%d日")
        numbers = [f"+86{rng.choice(PREFIXES)}{rng.randrange(10**8):08d}" for _ in range(count)]
        with acting_as(session, login):
            task_id = tasks.queue(
                session,
                name=name,
                kind=kind,
                content=DEMO_TEXT[kind].format(date=date),
                signature="演示集团",
                numbers=numbers,
                send_at=send_at,
                task_key=key,
            )
            status = tasks.get(session, task_id).status
        if status == "awaiting_review" and has_reviewer:
            with acting_as(session, REVIEWER):
                approvals.decide_task(session, task_id, True, None)
