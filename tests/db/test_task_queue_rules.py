"""task_queue's fast path (issue #6: a million recipients in seconds) keeps its rules: each number once in the
order given, exact E.164 checks, and message.task_id -> send_task.id kept by statement triggers (not a per-row
FOREIGN KEY): no orphan message, no message moving task, a task's messages deleted with it."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from tests.db.test_outbox_security import _grant, raises_state

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
        rows = conn.execute(
            "SELECT number, carrier FROM smsdesk.message WHERE task_id = %s ORDER BY id", (task,)
        ).fetchall()
        assert rows == [
            ("+8613900139000", "China Mobile"),
            ("+8613800138000", None),
            ("+8618600186000", "China Unicom"),
        ]
        assert conn.execute(
            "SELECT recipient_count, reserved FROM smsdesk.send_task WHERE id = %s", (task,)
        ).fetchone() == (3, 6)
        assert conn.execute("SELECT quota_used FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0] == 6


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
