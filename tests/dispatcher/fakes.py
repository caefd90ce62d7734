"""Fake SMSCs for fault tests: one class per failure mode, real TCP on an ephemeral port.

Each fake runs in the test's event loop and records what it saw (``received``, ``binds``,
``connections``), so a test asserts on the wire, not on the session's own opinion of itself.
"""

from __future__ import annotations

import asyncio
import struct

from smsdesk.gateways.smpp.pdu import (
    BIND_REQUESTS,
    DELIVER_SM,
    ENQUIRE_LINK,
    ENQUIRE_LINK_RESP,
    ESME_RBINDFAIL,
    ESME_ROK,
    ESME_RTHROTTLED,
    GENERIC_NACK,
    HEADER,
    RESPONSE_BIT,
    SUBMIT_SM,
    SUBMIT_SM_RESP,
    UNBIND,
    UNBIND_RESP,
    DeliverSm,
    FrameDecoder,
    Pdu,
    SubmitSmResp,
    decode_pdu,
    encode_header_only,
)
from smsdesk.gateways.smpp.receipt import format_receipt


class FakeConnection(asyncio.Protocol):
    def __init__(self, smsc: FakeSmsc) -> None:
        self.smsc = smsc
        self.decoder = FrameDecoder()
        self.transport: asyncio.Transport | None = None
        self.bound = False
        self.seq = 1000
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        self.smsc.connections += 1
        self.smsc.live.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.smsc.live.discard(self)
        if not self.closed.done():
            self.closed.set_result(None)

    def data_received(self, data: bytes) -> None:
        for frame in self.decoder.feed(data):
            _, command_id, status, seq = HEADER.unpack_from(frame, 0)
            self.smsc.received.append((command_id, status, seq))
            self.smsc.on_frame(self, frame, command_id, seq)

    def send(self, data: bytes | Pdu) -> None:
        if isinstance(data, Pdu):
            data = data.encode()
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(data)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()


class FakeSmsc:
    """The happy SMSC: binds anyone, accepts every submit_sm, answers enquire_link and unbind."""

    def __init__(self) -> None:
        self.received: list[tuple[int, int, int]] = []  # (command_id, status, seq) in arrival order
        self.binds = 0
        self.connections = 0
        self.live: set[FakeConnection] = set()
        self.server: asyncio.Server | None = None
        self.next_id = 0

    async def start(self) -> int:
        loop = asyncio.get_running_loop()
        self.server = await loop.create_server(lambda: FakeConnection(self), "127.0.0.1", 0)
        return self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
        for conn in list(self.live):
            if conn.transport is not None:
                conn.transport.abort()
        if self.server is not None:
            await self.server.wait_closed()

    async def __aenter__(self) -> FakeSmsc:
        self.port = await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def count(self, command_id: int) -> int:
        return sum(1 for cid, _, _ in self.received if cid == command_id)

    # -- hooks, overridden per failure mode -----------------------------------------------------------
    def on_frame(self, conn: FakeConnection, frame: bytes, command_id: int, seq: int) -> None:
        if command_id in BIND_REQUESTS:
            self.on_bind(conn, command_id, seq)
        elif command_id == SUBMIT_SM:
            self.on_submit(conn, frame, seq)
        elif command_id == ENQUIRE_LINK:
            self.on_enquire_link(conn, seq)
        elif command_id == UNBIND:
            conn.send(encode_header_only(UNBIND_RESP, seq))
            conn.close()

    def on_bind(self, conn: FakeConnection, command_id: int, seq: int) -> None:
        self.binds += 1
        conn.bound = True
        body = b"FAKE\0"
        conn.send(HEADER.pack(16 + len(body), command_id | RESPONSE_BIT, ESME_ROK, seq) + body)

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        self.next_id += 1
        conn.send(SubmitSmResp(sequence_number=seq, message_id=f"{self.next_id:x}"))

    def on_enquire_link(self, conn: FakeConnection, seq: int) -> None:
        conn.send(encode_header_only(ENQUIRE_LINK_RESP, seq))


class HappySmsc(FakeSmsc):
    """Accepts everything and sends a DELIVRD receipt right after each submit_sm_resp."""

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        super().on_submit(conn, frame, seq)
        submit = decode_pdu(frame)
        text = format_receipt(f"{self.next_id:x}", "DELIVRD", submit_date="2501011200", done_date="2501011201")
        conn.send(DeliverSm(sequence_number=conn.next_seq(), source_addr=submit.destination_addr,  # type: ignore[attr-defined]
                            destination_addr=submit.source_addr, esm_class=0x04,  # type: ignore[attr-defined]
                            short_message=text.encode()))


class SlowSmsc(FakeSmsc):
    """Answers each submit_sm after ``delay`` seconds and records the most it held unanswered."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay
        self.unanswered = 0
        self.max_unanswered = 0

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        self.unanswered += 1
        self.max_unanswered = max(self.max_unanswered, self.unanswered)
        asyncio.get_running_loop().call_later(self.delay, self._answer, conn, frame, seq)

    def _answer(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        self.unanswered -= 1
        FakeSmsc.on_submit(self, conn, frame, seq)


class SilentSmsc(FakeSmsc):
    """Binds, then never answers a submit_sm."""

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        pass


class UnbindOnSubmitSmsc(FakeSmsc):
    """Answers the first submit_sm of every connection with an unbind instead."""

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        conn.send(encode_header_only(UNBIND, conn.next_seq()))

    def on_frame(self, conn: FakeConnection, frame: bytes, command_id: int, seq: int) -> None:
        super().on_frame(conn, frame, command_id, seq)
        if command_id == UNBIND_RESP:
            conn.close()


class RefuseBindSmsc(FakeSmsc):
    """Refuses every bind with ESME_RBINDFAIL."""

    def on_bind(self, conn: FakeConnection, command_id: int, seq: int) -> None:
        self.binds += 1
        conn.send(encode_header_only(command_id | RESPONSE_BIT, seq, ESME_RBINDFAIL))


class FlappingSmsc(FakeSmsc):
    """Accepts every bind, then hangs up straight away (a crash-looping SMSC); records bind times."""

    def __init__(self) -> None:
        super().__init__()
        self.bind_times: list[float] = []

    def on_bind(self, conn: FakeConnection, command_id: int, seq: int) -> None:
        self.bind_times.append(asyncio.get_running_loop().time())
        super().on_bind(conn, command_id, seq)
        asyncio.get_running_loop().call_later(0.01, conn.close)


class ThrottledSmsc(FakeSmsc):
    """Answers ESME_RTHROTTLED to the first ``throttle_count`` submit_sm (default: all of them)."""

    def __init__(self, throttle_count: int | None = None) -> None:
        super().__init__()
        self.throttle_count = throttle_count
        self.submit_times: list[float] = []

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        self.submit_times.append(asyncio.get_running_loop().time())
        if self.throttle_count is None or len(self.submit_times) <= self.throttle_count:
            conn.send(encode_header_only(SUBMIT_SM_RESP, seq, ESME_RTHROTTLED))
        else:
            super().on_submit(conn, frame, seq)


class DropAfterSmsc(FakeSmsc):
    """Drops the TCP connection (no unbind) on the ``drop_at``-th submit_sm of each connection."""

    def __init__(self, drop_at: int) -> None:
        super().__init__()
        self.drop_at = drop_at
        self._per_conn: dict[FakeConnection, int] = {}

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        count = self._per_conn[conn] = self._per_conn.get(conn, 0) + 1
        if count >= self.drop_at:
            assert conn.transport is not None
            conn.transport.abort()
        else:
            super().on_submit(conn, frame, seq)


class NoEnquireLinkReplySmsc(FakeSmsc):
    """Binds and answers submits, but never answers enquire_link (a half-dead peer)."""

    def on_enquire_link(self, conn: FakeConnection, seq: int) -> None:
        pass


class IdleTimeoutSmsc(FakeSmsc):
    """Closes a bound connection that sent nothing for ``idle_s`` (an SMSC inactivity timer)."""

    def __init__(self, idle_s: float) -> None:
        super().__init__()
        self.idle_s = idle_s
        self.idle_closes = 0
        self._timers: dict[FakeConnection, asyncio.TimerHandle] = {}

    def on_frame(self, conn: FakeConnection, frame: bytes, command_id: int, seq: int) -> None:
        super().on_frame(conn, frame, command_id, seq)
        old = self._timers.pop(conn, None)
        if old is not None:
            old.cancel()
        self._timers[conn] = asyncio.get_running_loop().call_later(self.idle_s, self._expire, conn)

    def _expire(self, conn: FakeConnection) -> None:
        self.idle_closes += 1
        conn.close()


class UnknownCommandSmsc(FakeSmsc):
    """After each submit_sm_resp, sends a well-framed PDU with an unknown command id."""

    BOGUS_COMMAND = 0x000000FE

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        super().on_submit(conn, frame, seq)
        conn.send(HEADER.pack(20, self.BOGUS_COMMAND, 0, conn.next_seq()) + b"junk")


class TruncatedDeliverSmsc(FakeSmsc):
    """After each submit_sm_resp, sends a deliver_sm whose source_addr C-string has no NUL."""

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        super().on_submit(conn, frame, seq)
        body = b"\0" + b"\x01\x01" + b"8613800138000"  # service_type, ton, npi, then no terminator
        conn.send(HEADER.pack(16 + len(body), DELIVER_SM, 0, conn.next_seq()) + body)


class BadLengthSmsc(FakeSmsc):
    """On the first connection's first submit_sm, sends a header claiming command_length 8.

    The stream cannot be resynchronised after that, so the ESME must drop and reconnect;
    later connections behave.
    """

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        if self.connections == 1 and not getattr(conn, "poisoned", False):
            conn.poisoned = True  # type: ignore[attr-defined]
            conn.send(struct.pack(">IIII", 8, SUBMIT_SM_RESP, 0, seq))
        else:
            super().on_submit(conn, frame, seq)


class MalformedSubmitRespSmsc(FakeSmsc):
    """Answers submit_sm with ESME_ROK but a message_id that has no terminating NUL."""

    def on_submit(self, conn: FakeConnection, frame: bytes, seq: int) -> None:
        conn.send(HEADER.pack(16 + 4, SUBMIT_SM_RESP, ESME_ROK, seq) + b"abcd")


def nacks(smsc: FakeSmsc) -> list[tuple[int, int, int]]:
    """generic_nack PDUs the ESME sent to the fake."""
    return [entry for entry in smsc.received if entry[0] == GENERIC_NACK]
