"""Dispatcher coordination cannot be touched by client roles (issue 14): an operator's own role, with plain SQL,
takes the keys the channel binding and a dispatcher's liveness used to be (advisory locks any role may take), and
floods the dispatchers' NOTIFY channels."""

from __future__ import annotations

import asyncio
import time

import psycopg
import pytest

from tests.dispatcher.fakes import HappySmsc
from tests.dispatcher.world import World, numbers, run, running, stop

pytestmark = pytest.mark.db

CHANNEL_SPACE = 1396965378  # the key spaces the dispatchers' advisory locks used
LIVENESS_SPACE = 1396965377


def test_an_operator_taking_the_channel_lock_leaves_the_channel_bound_and_its_queue_flowing(world: World):
    async def scenario():
        async with HappySmsc() as smsc:
            channel = world.add_channel("c1", smsc.port)
            operator = await psycopg.AsyncConnection.connect(**world.operator.conninfo(), autocommit=True)
            try:
                # the squatter comes first: the channel's key is taken before any dispatcher runs
                await operator.execute("SELECT pg_advisory_lock(%s, %s)", (CHANNEL_SPACE, channel))
                task_id = await asyncio.to_thread(world.queue, numbers(40))
                dispatcher = world.dispatcher()
                task = await running(dispatcher)
                counts = await world.await_final(task_id, timeout=25)
                bound = await asyncio.to_thread(
                    world.sql, "SELECT owner_id IS NOT NULL FROM smsdesk.channel WHERE id = %(c)s", {"c": channel})
                await stop(dispatcher, task)
            finally:
                await operator.close()
            return counts, bound

    counts, bound = run(scenario())
    assert bound == [(True,)]
    assert counts == {"delivered": 40}, counts


def _register(world: World) -> tuple[psycopg.Connection, int]:
    conn = psycopg.connect(**world.dispatcher_login.conninfo(), autocommit=True)
    instance = conn.execute("SELECT smsdesk.dispatcher_register('t', 'h', 1, 'v')").fetchone()[0]
    return conn, instance


def test_an_operator_holding_a_dead_dispatchers_liveness_lock_does_not_keep_it_alive(world: World):
    first = world.add_channel("c1", 1)
    second = world.add_channel("c2", 2)
    a, a_id = _register(world)
    assert {r[0] for r in a.execute("SELECT id FROM smsdesk.channel_claim(%s)", (a_id,))} == {first, second}
    a.close()  # dispatcher A dies with its connection
    with psycopg.connect(**world.operator.conninfo(), autocommit=True) as operator:
        # the operator takes A's liveness key and a channel's key, as soon as A is gone
        operator.execute("SELECT pg_try_advisory_lock(%s, %s)", (LIVENESS_SPACE, a_id))
        operator.execute("SELECT pg_try_advisory_lock(%s, %s)", (CHANNEL_SPACE, first))
        b, b_id = _register(world)
        try:
            time.sleep(1.2)
            b.execute("SELECT smsdesk.dispatch_maintenance(%s, 1, false)", (b_id,))
            owned = {r[0] for r in b.execute("SELECT id FROM smsdesk.channel_claim(%s)", (b_id,))}
        finally:
            b.close()
    assert world.sql("SELECT stopped_at IS NOT NULL FROM smsdesk.dispatcher_instance WHERE id = %(a)s",
                     {"a": a_id}) == [(True,)]
    assert owned == {first, second}  # A counts as dead: B takes its whole share, both channels


def test_a_client_cannot_call_the_dispatchers_coordination_functions(world: World):
    with psycopg.connect(**world.operator.conninfo(), autocommit=True) as operator:
        for statement in ("SELECT smsdesk.dispatcher_register('x', 'h', 1, 'v')",
                          "SELECT * FROM smsdesk.channel_claim(1)",
                          "SELECT smsdesk._lock_held(1396965377, 1)",
                          "SELECT smsdesk.channel_heartbeat(1, '{}', '{}', '{}')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                operator.execute(statement)


def test_a_spoofed_notify_flood_only_makes_the_dispatcher_look(world: World):
    async def scenario():
        async with HappySmsc() as smsc:
            world.add_channel("c1", smsc.port)
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            await world.await_sql("SELECT count(*) FROM smsdesk.channel WHERE status = 'up'",
                                  until=lambda r: r[0][0] == 1)
            operator = await psycopg.AsyncConnection.connect(**world.operator.conninfo(), autocommit=True)
            await asyncio.sleep(0.5)
            ticks, claims = dispatcher.counters["control_ticks"], dispatcher.counters["claims"]
            started = time.monotonic()
            for _ in range(40):
                await operator.execute(
                    "SELECT pg_notify(c, n::text) FROM unnest('{smsdesk_channel,smsdesk_dispatch}'::text[]) c, "
                    "generate_series(1, 25) n", ())
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.6)
            elapsed = time.monotonic() - started
            result = (dispatcher.counters["control_ticks"] - ticks, dispatcher.counters["claims"] - claims,
                      dispatcher.counters["notifications"], elapsed)
            await operator.close()
            await stop(dispatcher, task)
            return result

    ticks, claims, heard, elapsed = run(scenario())
    assert heard >= 1000  # they did arrive
    # at most one control look per 0.5 s on top of its own interval (0.3 s here)
    assert ticks <= elapsed / 0.5 + elapsed / 0.3 + 3, (ticks, elapsed)
    assert claims <= elapsed / 0.05 + elapsed / 0.1 + 3, (claims, elapsed)


def test_a_dispatcher_whose_instance_was_stopped_under_it_registers_again_and_goes_on(world: World):
    """What the upgrade to revision 0010 does to a running dispatcher (its instance stopped, its channels
    freed): its next channel claim is refused (SD409), it registers again and its channels keep sending."""
    async def scenario():
        async with HappySmsc() as smsc:
            channel = world.add_channel("c1", smsc.port)
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            await world.await_sql("SELECT count(*) FROM smsdesk.channel WHERE status = 'up'",
                                  until=lambda r: r[0][0] == 1)
            first = dispatcher.instance_id
            await asyncio.to_thread(
                world.sql, "UPDATE smsdesk.dispatcher_instance SET stopped_at = now(); "
                           "UPDATE smsdesk.channel SET owner_id = NULL, status = 'idle'")
            task_id = await asyncio.to_thread(world.queue, numbers(20))
            counts = await world.await_final(task_id, timeout=30)
            owner = await asyncio.to_thread(
                world.sql, "SELECT owner_id FROM smsdesk.channel WHERE id = %(c)s", {"c": channel})
            second = dispatcher.instance_id
            await stop(dispatcher, task)
            return counts, first, second, owner

    counts, first, second, owner = run(scenario())
    assert counts == {"delivered": 20}, counts
    assert second != first and owner == [(second,)]
