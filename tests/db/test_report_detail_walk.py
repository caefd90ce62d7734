"""The message detail's walk over many tasks (report_detail_page reads tasks newest first, 64 at a time): pages
follow one another across those batches without a gap or a repeat, and a filter matching only the oldest task
finds it."""

from __future__ import annotations

import json

import pytest

from tests.db.test_retention import seed_task

pytestmark = pytest.mark.db


def page(conn, f: dict, after: tuple | None, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT task_id, id, next_id FROM smsdesk.report_detail_page(%s, %s, %s, %s, 0, NULL)",
        (json.dumps(f), *(after or (None, None)), limit),
    ).fetchall()


def test_pages_cross_the_batches_of_tasks(org):
    with org.db.connect_su() as su:
        tasks = [seed_task(su, days_ago=10 + i / 100, messages=1 + i % 3, replies=0) for i in range(150)]
        seed_task(su, days_ago=5, messages=4, owner="south-op", replies=0)  # another subtree: never seen
        su.execute("UPDATE smsdesk.message SET status = 'failed', failure_category = 'quota' "
                   "WHERE task_id = %s", (tasks[0],))  # fmt: skip
        expected = su.execute(
            "SELECT task_id, id FROM smsdesk.message WHERE task_id = ANY (%s) ORDER BY task_id DESC, id DESC",
            (tasks,)).fetchall()  # fmt: skip
    with org.connect("east-admin") as c:
        seen, after = [], None
        while True:
            rows = page(c, {}, after, 37)
            seen += [(r[0], r[1]) for r in rows]
            if len(rows) < 37:
                break
            after = (rows[-1][0], rows[-1][1])
        assert seen == expected and len(seen) == sum(1 + i % 3 for i in range(150))
        rare = page(c, {"category": "quota"}, None, 10)
        assert [r[0] for r in rare] == [tasks[0]]  # the oldest task, behind two batches of 64


def test_windows_of_task_ids_a_budget_and_a_range_in_the_past(org):
    """Tasks far apart in id (hundreds of windows of 4096 ids): with a budget of 1 ms the walk stops between
    windows and says where, and going on from there finds exactly what the walk without a budget finds; a range
    that ends in the past starts at the newest task sent before its end."""
    with org.db.connect_su() as su:
        spread = []
        for i in range(6):
            spread.append(seed_task(su, days_ago=40 - i, messages=2, replies=0))
            su.execute("SELECT setval(pg_get_serial_sequence('smsdesk.send_task', 'id'), "
                       "(SELECT max(id) FROM smsdesk.send_task) + %s)", (9000 if i else 3_000_000,))  # fmt: skip
        su.execute("UPDATE smsdesk.message SET status = 'failed', failure_category = 'gateway_error' "
                   "WHERE task_id = %s", (spread[0],))  # fmt: skip
        newer = [seed_task(su, days_ago=1, messages=1, replies=0) for _ in range(3)]
    with org.connect("east-admin") as c:
        whole = page(c, {"category": "gateway_error"}, None, 50)
        assert {r[0] for r in whole} == {spread[0]} and len(whole) == 2
        found, after, stops = [], None, 0
        for _ in range(1000):
            rows = c.execute(
                "SELECT task_id, id, next_id FROM smsdesk.report_detail_page(%s, %s, %s, 50, 1, NULL)",
                (json.dumps({"category": "gateway_error"}), *(after or (None, None)))).fetchall()  # fmt: skip
            found += [r for r in rows if r[1] is not None]
            stop = [r for r in rows if r[1] is None]
            if not stop:
                break
            stops += 1
            after = (stop[0][0], stop[0][2])
        assert [(r[0], r[1]) for r in found] == [(r[0], r[1]) for r in whole] and stops >= 1
        # a range ending 20 days ago: only the older spread tasks, newest first, none of the newer ones
        ended = c.execute("SELECT now() - interval '20 days'").fetchone()[0].isoformat()
        rows = page(c, {"to": ended}, None, 100)
        assert [r[0] for r in rows][::2] == [t for t in reversed(spread) if t in {r[0] for r in rows}]
        assert {r[0] for r in rows} == set(spread) and not {r[0] for r in rows} & set(newer)
