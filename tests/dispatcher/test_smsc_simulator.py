"""The SMSC simulator: as a separate process (``python -m smsdesk.simsc``) and in-process.

The subprocess tests are the product's trial mode end to end: our session binds, submits,
and gets receipts and MO replies over real TCP from another process.
"""

from __future__ import annotations

import asyncio
import dataclasses
import shutil
import ssl
import struct
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from smsdesk.gateways.smpp import pdu as p
from smsdesk.gateways.smpp.receipt import match_message_ids
from smsdesk.gateways.smpp.session import Delivery, ResultStream, SmppSession, SubmitResult
from smsdesk.gateways.smpp.settings import BindMode, SessionSettings
from smsdesk.simsc.cli import main
from smsdesk.simsc.config import REPLY_TEXTS, FailMix, SimscConfig
from smsdesk.simsc.server import Simulator, run_server

from .aio import run, wait_for

SimscFactory = Callable[..., int]


def make_settings(port: int, **overrides: Any) -> SessionSettings:
    base = SessionSettings(host="127.0.0.1", port=port, system_id="esme", password="secret",
                           window_size=20, reconnect_initial_s=0.05, reconnect_max_s=0.2)
    return dataclasses.replace(base, **overrides)


def message(index: int, text: str = "Your code is 4711") -> p.SubmitSm:
    if text.isascii():
        coding, body = 0, text.encode("ascii")
    else:
        coding, body = 8, text.encode("utf-16-be")
    return p.SubmitSm(source_addr="10690001", destination_addr=f"86139{index:08d}", registered_delivery=1,
                      data_coding=coding, short_message=body)


def decode_text(pdu: p.DeliverSm | p.DataSm) -> str:
    return pdu.payload.decode("utf-16-be" if pdu.data_coding == 8 else "latin-1")


def test_round_trip_with_receipts_and_replies(simsc: SimscFactory) -> None:
    port = simsc("--system-id", "esme", "--password", "secret", "--fail-mix", "delivered=100",
                 "--reply-rate", "1", "--receipt-delay-ms", "10", "--reply-delay-ms", "30", "--seed", "3")

    async def scenario() -> None:
        results: list[SubmitResult] = []
        deliveries: list[Delivery] = []
        session = SmppSession(make_settings(port), on_submit_result=results.append,
                              on_deliver=deliveries.append)
        await session.start()
        await session.wait_bound(10)
        for index in range(50):
            await session.send(message(index, "您的验证码是4711" if index % 2 else "Your code is 4711"), ref=index)
        await wait_for(lambda: len(results) == 50 and len(deliveries) == 100)
        await session.close()

        assert all(r.ok and r.message_id for r in results)
        ids = {r.message_id for r in results}
        assert len(ids) == 50
        receipts = [d.receipt for d in deliveries if d.receipt is not None]
        replies = [d.pdu for d in deliveries if d.receipt is None]
        assert len(receipts) == 50 and {r.id for r in receipts} == ids
        assert all(r.stat == "DELIVRD" and r.message_state == p.MESSAGE_STATE_DELIVERED for r in receipts)
        assert all(r.text and r.text.startswith(("Your code", "?")) for r in receipts)
        assert len(replies) == 50
        assert {reply.source_addr for reply in replies} == {f"86139{i:08d}" for i in range(50)}
        assert all(reply.destination_addr == "10690001" and reply.esm_class == 0 for reply in replies)
        texts = [decode_text(reply) for reply in replies]
        assert set(texts) <= set(REPLY_TEXTS)
        assert all(reply.data_coding == (0 if decode_text(reply).isascii() else 8) for reply in replies)
        assert {"T", "退订"} & set(texts)  # opt-out replies occur (seeded mix of 50)

    run(scenario(), timeout=30)


def test_transmitter_plus_receiver_binds(simsc: SimscFactory) -> None:
    port = simsc("--receipt-delay-ms", "5")

    async def scenario() -> None:
        deliveries = ResultStream[Delivery]()
        session = SmppSession(make_settings(port, bind_mode=BindMode.TRANSMITTER_RECEIVER),
                              on_deliver=deliveries.put)
        await session.start()
        await session.wait_bound(10)
        result = await session.submit(message(1))
        delivery = await deliveries.get(10)
        await session.close()
        assert result.ok
        assert delivery.role == "rx" and delivery.receipt is not None and delivery.receipt.id == result.message_id

    run(scenario())


def test_hex_submit_ids_with_decimal_receipt_ids(simsc: SimscFactory) -> None:
    port = simsc("--id-format", "hex", "--receipt-id-format", "dec", "--receipt-delay-ms", "5")

    async def scenario() -> None:
        deliveries = ResultStream[Delivery]()
        session = SmppSession(make_settings(port), on_deliver=deliveries.put)
        await session.start()
        await session.wait_bound(10)
        results = [await session.submit(message(i)) for i in range(5)]
        receipts = [(await deliveries.get(10)).receipt for _ in range(5)]
        await session.close()
        for result, receipt in zip(results, receipts, strict=True):
            assert receipt is not None and result.message_id is not None and receipt.id is not None
            assert receipt.id.isdigit() and int(result.message_id, 16) == int(receipt.id)
            assert match_message_ids(result.message_id, receipt.id, "hex_dec")
            assert not match_message_ids(result.message_id, receipt.id, "exact")

    run(scenario())


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command to make a certificate")
def test_tls_round_trip(simsc: SimscFactory, tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-keyout", str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    port = simsc("--tls-cert", str(cert), "--tls-key", str(key), "--receipt-delay-ms", "5")

    async def scenario(context: ssl.SSLContext, wait: float) -> tuple[SubmitResult | None, Delivery | None]:
        deliveries = ResultStream[Delivery]()
        session = SmppSession(make_settings(port, tls=context, connect_timeout_s=2), on_deliver=deliveries.put)
        await session.start()
        try:
            await session.wait_bound(wait)
        except TimeoutError:
            await session.close()
            return None, None
        result = await session.submit(message(1))
        delivery = await deliveries.get(10)
        await session.close()
        return result, delivery

    result, delivery = run(scenario(ssl.create_default_context(cafile=str(cert)), 10))
    assert result is not None and result.ok
    assert delivery is not None and delivery.receipt is not None and delivery.receipt.id == result.message_id
    # A client that does not trust the certificate never binds.
    assert run(scenario(ssl.create_default_context(), 0.7)) == (None, None)


def test_wrong_password_is_refused(simsc: SimscFactory) -> None:
    port = simsc("--system-id", "esme", "--password", "secret")

    async def scenario() -> None:
        session = SmppSession(make_settings(port, password="wrong"))
        await session.start()
        with pytest.raises(TimeoutError):
            await session.wait_bound(0.5)
        await session.close()
        assert session.stats.bind_failures >= 1 and session.stats.binds == 0

    run(scenario())


def test_tps_limit_throttles_and_our_pacing_stays_under_it(simsc: SimscFactory) -> None:
    port = simsc("--tps", "50", "--tps-burst", "5", "--receipt-delay-ms", "5")

    async def flood() -> Counter[int | None]:
        # No pacing and no retries: the simulator must answer ESME_RTHROTTLED.
        session = SmppSession(make_settings(port, system_id="flood", throttle_max_retries=0))
        await session.start()
        await session.wait_bound(10)
        results = await asyncio.gather(*(session.submit(message(i)) for i in range(40)))
        await session.close()
        return Counter(r.status for r in results)

    async def paced() -> Counter[int | None]:
        session = SmppSession(make_settings(port, system_id="paced", max_messages_per_second=35,
                                            throttle_max_retries=0))
        await session.start()
        await session.wait_bound(10)
        results = await asyncio.gather(*(session.submit(message(i)) for i in range(20)))
        await session.close()
        return Counter(r.status for r in results)

    flooded = run(flood())
    assert flooded[p.ESME_RTHROTTLED] >= 20 and flooded[p.ESME_ROK] >= 5
    assert run(paced()) == Counter({p.ESME_ROK: 20})


def test_many_concurrent_binds_get_their_own_receipts(simsc: SimscFactory) -> None:
    port = simsc("--receipt-delay-ms", "5")

    async def one(index: int) -> tuple[set[str], set[str]]:
        deliveries: list[Delivery] = []
        session = SmppSession(make_settings(port, system_id=f"esme{index}"), on_deliver=deliveries.append)
        await session.start()
        await session.wait_bound(10)
        results = await asyncio.gather(*(session.submit(message(i)) for i in range(10)))
        await wait_for(lambda: len(deliveries) == 10)
        await session.close()
        return ({r.message_id for r in results if r.message_id},
                {d.receipt.id for d in deliveries if d.receipt and d.receipt.id})

    async def scenario() -> None:
        outcomes = await asyncio.gather(*(one(i) for i in range(20)))
        for submitted, receipted in outcomes:
            assert len(submitted) == 10 and submitted == receipted

    run(scenario(), timeout=30)


# --- in-process: the same server object, for its counters ----------------------------------------

def test_outcome_mix_and_submit_refusals() -> None:
    async def scenario() -> None:
        config = SimscConfig(port=0, seed=11, receipt_delay_ms=0,
                             fail_mix=FailMix.parse("delivered=50,unknown=25,bad_destination=25"))
        sim = Simulator(config)
        await sim.start()
        deliveries: list[Delivery] = []
        session = SmppSession(make_settings(sim.port, window_size=50), on_deliver=deliveries.append)
        await session.start()
        await session.wait_bound(5)
        results = await asyncio.gather(*(session.submit(message(i)) for i in range(400)))
        accepted = [r for r in results if r.ok]
        await wait_for(lambda: len(deliveries) == len(accepted))
        await session.close()
        await sim.stop()

        statuses = Counter(r.status for r in results)
        assert set(statuses) == {p.ESME_ROK, p.ESME_RINVDSTADR}
        assert 60 <= statuses[p.ESME_RINVDSTADR] <= 140  # 25% of 400, generously
        stats = Counter((d.receipt.stat, d.receipt.err) for d in deliveries if d.receipt)
        assert set(stats) == {("DELIVRD", "000"), ("UNDELIV", "001")}
        assert 50 <= stats[("UNDELIV", "001")] <= 150
        unknown = [d.receipt for d in deliveries if d.receipt and d.receipt.stat == "UNDELIV"]
        assert all(r.network_error_code == bytes((3, 0, 1)) for r in unknown)

    run(scenario(), timeout=30)


def test_receipts_wait_for_a_receiver_and_are_redelivered_after_an_error() -> None:
    async def scenario() -> None:
        sim = Simulator(SimscConfig(port=0, receipt_delay_ms=0, redeliver_delay_ms=50,
                                    fail_mix=FailMix.parse("delivered=1")))
        await sim.start()
        sender = SmppSession(make_settings(sim.port, bind_mode=BindMode.TRANSMITTER))
        await sender.start()
        await sender.wait_bound(5)
        result = await sender.submit(message(1))
        assert result.ok
        await asyncio.sleep(0.05)
        assert sim.stats.deliveries_sent == 0  # nobody can receive yet: held back

        calls: list[Delivery] = []

        def flaky(delivery: Delivery) -> None:
            calls.append(delivery)
            if len(calls) == 1:
                raise RuntimeError("not now")

        receiver = SmppSession(make_settings(sim.port, bind_mode=BindMode.TRANSCEIVER), on_deliver=flaky)
        await receiver.start()
        await wait_for(lambda: len(calls) == 2)
        await receiver.close()
        await sender.close()
        await sim.stop()
        assert [c.receipt.id for c in calls if c.receipt] == [result.message_id] * 2
        assert sim.stats.deliver_errors == 1 and sim.stats.deliver_acks == 1
        assert sim.stats.unbinds == 2

    run(scenario())


def test_simulator_answers_enquire_link_and_nacks_garbage() -> None:
    async def scenario() -> None:
        server = await run_server(SimscConfig(port=0))
        port = server.sockets[0].getsockname()[1]
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(p.EnquireLink(sequence_number=7).encode())
        writer.write(struct.pack(">IIII", 16, 0x000000FE, 0, 8))  # unknown command
        writer.write(p.SubmitSm(sequence_number=9, destination_addr="1").encode())  # not bound yet
        await writer.drain()
        answers = [p.decode_pdu(await reader.readexactly(16)) for _ in range(3)]
        writer.close()
        server.close()
        await server.wait_closed()
        assert [(type(a).__name__, a.sequence_number, a.command_status) for a in answers] == [
            ("EnquireLinkResp", 7, p.ESME_ROK),
            ("GenericNack", 8, p.ESME_RINVCMDID),
            ("SubmitSmResp", 9, p.ESME_RINVBNDSTS),
        ]

    run(scenario())


@pytest.mark.parametrize("spec", ["delivered=x", "nothing=5", "delivered=0", "delivered"])
def test_cli_rejects_a_bad_fail_mix(spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--fail-mix", spec])
    assert caught.value.code == 2
    assert "fail-mix" in capsys.readouterr().err


def test_fail_mix_parse() -> None:
    mix = FailMix.parse("delivered=90, undeliverable=4,expired=2,rejected=2,unknown=2")
    assert mix.share("delivered") == pytest.approx(0.9)
    with pytest.raises(ValueError):
        FailMix.parse("delivered=1,delivered=2")
