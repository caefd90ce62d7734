"""The console's "test connection" (GW-3, issue 17): a running dispatcher takes the request, binds the channel
once with its saved settings, unbinds, and writes what happened; the console reads it from channel_test."""

from __future__ import annotations

import json
import socket

import pytest

from tests.dispatcher.fakes import HappySmsc, RefuseBindSmsc
from tests.dispatcher.world import World, run, running, stop

pytestmark = pytest.mark.db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(world: World, name: str) -> int:
    return world.sql("SELECT smsdesk.channel_test_request(id) FROM smsdesk.channel WHERE name = %(n)s",
                     {"n": name})[0][0]


def test_a_dispatcher_answers_connection_tests(world: World):
    async def scenario():
        async with HappySmsc() as happy, RefuseBindSmsc() as refusing:
            world.add_channel("good", happy.port)
            world.add_channel("refused", refusing.port, enabled=False)
            world.add_channel("nobody", _free_port(), enabled=False)
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            await world.await_sql("SELECT count(*) FROM smsdesk.dispatcher_instance WHERE stopped_at IS NULL",
                                  until=lambda r: r[0][0] > 0)
            binds_before = happy.binds
            ids = {name: _request(world, name) for name in ("good", "refused", "nobody")}
            rows = await world.await_sql(
                "SELECT id, ok, detail FROM smsdesk.channel_test WHERE finished_at IS NOT NULL ORDER BY id",
                until=lambda r: len(r) == 3, timeout=40)
            await stop(dispatcher, task)
            return ids, {r[0]: (r[1], json.loads(r[2])) for r in rows}, happy.binds - binds_before

    ids, answers, extra_binds = run(scenario())
    ok, detail = answers[ids["good"]]
    assert ok and detail["result"] == "bound" and detail["mode"] == "trx" and extra_binds >= 1
    assert answers[ids["refused"]] == (False, {"result": "refused", "status": "ESME_RBINDFAIL"})
    ok, detail = answers[ids["nobody"]]
    assert not ok and detail["result"] == "unreachable" and "ConnectionRefused" in detail["error"]
    events = world.sql("SELECT c.name, e.new_status FROM smsdesk.channel_event e JOIN smsdesk.channel c"
                       " ON c.id = e.channel_id WHERE e.new_status IN ('test_ok', 'test_failed') ORDER BY c.name")
    assert events == [("good", "test_ok"), ("nobody", "test_failed"), ("refused", "test_failed")]


def test_the_trial_simulator_restarts_with_its_settings_and_a_dispatcher_process_tests_its_channel(org_db, tmp_path):
    """GW-6 and GW-3 end to end, as in trial mode: the console's host runs the simulator and a dispatcher process;
    the simulator starts again with what an administrator set, and a connection test of the demo channel is
    answered by that process over real SMPP."""
    import json as json_
    import time

    import psycopg as pg

    from smsdesk.services import dispatch_host

    host = dispatch_host.DispatchHost(org_db.target, name="console", superuser=org_db.su, simulator=True,
                                      log_dir=tmp_path)

    def sql(statement, params=()):
        with pg.connect(**org_db.su.conninfo(), autocommit=True) as conn:
            cur = conn.execute(statement, params)
            return cur.fetchall() if cur.description else []

    try:
        host.start()
        assert host.state() == "running", host.last_error
        assert "--latency-ms" in host._simulator.args and "2" in host._simulator.args
        value = {"latency_ms": 40, "reply_rate": 0.5, "fail_mix": {"delivered": 3, "expired": 1}}
        sql("SELECT smsdesk.settings_set('simulator', %s::jsonb)", (json_.dumps(value),))
        host.restart_simulator()
        args = host._simulator.args
        assert args[args.index("--latency-ms") + 1] == "40" and args[args.index("--reply-rate") + 1] == "0.5"
        assert set(args[args.index("--fail-mix") + 1].split(",")) == {"delivered=3", "expired=1"}

        deadline = time.monotonic() + 30
        while not sql("SELECT 1 FROM smsdesk.dispatcher_instance WHERE stopped_at IS NULL"):
            assert time.monotonic() < deadline, "the dispatcher never registered"
            time.sleep(0.2)
        test_id = sql("SELECT smsdesk.channel_test_request(id) FROM smsdesk.channel WHERE name = 'demo-sim'")[0][0]
        while True:
            rows = sql("SELECT ok, detail FROM smsdesk.channel_test WHERE id = %s AND finished_at IS NOT NULL",
                       (test_id,))
            if rows:
                break
            assert time.monotonic() < deadline + 30, "no dispatcher answered the connection test"
            time.sleep(0.2)
        ok, detail = rows[0]
        assert ok and json_.loads(detail)["result"] == "bound", detail
    finally:
        host.stop()
