"""The SMSC simulator's server: binds, submit_sm, delivery receipts, MO replies, throttling.

Built for throughput on a small machine: one asyncio Protocol per connection (the SMPP stream the ESME
session uses too: PDUs produced in one event-loop turn leave in one write), receipts and replies are timer
callbacks (no task per message), and receipt bodies are built once at submit time.
"""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
import logging
import random
import ssl
import time
from collections import deque

from smsdesk.gateways.smpp.pdu import (
    BIND_RECEIVER,
    BIND_REQUESTS,
    BIND_TRANSCEIVER,
    BIND_TRANSMITTER,
    DEFAULT_MAX_PDU_SIZE,
    DELIVER_SM,
    DELIVER_SM_RESP,
    ENQUIRE_LINK,
    ENQUIRE_LINK_RESP,
    ESM_CLASS_SMSC_RECEIPT,
    ESME_RALYBND,
    ESME_RINVBNDSTS,
    ESME_RINVCMDID,
    ESME_RINVPASWD,
    ESME_RINVSYSID,
    ESME_ROK,
    ESME_RTHROTTLED,
    GENERIC_NACK,
    HEADER,
    HEADER_SIZE,
    INTERFACE_VERSION_34,
    PDU_CLASSES,
    RESPONSE_BIT,
    SUBMIT_SM,
    SUBMIT_SM_RESP,
    TLV_MESSAGE_STATE,
    TLV_NETWORK_ERROR_CODE,
    TLV_RECEIPTED_MESSAGE_ID,
    TLV_SC_INTERFACE_VERSION,
    UNBIND,
    UNBIND_RESP,
    DeliverSm,
    PduError,
    PduLengthError,
    SubmitSm,
    command_name,
    decode_pdu,
    encode_generic_nack,
    encode_header_only,
    status_name,
    tlv_cstr,
    tlv_u8,
)
from smsdesk.gateways.smpp.ratelimit import TokenBucket
from smsdesk.gateways.smpp.stream import PduStream
from smsdesk.simsc.config import REPLY_TEXTS, Outcome, SimscConfig

log = logging.getLogger("smsdesk.simsc")

_RESP_FOR = {BIND_TRANSMITTER: BIND_TRANSMITTER | RESPONSE_BIT, BIND_RECEIVER: BIND_RECEIVER | RESPONSE_BIT,
             BIND_TRANSCEIVER: BIND_TRANSCEIVER | RESPONSE_BIT}
_MODE_NAMES = {BIND_TRANSMITTER: "tx", BIND_RECEIVER: "rx", BIND_TRANSCEIVER: "trx"}
_NETWORK_TYPE_GSM = 3  # first octet of network_error_code


@dataclasses.dataclass(slots=True)
class SimscStats:
    connections: int = 0
    binds: int = 0
    bind_refusals: int = 0
    submits: int = 0
    accepted: int = 0
    refused: int = 0  # submit-time errors from the fail mix
    throttled: int = 0
    receipts_scheduled: int = 0
    replies_scheduled: int = 0
    deliveries_sent: int = 0  # deliver_sm written, redeliveries included
    deliver_acks: int = 0
    deliver_errors: int = 0
    enquire_links: int = 0
    unbinds: int = 0
    malformed: int = 0


class _Account:
    """Per system_id: where receipts and replies go, and the account's throttle."""

    __slots__ = ("backlog", "bucket", "receivers", "sim", "system_id", "turn")

    def __init__(self, sim: Simulator, system_id: str) -> None:
        self.sim = sim
        self.system_id = system_id
        self.receivers: list[_SmscConnection] = []
        self.backlog: deque[bytes] = deque()  # deliver_sm bodies with no receiver free yet
        self.turn = 0
        config = sim.config
        self.bucket = (TokenBucket(config.tps, config.effective_tps_burst, sim.loop.time)
                       if config.tps else None)

    def deliver(self, body: bytes) -> None:
        receivers = self.receivers
        count = len(receivers)
        window = self.sim.config.deliver_window
        for _ in range(count):
            self.turn = (self.turn + 1) % count
            conn = receivers[self.turn]
            if len(conn.outstanding) < window:
                conn.send_deliver(body)
                return
        self.backlog.append(body)

    def drain_backlog(self) -> None:
        backlog = self.backlog
        window = self.sim.config.deliver_window
        for conn in self.receivers:
            while backlog and len(conn.outstanding) < window:
                conn.send_deliver(backlog.popleft())


class _SmscConnection(PduStream):
    def __init__(self, sim: Simulator) -> None:
        super().__init__(DEFAULT_MAX_PDU_SIZE)
        self.sim = sim
        self.peer = "?"
        self.mode: int | None = None  # the bind command id once bound
        self.account: _Account | None = None
        self.can_submit = False
        self.outstanding: dict[int, bytes] = {}  # deliver_sm seq -> body, until deliver_sm_resp
        self.seq = 0

    # -- transport ------------------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        peer = transport.get_extra_info("peername")
        self.peer = f"{peer[0]}:{peer[1]}" if peer else "?"
        self.sim.connections.add(self)
        self.sim.stats.connections += 1

    def connection_lost(self, exc: Exception | None) -> None:
        self.sim.connections.discard(self)
        account = self.account
        if account is not None:
            if self in account.receivers:
                account.receivers.remove(self)
            if self.outstanding:
                # Unacknowledged deliveries go to another receiver, or wait for the next bind.
                account.backlog.extendleft(reversed(list(self.outstanding.values())))
                self.outstanding.clear()
                account.drain_backlog()
            if self.mode is not None:
                log.info("simsc event=disconnected system_id=%s peer=%s", account.system_id, self.peer)
        self.mode = None

    def stream_broken(self, exc: PduLengthError) -> None:
        self.sim.stats.malformed += 1
        log.warning("simsc event=malformed_stream peer=%s error=%r", self.peer, str(exc))

    # -- PDUs -----------------------------------------------------------------------------------
    def handle_frame(self, frame: bytes) -> None:
        _, command_id, status, seq = HEADER.unpack_from(frame, 0)
        if command_id == SUBMIT_SM:
            self.on_submit(frame, seq)
        elif command_id == DELIVER_SM_RESP:
            self.on_deliver_resp(status, seq)
        elif command_id == ENQUIRE_LINK:
            self.sim.stats.enquire_links += 1
            self.write(encode_header_only(ENQUIRE_LINK_RESP, seq))
        elif command_id in BIND_REQUESTS:
            self.on_bind(frame, command_id, seq)
        elif command_id == UNBIND:
            self.sim.stats.unbinds += 1
            self.write(encode_header_only(UNBIND_RESP, seq))
            if self.account is not None:
                log.info("simsc event=unbound system_id=%s peer=%s", self.account.system_id, self.peer)
            self.unregister()
            self.close("unbound by the ESME")
        elif command_id == GENERIC_NACK:
            # The ESME could not parse one of our deliver_sm; resending it would loop forever.
            self.outstanding.pop(seq, None)
            log.warning("simsc event=generic_nack peer=%s seq=%d status=%s", self.peer, seq, status_name(status))
        elif command_id in (ENQUIRE_LINK_RESP, UNBIND_RESP):
            pass
        else:
            self.sim.stats.malformed += 1
            log.warning("simsc event=unsupported_command peer=%s command=%s", self.peer, command_name(command_id))
            self.write(encode_generic_nack(ESME_RINVCMDID, seq))

    def on_bind(self, frame: bytes, command_id: int, seq: int) -> None:
        sim = self.sim
        resp_id = _RESP_FOR[command_id]
        try:
            bind = decode_pdu(frame)
        except PduError as exc:
            sim.stats.malformed += 1
            self.write(encode_generic_nack(exc.status, seq))
            return
        system_id = getattr(bind, "system_id", "")
        password = getattr(bind, "password", "")
        status = ESME_ROK
        if self.mode is not None:
            status = ESME_RALYBND
        elif sim.config.system_id is not None and system_id != sim.config.system_id:
            status = ESME_RINVSYSID
        elif sim.config.password is not None and password != sim.config.password:
            status = ESME_RINVPASWD
        if status != ESME_ROK:
            sim.stats.bind_refusals += 1
            log.warning("simsc event=bind_refused system_id=%s peer=%s status=%s", system_id, self.peer,
                        status_name(status))
            self.write(encode_header_only(resp_id, seq, status))
            return
        self.mode = command_id
        self.account = account = sim.account(system_id)
        self.can_submit = command_id in (BIND_TRANSMITTER, BIND_TRANSCEIVER)
        resp_cls = PDU_CLASSES[resp_id]
        resp = resp_cls(sequence_number=seq, system_id=sim.config.smsc_system_id,  # type: ignore[call-arg]
                        tlvs={TLV_SC_INTERFACE_VERSION: tlv_u8(INTERFACE_VERSION_34)})
        self.write(resp.encode())
        sim.stats.binds += 1
        log.info("simsc event=bound system_id=%s peer=%s mode=%s", system_id, self.peer, _MODE_NAMES[command_id])
        if command_id in (BIND_RECEIVER, BIND_TRANSCEIVER):
            account.receivers.append(self)
            account.drain_backlog()

    def unregister(self) -> None:
        if self.account is not None and self in self.account.receivers:
            self.account.receivers.remove(self)
        self.can_submit = False

    def on_submit(self, frame: bytes, seq: int) -> None:
        sim = self.sim
        stats = sim.stats
        stats.submits += 1
        account = self.account
        if not self.can_submit or account is None:
            self.respond(encode_header_only(SUBMIT_SM_RESP, seq, ESME_RINVBNDSTS))
            return
        if account.bucket is not None and account.bucket.try_take() > 0.0:
            stats.throttled += 1
            self.respond(encode_header_only(SUBMIT_SM_RESP, seq, ESME_RTHROTTLED))
            return
        try:
            pdu = decode_pdu(frame)
        except PduError as exc:
            stats.malformed += 1
            self.respond(encode_header_only(SUBMIT_SM_RESP, seq, exc.status))
            return
        assert isinstance(pdu, SubmitSm)
        outcome = sim.config.fail_mix.pick(sim.rng)
        if outcome.submit_status is not None:
            stats.refused += 1
            self.respond(encode_header_only(SUBMIT_SM_RESP, seq, outcome.submit_status))
            return
        stats.accepted += 1
        number = next(sim.ids)
        message_id = sim.format_id(number, sim.config.id_format)
        raw_id = message_id.encode("ascii")
        self.respond(HEADER.pack(HEADER_SIZE + len(raw_id) + 1, SUBMIT_SM_RESP, ESME_ROK, seq) + raw_id + b"\0")
        wants = pdu.registered_delivery & 0x03
        if wants == 1 or (wants == 2 and not outcome.delivered):
            stats.receipts_scheduled += 1
            sim.schedule(account, sim.receipt_delay, sim.receipt_body(pdu, outcome, number))
        if outcome.delivered and sim.config.reply_rate and sim.rng.random() < sim.config.reply_rate:
            stats.replies_scheduled += 1
            sim.schedule(account, sim.reply_delay, sim.reply_body(pdu))

    def respond(self, data: bytes) -> None:
        delay = self.sim.latency
        if delay:
            self.loop.call_later(delay, self.write, data)
        else:
            self.write(data)

    def send_deliver(self, body: bytes) -> None:
        self.seq = seq = self.seq + 1 if self.seq < 0x7FFFFFFF else 1
        self.outstanding[seq] = body
        self.sim.stats.deliveries_sent += 1
        self.write(HEADER.pack(HEADER_SIZE + len(body), DELIVER_SM, ESME_ROK, seq) + body)

    def on_deliver_resp(self, status: int, seq: int) -> None:
        body = self.outstanding.pop(seq, None)
        if body is None:
            return
        sim = self.sim
        if status == ESME_ROK:
            sim.stats.deliver_acks += 1
        else:
            # The ESME could not take it now (e.g. ESME_RX_T_APPN): deliver again later.
            sim.stats.deliver_errors += 1
            if self.account is not None:
                sim.schedule(self.account, sim.config.redeliver_delay_ms / 1000.0, body)
        account = self.account
        if account is not None and account.backlog:
            account.drain_backlog()


class Simulator:
    """The simulator's state; ``start()`` returns the listening asyncio server."""

    def __init__(self, config: SimscConfig) -> None:
        self.config = config
        self.stats = SimscStats()
        self.rng = random.Random(config.seed)
        # Ids start from the clock so a restarted simulator does not reuse yesterday's ids.
        self.ids = itertools.count(int(time.time() * 1000) % 10**12 * 1000 + 1)
        self.accounts: dict[str, _Account] = {}
        self.connections: set[_SmscConnection] = set()
        self.latency = config.latency_ms / 1000.0
        self.receipt_delay = config.receipt_delay_ms / 1000.0
        self.reply_delay = config.reply_delay_ms / 1000.0
        self.server: asyncio.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stats_task: asyncio.Task[None] | None = None
        self._date_cache = (0, "")

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        assert self._loop is not None, "start() first"
        return self._loop

    async def start(self) -> asyncio.Server:
        self._loop = asyncio.get_running_loop()
        tls = None
        if self.config.tls_cert:
            tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            tls.load_cert_chain(self.config.tls_cert, self.config.tls_key)
        self.server = await self._loop.create_server(
            lambda: _SmscConnection(self), self.config.host, self.config.port, ssl=tls, backlog=256)
        if self.config.stats_interval_s > 0:
            self._stats_task = self._loop.create_task(self._report_stats())
        return self.server

    @property
    def port(self) -> int:
        assert self.server is not None
        return self.server.sockets[0].getsockname()[1]

    async def stop(self, unbind_grace_s: float = 1.0) -> None:
        """Unbind every session (an SMSC going down politely), then close."""
        if self._stats_task is not None:
            self._stats_task.cancel()
        if self.server is not None:
            self.server.close()
        for conn in list(self.connections):
            if conn.mode is not None:
                conn.seq += 1
                conn.write(encode_header_only(UNBIND, conn.seq))
                conn.flush()
        deadline = self.loop.time() + unbind_grace_s
        while self.connections and self.loop.time() < deadline:
            await asyncio.sleep(0.02)
        for conn in list(self.connections):
            conn.abort("simulator stopping")
        if self.server is not None:
            await self.server.wait_closed()

    def account(self, system_id: str) -> _Account:
        account = self.accounts.get(system_id)
        if account is None:
            account = self.accounts[system_id] = _Account(self, system_id)
        return account

    def schedule(self, account: _Account, delay: float, body: bytes) -> None:
        if delay <= 0:
            account.deliver(body)
        else:
            self.loop.call_later(delay, account.deliver, body)

    @staticmethod
    def format_id(number: int, fmt: str) -> str:
        return format(number, "x") if fmt == "hex" else str(number)

    def _smsc_date(self, offset_s: float = 0.0) -> str:
        now = int(time.time() + offset_s)
        cached_at, text = self._date_cache
        if cached_at != now:
            text = time.strftime("%y%m%d%H%M", time.localtime(now))
            self._date_cache = (now, text)
        return text

    def receipt_body(self, pdu: SubmitSm, outcome: Outcome, number: int) -> bytes:
        fmt = self.config.receipt_id_format
        receipt_id = self.format_id(number, self.config.id_format if fmt == "same" else fmt)
        if pdu.data_coding == 8:
            snippet = pdu.short_message.decode("utf-16-be", errors="replace")
        else:
            snippet = pdu.short_message.decode("latin-1")
        snippet = snippet[:20].encode("ascii", errors="replace").decode("ascii")
        date = self._smsc_date()
        delivered = "001" if outcome.delivered else "000"
        text = (f"id:{receipt_id} sub:001 dlvrd:{delivered} submit date:{date} done date:{date} "
                f"stat:{outcome.stat} err:{outcome.err} text:{snippet}")
        tlvs = {TLV_RECEIPTED_MESSAGE_ID: tlv_cstr(receipt_id), TLV_MESSAGE_STATE: tlv_u8(outcome.message_state)}
        if outcome.network_error is not None:
            tlvs[TLV_NETWORK_ERROR_CODE] = bytes((_NETWORK_TYPE_GSM,)) + outcome.network_error.to_bytes(2, "big")
        return DeliverSm(
            source_addr_ton=pdu.dest_addr_ton, source_addr_npi=pdu.dest_addr_npi, source_addr=pdu.destination_addr,
            dest_addr_ton=pdu.source_addr_ton, dest_addr_npi=pdu.source_addr_npi, destination_addr=pdu.source_addr,
            esm_class=ESM_CLASS_SMSC_RECEIPT, short_message=text.encode("ascii"), tlvs=tlvs,
        ).encode_body()

    def reply_body(self, pdu: SubmitSm) -> bytes:
        text = self.rng.choice(REPLY_TEXTS)
        if text.isascii():
            data_coding, message = 0, text.encode("ascii")
        else:
            data_coding, message = 8, text.encode("utf-16-be")
        return DeliverSm(
            source_addr_ton=pdu.dest_addr_ton, source_addr_npi=pdu.dest_addr_npi, source_addr=pdu.destination_addr,
            dest_addr_ton=pdu.source_addr_ton, dest_addr_npi=pdu.source_addr_npi, destination_addr=pdu.source_addr,
            data_coding=data_coding, short_message=message,
        ).encode_body()

    async def _report_stats(self) -> None:
        last = SimscStats()
        interval = self.config.stats_interval_s
        while True:
            await asyncio.sleep(interval)
            now = dataclasses.replace(self.stats)
            log.info("simsc event=stats connections=%d submits=%d submit_per_s=%.0f throttled=%d "
                     "deliveries=%d deliveries_per_s=%.0f replies=%d", len(self.connections), now.submits,
                     (now.submits - last.submits) / interval, now.throttled, now.deliveries_sent,
                     (now.deliveries_sent - last.deliveries_sent) / interval, now.replies_scheduled)
            last = now


async def run_server(config: SimscConfig) -> asyncio.Server:
    """Start a simulator in the running loop and return its listening server (for tests)."""
    return await Simulator(config).start()
