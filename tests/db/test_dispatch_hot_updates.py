"""The dispatcher's hot path updates a message in place (HOT), as the dispatcher's own login.

A non-HOT update writes the row's new version on another page and a new entry in every index of the table
(three for ``message``, two for ``message_queue``): with 70 % of each page filled at insert, a claim of a
thousand consecutive messages found room for fewer than half of its updates. Each step of a message's way
(claim, submit result, receipt) is run in a transaction of its own and counted with that transaction's
statistics (pg_stat_get_xact_tuples_*).
"""

from __future__ import annotations

import psycopg
import pytest

from tests.dispatcher.world import _module_world, numbers, world  # noqa: F401  (fixtures)

pytestmark = pytest.mark.db

N = 1000
COUNTS = """
SELECT c.relname, pg_stat_get_xact_tuples_updated(c.oid), pg_stat_get_xact_tuples_hot_updated(c.oid)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'smsdesk' AND c.relname IN ('message', 'message_queue')
"""


def _step(conn: psycopg.Connection, statement: str, params: tuple) -> tuple[list[tuple], dict[str, tuple[int, int]]]:
    """Runs one dispatcher call in its own transaction: its rows, and (updated, HOT-updated) rows per table. The
    transaction's counters also hold what earlier transactions of the connection have not yet reported: the
    call's are the difference."""
    with conn.transaction():
        before = {name: (updated, hot) for name, updated, hot in conn.execute(COUNTS)}
        rows = conn.execute(statement, params).fetchall()
        after = {name: (updated, hot) for name, updated, hot in conn.execute(COUNTS)}
    return rows, {name: (u - before[name][0], h - before[name][1]) for name, (u, h) in after.items()}


def test_claim_submit_and_receipt_update_in_place(world):  # noqa: F811
    channel = world.add_channel("hot", 1, receipt_timeout_s=3600)
    task_id = world.queue(numbers(N))
    with psycopg.connect(**world.dispatcher_login.conninfo(), autocommit=True) as conn:
        me = conn.execute("SELECT smsdesk.dispatcher_register('hot', 'test', 1, 'test')").fetchone()[0]
        world.sql("UPDATE smsdesk.channel SET owner_id = %(d)s, status = 'up' WHERE id = %(c)s",
                  {"d": me, "c": channel})
        kinds = ["verification", "notification", "marketing", "alert"]
        # claim: one dispatcher takes every route, so the task's fresh messages are leased in message itself
        claimed, claim = _step(
            conn,
            "SELECT message_id, segments FROM smsdesk.claim_batch(%s, %s, 60, %s::text[], %s::text[], %s::bigint[])",
            (me, N, kinds, ["*"] * 4, [channel] * 4))
        assert len(claimed) == N and all(seg == 1 for _, seg in claimed)
        ids = [m for m, _ in claimed]
        keys = [f"k{m}" for m in ids]
        _, submit = _step(
            conn,
            "SELECT smsdesk.record_submit_results(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::int[],"
            " %s::boolean[], %s::text[], %s::bigint[], %s::int[], %s::bigint[], %s::text[])",
            (me, ids, ["submitted"] * N, [None] * N, [None] * N, [0] * N, [False] * N, keys, ids, [0] * N,
             [channel] * N, keys))
        _, receipt = _step(
            conn,
            "SELECT smsdesk.record_receipts(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[],"
            " %s::text[], %s::boolean[], %s::boolean[], %s::text[])",
            (me, [channel] * N, keys, keys, ["DELIVRD"] * N, [None] * N, [None] * N, [True] * N, [True] * N,
             [""] * N))
    assert world.counts(task_id)["delivered"] == N
    # each message updated once per step, the queue not at all; a claim's (every row of a page at once) all in place
    assert claim == {"message": (N, N), "message_queue": (0, 0)}, claim
    assert submit["message"][0] == N and receipt["message"][0] == N
    # the receipt's update too (the submit result's version, larger by the SMSC's ids, mostly moves to a page of
    # its own: the claim's versions stay on the page until the submit commits; not asserted)
    assert receipt["message"][1] >= 0.75 * N, receipt
