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
