"""The ESME session against fake SMSCs, one failure mode each, over real TCP on 127.0.0.1.

Timing asserts are one-sided where the machine's load could only make a number larger (a sleep
never ends early), and upper bounds are generous, so a busy 2-core CI machine does not flake.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import socket
from typing import Any

import pytest

from smsdesk.gateways.smpp import pdu as p
from smsdesk.gateways.smpp.session import (
    ERROR_CLOSED,
    ERROR_CONNECTION_LOST,
    ERROR_MALFORMED,
    ERROR_TIMEOUT,
    Delivery,
    ResultStream,
    SessionClosedError,
    SmppSession,
    SubmitResult,
)
from smsdesk.gateways.smpp.settings import SessionSettings

from .aio import run
from .fakes import (
    BadLengthSmsc,
    DropAfterSmsc,
    FakeSmsc,
    FlappingSmsc,
    HappySmsc,
    IdleTimeoutSmsc,
    MalformedSubmitRespSmsc,
    NoEnquireLinkReplySmsc,
    RefuseBindSmsc,
    SilentSmsc,
    SlowSmsc,
    ThrottledSmsc,
    TruncatedDeliverSmsc,
    UnbindOnSubmitSmsc,
    UnknownCommandSmsc,
    nacks,
)


def make_settings(port: int, **overrides: Any) -> SessionSettings:
    base = SessionSettings(host="127.0.0.1", port=port, system_id="esme", password="pw",
                           reconnect_initial_s=0.05, reconnect_max_s=0.2, reconnect_jitter=0.0,
                           enquire_link_interval_s=5.0, submit_timeout_s=5.0)
    return dataclasses.replace(base, **overrides)


def message(index: int = 0) -> p.SubmitSm:
    return p.SubmitSm(source_addr="1069", destination_addr=f"86138{index:08d}", registered_delivery=1,
                      short_message=b"hello")


async def started(settings: SessionSettings, **callbacks: Any) -> SmppSession:
    session = SmppSession(settings, **callbacks)
    await session.start()
    await session.wait_bound(5)
    return session


async def eventually(predicate: Any, timeout: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def test_round_trip_with_receipt() -> None:
    async def scenario() -> None:
        receipts = ResultStream[Delivery]()
        async with HappySmsc() as smsc:
            session = await started(make_settings(smsc.port), on_deliver=receipts.put)
            result = await session.submit(message(), ref="m1")
            delivery = await receipts.get(5)
            await session.close()
        assert result.ok and result.ref == "m1" and result.attempts == 1
        assert delivery.receipt is not None and delivery.receipt.id == result.message_id
        assert delivery.receipt.stat == "DELIVRD"
        assert smsc.count(p.DELIVER_SM_RESP) == 1 and smsc.count(p.UNBIND) == 1

    run(scenario())


def test_window_is_never_exceeded() -> None:
    async def scenario() -> None:
        results: list[SubmitResult] = []
        seen_outstanding: list[int] = []
        async with SlowSmsc(delay=0.03) as smsc:
            session: SmppSession

            def on_result(result: SubmitResult) -> None:
                results.append(result)
                seen_outstanding.append(session.outstanding)

            session = await started(make_settings(smsc.port, window_size=5), on_submit_result=on_result)
            for index in range(40):
                await session.send(message(index), ref=index)
                seen_outstanding.append(session.outstanding)
            await eventually(lambda: len(results) == 40)
            await session.close()
        assert smsc.max_unanswered == 5  # the window was used, and never overrun
        assert max(seen_outstanding) <= 5
        assert sorted(r.ref for r in results) == list(range(40)) and all(r.ok for r in results)

    run(scenario())


def test_rate_limit_is_respected() -> None:
    async def scenario() -> float:
        async with FakeSmsc() as smsc:
            stream = ResultStream[SubmitResult]()
            session = await started(make_settings(smsc.port, window_size=50, max_messages_per_second=100,
                                                  rate_burst=1), on_submit_result=stream.put)
            loop = asyncio.get_running_loop()
            begin = loop.time()
            for index in range(60):
                await session.send(message(index), ref=index)
            for _ in range(60):
                await stream.get(10)
            elapsed = loop.time() - begin
            await session.close()
        return elapsed

    elapsed = run(scenario())
    # 60 messages at 100/s with a burst of 1: 0.59 s at least; the ceiling only catches "no pacing".
    assert 0.55 <= elapsed < 10


def test_reconnect_after_the_server_drops_the_connection() -> None:
    async def scenario() -> None:
        async with DropAfterSmsc(drop_at=5) as smsc:
            stream = ResultStream[SubmitResult]()
            session = await started(make_settings(smsc.port, window_size=10), on_submit_result=stream.put)
            for index in range(8):  # one burst: all 8 are on the wire before any response
                await session.send(message(index), ref=index)
            results = [await stream.get(10) for _ in range(8)]
            await session.wait_bound(5)
            after = [await session.submit(message(index), ref=index) for index in (8, 9)]
            await session.close()
        assert sorted(r.ref for r in results) == list(range(8))  # exactly one outcome each
        lost = [r.ref for r in results if r.error == ERROR_CONNECTION_LOST]
        # The SMSC answered at most 4 before dropping; the 5th and later were in flight.
        assert set(range(4, 8)) <= set(lost)
        assert all(r.ok for r in results if r.ref not in lost)
        assert all(r.ok for r in after)
        assert smsc.binds == 2 and session.stats.link_losses == 1


def test_enquire_link_keeps_an_idle_session() -> None:
    async def scenario(interval: float) -> tuple[int, int, int]:
        async with IdleTimeoutSmsc(idle_s=0.4) as smsc:
            session = await started(make_settings(smsc.port, enquire_link_interval_s=interval,
                                                  enquire_link_timeout_s=1.0))
            await asyncio.sleep(1.3)
            await session.close()
        return smsc.idle_closes, smsc.binds, smsc.count(p.ENQUIRE_LINK)

    idle_closes, binds, enquire_links = run(scenario(0.1))
    assert (idle_closes, binds) == (0, 1)
    assert enquire_links >= 4
    # Control: without timely enquire_link the same SMSC does cut the session.
    idle_closes, _, _ = run(scenario(5.0))
    assert idle_closes >= 1


def test_unanswered_enquire_link_drops_and_rebinds() -> None:
    async def scenario() -> None:
        async with NoEnquireLinkReplySmsc() as smsc:
            session = await started(make_settings(smsc.port, enquire_link_interval_s=0.1,
                                                  enquire_link_timeout_s=0.2))
            await eventually(lambda: smsc.binds >= 2)
            assert session.stats.link_losses >= 1
            await session.wait_bound(5)
            result = await session.submit(message())  # the new link works
            await session.close()
        assert result.ok

    run(scenario())


def test_submit_timeout_frees_the_window() -> None:
    async def scenario() -> list[SubmitResult]:
        async with SilentSmsc() as smsc:
            session = await started(make_settings(smsc.port, window_size=1, submit_timeout_s=0.2))
            results = await asyncio.gather(session.submit(message(1), ref=1), session.submit(message(2), ref=2))
            await session.close()
        assert smsc.count(p.SUBMIT_SM) == 2  # the second went out only after the first timed out
        return list(results)

    results = run(scenario())
    assert [(r.ref, r.error, r.status) for r in results] == [(1, ERROR_TIMEOUT, None), (2, ERROR_TIMEOUT, None)]


def test_unbind_from_the_smsc_is_answered_and_survived() -> None:
    async def scenario() -> None:
        async with UnbindOnSubmitSmsc() as smsc:
            session = await started(make_settings(smsc.port))
            result = await session.submit(message())
            await eventually(lambda: smsc.binds >= 2)
            assert smsc.count(p.UNBIND_RESP) >= 1
            await session.close()
        assert result.error == ERROR_CONNECTION_LOST

    run(scenario())


def test_refused_bind_backs_off_exponentially() -> None:
    bind_times: list[float] = []

    class TimedRefuseBindSmsc(RefuseBindSmsc):
        def on_bind(self, conn: Any, command_id: int, seq: int) -> None:
            bind_times.append(asyncio.get_running_loop().time())
            super().on_bind(conn, command_id, seq)

    async def scenario() -> SmppSession:
        async with TimedRefuseBindSmsc() as smsc:
            session = SmppSession(make_settings(smsc.port, reconnect_initial_s=0.05, reconnect_max_s=0.4))
            await session.start()
            with pytest.raises(TimeoutError):
                await session.wait_bound(1.2)
            await session.close()
        return session

    session = run(scenario())
    gaps = [later - earlier for earlier, later in itertools.pairwise(bind_times)]
    assert 3 <= len(bind_times) <= 10
    assert session.stats.bind_failures == len(bind_times)
    for index, gap in enumerate(gaps):
        assert gap >= 0.9 * min(0.4, 0.05 * 2**index)  # 0.05, 0.1, 0.2, 0.4, 0.4 ...


def test_a_link_that_flaps_keeps_backing_off() -> None:
    async def scenario() -> list[float]:
        async with FlappingSmsc() as smsc:
            session = SmppSession(make_settings(smsc.port, reconnect_initial_s=0.05, reconnect_max_s=0.4,
                                                backoff_reset_after_s=30))
            await session.start()
            await asyncio.sleep(1.0)
            await session.close()
        return smsc.bind_times

    bind_times = run(scenario())
    gaps = [later - earlier for earlier, later in itertools.pairwise(bind_times)]
    # Each bind succeeded, but none lasted backoff_reset_after_s, so the back-off still grows.
    assert 3 <= len(bind_times) <= 10
    for index, gap in enumerate(gaps):
        assert gap >= 0.9 * min(0.4, 0.05 * 2**index)


def test_throttled_submit_is_retried_after_growing_pauses() -> None:
    async def scenario() -> tuple[SubmitResult, list[float]]:
        async with ThrottledSmsc(throttle_count=3) as smsc:
            session = await started(make_settings(smsc.port, throttle_backoff_initial_s=0.05))
            result = await session.submit(message(), ref="t")
            await session.close()
        return result, smsc.submit_times

    result, times = run(scenario())
    assert result.ok and result.attempts == 4
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert len(gaps) == 3
    for gap, pause in zip(gaps, (0.05, 0.1, 0.2), strict=True):
        assert gap >= 0.9 * pause


def test_always_throttled_gives_up_with_the_status() -> None:
    async def scenario() -> tuple[SubmitResult, int]:
        async with ThrottledSmsc() as smsc:
            session = await started(make_settings(smsc.port, throttle_backoff_initial_s=0.02,
                                                  throttle_max_retries=2))
            result = await session.submit(message())
            await session.close()
        return result, smsc.count(p.SUBMIT_SM)

    result, submits = run(scenario())
    assert (result.status, result.attempts, result.error, submits) == (p.ESME_RTHROTTLED, 3, None, 3)
    assert not result.ok


def test_unknown_command_gets_generic_nack_and_session_continues() -> None:
    async def scenario() -> None:
        async with UnknownCommandSmsc() as smsc:
            session = await started(make_settings(smsc.port))
            first = await session.submit(message(1))
            second = await session.submit(message(2))
            await eventually(lambda: len(nacks(smsc)) == 2)
            await session.close()
        assert first.ok and second.ok and smsc.binds == 1
        assert {status for _, status, _ in nacks(smsc)} == {p.ESME_RINVCMDID}

    run(scenario())


def test_truncated_deliver_sm_gets_generic_nack() -> None:
    async def scenario() -> None:
        delivered: list[Delivery] = []
        async with TruncatedDeliverSmsc() as smsc:
            session = await started(make_settings(smsc.port), on_deliver=delivered.append)
            result = await session.submit(message())
            await eventually(lambda: len(nacks(smsc)) == 1)
            assert (await session.submit(message(2))).ok  # still bound and working
            await session.close()
        assert result.ok and smsc.binds == 1 and delivered == []
        assert nacks(smsc)[0][1] == p.ESME_RINVMSGLEN
        assert session.stats.malformed >= 1

    run(scenario())


def test_impossible_command_length_reconnects_instead_of_crashing() -> None:
    async def scenario() -> None:
        async with BadLengthSmsc() as smsc:
            session = await started(make_settings(smsc.port))
            first = await session.submit(message(1))
            await session.wait_bound(5)
            second = await session.submit(message(2))
            await session.close()
        assert first.error == ERROR_CONNECTION_LOST
        assert second.ok and smsc.binds == 2
        assert nacks(smsc) and nacks(smsc)[0][1] == p.ESME_RINVCMDLEN

    run(scenario())


def test_malformed_submit_resp_is_reported() -> None:
    async def scenario() -> SubmitResult:
        async with MalformedSubmitRespSmsc() as smsc:
            session = await started(make_settings(smsc.port))
            result = await session.submit(message())
            await session.close()
        return result

    result = run(scenario())
    assert (result.status, result.error, result.message_id) == (p.ESME_ROK, ERROR_MALFORMED, None)


def test_failing_deliver_callback_asks_the_smsc_to_redeliver() -> None:
    async def scenario() -> None:
        def broken(_: Delivery) -> None:
            raise RuntimeError("database is down")

        async with HappySmsc() as smsc:
            session = await started(make_settings(smsc.port), on_deliver=broken)
            await session.submit(message())
            await eventually(lambda: smsc.count(p.DELIVER_SM_RESP) == 1)
            await session.close()
        statuses = [status for cid, status, _ in smsc.received if cid == p.DELIVER_SM_RESP]
        assert statuses == [p.ESME_RX_T_APPN]

    run(scenario())


def test_close_unbinds_and_reports_what_was_left() -> None:
    async def scenario() -> list[SubmitResult]:
        stream = ResultStream[SubmitResult]()
        async with SilentSmsc() as smsc:
            session = await started(make_settings(smsc.port, window_size=1, queue_size=5),
                                    on_submit_result=stream.put)
            for index in range(3):
                await session.send(message(index), ref=index)
            await session.close(drain_timeout=0.1)
            assert smsc.count(p.UNBIND) == 1
            with pytest.raises(SessionClosedError):
                await session.send(message())
        return [await stream.get(1) for _ in range(3)]

    results = run(scenario())
    assert sorted(r.ref for r in results) == [0, 1, 2]
    assert {r.error for r in results} == {ERROR_CLOSED}


def test_invalid_message_fails_in_the_caller() -> None:
    async def scenario() -> None:
        async with FakeSmsc() as smsc:
            session = await started(make_settings(smsc.port))
            with pytest.raises(p.PduEncodeError):
                await session.send(p.SubmitSm(destination_addr="1", short_message=b"x" * 300))
            await session.close()
        assert smsc.count(p.SUBMIT_SM) == 0

    run(scenario())


def test_tcp_nodelay_is_set() -> None:
    async def scenario() -> int:
        async with FakeSmsc() as smsc:
            session = await started(make_settings(smsc.port))
            link = session._submit_link
            assert link is not None and link.transport is not None
            sock = link.transport.get_extra_info("socket")
            value = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
            await session.close()
        return value

    assert run(scenario()) != 0
