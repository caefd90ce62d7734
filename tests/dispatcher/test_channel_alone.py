"""One channel alone: a ChannelRunner bound to the SMSC simulator over TCP, its owner a recorder (no database).

The runner talks to its owner only through ``ChannelOwner``; here the owner decides as little as possible and
writes down everything it is told, so a test sees what the channel did on the wire and what it reported.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime

from smsdesk.dispatcher.channel import ChannelOwner, ChannelRunner, Pending
from smsdesk.dispatcher.config import DispatcherSettings
from smsdesk.dispatcher.dispatcher import Dispatcher
from smsdesk.dispatcher.replies import mo_text
from smsdesk.gateways.smpp.parts import EncodedSubmit, Origin, SubmitTemplate, split_message
from smsdesk.gateways.smpp.receipt import canonical_message_id
from smsdesk.gateways.smpp.session import Delivery
from smsdesk.store.repositories_outbox import ChannelConfig, ClaimedMessage

from .aio import run, wait_for

SHORT = "您的验证码是4711"
LONG = "周末全场八折，" * 20  # three UCS-2 parts with the signature
CONTENTS = {1: SHORT, 2: LONG}
SIGNATURE = "测试"

SEGMENTS = {task: split_message(text, signature=SIGNATURE, kind="notification", opt_out=None, words=None).segments
            for task, text in CONTENTS.items()}
SETTINGS = DispatcherSettings(reconnect_initial_s=0.05, reconnect_max_s=0.2, drain_timeout_s=3.0,
                              backlog_per_window=2)


class RecordingOwner:
    """A ChannelOwner that plans every message from its task's content and records every call."""

    def __init__(self) -> None:
        self.origin = Origin("10690001")
        self.templates: dict[int, SubmitTemplate] = {}
        self.planned: list[int] = []
        self.refused: list[int] = []  # blacklisted: not planned, recorded as refused here
        self.results: dict[int, Pending] = {}
        self.repeated_results: list[int] = []
        self.released: list[tuple[int, str]] = []
        self.receipts: list[Delivery] = []
        self.replies: list[Delivery] = []
        self.acks_sent = 0
        self.claims_asked = 0

    def plan(self, channel: ChannelRunner, msg: ClaimedMessage, claimed_at: float) -> list[EncodedSubmit] | None:
        if msg.blacklisted:
            self.refused.append(msg.id)
            return None
        template = self.templates.get(msg.task_id)
        if template is None:
            parts = split_message(CONTENTS[msg.task_id], signature=SIGNATURE, kind="notification", opt_out=None,
                                  words=None)
            template = self.templates[msg.task_id] = SubmitTemplate(parts, self.origin)
        self.planned.append(msg.id)
        return template.bodies(msg.number, msg.id)

    def record_result(self, channel: ChannelRunner, pending: Pending) -> None:
        if pending.msg.id in self.results:
            self.repeated_results.append(pending.msg.id)
        self.results[pending.msg.id] = pending

    def release(self, channel: ChannelRunner, msg: ClaimedMessage, reason: str) -> None:
        self.released.append((msg.id, reason))

    def record_receipt(self, channel: ChannelRunner, delivery: Delivery) -> None:
        self.receipts.append(delivery)
        self.acks_sent += delivery.ack()  # "stored": the SMSC hears back only now

    def record_reply(self, channel: ChannelRunner, delivery: Delivery) -> None:
        self.replies.append(delivery)
        self.acks_sent += delivery.ack()

    def claim_more(self) -> None:
        self.claims_asked += 1


def channel_config(port: int) -> ChannelConfig:
    return ChannelConfig(
        id=7, name="alone", host="127.0.0.1", port=port, system_id="esme", password="secret", system_type="",
        bind_mode="trx", source_addr="10690001", source_ton=0, source_npi=0, tps=0.0, window_size=10,
        enquire_link_s=30, submit_timeout_s=10, tls=False, receipt_ids="auto", max_attempts=3, retry_interval_s=5,
        updated_at=datetime.now(UTC), status="up",
    )


def claimed(message_id: int, task_id: int, *, blacklisted: bool = False) -> ClaimedMessage:
    return ClaimedMessage(id=message_id, task_id=task_id, number=f"+86139{message_id:08d}", carrier="China Mobile",
                          body=None, segments=SEGMENTS[task_id], attempts=1, channel_id=7,
                          duplicate_suspect=False, blacklisted=blacklisted)


def test_the_dispatcher_is_a_channel_owner() -> None:
    async def connect():  # never called: nothing here runs the dispatcher
        raise AssertionError

    members = [name for name in vars(ChannelOwner) if not name.startswith("_")]
    assert set(members) == {"plan", "record_result", "release", "record_receipt", "record_reply", "claim_more"}
    for owner in (Dispatcher(connect), RecordingOwner()):
        assert all(callable(getattr(owner, name, None)) for name in members), type(owner).__name__


def test_one_channel_sends_reports_and_gives_back_with_a_recording_owner(simsc) -> None:
    port = simsc("--system-id", "esme", "--password", "secret", "--fail-mix", "delivered=90,sys_error=10",
                 "--reply-rate", "1", "--receipt-delay-ms", "5", "--reply-delay-ms", "10", "--seed", "11")

    assert SEGMENTS == {1: 1, 2: 3}  # one short content, one long

    async def scenario() -> None:
        owner = RecordingOwner()
        runner = ChannelRunner(channel_config(port), SETTINGS, owner)
        loop = asyncio.get_running_loop()
        await runner.start()
        try:
            assert not runner.accepting  # binding: nothing is claimed for it yet
            await runner.session.wait_bound(10)
            assert runner.health(loop.time()) == ("up", "bound")
            runner.status = "up"  # what the owner does with a status change
            assert runner.accepting and runner.deficit() == runner.target_backlog() == 20

            messages = [claimed(i, 1 if i % 4 else 2, blacklisted=i in (5, 6)) for i in range(1, 41)]
            for msg in messages:
                runner.enqueue(msg, loop.time())
            sent = [m for m in messages if not m.blacklisted]
            await wait_for(lambda: len(owner.results) == len(sent))
            accepted_parts = sum(r.ok for p in owner.results.values() for r in p.results)
            await wait_for(lambda: len(owner.receipts) == accepted_parts and len(owner.replies) == accepted_parts)

            # What to send was the owner's to say; the refused never reached the wire.
            assert owner.refused == [5, 6] and owner.planned == [m.id for m in sent]
            assert owner.repeated_results == [] and runner.inflight == 0
            for msg in sent:
                pending = owner.results[msg.id]
                assert pending.msg is msg and pending.remaining == 0
                assert len(pending.results) == msg.segments  # one result per part
                assert all(r is not None and (r.ok or r.status_name == "ESME_RSYSERR") for r in pending.results)
            assert 0 < accepted_parts < sum(m.segments for m in sent)  # the seeded mix refused some parts
            # Every accepted part got its receipt, matched by the SMSC's id, and every receipt was acknowledged.
            ids = {canonical_message_id(r.message_id) for p in owner.results.values() for r in p.results if r.ok}
            assert len(ids) == accepted_parts
            assert {canonical_message_id(d.receipt.id) for d in owner.receipts} == ids
            numbers = {m.number[1:] for m in sent}
            assert all(d.pdu.source_addr in numbers and mo_text(d.pdu) for d in owner.replies)
            assert owner.acks_sent == 2 * accepted_parts and runner.session.stats.acks_deferred == 0
            assert owner.claims_asked >= 1  # the backlog ran half empty
            counters = runner.counters
            assert (counters.claimed, counters.sent) == (40, 38)
            assert (counters.receipts, counters.replies) == (accepted_parts, accepted_parts)

            # Lost its database, the owner pauses the channel: what is claimed stays off the wire and goes back
            # to the owner when the channel stops.
            runner.paused = True
            for msg in (claimed(101, 1), claimed(102, 2)):
                runner.enqueue(msg, loop.time())
            await asyncio.sleep(0.2)
            assert 101 not in owner.planned and runner.deficit() == 0
        finally:
            await runner.stop("test over")
        assert owner.released == [(101, "test over"), (102, "test over")]
        assert not runner.session.bound

    run(scenario(), timeout=40)


def test_a_channel_whose_smsc_is_gone_reports_down(simsc) -> None:
    port = simsc("--system-id", "esme", "--password", "wrong")
    settings = replace(SETTINGS, down_after_s=0.3)

    async def scenario() -> None:
        owner = RecordingOwner()
        runner = ChannelRunner(channel_config(port), settings, owner)
        loop = asyncio.get_running_loop()
        await runner.start()
        try:
            assert runner.health(loop.time()) is None  # not bound yet: the clock starts
            await asyncio.sleep(0.4)
            status, reason = runner.health(loop.time())
            assert status == "down" and reason.startswith("not bound for")
            assert runner.session.stats.bind_failures >= 1 and not owner.planned
        finally:
            await runner.stop("test over")

    run(scenario(), timeout=20)
