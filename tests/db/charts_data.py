"""Sent history for the charts' tests: tasks, messages and replies of several users, kinds, channels, carriers,
outcomes, failure categories and latencies over three days (Beijing time), written as raw rows by the superuser,
then the rollups rebuilt from them with the database's own rebuild (what a migration or `report rebuild` does).

``expected(rows, …)`` is the plain GROUP BY over the raw rows that every chart must equal.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass

import psycopg

from smsdesk.domain.schedule import BEIJING

CARRIERS = ("China Mobile", "China Unicom", "China Telecom", "")
CATEGORIES = ("timeout", "content_blocked", "invalid_number", "blacklisted", "quota", "gateway_error", "other")
DAY0 = dt.date(2026, 11, 2)  # a Monday
DAYS = 3


@dataclass
class Raw:
    """One message as the raw rows hold it (joined with its task)."""

    task_id: int
    send_at: dt.datetime
    group_id: int
    user_id: int
    kind: str
    template_id: int
    channel_id: int
    carrier: str
    status: str
    category: str
    segments: int
    latency_s: float | None
    replies: int
    opt_outs: int

    @property
    def outcome(self) -> str:
        return "pending" if self.status in ("queued", "sending", "submitted") else self.status

    @property
    def local(self) -> dt.datetime:
        return self.send_at.astimezone(BEIJING).replace(tzinfo=None)


def seed(su: psycopg.Connection, *, seed_value: int = 16) -> tuple[list[Raw], dict[str, int]]:
    """Writes the history; returns its messages and the ids of what it made (channels, a template)."""
    rnd = random.Random(seed_value)
    users = su.execute(
        "SELECT u.id, u.group_id, u.login FROM smsdesk.app_user u ORDER BY u.id"
    ).fetchall()
    senders = [(uid, gid) for uid, gid, login in users if login != "boss"]
    channels = []
    for name in ("移动直连", "联通电信", "将删除的通道"):
        channels.append(su.execute(
            "INSERT INTO smsdesk.channel (name, host, port, system_id) VALUES (%s, '127.0.0.1', 1, 's') RETURNING id",
            (name,),
        ).fetchone()[0])
    group0 = senders[0][1]
    template = su.execute(
        "INSERT INTO smsdesk.message_template (name, kind, content, group_id, owner_id, is_public, status) "
        "VALUES ('到货通知', 'notification', '您的包裹已到', %s, %s, true, 'approved') RETURNING id",
        (group0, senders[0][0]),
    ).fetchone()[0]
    raws: list[Raw] = []
    start = dt.datetime.combine(DAY0, dt.time(), BEIJING)
    for hour in range(DAYS * 24):
        at = start + dt.timedelta(hours=hour, minutes=rnd.randint(0, 59))
        for uid, gid in senders:
            if rnd.random() < 0.6:
                continue
            kind = rnd.choice(("verification", "notification", "marketing", "alert"))
            tpl = template if kind == "notification" and rnd.random() < 0.5 else 0
            task_id = su.execute(
                "INSERT INTO smsdesk.send_task (task_key, owner_id, group_id, name, kind, content, template_id, "
                "status, send_at, recipient_count) VALUES (%s, %s, %s, %s, %s, '内容', %s, 'finished', %s, 0) "
                "RETURNING id",
                (uuid.uuid4(), uid, gid, f"任务 {hour}-{uid}", kind, tpl or None, at),
            ).fetchone()[0]
            rows = []
            for _ in range(rnd.randint(1, 6)):
                status = rnd.choices(("delivered", "failed", "expired", "submitted", "cancelled"),
                                     (70, 15, 4, 8, 3))[0]
                channel = 0 if status == "cancelled" else rnd.choice(channels)
                category = rnd.choice(CATEGORIES) if status in ("failed", "expired") else ""
                latency = rnd.choice((0.5, 3, 8, 25, 70, 200, 900, 5000)) if status == "delivered" else None
                rows.append(Raw(task_id, at, gid, uid, kind, tpl, channel, rnd.choice(CARRIERS), status, category,
                                rnd.choice((1, 1, 2)), latency, 0, 0))
            for r in rows:
                submitted = r.send_at + dt.timedelta(seconds=2) if r.status != "cancelled" else None
                done = submitted + dt.timedelta(seconds=r.latency_s) if r.latency_s is not None else None
                mid = su.execute(
                    "INSERT INTO smsdesk.message (task_id, number, carrier, segments, status, channel_id, "
                    "submitted_at, done_at, failure_category, attempts) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, 1) "
                    "RETURNING id",
                    (r.task_id, f"+86138{rnd.randint(0, 99999999):08d}", r.carrier or None, r.segments, r.status,
                     r.channel_id or None, submitted, done, r.category or None),
                ).fetchone()[0]
                if r.status == "delivered" and r.kind == "marketing" and rnd.random() < 0.5:
                    opt = rnd.random() < 0.4
                    su.execute(
                        "INSERT INTO smsdesk.inbound_reply (received_at, number, text, message_id, task_id, owner_id, "
                        "group_id, kind, opt_out) VALUES (%s, '+8613800000000', %s, %s, %s, %s, %s, %s, %s)",
                        (r.send_at + dt.timedelta(minutes=5), "TD" if opt else "好的", mid, r.task_id, r.user_id,
                         r.group_id, r.kind, opt),
                    )
                    r.replies, r.opt_outs = 1, int(opt)
            su.execute(
                "UPDATE smsdesk.send_task SET recipient_count = %s, delivered_count = %s WHERE id = %s",
                (len(rows), sum(r.status == "delivered" for r in rows), task_id),
            )
            raws.extend(rows)
    end = start + dt.timedelta(days=DAYS)
    su.execute("SELECT smsdesk.stat_rebuild(%s, %s)", (start - dt.timedelta(days=1), end + dt.timedelta(days=1)))
    # a channel deleted since: its rows stay in the rollups under its id
    su.execute("DELETE FROM smsdesk.channel WHERE id = %s", (channels[2],))
    return raws, {"channel_a": channels[0], "channel_b": channels[1], "deleted": channels[2], "template": template}


def by(rows: list[Raw], key, *, outcome: str | None = None) -> Counter:
    out: Counter = Counter()
    for r in rows:
        if outcome == "failed" and r.outcome not in ("failed", "expired"):
            continue
        if outcome not in (None, "failed") and r.outcome != outcome:
            continue
        out[key(r)] += 1
    return out


def histograms(rows: list[Raw], key, bounds) -> dict:
    """Delivered messages per latency bucket (bucket i: [bounds[i-1], bounds[i]), the first from 0)."""
    import bisect

    out: dict = defaultdict(lambda: [0] * (len(bounds) + 1))
    for r in rows:
        if r.outcome == "delivered":
            out[key(r)][bisect.bisect_right(bounds, r.latency_s)] += 1
    return dict(out)
