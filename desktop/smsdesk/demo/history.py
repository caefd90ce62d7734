"""Thirteen months of finished traffic for the reports and charts, as the dispatcher would have recorded it: the last
three weeks in full, the year before lighter (fewer and smaller tasks, growing towards today), with volumes by hour
and weekday, a failure mix by carrier and channel (the backup fails more), replies and opt-outs to marketing, a
forty-minute outage of the primary channel, and quota reservations and refunds that balance (funded through the
ordinary grant functions)."""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from smsdesk.domain import text as text_rules
from smsdesk.domain.schedule import BEIJING
from smsdesk.services import admin
from smsdesk.services.channels import DEMO_BACKUP_CHANNEL, DEMO_CHANNEL
from smsdesk.store.repositories_demo import DemoRepository

DEMO_HISTORY_DAYS = 21  # in full
DEMO_HISTORY_MONTHS = 13  # in all: before the last three weeks, LIGHT of the tasks with smaller recipient lists
LIGHT = 0.1
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
BACKUP_EXTRA_FAILURES = 0.02  # the backup channel's route is worse
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

SIGNATURE = "演示集团"
SENDER_GROUPS = {
    "demo-op1": "演示集团/华东分公司",
    "demo-op2": "演示集团/华东分公司",
    "demo-op3": "演示集团/华南分公司",
}
REVIEW_USER = "demo-op2"  # in review mode: the demo reviewer decided their tasks
MESSAGE_COLUMNS = (
    "task_id", "number", "carrier", "segments", "status", "attempts", "channel_id", "smsc_ids", "submitted_at",
    "done_at", "error_code", "failure_category", "parts_done", "parts_ok",
)  # fmt: skip
REPLY_COLUMNS = (
    "channel_id", "number", "dest_addr", "text", "task_id", "received_at", "owner_id", "group_id", "kind", "opt_out",
)  # fmt: skip
MOVEMENT_COLUMNS = ("actor_user_id", "user_id", "amount", "reason", "reference", "account", "at")


@dataclass
class _History:
    """What the seeding writes, gathered first: task rows, and message, reply and quota-movement tuples whose
    task is named by its key until the tasks have ids."""

    rng: random.Random
    reviewer: int | None
    primary: int | None
    backup: int | None
    outage: tuple[datetime, datetime]
    tasks: list[dict] = field(default_factory=list)
    messages: list[tuple] = field(default_factory=list)
    replies: list[tuple] = field(default_factory=list)
    movements: list[tuple] = field(default_factory=list)
    used_by_user: dict[int, int] = field(default_factory=dict)

    def pick(self, mix: Sequence[tuple[str, float]]) -> str:
        r = self.rng.random()
        for value, weight in mix:
            r -= weight
            if r <= 0:
                return value
        return mix[-1][0]


def seed(session: Session) -> None:
    repo = DemoRepository(session)
    if repo.has_tasks():
        return
    users = repo.user_ids([login for login, _ in DEMO_SENDERS] + ["demo-reviewer"])
    if len(users) < len(DEMO_SENDERS):
        return
    channel_ids = repo.channel_ids([DEMO_CHANNEL, DEMO_BACKUP_CHANNEL])
    today = datetime.now(BEIJING).replace(hour=0, minute=0, second=0, microsecond=0)
    outage_day = today - timedelta(days=9)  # the primary was down for 40 minutes that afternoon
    history = _History(
        rng=random.Random(20261121),
        reviewer=users.get("demo-reviewer", (None, None))[0],
        primary=channel_ids.get(DEMO_CHANNEL),
        backup=channel_ids.get(DEMO_BACKUP_CHANNEL),
        outage=(outage_day.replace(hour=14, minute=10), outage_day.replace(hour=14, minute=50)),
    )
    # the year before the last three weeks, lighter and growing towards today (a random stream of its own, so the
    # last three weeks are the same as they always were)
    full = history.rng
    history.rng = random.Random(20261207)
    first = _months_before(today, DEMO_HISTORY_MONTHS)
    older = (today - first).days
    for day_back in range(older, DEMO_HISTORY_DAYS, -1):
        day = today - timedelta(days=day_back)
        growth = 0.6 + 0.4 * (older - day_back) / older
        _add_day(history, day, users, LIGHT * growth, light=True)
    history.rng = full
    for day_back in range(DEMO_HISTORY_DAYS, 0, -1):
        _add_day(history, today - timedelta(days=day_back), users, 1.0, light=False)
    _fund(session, history, users)
    _store(repo, history)


def _months_before(day: datetime, months: int) -> datetime:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return day.replace(year=year, month=month + 1, day=min(day.day, 28))


def _add_day(h: _History, day: datetime, users: dict[str, tuple[int, int]], scale: float, *, light: bool) -> None:
    weekend = day.weekday() >= 5
    for login, per_day in DEMO_SENDERS:
        expected = per_day * scale * (0.4 if weekend else 1.0) * h.rng.uniform(0.6, 1.4)
        count = int(expected + h.rng.random()) if light else max(0, round(expected))  # light: a few, some days
        for _ in range(count):
            _add_task(h, day, login, users[login], light=light)


def _add_task(h: _History, day: datetime, login: str, user: tuple[int, int], *, light: bool = False) -> None:
    """One task of ``login`` on ``day``: rejected by the reviewer, or finished with its messages and replies."""
    rng = h.rng
    user_id, group_id = user
    kind = h.pick(KIND_MIX)
    allowed = [hour for hour in range(24) if kind != "marketing" or 8 <= hour < 20]
    hour = rng.choices(allowed, weights=[HOURLY[x] for x in allowed])[0]
    send_at = day.replace(hour=hour, minute=rng.randrange(60), second=rng.randrange(60))
    title, pattern = DEMO_CONTENT[kind]
    content = pattern.format(code=rng.randrange(100000, 999999), date=(day + timedelta(days=30)).strftime("%m月%d日"))
    opt_out = text_rules.DEFAULT_OPT_OUT if kind == "marketing" else None
    segments = text_rules.measure(content, signature=SIGNATURE, kind=kind, opt_out=opt_out).segments
    if light:
        recipients = min(400, max(5, int(rng.lognormvariate(4.2, 0.7))))
    else:
        recipients = min(1500, max(5, int(rng.lognormvariate(5.0, 0.8))))
    if kind == "verification":
        recipients = max(1, recipients // 20)
    key = uuid.uuid4()
    rejected = login == REVIEW_USER and rng.random() < 0.1
    task = {
        "task_key": key,
        "owner_id": user_id,
        "group_id": group_id,
        "kind": kind,
        "name": f"{title} {send_at:%m-%d %H:%M}",
        "signature": SIGNATURE,
        "content": content,
        "opt_out": opt_out,
        "send_at": send_at,
        "recipient_count": recipients,
        "segments_per_message": segments,
        "reserved": recipients * segments,
        "created_at": send_at - timedelta(minutes=rng.randrange(2, 30)),
    }
    if login == REVIEW_USER:
        task.update(
            reviewed_by=h.reviewer,
            reviewed_at=send_at - timedelta(minutes=1),
            review_reason="内容含不实优惠" if rejected else None,
        )
    h.movements.append((user_id, user_id, task["reserved"], "task.reserve", key, "used", task["created_at"]))
    h.tasks.append(task)
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
        h.movements.append((None, user_id, -task["reserved"], "task.refund", key, "used", send_at))
        return
    delivered, failed, last_done = _add_messages(h, task, user)
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
        h.movements.append((None, user_id, -refunded, "task.refund", key, "used", last_done))
    h.used_by_user[user_id] = h.used_by_user.get(user_id, 0) + charged


def _add_messages(h: _History, task: dict, user: tuple[int, int]) -> tuple[int, int, datetime]:
    """The task's messages, each delivered or failed as its carrier would, and the replies some of them got;
    returns (delivered, failed, when the last one was done)."""
    rng = h.rng
    key, kind, segments, send_at = task["task_key"], task["kind"], task["segments_per_message"], task["send_at"]
    delivered = failed = 0
    last_done = send_at
    in_outage = h.outage[0] <= send_at <= h.outage[1]
    for index in range(task["recipient_count"]):
        carrier = h.pick(CARRIER_MIX)
        number = "+86" + rng.choice(PREFIXES[carrier]) + f"{rng.randrange(10**8):08d}"
        submitted = send_at + timedelta(seconds=index / 150 + rng.random())
        channel = h.backup if in_outage or rng.random() < 0.05 else h.primary
        fail_rate = (FAILURE_RATE[carrier] + (0.04 if kind == "marketing" else 0.0)
                     + (BACKUP_EXTRA_FAILURES if channel == h.backup else 0.0))  # fmt: skip
        if rng.random() < fail_rate:
            category = h.pick(FAILURE_MIX[carrier])
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
        h.messages.append(
            (key, number, carrier, segments, status, 1, channel, smsc, submitted, done, code, category,
             (1 << segments) - 1, bits_ok)
        )  # fmt: skip
        if status == "delivered" and rng.random() < (0.015 if kind == "marketing" else 0.002):
            reply, _ = rng.choice(REPLY_TEXTS if kind == "marketing" else REPLY_TEXTS[3:])
            received = done + timedelta(minutes=rng.uniform(1, 240))
            h.replies.append(
                (channel, number, "10690001", reply, key, received, *user, kind, reply in ("T", "退订", "TD"))
            )
    return delivered, failed, last_done


def _fund(session: Session, h: _History, users: dict[str, tuple[int, int]]) -> None:
    """Grants what the history used, down the tree, through the ordinary grant functions, so every balance
    still equals the sum of its movements."""
    per_group: dict[str, int] = {}
    for login, _ in DEMO_SENDERS:
        need = h.used_by_user.get(users[login][0], 0)
        per_group[SENDER_GROUPS[login]] = per_group.get(SENDER_GROUPS[login], 0) + need
    if sum(per_group.values()):
        admin.grant_group(session, "演示集团", sum(per_group.values()))
    for path, amount in per_group.items():
        if amount:
            admin.grant_group(session, path, amount)
    for login, _ in DEMO_SENDERS:
        need = h.used_by_user.get(users[login][0], 0)
        if need:
            admin.grant_user(session, login, need)


def _store(repo: DemoRepository, h: _History) -> None:
    """Tasks first (for their ids), then their messages, replies and quota movements in bulk, and what the
    recording functions add (prices, replies' messages, the rollups: DemoRepository.record_history); the outage's
    channel events; and the opt-out replies' numbers on the marketing blacklist."""
    ids = repo.insert_tasks(h.tasks)
    repo.copy_rows("message", MESSAGE_COLUMNS, [(ids[m[0]], *m[1:]) for m in h.messages])
    repo.copy_rows("inbound_reply", REPLY_COLUMNS, [(*r[:4], ids[r[4]], *r[5:]) for r in h.replies])
    repo.copy_rows("quota_movement", MOVEMENT_COLUMNS, [(*m[:4], str(ids[m[4]]), *m[5:]) for m in h.movements])
    repo.record_history(sorted(ids.values()))
    for user_id, amount in h.used_by_user.items():
        repo.add_quota_used(user_id, amount)
    if h.primary is not None and h.backup is not None:
        down, up = (moment.astimezone(UTC) for moment in h.outage)
        repo.copy_rows(
            "channel_event",
            ("channel_id", "old_status", "new_status", "reason", "at"),
            [
                (h.primary, "up", "down", "not bound for 3 s", down),
                (h.backup, "up", "up", "taking the primary's traffic (failover)", down),
                (h.primary, "down", "up", "bound", up),
            ],
        )
    opt_outs = sorted({r[1] for r in h.replies if r[-1]})
    if opt_outs:
        repo.opt_out(opt_outs)
