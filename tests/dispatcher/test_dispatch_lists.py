"""The dispatcher and the content library's lists (SET-2, REP-1), GSM-7 replies, receipts acknowledged only once
stored, and billing against the group's balance (GW-5, USR-2)."""

from __future__ import annotations

import asyncio

import psycopg
import pytest

from smsdesk.domain import text as text_rules
from smsdesk.gateways.smpp.pdu import DELIVER_SM_RESP, DeliverSm
from smsdesk.services import admin, blacklist, org
from tests.conftest import WAITING_TO_GO
from tests.dispatcher.fakes import FakeConnection, HappySmsc
from tests.dispatcher.world import World, numbers, run, running, stop

pytestmark = pytest.mark.db

OPT_OUT_NUMBER = "+8613911112222"
OTHER_NUMBER = "+8613911113333"
GSM_REPLY = "Hi @ £5 is 10€ {ok}"


def _group_id(world: World, path: str) -> int:
    return world.admin(lambda s: admin.find_group(s, path))


def test_a_number_blacklisted_after_queueing_is_failed_as_blacklisted_and_refunded(world: World):
    targets = numbers(10)
    task_id = world.queue(targets)
    # listed after the task was queued: once globally, once on the list of the sender's parent group
    world.admin(lambda s: blacklist.add_number(s, "global", targets[3], reason="complaint"))
    top = _group_id(world, "总部")
    world.admin(lambda s: blacklist.add_number(s, "group", targets[7], group_id=top, reason="asked"))

    async def scenario():
        async with HappySmsc() as smsc:
            world.add_channel("happy", smsc.port)
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            counts = await world.await_final(task_id)
            await stop(dispatcher, task)
            return counts, smsc.next_id

    counts, submitted = run(scenario())
    assert counts == {"delivered": 8, "failed": 2}
    assert submitted == 8  # the listed two never went on the wire
    failed = world.sql("SELECT number, failure_category, error_code FROM smsdesk.message WHERE status = 'failed' "
                       "ORDER BY number")
    assert failed == [(targets[3], "blacklisted", "blacklisted"), (targets[7], "blacklisted", "blacklisted")]
    task = world.task(task_id)
    assert (task.charged, task.refunded, task.failed_count) == (8, 2, 2)
    assert world.ledger().balanced


class OptOutSmsc(HappySmsc):
    """Happy, and after the bind three subscribers write back: an opt-out, a GSM-7 text, and UCS-2 退订."""

    def on_bind(self, conn: FakeConnection, command_id: int, seq: int) -> None:
        super().on_bind(conn, command_id, seq)
        for number, body, coding in (
            (OPT_OUT_NUMBER, text_rules.encode("TD", "GSM7"), 0),
            (OTHER_NUMBER, text_rules.encode(GSM_REPLY, "GSM7"), 0),
            ("+8613911114444", "退订".encode("utf-16-be"), 8),
        ):
            conn.send(DeliverSm(sequence_number=conn.next_seq(), source_addr=number[1:], destination_addr="10690001",
                                data_coding=coding, short_message=body))


def test_an_opt_out_reply_lists_the_number_and_a_later_marketing_task_skips_it(world: World):
    async def scenario():
        async with OptOutSmsc() as smsc:
            world.add_channel("replies", smsc.port)
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            rows = await world.await_sql("SELECT number, text, opt_out, blacklisted FROM smsdesk.inbound_reply "
                                         "ORDER BY id", until=lambda r: len(r) >= 3)
            await stop(dispatcher, task)
            return rows

    rows = run(scenario())
    assert rows == [(OPT_OUT_NUMBER, "TD", True, True), (OTHER_NUMBER, GSM_REPLY, False, False),
                    ("+8613911114444", "退订", True, True)]
    listed = world.sql("SELECT '+' || e.number, b.reason, b.source, b.created_by, l.entries "
                       "FROM smsdesk.blacklist_entry e JOIN smsdesk.blacklist_list l ON l.id = e.list_id "
                       "JOIN smsdesk.blacklist_batch b ON b.id = e.batch_id "
                       "WHERE l.scope = 'kind' AND l.kind = 'marketing' ORDER BY 1")
    assert listed == [("+8613911112222", "opt-out reply", "reply", None, 2),
                      ("+8613911114444", "opt-out reply", "reply", None, 2)]

    # Marketing skips it when queued (failed as blacklisted, nothing reserved for it); other kinds still reach it.
    before = world.ledger().quota_used
    marketing = world.queue([OPT_OUT_NUMBER, OTHER_NUMBER], kind="marketing", content="周末会员日全场八折")
    notice = world.queue([OPT_OUT_NUMBER], kind="notification")
    assert world.counts(marketing) == {"failed": 1, "queued": 1}
    assert world.sql("SELECT number, failure_category FROM smsdesk.message WHERE task_id = %(t)s AND status = 'failed'",
                     {"t": marketing}) == [(OPT_OUT_NUMBER, "blacklisted")]
    assert world.sql(WAITING_TO_GO, {"t": marketing}) == [(1,)]
    assert world.counts(notice) == {"queued": 1}
    task = world.task(marketing)
    assert task.reserved == task.segments_per_message and task.failed_count == 1
    ledger = world.ledger()
    assert ledger.balanced and ledger.quota_used == before + task.reserved + world.task(notice).reserved


class AckRecordingSmsc(HappySmsc):
    """Happy; remembers when each deliver_sm_resp came back."""

    def __init__(self) -> None:
        super().__init__()
        self.acks = 0

    def on_frame(self, conn: FakeConnection, frame: bytes, command_id: int, seq: int) -> None:
        if command_id == DELIVER_SM_RESP:
            self.acks += 1
        super().on_frame(conn, frame, command_id, seq)


def test_receipts_are_acknowledged_only_once_stored(world: World):
    """While the receipt table is locked (the write waits), the SMSC hears nothing back; killed then, the process
    would leave every receipt with the SMSC, which delivers them again."""
    task_id = world.queue(numbers(5))

    async def scenario():
        async with AckRecordingSmsc() as smsc:
            world.add_channel("acks", smsc.port)
            locker = await psycopg.AsyncConnection.connect(**world.db.su.conninfo())
            await locker.execute("LOCK TABLE smsdesk.receipt IN SHARE ROW EXCLUSIVE MODE")
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            await world.await_sql("SELECT count(*) FROM smsdesk.message WHERE task_id = %(t)s AND status = 'submitted'",
                                  {"t": task_id}, until=lambda r: r[0][0] == 5)
            loop = asyncio.get_running_loop()
            deadline = loop.time() + 20
            waiting = 0
            while waiting < 5 and loop.time() < deadline:  # the receipts are in; their write waits for the lock
                await asyncio.sleep(0.05)
                waiting = sum(r.session.stats.acks_deferred for r in dispatcher.runners.values())
            await asyncio.sleep(0.5)
            acks_while_locked = smsc.acks
            await locker.rollback()
            await locker.close()
            counts = await world.await_final(task_id)
            await asyncio.sleep(0.3)
            acks_after = smsc.acks
            await stop(dispatcher, task)
            return acks_while_locked, waiting, counts, acks_after

    acks_while_locked, waiting, counts, acks_after = run(scenario())
    assert acks_while_locked == 0 and waiting == 5
    assert counts == {"delivered": 5} and acks_after == 5


def test_refunds_go_to_the_senders_quota_and_every_balance_equals_its_movements(world: World, simsc):
    port = simsc("--receipt-delay-ms", "10", "--fail-mix", "delivered=60,undeliverable=40", "--seed", "3")
    world.add_channel("sim", port, window_size=20)
    group = _group_id(world, "总部/发送")
    top = _group_id(world, "总部")
    groups_before = [world.admin(lambda s, g=g: org.group_ledger(s, g)) for g in (group, top)]
    task_id = world.queue(numbers(200))

    async def scenario():
        dispatcher = world.dispatcher()
        task = await running(dispatcher)
        counts = await world.await_final(task_id)
        await stop(dispatcher, task)
        return counts

    counts = run(scenario())
    assert counts.get("failed", 0) > 20 and counts.get("delivered", 0) > 60
    task = world.task(task_id)
    assert task.charged == counts["delivered"] and task.refunded == counts["failed"]
    ledger = world.ledger()
    assert ledger.balanced and ledger.quota_used == task.charged
    moves = world.sql("SELECT reason, sum(amount)::int FROM smsdesk.quota_movement WHERE reference = %(t)s "
                      "AND reason LIKE 'task.%%' GROUP BY 1 ORDER BY 1", {"t": str(task_id)})
    assert moves == [("task.refund", -counts["failed"]), ("task.reserve", 200)]
    groups_after = [world.admin(lambda s, g=g: org.group_ledger(s, g)) for g in (group, top)]
    assert groups_after == groups_before and all(g.balanced for g in groups_after)
