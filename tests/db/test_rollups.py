"""The rollups (stat_hour, stat_day) equal a GROUP BY over the raw rows at every commit, whatever the workload.

Random workloads drive the recording functions as the dispatcher's own login (two dispatcher instances): tasks
queued (some numbers blacklisted, some tasks ending soon), claims, submit results of every kind (submitted,
failed, retry, released, expired, cancelled), receipts (duplicates, failures, some before their submit result),
replies and opt-outs, cancellations, expiries, receipt timeouts, a dispatcher killed with leases in hand and a
batch whose connection dies before it commits. After every step the rollups are compared with a GROUP BY written
here, independently of the database's own (_stat_from_raw), and stat_day with stat_hour summed per day.
"""

from __future__ import annotations

import random
from collections import Counter
from decimal import Decimal

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smsdesk.services import blacklist
from smsdesk.store import roles
from tests.conftest import ADMIN_PASSWORD
from tests.dispatcher.world import _module_world, numbers, world  # noqa: F401  (fixtures)

pytestmark = pytest.mark.db

KINDS = ("verification", "notification", "marketing", "alert")
# The key and the counts, as the rollup holds them (messages, segments, refunded, cost, histogram, replies, opt-outs).
RAW_GROUP_BY = """
WITH m AS (
  SELECT date_trunc('hour', t.send_at, 'UTC') AS hour, t.group_id, t.owner_id AS user_id, t.kind,
         CASE WHEN m.status IN ('delivered', 'failed', 'expired', 'cancelled') THEN coalesce(m.channel_id, 0) ELSE 0
         END AS channel_id,
         coalesce(m.carrier, '') AS carrier, coalesce(t.template_id, 0) AS template_id,
         CASE WHEN m.status IN ('delivered', 'failed', 'expired', 'cancelled') THEN m.status ELSE 'pending' END
           AS outcome,
         CASE WHEN m.status IN ('failed', 'expired') THEN coalesce(m.failure_category, '') ELSE '' END AS category,
         m.segments,
         CASE WHEN m.status IN ('expired', 'cancelled') THEN m.segments
              WHEN m.status = 'failed' AND m.attempts > 0 THEN m.segments  -- blacklisted at queue: never reserved
              ELSE 0 END AS refunded,
         CASE WHEN m.status = 'delivered'
              THEN m.segments * coalesce((t.prices ->> coalesce(m.carrier, ''))::numeric, (t.prices ->> '')::numeric, 0)
              ELSE 0 END AS cost,
         CASE WHEN m.status = 'delivered'
              THEN 1 + width_bucket(greatest(coalesce(extract(epoch FROM m.done_at - m.submitted_at), 0), 0),
                                    ARRAY[1, 2, 5, 10, 20, 30, 60, 120, 180, 300, 600, 1800, 3600]::float8[])
         END AS bucket
    FROM smsdesk.send_task t JOIN smsdesk.message m ON m.task_id = t.id)
SELECT hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category, count(*), sum(segments),
       sum(refunded), sum(cost), array_agg(bucket) FILTER (WHERE bucket IS NOT NULL), 0, 0
  FROM m GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
UNION ALL
SELECT date_trunc('hour', t.send_at, 'UTC'), t.group_id, t.owner_id, t.kind, coalesce(m.channel_id, 0),
       coalesce(m.carrier, ''), coalesce(t.template_id, 0), '', '', 0, 0, 0, 0, NULL, count(*),
       count(*) FILTER (WHERE r.opt_out)
  FROM smsdesk.inbound_reply r JOIN smsdesk.message m ON m.id = r.message_id
  JOIN smsdesk.send_task t ON t.id = m.task_id
 GROUP BY 1, 2, 3, 4, 5, 6, 7
"""
ROLLUP = """
SELECT hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category, messages, segments,
       refunded_segments, cost, latency_hist, replies, opt_outs
  FROM smsdesk.stat_hour
"""


def _hist(buckets: list[int] | None) -> tuple[int, ...]:
    counts = Counter(buckets or [])
    return tuple(counts.get(b, 0) for b in range(1, 15))


def _normal(rows, *, raw: bool) -> dict[tuple, tuple]:
    out = {}
    for row in rows:
        key, values = tuple(row[:9]), list(row[9:])
        hist = _hist(values[4]) if raw else tuple(values[4] or (0,) * 14)
        counts = (int(values[0]), int(values[1]), int(values[2]), Decimal(values[3]), hist, int(values[5]),
                  int(values[6]))
        if any(counts[:3]) or counts[3] or any(hist) or any(counts[5:]):
            out[key] = counts
    return out


def assert_rollups_exact(w) -> None:
    raw = _normal(w.sql(RAW_GROUP_BY), raw=True)
    rollup = _normal(w.sql(ROLLUP), raw=False)
    assert rollup == raw
    rebuilt = _normal(w.sql("SELECT * FROM smsdesk._stat_from_raw('-infinity', 'infinity')"), raw=False)
    assert rebuilt == raw
    days = w.sql(
        "SELECT (hour AT TIME ZONE 'Asia/Shanghai')::date, group_id, user_id, kind, outcome, sum(messages),"
        " sum(segments), sum(refunded_segments), sum(cost) FROM smsdesk.stat_hour WHERE outcome <> ''"
        " GROUP BY 1, 2, 3, 4, 5"
    )
    stat_day = w.sql(
        "SELECT day, group_id, user_id, kind, outcome, messages, segments, refunded_segments, cost"
        " FROM smsdesk.stat_day"
    )

    def live(rows):
        return {tuple(r[:5]): tuple(r[5:]) for r in rows if any(r[5:])}

    assert live(stat_day) == live(days)
    assert_wide_rollups_exact(w, rollup)
    assert w.sql("SELECT count(*) FROM smsdesk.stat_hour_delta")[0][0] == 0


CAUSES = ("timeout", "content_blocked", "invalid_number", "blacklisted", "quota", "gateway_error", "other", "")
OUTCOMES = ("delivered", "failed", "expired", "pending", "cancelled")


def _pivoted(rows: dict[tuple, tuple], period) -> dict[tuple, tuple]:
    """stat_hour's rows (normalised) summed in Python per ``period(hour)``, group, user, kind, channel, carrier and
    template, the outcomes as columns: messages, per outcome, segments, delivered segments, refunded, cost, the
    latency histogram, failed and expired per category (CAUSES), replies, opt-outs."""
    out: dict[tuple, list] = {}
    for key, (m, seg, ref, cost, hist, replies, opt) in rows.items():
        outcome, category = key[7], key[8]
        acc = out.setdefault((period(key[0]), *key[1:7]),
                             [0, *([0] * len(OUTCOMES)), 0, 0, 0, Decimal(0), (0,) * 14, [0] * len(CAUSES), 0, 0])
        acc[0] += m
        if outcome:
            acc[1 + OUTCOMES.index(outcome)] += m
        acc[6] += seg
        acc[7] += seg if outcome == "delivered" else 0
        acc[8] += ref
        acc[9] += cost
        acc[10] = tuple(x + y for x, y in zip(acc[10], hist, strict=True))
        if outcome in ("failed", "expired"):
            acc[11][CAUSES.index(category)] += m
        acc[12] += replies
        acc[13] += opt
    return {k: (*v[:11], tuple(v[11]), *v[12:]) for k, v in out.items() if _live(v)}


def _live(v) -> bool:
    return any(any(x) if isinstance(x, (tuple, list)) else x for x in v)


def _wide_rows(rows) -> dict[tuple, tuple]:
    out = {}
    for r in rows:
        v = [*(int(x) for x in r[7:16]), Decimal(r[16]), tuple(r[17] or (0,) * 14), tuple(r[18] or (0,) * len(CAUSES)),
             int(r[19]), int(r[20])]
        if _live(v):
            out[tuple(r[:7])] = tuple(v)
    return out


WIDE = ("group_id, user_id, kind, channel_id, carrier, template_id, messages, delivered, failed, expired, pending,"
        " cancelled, segments, delivered_segments, refunded_segments, cost, latency_hist, causes, replies, opt_outs")


def assert_wide_rollups_exact(w, hourly: dict[tuple, tuple]) -> None:
    """stat_day_wide, stat_month_wide and stat_hour_kind equal stat_hour (itself equal to the raw rows) summed per
    day and month of Beijing time, and per hour, group, user and kind."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Asia/Shanghai")
    day = _wide_rows(w.sql(f"SELECT day, {WIDE} FROM smsdesk.stat_day_wide"))
    assert day == _pivoted(hourly, lambda h: h.astimezone(zone).date())
    month = _wide_rows(w.sql(f"SELECT month, {WIDE} FROM smsdesk.stat_month_wide"))
    assert month == _pivoted(hourly, lambda h: h.astimezone(zone).date().replace(day=1))
    kinds: dict[tuple, list[int]] = {}
    for key, counts in hourly.items():
        if key[7]:
            acc = kinds.setdefault(key[:4], [0, 0, 0, 0, 0])
            acc[0] += counts[0]
            acc[1 + ("delivered", "failed", "pending", "cancelled").index(
                "failed" if key[7] == "expired" else key[7])] += counts[0]
    got = {tuple(r[:4]): [int(x) for x in r[4:]] for r in w.sql(
        "SELECT hour, group_id, user_id, kind, messages, delivered, failed, pending, cancelled"
        " FROM smsdesk.stat_hour_kind")}
    assert {k: v for k, v in got.items() if any(v)} == {k: v for k, v in kinds.items() if any(v)}


class Dispatchers:
    """Two dispatcher instances of the world's dispatcher login, each on its own connection, owning one channel."""

    def __init__(self, w) -> None:
        self.world = w
        self.conns: list[psycopg.Connection] = []
        self.ids: list[int] = []
        self.channels: list[int] = []
        self.smsc_seq = 0
        for i in range(2):
            channel = w.add_channel(f"rollup{i}", 1, receipt_timeout_s=3600)
            self.channels.append(channel)
            self.start(i)

    def start(self, i: int) -> None:
        conn = psycopg.connect(**self.world.dispatcher_login.conninfo(), autocommit=True)
        ident = conn.execute("SELECT smsdesk.dispatcher_register(%s, 'test', 1, 'test')", (f"d{i}",)).fetchone()[0]
        # the channel is this instance's (claim_batch sends only through its own channels)
        self.world.sql("UPDATE smsdesk.channel SET owner_id = %(d)s, status = 'up' WHERE id = %(c)s",
                       {"d": ident, "c": self.channels[i]})
        if i < len(self.conns):
            self.conns[i], self.ids[i] = conn, ident
        else:
            self.conns.append(conn)
            self.ids.append(ident)

    def close(self) -> None:
        for conn in self.conns:
            conn.close()

    def claim(self, i: int, limit: int, conn: psycopg.Connection | None = None) -> list[tuple]:
        conn = conn or self.conns[i]
        kinds = list(KINDS)
        return conn.execute(
            "SELECT message_id, task_id, number, segments FROM smsdesk.claim_batch(%s, %s, 60, %s::text[], %s::text[],"
            " %s::bigint[])",
            (self.ids[i], limit, kinds, ["*"] * 4, [self.channels[i]] * 4),
        ).fetchall()

    def results(self, i: int, claimed: list[tuple], outcomes: list[str], rng: random.Random,
                conn: psycopg.Connection | None = None) -> list[tuple[int, str, int, int]]:
        """Records outcomes for claimed messages; returns the parts submitted as (message, smsc key, part no)."""
        conn = conn or self.conns[i]
        ids, errors, cats, delays, smsc, part_ids, part_nos, part_keys = [], [], [], [], [], [], [], []
        for (message_id, _task, _number, segments), outcome in zip(claimed, outcomes, strict=True):
            ids.append(message_id)
            errors.append(None if outcome == "submitted" else "0x45")
            cats.append(rng.choice(["gateway_error", "invalid_number", None]) if outcome == "failed" else None)
            delays.append(0)
            keys = []
            if outcome == "submitted":
                for part in range(segments):
                    self.smsc_seq += 1
                    key = f"k{self.smsc_seq}"
                    keys.append(key)
                    part_ids.append(message_id)
                    part_nos.append(part)
                    part_keys.append(key)
            smsc.append(" ".join(keys))
        n = len(ids)
        conn.execute(
            "SELECT smsdesk.record_submit_results(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::int[],"
            " %s::boolean[], %s::text[], %s::bigint[], %s::int[], %s::bigint[], %s::text[])",
            (self.ids[i], ids, outcomes, errors, cats, delays, [False] * n, smsc, part_ids, part_nos,
             [self.channels[i]] * len(part_ids), part_keys),
        )
        return [(m, key, part, i) for m, key, part in zip(part_ids, part_keys, part_nos, strict=True)]

    def receipts(self, i: int, keys: list[str], delivered: list[bool]) -> None:
        n = len(keys)
        self.conns[i].execute(
            "SELECT smsdesk.record_receipts(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[],"
            " %s::text[], %s::boolean[], %s::boolean[], %s::text[])",
            (self.ids[i], [self.channels[i]] * n, keys, keys, ["DELIVRD" if d else "UNDELIV" for d in delivered],
             [None if d else "001" for d in delivered], [None if d else "invalid_number" for d in delivered],
             delivered, [True] * n, [""] * n),
        )

    def replies(self, i: int, numbers_: list[str], opt_out: list[bool]) -> None:
        n = len(numbers_)
        self.conns[i].execute(
            "SELECT smsdesk.record_replies(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::boolean[])",
            (self.ids[i], [self.channels[i]] * n, numbers_, ["106"] * n, ["TD" if o else "ok" for o in opt_out],
             opt_out),
        )

    def maintenance(self, i: int, full: bool) -> None:
        self.conns[i].execute("SELECT smsdesk.dispatch_maintenance(%s, 1, %s)", (self.ids[i], full))


STEP = st.one_of(
    st.tuples(st.just("queue"), st.integers(1, 12), st.sampled_from(KINDS), st.integers(0, 3), st.booleans()),
    st.tuples(st.just("claim"), st.integers(0, 1), st.integers(1, 10)),
    st.tuples(st.just("receipts"), st.integers(0, 1), st.integers(1, 10), st.booleans()),
    st.tuples(st.just("early_receipt"), st.integers(0, 1)),
    st.tuples(st.just("replies"), st.integers(1, 4), st.booleans()),
    st.tuples(st.just("delete_replies"), st.integers(1, 3)),
    st.tuples(st.just("cancel"),),
    st.tuples(st.just("expire"),),
    st.tuples(st.just("timeout"),),
    st.tuples(st.just("kill"), st.integers(0, 1)),
    st.tuples(st.just("rollback"), st.integers(0, 1)),
    st.tuples(st.just("maintenance"), st.integers(0, 1), st.booleans()),
)


class Workload:
    def __init__(self, w, rng: random.Random) -> None:
        self.world, self.rng = w, rng
        self.d = Dispatchers(w)
        # submitted parts awaiting (or having had) receipts: (message, smsc key, part no, dispatcher)
        self.parts: list[tuple[int, str, int, int]] = []
        self.sent_numbers: list[str] = []
        self.tasks: list[int] = []
        self.next_number = 0
        self.early_keys: list[tuple[str, int]] = []

    def close(self) -> None:
        self.d.close()

    def step(self, step: tuple) -> None:
        getattr(self, f"_{step[0]}")(*step[1:])

    def _queue(self, count: int, kind: str, blacklisted: int, ending_soon: bool) -> None:
        fresh = numbers(count, start=self.next_number)
        self.next_number += count
        reused = self.rng.sample(self.sent_numbers, min(len(self.sent_numbers), blacklisted))
        for number in fresh[:blacklisted]:
            self.world.admin(lambda s, n=number: blacklist.add_number(s, "global", n, reason="test"))
        content = "您好，这是一条测试短信。" * self.rng.choice([1, 6])  # one or several segments
        task = self.world.queue(fresh + reused, kind=kind, content=content)
        self.tasks.append(task)
        self.sent_numbers += fresh
        if ending_soon:
            self.world.sql("UPDATE smsdesk.send_task SET expires_at = now() + interval '1 hour' WHERE id = %(t)s",
                           {"t": task})

    def _claim(self, i: int, limit: int) -> None:
        claimed = self.d.claim(i, limit)
        if not claimed:
            return
        outcomes = [self.rng.choice(["submitted"] * 5 + ["failed", "retry", "released", "expired", "cancelled"])
                    for _ in claimed]
        self.parts += self.d.results(i, claimed, outcomes, self.rng)
        waiting = [k for k, d in self.early_keys if d == i]
        if waiting and self.rng.random() < 0.7:
            # a receipt that came before its submit result: its key is now given to a part on the same channel
            key = waiting[0]
            self.early_keys.remove((key, i))
            more = self.d.claim(i, 1)
            if more:
                message_id, _, _, _ = more[0]
                self.d.conns[i].execute(
                    "SELECT smsdesk.record_submit_results(%s, %s::bigint[], %s::text[], %s::text[], %s::text[],"
                    " %s::int[], %s::boolean[], %s::text[], %s::bigint[], %s::int[], %s::bigint[], %s::text[])",
                    (self.d.ids[i], [message_id], ["submitted"], [None], [None], [0], [False], [key],
                     [message_id] * more[0][3], list(range(more[0][3])), [self.d.channels[i]] * more[0][3],
                     [key] + [f"{key}-{p}" for p in range(1, more[0][3])]),
                )

    def _receipts(self, i: int, count: int, duplicate: bool) -> None:
        if not self.parts:
            return
        picked = self.rng.sample(self.parts, min(count, len(self.parts)))
        if duplicate:
            picked += picked[: max(1, len(picked) // 2)]
        else:
            for part in picked:
                self.parts.remove(part)
        # each receipt comes from the channel its part went out on; ``i`` only picks which goes first
        for j in (i, 1 - i):
            mine = [key for _, key, _, d in picked if d == j]
            if mine:
                self.d.receipts(j, mine, [self.rng.random() < 0.8 for _ in mine])

    def _early_receipt(self, i: int) -> None:
        self.d.smsc_seq += 1
        key = f"early{self.d.smsc_seq}"
        self.early_keys.append((key, i))
        self.d.receipts(i, [key], [True])

    def _replies(self, count: int, opt_out: bool) -> None:
        pool = [*self.sent_numbers, "+8613999999999"]  # one that matches nothing
        picked = [self.rng.choice(pool) for _ in range(count)]
        self.d.replies(0, picked, [opt_out and j == 0 for j in range(count)])

    def _delete_replies(self, count: int) -> None:
        """The top administrator deletes replies (matched or not): they leave the rollups' counts at once."""
        ids = [r[0] for r in self.world.sql("SELECT id FROM smsdesk.inbound_reply ORDER BY id")]
        if not ids:
            return
        picked = self.rng.sample(ids, min(count, len(ids)))
        boss = self.world.db.target.with_login(roles.user_role(self.world.db.name, "boss"), ADMIN_PASSWORD)
        with psycopg.connect(**boss.conninfo(), autocommit=True) as conn:
            assert conn.execute("SELECT smsdesk.reply_delete(%s)", (picked,)).fetchone()[0] == len(picked)

    def _cancel(self) -> None:
        if self.tasks:
            task = self.rng.choice(self.tasks)
            with psycopg.connect(**self.world.operator.conninfo(), autocommit=True) as conn:
                try:
                    conn.execute("SELECT smsdesk.task_cancel(%s)", (task,))
                except psycopg.errors.RaiseException:
                    pass  # finished already
                except psycopg.Error as exc:
                    if exc.sqlstate != "SD409":
                        raise

    def _expire(self) -> None:
        self.world.sql("UPDATE smsdesk.send_task SET expires_at = now() - interval '1 second'"
                       " WHERE expires_at IS NOT NULL AND expires_at > now()")
        self.d.maintenance(0, False)

    def _timeout(self) -> None:
        self.world.sql("UPDATE smsdesk.message SET submitted_at = submitted_at - interval '2 hours'"
                       " WHERE status = 'submitted'")
        self.world.sql("UPDATE smsdesk.send_task SET updated_at = now() - interval '1 minute' WHERE status = 'sending'")
        self.world.sql("DELETE FROM smsdesk.message_queue q USING smsdesk.message m"
                       " WHERE q.message_id = m.id AND m.status = 'submitted'")
        self.d.maintenance(0, True)

    def _kill(self, i: int) -> None:
        """The dispatcher dies holding leases: the other one takes them back (duplicate suspects)."""
        self.d.claim(i, 5)
        self.d.conns[i].close()
        self.world.sql("UPDATE smsdesk.dispatcher_instance SET seen_at = now() - interval '1 minute' WHERE id = %(d)s",
                       {"d": self.d.ids[i]})
        self.d.maintenance(1 - i, False)
        self.d.start(i)

    def _rollback(self, i: int) -> None:
        """A batch whose connection dies before it commits: nothing of it, rollups included, remains."""
        conn = psycopg.connect(**self.world.dispatcher_login.conninfo())
        try:
            claimed = self.d.claim(i, 5, conn)
            if claimed:
                self.d.results(i, claimed, ["failed"] * len(claimed), self.rng, conn)
            keys = [key for _, key, _, d in self.parts[:6] if d == i]
            if keys:
                conn.execute(
                    "SELECT smsdesk.record_receipts(%s, %s::bigint[], %s::text[], %s::text[], %s::text[],"
                    " %s::text[], %s::text[], %s::boolean[], %s::boolean[], %s::text[])",
                    (self.d.ids[i], [self.d.channels[i]] * len(keys), keys, keys, ["DELIVRD"] * len(keys),
                     [None] * len(keys), [None] * len(keys), [True] * len(keys), [True] * len(keys), [""] * len(keys)),
                )
        finally:
            conn.close()  # never committed

    def _maintenance(self, i: int, full: bool) -> None:
        self.world.sql("UPDATE smsdesk.receipt SET received_at = received_at - interval '3 seconds'"
                       " WHERE message_id IS NULL")
        self.d.maintenance(i, full)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture],
          derandomize=True)
@given(steps=st.lists(STEP, min_size=5, max_size=25), seed=st.integers(0, 2**16))
def test_rollups_equal_a_group_by_over_the_raw_rows(world, steps, seed):  # noqa: F811
    work = Workload(world, random.Random(seed))
    try:
        work.step(("queue", 8, "notification", 1, True))
        assert_rollups_exact(world)
        for step in steps:
            work.step(step)
            assert_rollups_exact(world)
        # drain: everything claimed, submitted and receipted
        for _ in range(4):
            work.step(("claim", 0, 50))
            work.step(("receipts", 1, 200, False))
        assert_rollups_exact(world)
    finally:
        work.close()
        world.reset()


def test_rebuild_gives_back_the_same_rollups_and_is_refused_to_others(world):  # noqa: F811
    work = Workload(world, random.Random(7))
    try:
        for step in [("queue", 10, "marketing", 2, False), ("claim", 0, 8), ("receipts", 0, 10, False),
                     ("replies", 3, True), ("delete_replies", 1), ("queue", 5, "alert", 0, True), ("cancel",)]:
            work.step(step)
        before = _normal(world.sql(ROLLUP), raw=False)
        world.sql("UPDATE smsdesk.stat_hour SET messages = messages + 5")  # damaged by hand
        result = world.sql("SELECT smsdesk.stat_rebuild(now() - interval '2 days', now() + interval '1 day')")[0][0]
        assert result["messages"] == sum(v[0] for v in before.values())
        assert _normal(world.sql(ROLLUP), raw=False) == before
        assert_rollups_exact(world)
        with psycopg.connect(**world.operator.conninfo(), autocommit=True) as conn:
            with pytest.raises(psycopg.Error) as refused:
                conn.execute("SELECT smsdesk.stat_rebuild(now() - interval '1 day', now())")
            assert refused.value.sqlstate == "SD403"
    finally:
        work.close()
