"""Queuing tasks for the dispatcher (SEND-8), cancelling and reviewing them, and reading their progress.

The sending issue builds its preview and quota UI on ``queue_task``; until then tests and the benchmark queue
through it directly. Quota is reserved by the database in the same transaction (SD402 with the shortfall).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime

import psycopg
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from smsdesk.domain import numbers as number_rules
from smsdesk.domain import text as text_rules
from smsdesk.domain.kinds import check_kind
from smsdesk.services.errors import ServiceError, from_db_error, translate_db_errors
from smsdesk.store.repositories_outbox import GroupLedger, LedgerRepository, QuotaLedger, TaskRepository, TaskRow

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


def queue_task(
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
    ``bodies`` (template sends, TPL-2): one personal content per number, measured here one by one; the
    quota reserved is then the sum of their segments, and ``content`` is the template's text.
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
    personal = None if bodies is None else _measure_bodies(numbers, bodies, recipients, signature, kind, opt_out)
    segments = measured.segments if personal is None else max(seg for _, seg in personal)
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
        err = from_db_error(exc)
        if err.code == "insufficient_quota":
            diag = getattr(getattr(exc, "orig", exc), "diag", None)
            facts = json.loads(diag.message_detail) if diag is not None and diag.message_detail else {}
            raise InsufficientQuota(err.detail, int(facts.get("needed", 0)), int(facts.get("left", 0))) from exc
        raise err from exc


def _measure_bodies(
    numbers: Sequence[str],
    bodies: Sequence[str],
    recipients: list[tuple[str, str]],
    signature: str | None,
    kind: str,
    opt_out: str | None,
) -> list[tuple[str, int]]:
    """(body, segments) per recipient of ``recipients`` (the first body given for a repeated number)."""
    if len(bodies) != len(numbers):
        raise ServiceError("invalid", f"{len(numbers)} recipients but {len(bodies)} personal messages")
    first: dict[str, str] = {}
    for number, body in zip(numbers, bodies, strict=True):
        first.setdefault(number, body)
    measured = []
    for number, _carrier in recipients:
        body = first[number]
        m = text_rules.measure(body, signature=signature, kind=kind, opt_out=opt_out)
        if m.issues:
            raise ServiceError("invalid", f"the message for {number} cannot be sent: {', '.join(m.issues)}")
        measured.append((body, m.segments))
    return measured


def cancel_task(session: Session, task_id: int) -> int:
    """Cancels what is not sent yet and refunds it; returns how many messages were cancelled."""
    with translate_db_errors():
        return TaskRepository(session).cancel(task_id)


def review_task(session: Session, task_id: int, approve: bool, reason: str | None = None) -> str:
    """A reviewer approves (the task is queued or scheduled) or rejects (refunded); returns the new status."""
    with translate_db_errors():
        return TaskRepository(session).review(task_id, approve, reason)


def task(session: Session, task_id: int) -> TaskRow | None:
    return TaskRepository(session).get(task_id)


def quota_ledger(session: Session, user_id: int) -> QuotaLedger:
    """The user's quota and the sums of its movements; ``balanced`` is the billing invariant (GW-5)."""
    return LedgerRepository(session).for_user(user_id)


def group_ledger(session: Session, group_id: int) -> GroupLedger:
    """A group's balance and the sum of its movements. Success billing refunds failed messages to the sender's
    quota only: the group's share left the group when the user's quota was granted (USR-2), and sending never
    touched the group, so a refund to it as well would create quota from nothing."""
    return LedgerRepository(session).for_group(group_id)


# -- demo history (trial mode) ----------------------------------------------------------------------------------

DEMO_HISTORY_DAYS = 21
# Relative volume by hour of day (Beijing time): morning and afternoon peaks, quiet nights.
HOURLY = (1, 0.5, 0.3, 0.3, 0.3, 0.5, 1, 3, 6, 10, 12, 11, 7, 6, 9, 10, 9, 7, 5, 4, 3, 2, 1.5, 1)
CARRIER_MIX = (("China Mobile", 0.55), ("China Unicom", 0.25), ("China Telecom", 0.20))
PREFIXES = {
    "China Mobile": (
        "134",
        "135",
        "136",
        "137",
        "138",
        "139",
        "150",
        "151",
        "152",
        "157",
        "158",
        "159",
        "182",
        "183",
        "187",
        "188",
        "198",
    ),
    "China Unicom": ("130", "131", "132", "155", "156", "166", "185", "186"),
    "China Telecom": ("133", "153", "180", "181", "189", "199"),
}
FAILURE_RATE = {"China Mobile": 0.03, "China Unicom": 0.05, "China Telecom": 0.07}
# Failure causes differ by carrier; each with the stat:err a receipt would have carried.
FAILURE_MIX = {
    "China Mobile": (
        ("invalid_number", 0.35),
        ("timeout", 0.30),
        ("blacklisted", 0.10),
        ("gateway_error", 0.10),
        ("content_blocked", 0.05),
        ("other", 0.10),
    ),
    "China Unicom": (
        ("invalid_number", 0.30),
        ("timeout", 0.30),
        ("blacklisted", 0.10),
        ("gateway_error", 0.15),
        ("content_blocked", 0.05),
        ("other", 0.10),
    ),
    "China Telecom": (
        ("invalid_number", 0.25),
        ("timeout", 0.40),
        ("blacklisted", 0.10),
        ("gateway_error", 0.15),
        ("content_blocked", 0.03),
        ("other", 0.07),
    ),
}
FAILURE_CODES = {
    "invalid_number": "UNDELIV:001",
    "timeout": "EXPIRED:027",
    "blacklisted": "REJECTD:013",
    "gateway_error": "UNDELIV:034",
    "content_blocked": "REJECTD:000",
    "other": "UNDELIV:036",
}
DEMO_CONTENT = {
    "verification": ("验证码", "您的验证码为{code}，5分钟内有效，请勿泄露给他人。"),
    "notification": ("续保提醒", "尊敬的客户，您的车险保单将于{date}到期，请及时续保，详询4008-123-456。"),
    "marketing": ("会员活动", "会员专享：本周末全场满300减50，到店出示短信即可使用。"),
    "alert": ("系统告警", "监控告警：核心交易服务响应超时，请值班工程师立即处理。"),
}
KIND_MIX = (("verification", 0.30), ("notification", 0.40), ("marketing", 0.20), ("alert", 0.10))
REPLY_TEXTS = (
    ("T", True),
    ("退订", True),
    ("TD", True),
    ("好的", False),
    ("谢谢", False),
    ("怎么参加？", False),
    ("不需要", False),
    ("收到", False),
)
DEMO_SENDERS = (("demo-op1", 4), ("demo-op2", 2), ("demo-op3", 3))  # login, tasks on a weekday


def seed_demo(session: Session) -> None:
    """A few weeks of realistic finished traffic for the reports: volumes by hour and day, failure mix by
    carrier, replies and opt-outs to marketing, quota reservations and refunds that balance."""
    import random
    from datetime import UTC, timedelta

    from smsdesk.domain.schedule import BEIJING
    from smsdesk.services import admin
    from smsdesk.services.channels import DEMO_BACKUP_CHANNEL, DEMO_CHANNEL
    from smsdesk.store.repositories_outbox import DemoHistoryRepository

    repo = DemoHistoryRepository(session)
    if repo.has_tasks():
        return
    rng = random.Random(20261121)
    users = repo.user_ids([login for login, _ in DEMO_SENDERS] + ["demo-reviewer"])
    if len(users) < len(DEMO_SENDERS):
        return
    reviewer = users.get("demo-reviewer", (None, None))[0]
    channel_ids = repo.channel_ids([DEMO_CHANNEL, DEMO_BACKUP_CHANNEL])
    primary, backup = channel_ids.get(DEMO_CHANNEL), channel_ids.get(DEMO_BACKUP_CHANNEL)
    today = datetime.now(BEIJING).replace(hour=0, minute=0, second=0, microsecond=0)
    outage_day = today - timedelta(days=9)  # the primary was down for 40 minutes that afternoon
    outage = (outage_day.replace(hour=14, minute=10), outage_day.replace(hour=14, minute=50))

    def pick(mix):
        r = rng.random()
        for value, weight in mix:
            r -= weight
            if r <= 0:
                return value
        return mix[-1][0]

    hours = list(range(24))
    tasks, messages, replies, movements = [], [], [], []
    used_by_user: dict[int, int] = {}
    for day_back in range(DEMO_HISTORY_DAYS, 0, -1):
        day = today - timedelta(days=day_back)
        weekend = day.weekday() >= 5
        for login, per_day in DEMO_SENDERS:
            user_id, group_id = users[login]
            count = max(0, round(per_day * (0.4 if weekend else 1.0) * rng.uniform(0.6, 1.4)))
            for _ in range(count):
                kind = pick(KIND_MIX)
                allowed = [h for h in hours if kind != "marketing" or 8 <= h < 20]
                hour = rng.choices(allowed, weights=[HOURLY[h] for h in allowed])[0]
                send_at = day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
                title, pattern = DEMO_CONTENT[kind]
                content = pattern.format(
                    code=rng.randrange(100000, 999999), date=(day + timedelta(days=30)).strftime("%m月%d日")
                )
                opt_out = text_rules.DEFAULT_OPT_OUT if kind == "marketing" else None
                segments = text_rules.measure(content, signature="演示集团", kind=kind, opt_out=opt_out).segments
                recipients = min(1500, max(5, int(rng.lognormvariate(5.0, 0.8))))
                if kind == "verification":
                    recipients = max(1, recipients // 20)
                key = uuid.uuid4()
                rejected = login == "demo-op2" and rng.random() < 0.1
                task = {
                    "task_key": key,
                    "owner_id": user_id,
                    "group_id": group_id,
                    "kind": kind,
                    "name": f"{title} {send_at:%m-%d %H:%M}",
                    "signature": "演示集团",
                    "content": content,
                    "opt_out": opt_out,
                    "send_at": send_at,
                    "recipient_count": recipients,
                    "segments_per_message": segments,
                    "reserved": recipients * segments,
                    "created_at": send_at - timedelta(minutes=rng.randrange(2, 30)),
                }
                if login == "demo-op2":
                    task.update(
                        reviewed_by=reviewer,
                        reviewed_at=send_at - timedelta(minutes=1),
                        review_reason="内容含不实优惠" if rejected else None,
                    )
                movements.append((user_id, user_id, task["reserved"], "task.reserve", key, "used", task["created_at"]))
                if rejected:
                    task.update(
                        status="rejected",
                        charged=0,
                        refunded=task["reserved"],
                        submitted_count=0,
                        delivered_count=0,
                        failed_count=0,
                        updated_at=send_at,
                        finished_at=None,
                    )
                    movements.append((None, user_id, -task["reserved"], "task.refund", key, "used", send_at))
                    tasks.append(task)
                    continue
                delivered = failed = 0
                last_done = send_at
                in_outage = outage[0] <= send_at <= outage[1]
                for index in range(recipients):
                    carrier = pick(CARRIER_MIX)
                    number = "+86" + rng.choice(PREFIXES[carrier]) + f"{rng.randrange(10**8):08d}"
                    submitted = send_at + timedelta(seconds=index / 150 + rng.random())
                    fail_rate = FAILURE_RATE[carrier] + (0.04 if kind == "marketing" else 0.0)
                    channel = backup if in_outage or rng.random() < 0.05 else primary
                    if rng.random() < fail_rate:
                        category = pick(FAILURE_MIX[carrier])
                        done = submitted + timedelta(seconds=rng.uniform(20, 3600 if category == "timeout" else 120))
                        status, code, bits_ok = "failed", FAILURE_CODES[category], 0
                        failed += 1
                    else:
                        category, code, status = None, None, "delivered"
                        done = submitted + timedelta(seconds=min(600.0, rng.lognormvariate(1.2, 0.7)))
                        bits_ok = (1 << segments) - 1
                        delivered += 1
                    last_done = max(last_done, done)
                    smsc = [f"{rng.getrandbits(48):x}" for _ in range(segments)]
                    messages.append(
                        (
                            key,
                            number,
                            carrier,
                            segments,
                            status,
                            1,
                            channel,
                            smsc,
                            submitted,
                            done,
                            code,
                            category,
                            (1 << segments) - 1,
                            bits_ok,
                        )
                    )
                    if status == "delivered" and rng.random() < (0.015 if kind == "marketing" else 0.002):
                        reply, _ = rng.choice(REPLY_TEXTS if kind == "marketing" else REPLY_TEXTS[3:])
                        replies.append(
                            (
                                channel,
                                number,
                                "10690001",
                                reply,
                                key,
                                done + timedelta(minutes=rng.uniform(1, 240)),
                                user_id,
                                group_id,
                                kind,
                                reply in ("T", "退订", "TD"),
                            )
                        )
                charged, refunded = delivered * segments, failed * segments
                task.update(
                    status="finished",
                    charged=charged,
                    refunded=refunded,
                    submitted_count=recipients,
                    delivered_count=delivered,
                    failed_count=failed,
                    updated_at=last_done,
                    finished_at=last_done,
                )
                if refunded:
                    movements.append((None, user_id, -refunded, "task.refund", key, "used", last_done))
                used_by_user[user_id] = used_by_user.get(user_id, 0) + charged
                tasks.append(task)

    # Fund the history through the ordinary grant functions, so every balance still equals its movements.
    groups = {"demo-op1": "演示集团/华东分公司", "demo-op2": "演示集团/华东分公司", "demo-op3": "演示集团/华南分公司"}
    per_group: dict[str, int] = {}
    for login, _ in DEMO_SENDERS:
        need = used_by_user.get(users[login][0], 0)
        per_group[groups[login]] = per_group.get(groups[login], 0) + need
    if sum(per_group.values()):
        admin.grant_group(session, "演示集团", sum(per_group.values()))
    for path, amount in per_group.items():
        if amount:
            admin.grant_group(session, path, amount)
    for login, _ in DEMO_SENDERS:
        need = used_by_user.get(users[login][0], 0)
        if need:
            admin.grant_user(session, login, need)

    ids = repo.insert_tasks(tasks)
    repo.copy_rows(
        "message",
        (
            "task_id",
            "number",
            "carrier",
            "segments",
            "status",
            "attempts",
            "channel_id",
            "smsc_ids",
            "submitted_at",
            "done_at",
            "error_code",
            "failure_category",
            "parts_done",
            "parts_ok",
        ),
        [(ids[m[0]], *m[1:]) for m in messages],
    )
    repo.copy_rows(
        "inbound_reply",
        (
            "channel_id",
            "number",
            "dest_addr",
            "text",
            "task_id",
            "received_at",
            "owner_id",
            "group_id",
            "kind",
            "opt_out",
        ),
        [(r[0], r[1], r[2], r[3], ids[r[4]], *r[5:]) for r in replies],
    )
    repo.copy_rows(
        "quota_movement",
        ("actor_user_id", "user_id", "amount", "reason", "reference", "account", "at"),
        [(m[0], m[1], m[2], m[3], str(ids[m[4]]), m[5], m[6]) for m in movements],
    )
    for user_id, amount in used_by_user.items():
        repo.add_quota_used(user_id, amount)
    if primary is not None and backup is not None:
        down, up = outage
        repo.copy_rows(
            "channel_event",
            ("channel_id", "old_status", "new_status", "reason", "at"),
            [
                (primary, "up", "down", "not bound for 3 s", down.astimezone(UTC)),
                (backup, "up", "up", "taking the primary's traffic (failover)", down.astimezone(UTC)),
                (primary, "down", "up", "bound", up.astimezone(UTC)),
            ],
        )
    opt_outs = sorted({r[1] for r in replies if r[-1]})
    if opt_outs:
        repo.opt_out(opt_outs)
