"""The dispatchers' housekeeping purges what is older than the retention (SEC-5) while they send."""

from __future__ import annotations

import psycopg
import pytest

from tests.db.test_retention import seed_task
from tests.dispatcher.world import OPERATOR, World, numbers, run, running, stop

pytestmark = pytest.mark.db


def test_housekeeping_purges_old_details_while_a_task_goes_out(world: World, simsc):
    port = simsc("--receipt-delay-ms", "30")
    world.add_channel("sim", port, window_size=20)
    with psycopg.connect(**world.db.su.conninfo(), autocommit=True) as su:
        old = [seed_task(su, days_ago=500, messages=n, owner=OPERATOR) for n in (6_000, 40, 3)]
        kept = seed_task(su, days_ago=20, messages=5, owner=OPERATOR)
        su.execute("SELECT smsdesk.settings_set('retention_months', '12'::jsonb)")
    try:
        task_id = world.queue(numbers(400))

        async def scenario():
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            counts = await world.await_final(task_id)
            left = await world.await_sql(
                "SELECT count(*) FROM smsdesk.message WHERE task_id = ANY (%(old)s)", {"old": old},
                until=lambda rows: rows[0][0] == 0)  # fmt: skip
            await stop(dispatcher, task)
            return counts, left[0][0], dispatcher.counters["retention_messages"]

        counts, left, purged = run(scenario())
        assert sum(counts.values()) == 400 and counts["delivered"] > 300 and left == 0 and purged == 6_043
        assert world.sql("SELECT count(*) FROM smsdesk.message WHERE task_id = %(t)s", {"t": kept}) == [(5,)]
        assert world.sql("SELECT count(*) FROM smsdesk.send_task WHERE id = ANY (%(old)s)", {"old": old}) == [(0,)]
        rows = world.sql("SELECT actor_role, details FROM smsdesk.audit_log WHERE action = 'retention.purge'")
        assert rows and all(r[1]["by"] == "dispatcher" and r[0] == world.dispatcher_role for r in rows)
        assert sum(r[1]["messages"] for r in rows) == 6_043
    finally:
        world.sql("SELECT smsdesk.settings_set('retention_months', NULL)")
