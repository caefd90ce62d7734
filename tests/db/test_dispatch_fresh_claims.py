"""A task's fresh messages are leased straight in ``message`` (revision 0025), as the dispatcher's own login.

When one dispatcher's channels take every route of a task's kind, ``claim_batch`` leases the task's next messages
from its feed's position without a queue row, and records each claim's id range in ``message_lease``; the leases
of a dispatcher that died or stopped, or that outlived their time, are found through those ranges and the messages
go back through ``message_queue``, as retries and messages given back do. A task whose routes are shared with
channels of others is still fed into the queue a slice at a time.
"""

from __future__ import annotations

import psycopg
import pytest

from tests.dispatcher.world import _module_world, numbers, world  # noqa: F401  (fixtures)

pytestmark = pytest.mark.db

KINDS = ["verification", "notification", "marketing", "alert"]
CLAIM = "SELECT message_id, attempts FROM smsdesk.claim_batch(%s, %s, 60, %s::text[], %s::text[], %s::bigint[])"
RESULTS = (
    "SELECT smsdesk.record_submit_results(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::int[],"
    " %s::boolean[], %s::text[], %s::bigint[], %s::int[], %s::bigint[], %s::text[])"
)


def _dispatcher(world, conn: psycopg.Connection, name: str, channel: int) -> int:  # noqa: F811
    me = conn.execute("SELECT smsdesk.dispatcher_register(%s, 'test', 1, 'test')", (name,)).fetchone()[0]
    world.sql("UPDATE smsdesk.channel SET owner_id = %(d)s, status = 'up' WHERE id = %(c)s", {"d": me, "c": channel})
    return me


def _claim(conn: psycopg.Connection, me: int, limit: int, channel: int) -> list[tuple[int, int]]:
    return conn.execute(CLAIM, (me, limit, KINDS, ["*"] * 4, [channel] * 4)).fetchall()


def _submitted(conn: psycopg.Connection, me: int, ids: list[int], channel: int) -> None:
    keys = [f"k{i}" for i in ids]
    n = len(ids)
    conn.execute(RESULTS, (me, ids, ["submitted"] * n, [None] * n, [None] * n, [0] * n, [False] * n, keys, ids,
                           [0] * n, [channel] * n, keys))


def _connect(world) -> psycopg.Connection:  # noqa: F811
    return psycopg.connect(**world.dispatcher_login.conninfo(), autocommit=True)


def test_fresh_messages_are_leased_in_message_with_one_range_per_claim(world):  # noqa: F811
    channel = world.add_channel("fresh", 1)
    task_id = world.queue(numbers(50))
    ids = [i for (i,) in world.sql("SELECT id FROM smsdesk.message WHERE task_id = %(t)s ORDER BY id", {"t": task_id})]
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "fresh", channel)
        first = _claim(conn, me, 20, channel)
        assert [m for m, _ in first] == ids[:20] and {a for _, a in first} == {1}
        assert world.sql("SELECT count(*) FROM smsdesk.message_queue") == [(0,)]
        assert world.sql("SELECT dispatcher_id, task_id, first_id, last_id FROM smsdesk.message_lease") == [
            (me, task_id, ids[0], ids[19])]
        assert world.sql("SELECT next_id FROM smsdesk.task_feed WHERE task_id = %(t)s", {"t": task_id}) == [
            (ids[19] + 1,)]
        rest = _claim(conn, me, 40, channel)
        assert [m for m, _ in rest] == ids[20:]
        # nothing left to hand out: the feed row is gone, each claim has its range
        assert world.sql("SELECT count(*) FROM smsdesk.task_feed WHERE task_id = %(t)s", {"t": task_id}) == [(0,)]
        assert world.sql("SELECT first_id, last_id FROM smsdesk.message_lease ORDER BY first_id") == [
            (ids[0], ids[19]), (ids[20], ids[49])]
        assert world.sql(
            "SELECT count(*) FROM smsdesk.message WHERE task_id = %(t)s AND status = 'sending' AND lease_owner = %(d)s",
            {"t": task_id, "d": me}) == [(50,)]
        assert _claim(conn, me, 10, channel) == []


def test_a_submit_counts_once_and_a_second_record_of_it_marks_a_duplicate_suspect(world):  # noqa: F811
    channel = world.add_channel("twice", 1, receipt_timeout_s=3600)
    task_id = world.queue(numbers(3))
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "twice", channel)
        ids = [m for m, _ in _claim(conn, me, 3, channel)]
        _submitted(conn, me, ids, channel)
        _submitted(conn, me, ids[:1], channel)
    assert world.sql("SELECT submitted_count FROM smsdesk.send_task WHERE id = %(t)s", {"t": task_id}) == [(3,)]
    assert world.sql(
        "SELECT id, status, duplicate_suspect, lease_owner FROM smsdesk.message WHERE task_id = %(t)s ORDER BY id",
        {"t": task_id}) == [(ids[0], "submitted", True, None), (ids[1], "submitted", False, None),
                            (ids[2], "submitted", False, None)]
    assert world.sql("SELECT count(*) FROM smsdesk.message_part WHERE message_id = ANY (%(i)s)", {"i": ids}) == [(3,)]


def test_retries_and_messages_given_back_wait_in_the_queue_and_are_claimed_again(world):  # noqa: F811
    channel = world.add_channel("again", 1, receipt_timeout_s=3600)
    task_id = world.queue(numbers(3))
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "again", channel)
        ids = [m for m, _ in _claim(conn, me, 3, channel)]
        conn.execute(RESULTS, (me, ids, ["retry", "released", "submitted"], ["TIMEOUT", "channel down", None],
                               ["timeout", None, None], [0, 0, 0], [True, False, False], [None, None, "k1"],
                               [ids[2]], [0], [channel], ["k1"]))
        assert world.sql("SELECT message_id, lease_owner FROM smsdesk.message_queue ORDER BY message_id") == [
            (ids[0], None), (ids[1], None)]
        assert world.sql(
            "SELECT status, attempts, duplicate_suspect FROM smsdesk.message WHERE id = ANY (%(i)s) ORDER BY id",
            {"i": ids}) == [("queued", 1, True), ("queued", 0, False), ("submitted", 1, False)]
        again = _claim(conn, me, 10, channel)
        assert again == [(ids[0], 2), (ids[1], 1)]
        _submitted(conn, me, ids[:2], channel)
    assert world.sql("SELECT count(*) FROM smsdesk.message_queue") == [(0,)]
    assert world.sql("SELECT submitted_count FROM smsdesk.send_task WHERE id = %(t)s", {"t": task_id}) == [(3,)]


def test_a_dead_dispatchers_fresh_leases_come_back_through_the_queue_as_duplicate_suspects(world):  # noqa: F811
    channel = world.add_channel("dead", 1)
    task_id = world.queue(numbers(10))
    with _connect(world) as conn:
        dead = _dispatcher(world, conn, "dead", channel)
        ids = sorted(m for m, _ in _claim(conn, dead, 10, channel))
    # its connection is gone and it has not been seen for a while
    world.sql("UPDATE smsdesk.dispatcher_instance SET seen_at = now() - interval '1 minute' WHERE id = %(d)s",
              {"d": dead})
    with _connect(world) as conn:
        other = conn.execute("SELECT smsdesk.dispatcher_register('other', 'test', 2, 'test')").fetchone()[0]
        result = conn.execute("SELECT smsdesk.dispatch_maintenance(%s, 5, false)", (other,)).fetchone()[0]
        assert result["dead"] == [dead] and result["reclaimed"] == 10
        assert world.sql("SELECT count(*) FROM smsdesk.message_lease") == [(0,)]
        assert world.sql("SELECT message_id FROM smsdesk.message_queue WHERE lease_owner IS NULL ORDER BY 1") == [
            (i,) for i in ids]
        assert world.sql(
            "SELECT count(*) FROM smsdesk.message WHERE task_id = %(t)s AND status = 'queued' AND duplicate_suspect"
            " AND lease_owner IS NULL", {"t": task_id}) == [(10,)]
        world.sql("UPDATE smsdesk.channel SET owner_id = %(d)s, status = 'up' WHERE id = %(c)s",
                  {"d": other, "c": channel})
        taken = _claim(conn, other, 20, channel)
        assert sorted(m for m, _ in taken) == ids and {a for _, a in taken} == {2}


def test_a_stopped_dispatcher_gives_its_fresh_leases_back_uncounted(world):  # noqa: F811
    channel = world.add_channel("stop", 1)
    task_id = world.queue(numbers(10))
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "stop", channel)
        _claim(conn, me, 4, channel)
        conn.execute("SELECT smsdesk.dispatcher_stop(%s)", (me,))
    assert world.sql("SELECT count(*) FROM smsdesk.message_lease") == [(0,)]
    assert world.sql(
        "SELECT status, attempts, duplicate_suspect, count(*) FROM smsdesk.message WHERE task_id = %(t)s"
        " GROUP BY 1, 2, 3", {"t": task_id}) == [("queued", 0, False, 10)]
    assert world.sql("SELECT count(*) FROM smsdesk.message_queue WHERE lease_owner IS NULL") == [(4,)]


def test_leases_that_outlived_their_time_are_taken_back_and_their_ranges_dropped(world):  # noqa: F811
    channel = world.add_channel("late", 1)
    task_id = world.queue(numbers(6))
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "late", channel)
        ids = sorted(m for m, _ in _claim(conn, me, 3, channel))
        later = sorted(m for m, _ in _claim(conn, me, 3, channel))
        # the first claim's leases ran out two minutes ago; the second's are still good
        world.sql("UPDATE smsdesk.message SET lease_until = now() - interval '2 minutes' WHERE id = ANY (%(i)s)",
                  {"i": ids})
        world.sql("UPDATE smsdesk.message_lease SET lease_until = now() - interval '2 minutes'"
                  " WHERE first_id = %(f)s", {"f": ids[0]})
        result = conn.execute("SELECT smsdesk.dispatch_maintenance(%s, 5, true)", (me,)).fetchone()[0]
    assert result["reclaimed"] == 3
    assert world.sql("SELECT first_id FROM smsdesk.message_lease") == [(later[0],)]
    assert world.sql("SELECT message_id FROM smsdesk.message_queue ORDER BY 1") == [(i,) for i in ids]
    assert world.sql(
        "SELECT status, count(*) FROM smsdesk.message WHERE task_id = %(t)s GROUP BY 1 ORDER BY 1",
        {"t": task_id}) == [("queued", 3), ("sending", 3)]


def test_a_task_whose_routes_are_shared_is_fed_into_the_queue(world):  # noqa: F811
    channel = world.add_channel("mine", 1)
    theirs = world.add_channel("theirs", 2)
    task_id = world.queue(numbers(10))
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "shared", channel)
        # a carrier no message has goes to a channel this dispatcher does not bind: its routes are not all its own
        claimed = conn.execute(
            "SELECT message_id FROM smsdesk.claim_batch(%s, 4, 60, %s::text[], %s::text[], %s::bigint[])",
            (me, ["notification", "notification"], ["NOBODY", "*"], [theirs, channel])).fetchall()
        assert len(claimed) == 4
    assert world.sql("SELECT count(*) FROM smsdesk.message_lease") == [(0,)]
    assert world.sql("SELECT count(*), count(lease_owner) FROM smsdesk.message_queue WHERE task_id = %(t)s",
                     {"t": task_id}) == [(10, 4)]


def test_waiting_counts_messages_put_back_and_those_not_yet_handed_out(world):  # noqa: F811
    channel = world.add_channel("wait", 1)
    world.queue(numbers(10))
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "wait", channel)
        ids = [m for m, _ in _claim(conn, me, 4, channel)]
        conn.execute(RESULTS, (me, ids[:1], ["released"], ["x"], [None], [0], [False], [None], [], [], [], []))
    assert world.sql("SELECT smsdesk.queue_waiting()") == [(7,)]
    assert world.sql("SELECT smsdesk.queue_waiting(5)") == [(5,)]


def test_the_lease_ranges_are_closed_to_every_login(world):  # noqa: F811
    channel = world.add_channel("closed", 1)
    world.queue(numbers(2))
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "closed", channel)
        _claim(conn, me, 2, channel)
    for login in (world.dispatcher_login, world.operator):
        with psycopg.connect(**login.conninfo(), autocommit=True) as conn:
            for statement in ("SELECT * FROM smsdesk.message_lease",
                              "DELETE FROM smsdesk.message_lease",
                              "INSERT INTO smsdesk.message_lease VALUES (1, 1, 1, 1, now())"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
    assert world.sql("SELECT count(*) FROM smsdesk.message_lease") == [(1,)]


def test_messages_already_in_the_queue_go_first_then_the_rest_from_message_each_once(world):  # noqa: F811
    """A task part fed into the queue (by a claim whose routes were shared, or before revision 0025) is claimed from
    the queue, then from message where the feed stopped."""
    channel = world.add_channel("mixed", 1)
    task_id = world.queue(numbers(10))
    world.sql("SELECT smsdesk._task_feed(%(t)s, 4)", {"t": task_id})
    ids = [i for (i,) in world.sql("SELECT id FROM smsdesk.message WHERE task_id = %(t)s ORDER BY id", {"t": task_id})]
    with _connect(world) as conn:
        me = _dispatcher(world, conn, "mixed", channel)
        claimed = [m for m, _ in _claim(conn, me, 7, channel)]
        assert claimed == ids[:7]
        assert world.sql("SELECT message_id FROM smsdesk.message_queue WHERE lease_owner = %(d)s ORDER BY 1",
                         {"d": me}) == [(i,) for i in ids[:4]]
        assert world.sql("SELECT first_id, last_id FROM smsdesk.message_lease") == [(ids[4], ids[6])]
        claimed += [m for m, _ in _claim(conn, me, 7, channel)]
    assert sorted(claimed) == ids
    assert world.sql("SELECT count(*) FROM smsdesk.message WHERE task_id = %(t)s AND status = 'sending'",
                     {"t": task_id}) == [(10,)]
