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
