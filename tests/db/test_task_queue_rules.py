"""task_queue's fast path (issue #6: a million recipients in seconds) keeps its rules: each number once in the
order given, exact E.164 checks, and message.task_id -> send_task.id kept by statement triggers (not a per-row
FOREIGN KEY): no orphan message, no message moving task, a task's messages deleted with it; and the queue, fed a
slice at a time, takes each message once, even when a cancel meets a feed."""

from __future__ import annotations

import threading
import uuid

import psycopg
import pytest

from smsdesk.services import admin
from smsdesk.store.repositories_outbox import CODES_ARRAY, LINES_ARRAY, codes_param, lines_param
from tests.db.test_outbox_security import _grant, _su, raises_state

pytestmark = pytest.mark.db


def _queue(conn, numbers, carriers):
    return conn.execute(
        "SELECT smsdesk.task_queue(%s, 'task', 'notification', '您好，测试内容', '测试', NULL, 2, NULL, NULL, NULL, "
        "%b::text[], %b::text[])",
        (uuid.uuid4(), numbers, carriers),
    ).fetchone()[0]


def test_duplicates_are_kept_once_in_the_order_given(org):
    _grant(org, "east-op", 100)
    numbers = ["+8613900139000", "+8613800138000", "+8613900139000", "+8618600186000", "+8613800138000"]
    carriers = ["China Mobile", "", "x", "China Unicom", "y"]
    with org.connect("east-op") as conn:
        task = _queue(conn, numbers, carriers)
    with org.db.connect_su() as conn:  # the numbers in full (the operator reads them masked, SEC-3)
        rows = conn.execute(
            "SELECT number, carrier FROM smsdesk.message WHERE task_id = %s ORDER BY id", (task,)
        ).fetchall()
        assert rows == [
            ("+8613900139000", "China Mobile"),
            ("+8613800138000", None),
            ("+8618600186000", "China Unicom"),
        ]
        # the 2 segments declared are not believed: 【测试】您好，测试内容 is one
        assert conn.execute(
            "SELECT recipient_count, reserved FROM smsdesk.send_task WHERE id = %s", (task,)
        ).fetchone() == (3, 3)
        assert conn.execute("SELECT quota_used FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0] == 3


@pytest.mark.parametrize(
    "bad",
    [
        "+86 13800138000",
        "+-8613800138",
        "+08613800138",
        "+86138abc0013",
        "+861_3800138",
        "+1234567890123456",
        "+123456",
        "8613800138000",
        "+0x1F2E3D4C5",
    ],
)
def test_numbers_that_are_not_e164_are_refused_and_counted(org, bad):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        with raises_state("SD422") as errors:
            _queue(conn, ["+8613800138000", bad], ["", ""])
        assert "1 recipients are not E.164 numbers" in str(errors[0])
        conn.rollback()
        assert conn.execute("SELECT quota_used FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0] == 0


def test_messages_always_belong_to_an_existing_task(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        task = _queue(conn, ["+8613800138000", "+8613900139000"], ["", ""])
        conn.commit()
    with org.db.connect_su() as conn:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute(
                "INSERT INTO smsdesk.message (task_id, number, segments) VALUES (%s, '+8613800138000', 1), "
                "(-1, '+8613800138000', 1)",
                (task,),
            )
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("UPDATE smsdesk.message SET task_id = task_id + 1 WHERE task_id = %s", (task,))
        conn.execute("UPDATE smsdesk.message SET status = 'queued' WHERE task_id = %s", (task,))  # other columns: fine
        conn.execute("DELETE FROM smsdesk.message_queue WHERE task_id = %s", (task,))
        conn.execute("DELETE FROM smsdesk.send_task WHERE id = %s", (task,))
        assert conn.execute("SELECT count(*) FROM smsdesk.message WHERE task_id = %s", (task,)).fetchone()[0] == 0


def test_a_number_given_twice_that_is_not_e164_counts_twice(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        with raises_state("SD422") as errors:
            _queue(conn, ["+8613800138000", "+86138", "+86138"], ["", "", ""])
        assert "2 recipients are not E.164 numbers" in str(errors[0])


# The queue is fed a slice at a time (revision 0007): a task's messages are written at submit, and _task_feed moves
# the next 10,000 queued ones into message_queue when a dispatcher's claim runs short.

BIG = [f"+86139{i:08d}" for i in range(25_001)]


def _big_task(org) -> int:
    engine, uow = _su(org)
    try:
        with uow as s:
            admin.grant_group(s, "总部", 2 * len(BIG))  # the root's own quota first: the group takes from it
    finally:
        engine.dispose()
    _grant(org, "east-op", 2 * len(BIG))
    with org.connect("east-op") as conn:
        return _queue(conn, BIG, [""] * len(BIG))


def test_a_large_task_is_fed_a_slice_at_a_time_each_message_once(org):
    task = _big_task(org)
    with org.db.connect_su() as su:
        assert su.execute("SELECT count(*) FROM smsdesk.message_queue WHERE task_id = %s", (task,)).fetchone() == (0,)
        fed = [su.execute("SELECT smsdesk._task_feed(%s, 10000)", (task,)).fetchone()[0] for _ in range(4)]
        assert fed == [10_000, 10_000, 5_001, 0]
        assert su.execute("SELECT count(*) FROM smsdesk.task_feed WHERE task_id = %s", (task,)).fetchone() == (0,)
        queued, distinct, missing = su.execute(
            "SELECT count(*), count(DISTINCT q.message_id), "
            "       (SELECT count(*) FROM smsdesk.message m WHERE m.task_id = %(t)s AND NOT EXISTS "
            "          (SELECT 1 FROM smsdesk.message_queue x WHERE x.message_id = m.id)) "
            "  FROM smsdesk.message_queue q WHERE q.task_id = %(t)s",
            {"t": task},
        ).fetchone()
        assert (queued, distinct, missing) == (len(BIG), len(BIG), 0)


def test_cancelling_a_task_part_fed_cancels_and_refunds_every_unsent_message(org):
    task = _big_task(org)
    with org.db.connect_su() as su:
        assert su.execute("SELECT smsdesk._task_feed(%s, 10000)", (task,)).fetchone() == (10_000,)
    with org.connect("east-op") as conn:
        assert conn.execute("SELECT smsdesk.task_cancel(%s)", (task,)).fetchone() == (len(BIG),)
        assert conn.execute("SELECT quota_used FROM smsdesk.app_user WHERE login = 'east-op'").fetchone() == (0,)
    with org.db.connect_su() as su:
        assert su.execute(
            "SELECT (SELECT count(*) FROM smsdesk.message_queue WHERE task_id = %(t)s),"
            "       (SELECT count(*) FROM smsdesk.task_feed WHERE task_id = %(t)s),"
            "       (SELECT count(*) FROM smsdesk.message WHERE task_id = %(t)s AND status = 'cancelled')",
            {"t": task},
        ).fetchone() == (0, 0, len(BIG))


def test_a_cancel_during_a_feed_waits_for_it_and_then_takes_what_it_fed(org):
    """The feeder holds the task's feed row until it commits; the cancel waits for it, then sees its queue rows."""
    task = _big_task(org)
    feeder = org.db.connect_su()
    try:
        feeder.autocommit = False
        assert feeder.execute("SELECT smsdesk._task_feed(%s, 10000)", (task,)).fetchone() == (10_000,)
        result: dict = {}

        def cancel() -> None:
            with org.connect("east-op") as conn:
                result["n"] = conn.execute("SELECT smsdesk.task_cancel(%s)", (task,)).fetchone()[0]

        worker = threading.Thread(target=cancel)
        worker.start()
        worker.join(1.0)
        assert worker.is_alive(), "the cancel should wait for the feed in progress"
        # another feeder meanwhile skips the task instead of waiting
        with org.db.connect_su() as other:
            assert other.execute("SELECT smsdesk._task_feed(%s, 10000)", (task,)).fetchone() == (0,)
        feeder.commit()
        worker.join(30)
        assert result["n"] == len(BIG)
    finally:
        feeder.close()
    with org.db.connect_su() as su:
        assert su.execute(
            "SELECT count(*) FROM smsdesk.message WHERE task_id = %s AND status <> 'cancelled'", (task,)
        ).fetchone() == (0,)
        assert su.execute("SELECT count(*) FROM smsdesk.message_queue WHERE task_id = %s", (task,)).fetchone() == (0,)


def test_numbers_and_carriers_reach_the_server_exactly_as_given(org):
    """The wire forms of a submit's arrays: numbers joined a slice at a time, carriers as one character each."""
    numbers = [f"+86139{i:08d}" for i in range(150_000)]
    carriers = [None, "", "中国移动", "China Unicom", "a,b", '"quoted"', "\\", "NULL"] * 18_750
    carriers += [f"运营商{i}" for i in range(1_000)]
    with org.db.connect_su() as su:
        assert su.execute(f"SELECT {LINES_ARRAY}", lines_param(numbers)).fetchone()[0] == numbers
        got = su.execute(f"SELECT {CODES_ARRAY}", codes_param(carriers)).fetchone()[0]
        assert got == ["" if c is None else c for c in carriers]
        assert su.execute(f"SELECT {LINES_ARRAY}, {CODES_ARRAY}", (*lines_param([]), *codes_param([]))).fetchone() == (
            [],
            [],
        )
        assert su.execute(f"SELECT {LINES_ARRAY}", lines_param([""])).fetchone()[0] == [""]
