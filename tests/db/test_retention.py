"""Retention (SEC-5): message details older than the installation's retention_months are purged in batches,
audited with their counts, by top-level administrators, IT and the dispatchers only; newer rows, tasks still
running and the rollups stay. Plain SQL as each user's own role."""

from __future__ import annotations

import json

import psycopg
import pytest

from smsdesk.admin.cli import main as admin_main
from smsdesk.services import admin, retention
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD

pytestmark = pytest.mark.db

COUNTED = ("tasks", "messages", "parts", "receipts", "replies")


@pytest.fixture
def top(org):
    engine = make_engine(org.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.create_user(s, login="top-admin", password=PASSWORD, group_path="总部", admin=True)
    finally:
        engine.dispose()
    return org


def seed_task(conn: psycopg.Connection, *, days_ago: float, messages: int, owner: str = "east-op",
              status: str = "finished", replies: int = 1) -> int:  # fmt: skip
    """A task sent ``days_ago`` with its messages, one part and one receipt each, and ``replies`` replies, all
    recorded then (written as the superuser, the way the dispatcher's functions leave them)."""
    task = conn.execute(
        """INSERT INTO smsdesk.send_task (task_key, owner_id, group_id, name, kind, content, status, send_at,
                                          finished_at, updated_at, recipient_count)
           SELECT gen_random_uuid(), u.id, u.group_id, 'old', 'notification', '您好', %(status)s,
                  now() - make_interval(secs => %(secs)s), CASE WHEN %(status)s = 'finished'
                  THEN now() - make_interval(secs => %(secs)s) + interval '10 minutes' END,
                  now() - make_interval(secs => %(secs)s) + interval '10 minutes', %(n)s
             FROM smsdesk.app_user u WHERE u.login = %(owner)s RETURNING id""",
        {"status": status, "secs": days_ago * 86400, "n": messages, "owner": owner},
    ).fetchone()[0]
    conn.execute(
        """WITH t AS (SELECT * FROM smsdesk.send_task WHERE id = %(task)s),
           m AS (INSERT INTO smsdesk.message (task_id, number, carrier, segments, status, channel_id, smsc_ids,
                                              submitted_at, done_at)
                 SELECT t.id, '+86138' || lpad((t.id * 100000 + g)::text, 8, '0'), 'China Mobile', 1,
                        CASE WHEN t.status = 'finished' THEN 'delivered' ELSE 'submitted' END, 1,
                        ARRAY['k' || t.id || '-' || g], t.send_at, t.send_at + interval '5 seconds'
                   FROM t, generate_series(1, %(n)s) g RETURNING *),
           p AS (INSERT INTO smsdesk.message_part (channel_id, smsc_key, message_id, part_no, submitted_at, number)
                 SELECT 1, m.smsc_ids[1], m.id, 1, m.submitted_at, m.number FROM m RETURNING 1),
           r AS (INSERT INTO smsdesk.receipt (received_at, channel_id, smsc_id, stat, message_id, task_id, part_no)
                 SELECT m.done_at, 1, m.smsc_ids[1], 'DELIVRD', m.id, m.task_id, 1 FROM m RETURNING 1)
           INSERT INTO smsdesk.inbound_reply (received_at, number, text, message_id, task_id, owner_id, group_id,
                                              kind)
           SELECT m.done_at + interval '1 minute', m.number, '好的', m.id, m.task_id, t.owner_id, t.group_id, t.kind
             FROM m, t ORDER BY m.id LIMIT %(replies)s""",
        {"task": task, "n": messages, "replies": replies},
    )
    return task


def counts(conn: psycopg.Connection) -> dict[str, int]:
    row = conn.execute(
        """SELECT (SELECT count(*) FROM smsdesk.send_task), (SELECT count(*) FROM smsdesk.message),
                  (SELECT count(*) FROM smsdesk.message_part), (SELECT count(*) FROM smsdesk.receipt),
                  (SELECT count(*) FROM smsdesk.inbound_reply)"""
    ).fetchone()
    return dict(zip(COUNTED, row, strict=True))


def set_retention(conn: psycopg.Connection, months: int) -> None:
    conn.execute("SELECT smsdesk.settings_set('retention_months', %s::jsonb)", (json.dumps(months),))


def purge(conn: psycopg.Connection, budget_ms: int = 5000, batch: int = 5000) -> dict:
    return conn.execute("SELECT smsdesk.retention_purge(%s, %s)", (budget_ms, batch)).fetchone()[0]


@pytest.mark.parametrize("login", ["east-op", "sh-op", "east-admin", "east-reviewer"])
def test_only_top_administrators_purge_or_set_the_retention(top, login):
    with top.db.connect_su() as su:
        seed_task(su, days_ago=800, messages=3)
        set_retention(su, 12)
        before = counts(su)
    with top.connect(login) as c:
        for statement, args in (
            ("SELECT smsdesk.retention_purge(1000, 5000)", ()),
            ("SELECT smsdesk.settings_set('retention_months', '1'::jsonb)", ()),
            ("SELECT smsdesk.dispatch_retention(1, 500)", ()),
            ("SELECT smsdesk._retention_purge(1000, 5000, 'x')", ()),
            ("DELETE FROM smsdesk.message", ()),
            ("DELETE FROM smsdesk.send_task", ()),
        ):
            with pytest.raises(psycopg.Error) as info:
                c.execute(statement, args)
            # an administrator below the top group is refused by the function (SD403); the rest hold no grant
            assert info.value.sqlstate in ("SD403", "42501"), statement
    with top.db.connect_su() as su:
        assert counts(su) == before
        assert su.execute("SELECT smsdesk.setting('retention_months')").fetchone()[0] == 12
        assert su.execute("SELECT count(*) FROM smsdesk.audit_log WHERE action = 'retention.purge'").fetchone()[0] == 0


def test_purge_removes_only_what_is_older_than_the_retention_and_is_audited(top):
    with top.db.connect_su() as su:
        old = [seed_task(su, days_ago=days, messages=n) for days, n in ((500, 40), (420, 7), (400, 1))]
        running = seed_task(su, days_ago=450, messages=5, status="sending")  # never ended: kept
        recent = [seed_task(su, days_ago=days, messages=n, owner="south-op") for days, n in ((300, 9), (2, 4))]
        # a reply and a receipt that match nothing, long ago
        su.execute("INSERT INTO smsdesk.inbound_reply (received_at, number, text) "
                   "VALUES (now() - interval '600 days', '+8613700000000', 'TD')")  # fmt: skip
        su.execute("INSERT INTO smsdesk.receipt (received_at, channel_id, smsc_id, stat) "
                   "VALUES (now() - interval '600 days', 1, 'zz', 'DELIVRD')")  # fmt: skip
        before = counts(su)
    with top.connect("top-admin") as c:
        assert purge(c)["months"] == 0  # keep everything (the default): nothing happens
        set_retention(c, 12)
        done = purge(c)
    assert done["months"] == 12 and done["more"] is False and done["busy"] is False
    # the running task's receipts and reply are older than the cutoff too: they go by their time; its parts stay
    # (a receipt may still come for them)
    assert {k: done[k] for k in COUNTED} == {"tasks": 3, "messages": 48, "parts": 48, "receipts": 54,
                                              "replies": 5}  # fmt: skip
    with top.db.connect_su() as su:
        after = counts(su)
        assert after == {k: before[k] - done[k] for k in COUNTED}
        left = {r[0] for r in su.execute("SELECT id FROM smsdesk.send_task")}
        assert left == {running, *recent}
        assert not set(old) & {r[0] for r in su.execute("SELECT DISTINCT task_id FROM smsdesk.message")}
        assert su.execute("SELECT count(*) FROM smsdesk.message WHERE task_id = %s", (running,)).fetchone()[0] == 5
        audit = su.execute(
            "SELECT actor_role, target, details FROM smsdesk.audit_log WHERE action = 'retention.purge'"
        ).fetchall()
        assert len(audit) == 1 and audit[0][0].endswith("u_top-admin")
        assert {k: audit[0][2][k] for k in (*COUNTED, "months", "by")} == {
            **{k: done[k] for k in COUNTED}, "months": 12, "by": "admin"}
    with top.connect("top-admin") as c:
        again = purge(c)  # nothing older is left: no work, no audit row
    assert {k: again[k] for k in COUNTED} == dict.fromkeys(COUNTED, 0)
    with top.db.connect_su() as su:
        assert su.execute("SELECT count(*) FROM smsdesk.audit_log WHERE action = 'retention.purge'").fetchone()[0] == 1


def test_a_large_task_goes_in_slices_across_turns_and_the_service_runs_to_the_end(top):
    with top.db.connect_su() as su:
        seed_task(su, days_ago=400, messages=2_500, replies=0)
        small = [seed_task(su, days_ago=390, messages=3, replies=0) for _ in range(30)]
        set_retention(su, 6)
    with top.connect("top-admin") as c:
        first = purge(c, budget_ms=1, batch=100)  # one slice of the large task, then the budget is spent
    assert first["more"] is True and first["messages"] == 100 and first["tasks"] == 0
    engine = make_engine(top.db.target.with_login(_role(top, "top-admin"), PASSWORD), pool_size=1)
    seen = []
    try:
        result = retention.purge(session_factory(engine), budget_ms=5, batch=100,
                                 progress=lambda r: seen.append(r.turns))
    finally:
        engine.dispose()
    assert result.finished and result.months == 6
    assert result.counts["messages"] == 2_500 - 100 + 90 and result.counts["tasks"] == 1 + len(small)
    assert len(seen) >= 2
    with top.db.connect_su() as su:
        assert counts(su) == dict.fromkeys(COUNTED, 0)
        rows = su.execute("SELECT details FROM smsdesk.audit_log WHERE action = 'retention.purge'").fetchall()
        assert sum(r[0]["messages"] for r in rows) == 2_590  # every turn that removed rows says how many


def test_a_second_purge_waits_for_the_first(top):
    with top.db.connect_su() as su:
        seed_task(su, days_ago=400, messages=3)
        set_retention(su, 6)
    with top.db.connect_su() as holder:
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(1396965380, 0)")  # as a running purge holds it
        with top.connect("top-admin") as c:
            busy = purge(c)
        holder.execute("ROLLBACK")
    assert busy["busy"] is True and busy["more"] is True
    with top.db.connect_su() as su:
        assert counts(su)["messages"] == 3


def test_bad_budgets_are_refused_before_any_work(top):
    with top.db.connect_su() as su:
        seed_task(su, days_ago=400, messages=3)
        set_retention(su, 6)
    with top.connect("top-admin") as c:
        for budget in (0, -5, 600_001):
            with pytest.raises(psycopg.Error) as info:
                purge(c, budget_ms=budget)
            assert info.value.sqlstate == "SD422"
    with top.db.connect_su() as su:
        assert counts(su)["messages"] == 3


def test_the_admin_command_purges_and_prints_one_line(top, capsys):
    with top.db.connect_su() as su:
        seed_task(su, days_ago=400, messages=12, replies=2)
        seed_task(su, days_ago=10, messages=4, replies=0)
        set_retention(su, 3)
    code = admin_main(["--db", top.db.su.url(driver="postgresql"), "retention", "purge", "--budget-ms", "500"])
    out = capsys.readouterr().out.strip().splitlines()
    assert code == 0 and len(out) == 1
    fields = dict(part.split("=", 1) for part in out[0].split())
    assert fields["months"] == "3" and fields["finished"] == "yes"
    assert {k: fields[k] for k in COUNTED} == {"tasks": "1", "messages": "12", "parts": "12", "receipts": "12",
                                               "replies": "2"}  # fmt: skip
    code = admin_main(["--db", top.db.su.url(driver="postgresql"), "retention", "purge", "--batch", "5"])
    assert code != 0 and "50,000" in capsys.readouterr().err


def _role(top, login: str) -> str:
    from smsdesk.store import roles

    return roles.user_role(top.db.name, login)


def test_what_is_still_in_flight_stays_and_a_send_going_on_asks_for_pauses(top):
    with top.db.connect_su() as su:
        leased = seed_task(su, days_ago=500, messages=4, replies=0)  # ended, but a dispatcher still holds a lease
        old = seed_task(su, days_ago=500, messages=6, replies=0)
        sending = seed_task(su, days_ago=450, messages=3, status="sending", replies=0)
        first = su.execute("SELECT min(id), max(id) FROM smsdesk.message WHERE task_id = %s", (leased,)).fetchone()
        su.execute("INSERT INTO smsdesk.message_lease (dispatcher_id, task_id, first_id, last_id, lease_until) "
                   "VALUES (1, %s, %s, %s, now() + interval '1 minute')", (leased, *first))  # fmt: skip
        set_retention(su, 12)
    with top.connect("top-admin") as c:
        done = purge(c, batch=100)
    assert {k: done[k] for k in ("tasks", "messages", "parts")} == {"tasks": 1, "messages": 6, "parts": 6}
    assert done["pause_ms"] > 0  # a lease: a dispatcher is sending, so the caller is asked to wait before the next turn
    with top.db.connect_su() as su:
        left = {r[0] for r in su.execute("SELECT DISTINCT task_id FROM smsdesk.message")}
        assert left == {leased, sending} and old not in left
        # the leased task's and the sending task's parts stay (their receipts may still come)
        assert su.execute("SELECT count(*) FROM smsdesk.message_part").fetchone()[0] == 4 + 3
        su.execute("DELETE FROM smsdesk.message_lease")
    with top.connect("top-admin") as c:
        quiet = purge(c, batch=100)  # no send going on: no pause
    assert quiet["tasks"] == 1 and quiet["messages"] == 4 and quiet["pause_ms"] == 0
