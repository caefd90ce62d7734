"""The dispatcher end to end against the simulator: sending, receipts, replies, billing, scheduling, retries."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from smsdesk.domain.schedule import BEIJING
from smsdesk.gateways.smpp.pdu import SUBMIT_SM, decode_pdu
from smsdesk.store.repositories_outbox import DispatchRepository
from tests.dispatcher.fakes import FakeConnection, HappySmsc
from tests.dispatcher.world import World, numbers, run, running, stop

pytestmark = pytest.mark.db


def test_a_task_goes_out_and_its_receipts_replies_and_billing_come_back(world: World, simsc, tmp_path):
    port = simsc("--reply-rate", "0.3", "--receipt-delay-ms", "30", "--reply-delay-ms", "60", "--seed", "7")
    channel = world.add_channel("sim", port, window_size=20, source_addr="10690001")
    task_id = world.queue(numbers(300))
    notes: list[str] = []

    async def scenario():
        listener = await psycopg.AsyncConnection.connect(**world.db.su.conninfo(), autocommit=True)
        await listener.execute("LISTEN smsdesk_task")
        dispatcher = world.dispatcher(message_log=str(tmp_path / "messages.log"))
        task = await running(dispatcher)
        counts = await world.await_final(task_id)
        # replies come a little after their receipts
        await world.await_sql("SELECT count(*) FROM smsdesk.inbound_reply", until=lambda rows: rows[0][0] >= 40)
        await asyncio.sleep(0.5)
        await stop(dispatcher, task)
        async for note in listener.notifies(timeout=0.5):
            notes.append(note.payload)
        await listener.close()
        return counts

    counts = run(scenario())
    assert sum(counts.values()) == 300 and set(counts) <= {"delivered", "failed"}
    assert 240 <= counts["delivered"] <= 295  # the simulator's default mix delivers 90 %
    task = world.task(task_id)
    assert task.status == "finished" and task.finished_at is not None
    assert (task.delivered_count, task.failed_count) == (counts["delivered"], counts.get("failed", 0))
    assert task.charged == task.delivered_count and task.refunded == task.failed_count  # success billing
    ledger = world.ledger()
    assert ledger.balanced and ledger.quota_used == task.charged
    assert str(task_id) in notes  # NOTIFY smsdesk_task for the tasks tab

    rows = world.sql("SELECT count(*), count(message_id), count(*) FILTER (WHERE stat = 'DELIVRD') "
                     "FROM smsdesk.receipt")
    assert rows[0][0] == 300 and rows[0][1] == 300 and rows[0][2] == counts["delivered"]
    failed = world.sql("SELECT failure_category, error_code FROM smsdesk.message WHERE status = 'failed'")
    assert failed and all(cat in ("timeout", "invalid_number", "blacklisted", "gateway_error", "other",
                                  "content_blocked") and code for cat, code in failed)
    parts = world.sql("SELECT count(*) FROM smsdesk.message WHERE channel_id = %(c)s AND cardinality(smsc_ids) = 1 "
                      "AND submitted_at IS NOT NULL AND done_at IS NOT NULL", {"c": channel})
    assert parts[0][0] == 300

    replies = world.sql("SELECT task_id, owner_id, kind, opt_out, text, blacklisted FROM smsdesk.inbound_reply")
    assert all(r[0] == task_id and r[1] == world.operator_id and r[2] == "notification" for r in replies)
    opt_outs = [r for r in replies if r[3]]
    assert opt_outs and all(r[4].strip().upper() in ("T", "TD", "退订", "STOP") for r in opt_outs)
    listed = world.sql("SELECT count(*), sum(l.entries) / count(*) FROM smsdesk.blacklist_entry e "
                       "JOIN smsdesk.blacklist_list l ON l.id = e.list_id "
                       "WHERE l.scope = 'kind' AND l.kind = 'marketing'")
    opted = {r[0] for r in world.sql("SELECT number FROM smsdesk.inbound_reply WHERE opt_out")}
    assert listed[0][0] == len(opted) and listed[0][1] == len(opted)  # entries, and the list's own count
    assert all(r[5] for r in opt_outs)

    events = world.sql("SELECT old_status, new_status FROM smsdesk.channel_event WHERE channel_id = %(c)s "
                       "ORDER BY id", {"c": channel})
    assert ("idle", "binding") in events and ("binding", "up") in events

    log_lines = (tmp_path / "messages.log").read_text(encoding="utf-8").splitlines()
    some = next(line for line in log_lines if " status=submitted" in line)
    assert f"task={task_id} " in some and "channel=sim" in some and "smsc_id=-" not in some
    per_status = {s: sum(1 for line in log_lines if f" status={s}" in line) for s in ("sending", "submitted",
                                                                                      "receipt")}
    assert per_status == {"sending": 300, "submitted": 300, "receipt": 300}


def test_duplicate_receipts_change_nothing(world: World, simsc):
    port = simsc("--receipt-delay-ms", "20", "--fail-mix", "delivered=1")
    world.add_channel("sim", port)
    task_id = world.queue(numbers(30))

    async def scenario():
        dispatcher = world.dispatcher()
        task = await running(dispatcher)
        await world.await_final(task_id)
        await stop(dispatcher, task)
        # The SMSC sends every receipt again (it happens after an SMSC restart): nothing moves.
        rows = await asyncio.to_thread(world.sql, "SELECT channel_id, smsc_id, id_keys, stat, err FROM smsdesk.receipt")
        conn = await psycopg.AsyncConnection.connect(**world.db.su.conninfo(), autocommit=True)
        repo = DispatchRepository(conn)
        instance = await repo.register("replay", "h", 1, "v", None)
        await repo.record_receipts(instance, [r[0] for r in rows], [r[1] for r in rows],
                                   [" ".join(r[2]) for r in rows], [r[3] for r in rows], [r[4] for r in rows],
                                   [None] * len(rows), [True] * len(rows), [True] * len(rows), ["again"] * len(rows))
        await conn.close()

    run(scenario())
    task = world.task(task_id)
    assert (task.delivered_count, task.charged, task.refunded) == (30, 30, 0)
    assert world.sql("SELECT count(*) FROM smsdesk.receipt")[0][0] == 60
    assert world.ledger().balanced


def test_a_reply_stored_before_its_submit_result_is_matched_when_the_part_is_recorded(world: World):
    """The reply comes first (a tx+rx bind's receiver link, another dispatcher, results behind a slow write): it
    is kept unmatched, and recording the part of its number gives it its message, task, owner, group and kind."""
    channel = world.add_channel("sim", 1, source_addr="10690001")
    first, other = numbers(2)
    task_id = world.queue([first])

    async def scenario():
        conn = await psycopg.AsyncConnection.connect(**world.dispatcher_login.conninfo(), autocommit=True)
        repo = DispatchRepository(conn)
        instance = await repo.register("order", "h", 1, "v", None)
        assert [c.id for c in await repo.claim_channels(instance)] == [channel]
        (msg,) = await repo.claim(instance, 10, 60, ["notification"], ["*"], [channel])
        await repo.record_replies(instance, [channel, channel], [first, other], ["10690001"] * 2, ["好的", "在吗"],
                                  [False, False])
        before = await asyncio.to_thread(world.sql, "SELECT count(message_id) FROM smsdesk.inbound_reply")
        await repo.record_submit_results(instance, [msg.id], ["submitted"], [None], [None], [0], [False], ["a1"],
                                         [msg.id], [0], [channel], ["a1"])
        await conn.close()
        return msg, before[0][0]

    msg, matched_before = run(scenario())
    assert matched_before == 0  # no part yet: nothing to match
    group_id = world.sql("SELECT group_id FROM smsdesk.app_user WHERE id = %(u)s", {"u": world.operator_id})[0][0]
    rows = world.sql("SELECT number, message_id, task_id, owner_id, group_id, kind FROM smsdesk.inbound_reply "
                     "ORDER BY number")
    assert rows == [(first, msg.id, task_id, world.operator_id, group_id, "notification"),
                    (other, None, None, None, None, None)]  # a number never sent to stays unmatched


class RecordingSmsc(HappySmsc):
    """Accepts everything, sends DELIVRD receipts, and keeps every submit_sm it decoded."""

    def __init__(self) -> None:
        super().__init__()
        self.submits = []

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        self.submits.append(decode_pdu(frame))
        super().on_submit(conn, frame, seq)


def test_long_messages_go_out_as_concatenated_ucs2_parts(world: World):
    content = "尊敬的客户" + "您好，您的保单即将到期，请及时续保以免影响保障。" * 7  # 3 UCS-2 segments, signed
    task_id = world.queue(numbers(10), content=content)
    segments = world.task(task_id).segments_per_message
    assert segments == 3

    async def scenario():
        async with RecordingSmsc() as smsc:
            world.add_channel("fake", smsc.port, source_addr="106900", source_ton=2, source_npi=1)
            dispatcher = world.dispatcher()
            task = await running(dispatcher)
            counts = await world.await_final(task_id)
            await stop(dispatcher, task)
            return counts, smsc.submits

    counts, submits = run(scenario())
    assert counts == {"delivered": 10}
    assert len(submits) == 30
    by_ref: dict[tuple[str, int], list] = {}
    for pdu in submits:
        assert pdu.command_id == SUBMIT_SM and pdu.data_coding == 8 and pdu.registered_delivery == 1
        assert (pdu.source_addr, pdu.source_addr_ton, pdu.dest_addr_ton, pdu.dest_addr_npi) == ("106900", 2, 1, 1)
        assert len(pdu.udh) == 6 and pdu.udh[:3] == b"\x05\x00\x03" and pdu.udh[4] == 3
        by_ref.setdefault((pdu.destination_addr, pdu.udh[3]), []).append(pdu)
    assert len(by_ref) == 10
    for parts in by_ref.values():
        assert sorted(p.udh[5] for p in parts) == [1, 2, 3]
        text = b"".join(p.short_message for p in sorted(parts, key=lambda p: p.udh[5])).decode("utf-16-be")
        assert text == "【测试】" + content
    assert world.task(task_id).charged == 30 and world.ledger().balanced
    assert world.sql("SELECT min(parts_done), max(parts_ok) FROM smsdesk.message") == [(7, 7)]


def test_scheduled_tasks_start_on_time_and_end_times_expire_the_rest(world: World, simsc):
    port = simsc("--receipt-delay-ms", "20", "--fail-mix", "delivered=1")
    world.add_channel("fast", port, kinds=["verification"], window_size=10)
    world.add_channel("slow", port, kinds=["notification"], system_id="slow", tps=2, window_size=1)
    start = datetime.now(UTC) + timedelta(seconds=2)
    scheduled = world.queue(numbers(5), kind="verification", send_at=start)
    assert world.task(scheduled).status == "scheduled"
    ending = world.queue(numbers(40, 1000), expires_at=datetime.now(UTC) + timedelta(seconds=4))

    async def scenario():
        dispatcher = world.dispatcher()
        task = await running(dispatcher)
        first = await world.await_final(scheduled, timeout=40)
        rest = await world.await_final(ending, timeout=40)
        await stop(dispatcher, task)
        return first, rest

    first, rest = run(scenario())
    assert first == {"delivered": 5}
    # SEND-8: the task starts (its first message is claimed) within ±1 s of its time
    started = world.task(scheduled).started_at
    assert timedelta(seconds=-1) <= started - start <= timedelta(seconds=1), started - start
    assert rest.get("expired", 0) >= 10 and rest.get("delivered", 0) >= 1
    task = world.task(ending)
    assert task.status == "expired" and task.expired_count == rest["expired"]
    assert task.refunded == rest["expired"] and task.charged == rest["delivered"]
    assert world.ledger().balanced


def test_marketing_waits_outside_the_allowed_hours(world: World, simsc):
    port = simsc("--receipt-delay-ms", "20", "--fail-mix", "delivered=1")
    world.add_channel("sim", port)
    now = datetime.now(BEIJING)
    closed = {"start": f"{now + timedelta(hours=2):%H:%M}", "end": f"{now + timedelta(hours=3):%H:%M}"}
    world.sql("UPDATE smsdesk.installation SET settings = settings || jsonb_build_object('quiet_hours', %(h)s::jsonb)",
              {"h": json.dumps(closed)})
    marketing = world.queue(numbers(5), kind="marketing", content="周末全场八折")
    notice = world.queue(numbers(5, 100))

    async def scenario():
        dispatcher = world.dispatcher()
        task = await running(dispatcher)
        sent = await world.await_final(notice)
        await asyncio.sleep(1.5)
        held = await asyncio.to_thread(world.counts, marketing)
        await asyncio.to_thread(world.sql, "UPDATE smsdesk.installation SET settings = settings || "
                                           "'{\"quiet_hours\": {\"start\": \"00:00\", \"end\": \"00:00\"}}'::jsonb")
        released = await world.await_final(marketing)
        await stop(dispatcher, task)
        return sent, held, released

    sent, held, released = run(scenario())
    assert sent == {"delivered": 5}
    assert held == {"queued": 5}
    assert released == {"delivered": 5}


def test_the_dispatcher_checks_sensitive_words_again(world: World, simsc):
    world.sql("INSERT INTO smsdesk.sensitive_word (word, folded) VALUES ('赌博', 'x-赌博')")
    port = simsc("--receipt-delay-ms", "20")
    world.add_channel("sim", port)
    blocked = world.queue(numbers(8), content="线上赌博平台注册送彩金")
    clean = world.queue(numbers(4, 50))

    async def scenario():
        dispatcher = world.dispatcher()
        task = await running(dispatcher)
        result = await world.await_final(blocked), await world.await_final(clean)
        await stop(dispatcher, task)
        return result

    blocked_counts, clean_counts = run(scenario())
    assert blocked_counts == {"failed": 8}
    assert set(clean_counts) <= {"delivered", "failed"} and sum(clean_counts.values()) == 4
    rows = world.sql("SELECT DISTINCT failure_category, error_code FROM smsdesk.message WHERE task_id = %(t)s",
                     {"t": blocked})
    assert rows == [("content_blocked", "sensitive")]
    assert world.task(blocked).refunded == 8 and world.ledger().balanced


def test_transient_errors_are_retried_a_bounded_number_of_times_and_permanent_ones_not(world: World, simsc):
    flaky = simsc("--fail-mix", "delivered=50,sys_error=50", "--receipt-delay-ms", "20", "--seed", "3")
    wrong = simsc("--fail-mix", "bad_destination=1")
    world.add_channel("flaky", flaky, kinds=["notification"], max_attempts=4, retry_interval_s=0)
    world.add_channel("wrong", wrong, kinds=["alert"], max_attempts=4, retry_interval_s=0)
    retried = world.queue(numbers(60))
    refused = world.queue(numbers(10, 500), kind="alert")

    async def scenario():
        dispatcher = world.dispatcher()
        task = await running(dispatcher)
        result = await world.await_final(retried), await world.await_final(refused)
        await stop(dispatcher, task)
        return result

    retried_counts, refused_counts = run(scenario())
    assert retried_counts.get("delivered", 0) >= 40 and sum(retried_counts.values()) == 60
    attempts = dict(world.sql("SELECT status, max(attempts) FROM smsdesk.message WHERE task_id = %(t)s GROUP BY 1",
                              {"t": retried}))
    assert attempts["delivered"] >= 2  # some needed a retry
    for category, count in world.sql("SELECT failure_category, attempts FROM smsdesk.message "
                                     "WHERE task_id = %(t)s AND status = 'failed'", {"t": retried}):
        assert (category, count) == ("gateway_error", 4)
    assert refused_counts == {"failed": 10}
    assert world.sql("SELECT DISTINCT failure_category, attempts, error_code FROM smsdesk.message "
                     "WHERE task_id = %(t)s", {"t": refused}) == [("invalid_number", 1, "ESME_RINVDSTADR")]
    assert world.ledger().balanced


def test_receipt_ids_written_in_another_base_still_match(world: World, simsc):
    port = simsc("--id-format", "hex", "--receipt-id-format", "dec", "--receipt-delay-ms", "20")
    world.add_channel("sim", port)
    task_id = world.queue(numbers(50))

    async def scenario():
        dispatcher = world.dispatcher()
        task = await running(dispatcher)
        counts = await world.await_final(task_id)
        await stop(dispatcher, task)
        return counts

    counts = run(scenario())
    assert sum(counts.values()) == 50 and set(counts) <= {"delivered", "failed"}
    assert world.sql("SELECT count(*) FILTER (WHERE message_id IS NULL), count(*) FROM smsdesk.receipt") == [(0, 50)]


def test_many_dispatchers_never_send_a_message_twice(world: World, simsc):
    port = simsc("--receipt-delay-ms", "20", "--fail-mix", "delivered=1")
    for index in range(3):
        world.add_channel(f"sim{index}", port, system_id=f"acct{index}", window_size=5)
    task_id = world.queue(numbers(600))

    async def scenario():
        dispatchers = [world.dispatcher(name=f"d{i}", claim_batch=50, max_channels=1) for i in range(3)]
        tasks = [await running(d) for d in dispatchers]
        counts = await world.await_final(task_id, timeout=60)
        await asyncio.gather(*(stop(d, t) for d, t in zip(dispatchers, tasks, strict=True)))
        return counts

    started = time.monotonic()
    counts = run(scenario())
    assert counts == {"delivered": 600}, f"after {time.monotonic() - started:.0f} s"
    assert world.sql("SELECT count(*) FROM smsdesk.message WHERE cardinality(smsc_ids) <> 1 OR duplicate_suspect") \
        == [(0,)]
    owners = world.sql("SELECT count(DISTINCT dispatcher_id) FROM smsdesk.channel_event WHERE new_status = 'binding'")
    assert owners[0][0] == 3  # one channel each (max_channels=1)


def test_the_console_host_starts_the_dispatcher_and_the_simulator_and_restarts_them(world: World, tmp_path):
    from smsdesk.services import channels
    from smsdesk.services.dispatch_host import DispatchHost

    host = DispatchHost(world.db.target, name="console", superuser=world.db.su, simulator=True, log_dir=tmp_path)
    try:
        host.start()
        assert host.state() == "running", host.last_error
        task_id = world.queue(numbers(20))
        counts = world.wait_final(task_id, timeout=60)
        assert sum(counts.values()) == 20 and set(counts) <= {"delivered", "failed"}
        status = world.admin(channels.dispatcher_status)
        assert status.running >= 1 and status.channels_up >= 1
        host._dispatcher.kill()  # the console restarts what dies
        host._dispatcher.wait(10)
        assert host.state() == "exited"
        assert host.ensure_running()
        assert host.state() == "running" and host.restarts == 1
        again = world.queue(numbers(5, 100))
        assert sum(world.wait_final(again, timeout=60).values()) == 5
    finally:
        host.stop()
    assert host.state() == "stopped"
    assert "message task=" in (tmp_path / "dispatcher-messages.log").read_text(encoding="utf-8")
