"""One SMPP TCP connection, either end: framing in, coalesced writes out. The ESME session's links and the
simulator's connections are both built on it.

PDUs written in one event-loop turn leave in one ``transport.write``: at thousands of PDUs a second a write per
PDU costs more than the encoding. A stream that cannot be resynchronised (a length the decoder refuses) is
answered with generic_nack and closed.
"""

from __future__ import annotations

import asyncio
import socket

from smsdesk.gateways.smpp.pdu import FrameDecoder, PduLengthError, encode_generic_nack


class PduStream(asyncio.Protocol):
    """Subclasses handle each frame in ``handle_frame``; ``frames_handled`` runs after every read's batch."""

    def __init__(self, max_pdu_size: int, *, tcp_nodelay: bool = True) -> None:
        self.loop = asyncio.get_running_loop()
        self.decoder = FrameDecoder(max_pdu_size)
        self.transport: asyncio.Transport | None = None
        self.last_rx = self.loop.time()  # loop time of the last bytes received (enquire_link keeps it fresh)
        self.close_reason: str | None = None  # ours, when we closed or aborted the connection
        self._tcp_nodelay = tcp_nodelay
        self._out: list[bytes] = []
        self._flush_scheduled = False

    # -- what a subclass provides ---------------------------------------------------------------------
    def handle_frame(self, frame: bytes) -> None:
        raise NotImplementedError

    def frames_handled(self) -> None:
        """After the frames of one read were handled, before they are answered (the flush)."""

    def stream_broken(self, exc: PduLengthError) -> None:
        """The peer sent a length we cannot read past: say so (the stream is then nacked and closed)."""

    def send_nack(self, status: int, seq: int) -> None:
        self.write(encode_generic_nack(status, seq))

    # -- transport callbacks ------------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]
        if self._tcp_nodelay:
            sock = transport.get_extra_info("socket")
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                try:
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                except OSError:
                    pass

    def data_received(self, data: bytes) -> None:
        self.last_rx = self.loop.time()
        try:
            frames = self.decoder.feed(data)
        except PduLengthError as exc:
            self.stream_broken(exc)
            self.send_nack(exc.status, exc.sequence_number or 0)
            self.close(f"malformed stream: {exc}")
            return
        handle = self.handle_frame
        for frame in frames:
            handle(frame)
        self.frames_handled()
        self.flush()

    # -- writing ------------------------------------------------------------------------------------------
    def write(self, data: bytes) -> None:
        self._out.append(data)
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self.loop.call_soon(self.flush)

    def flush(self) -> None:
        self._flush_scheduled = False
        if not self._out:
            return
        out = self._out
        self._out = []
        transport = self.transport
        if transport is not None and not transport.is_closing():
            transport.write(out[0] if len(out) == 1 else b"".join(out))

    def close(self, reason: str) -> None:
        """Sends what is written so far, then closes."""
        if self.close_reason is None:
            self.close_reason = reason
        self.flush()
        if self.transport is not None:
            self.transport.close()  # sends what is buffered first

    def abort(self, reason: str) -> None:
        """Drops the connection at once, unsent data with it."""
        if self.close_reason is None:
            self.close_reason = reason
        if self.transport is not None:
            self.transport.abort()
