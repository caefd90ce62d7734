"""Asyncio ESME session: binds, keeps the links alive, paces and windows submit_sm, reports outcomes.

Design, in short:

- Window: at most ``window_size`` submit_sm await a response. Outstanding submits sit in a
  dict keyed by sequence number, so a response is matched with one ``dict.pop`` and nothing is
  ever rescanned.
- Sending: ``send()`` encodes the body once (bad input fails in the caller) and queues it;
  ``_pump`` moves messages from the queue to the wire while the window, the token bucket, the
  throttle pause and TCP flow control all allow. It runs synchronously from whatever freed
  capacity (a response, a timer, a bind), so there is no sender task and no per-message task.
- Writes are coalesced: PDUs produced in one event-loop turn leave in one ``transport.write``
  (``stream.PduStream``, shared with the simulator).
- Timeouts: one deque in send order (the timeout is the same for all, so it is also deadline
  order) and one timer at its head.
- Throttling: ESME_RTHROTTLED / ESME_RMSGQFUL pause all sending for an exponentially growing
  pause and the same message is resent first; an accepted submit clears the level.
- Reconnect: one supervisor task per link, exponential back-off with a cap and jitter. Submits
  in flight when a link drops are reported as ``connection_lost``, not resent: the SMSC may
  already have taken them, and whether to risk a duplicate is the dispatcher's decision.
- Logging: one line per state change, ``smpp event=<name> system_id=... peer=...``; per-message
  lines are DEBUG except timeouts and losses.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from smsdesk.gateways.smpp.pdu import (
    BIND_RECEIVER,
    BIND_TRANSCEIVER,
    BIND_TRANSMITTER,
    DATA_SM,
    DATA_SM_RESP,
    DELIVER_SM,
    DELIVER_SM_RESP,
    ENQUIRE_LINK,
    ENQUIRE_LINK_RESP,
    ESME_RINVCMDID,
    ESME_RMSGQFUL,
    ESME_ROK,
    ESME_RSYSERR,
    ESME_RTHROTTLED,
    ESME_RX_T_APPN,
    GENERIC_NACK,
    HEADER,
    HEADER_SIZE,
    PDU_CLASSES,
    RESPONSE_BIT,
    SUBMIT_SM,
    SUBMIT_SM_RESP,
    TLV_RECEIPTED_MESSAGE_ID,
    UNBIND,
    UNBIND_RESP,
    BindReceiver,
    BindTransceiver,
    BindTransmitter,
    DataSm,
    DeliverSm,
    EnquireLink,
    Pdu,
    PduEncodeError,
    PduError,
    PduLengthError,
    SubmitSm,
    Unbind,
    command_name,
    decode_pdu,
    encode_header_only,
    read_message_id,
    status_name,
)
from smsdesk.gateways.smpp.ratelimit import Backoff, TokenBucket
from smsdesk.gateways.smpp.receipt import Receipt, receipt_from_fields
from smsdesk.gateways.smpp.settings import BindMode, SessionSettings
from smsdesk.gateways.smpp.stream import PduStream

log = logging.getLogger("smsdesk.gateways.smpp")

THROTTLING_STATUSES = frozenset({ESME_RTHROTTLED, ESME_RMSGQFUL})

# SubmitResult.error values: the submit has no (usable) response.
ERROR_TIMEOUT = "timeout"
ERROR_CONNECTION_LOST = "connection_lost"
ERROR_CLOSED = "closed"
ERROR_MALFORMED = "malformed_response"

_ROLE_BINDS: dict[str, tuple[type[Pdu], int]] = {
    "trx": (BindTransceiver, BIND_TRANSCEIVER | RESPONSE_BIT),
    "tx": (BindTransmitter, BIND_TRANSMITTER | RESPONSE_BIT),
    "rx": (BindReceiver, BIND_RECEIVER | RESPONSE_BIT),
}
_MODE_ROLES: dict[BindMode, tuple[str, ...]] = {
    BindMode.TRANSCEIVER: ("trx",),
    BindMode.TRANSMITTER_RECEIVER: ("tx", "rx"),
    BindMode.TRANSMITTER: ("tx",),
}
_SUBMIT_ROLES = frozenset({"trx", "tx"})
_MAX_SEQUENCE = 0x7FFFFFFF


class SessionClosedError(Exception):
    """send()/submit() on a session that is closing or closed."""


class BindRefusedError(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(f"bind refused: {status_name(status)}")
        self.status = status


@dataclass(slots=True)
class SubmitResult:
    """The outcome of one submit_sm. ``status`` is None when no response arrived (see ``error``)."""

    ref: Any
    status: int | None
    message_id: str | None
    sequence_number: int
    attempts: int
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and self.status == ESME_ROK

    @property
    def status_name(self) -> str:
        return "none" if self.status is None else status_name(self.status)


@dataclass(slots=True)
class Delivery:
    """An inbound deliver_sm/data_sm: a delivery receipt (``receipt`` set) or an MO message.

    With ``defer_deliver_ack`` the SMSC gets its deliver_sm_resp only from ``ack()``: call it once the
    delivery is stored. An ack for a link that has dropped meanwhile is not sent (the SMSC delivers again).
    """

    pdu: DeliverSm | DataSm
    receipt: Receipt | None
    role: str
    _link: _Link | None = None
    _seq: int = 0
    _resp_id: int = DELIVER_SM_RESP

    @property
    def is_receipt(self) -> bool:
        return self.receipt is not None

    def ack(self, status: int = ESME_ROK) -> bool:
        """Sends the response now (once); False when there is nothing to answer or the link is gone."""
        link = self._link
        if link is None:
            return False
        self._link = None
        if link.closed.done() or link.transport is None or link.transport.is_closing():
            link.session.stats.acks_lost += 1
            return False
        link.session.stats.acks_deferred -= 1
        link.write(HEADER.pack(HEADER_SIZE + 1, self._resp_id, status, self._seq) + b"\0")
        return True


@dataclass(slots=True)
class SessionStats:
    submitted: int = 0  # submit_sm written, retries included
    accepted: int = 0
    rejected: int = 0
    throttled: int = 0  # throttling responses received (each one is retried or final)
    timeouts: int = 0
    connection_lost: int = 0
    late_responses: int = 0
    deliveries: int = 0
    receipts: int = 0
    binds: int = 0
    bind_failures: int = 0
    link_losses: int = 0
    enquire_links_sent: int = 0
    generic_nacks_sent: int = 0
    malformed: int = 0
    acks_deferred: int = 0  # deliveries awaiting their owner's ack()
    acks_lost: int = 0  # acks whose link had dropped: the SMSC delivers those again


T = TypeVar("T")


class ResultStream(Generic[T]):
    """Turns a session callback into an async iterator: pass ``stream.put`` as the callback."""

    def __init__(self) -> None:
        self._queue: asyncio.Queue[T] = asyncio.Queue()  # unbounded: a callback cannot wait

    def put(self, item: T) -> None:
        self._queue.put_nowait(item)

    def __aiter__(self) -> ResultStream[T]:
        return self

    async def __anext__(self) -> T:
        return await self._queue.get()

    async def get(self, timeout: float | None = None) -> T:
        return await asyncio.wait_for(self._queue.get(), timeout)

    def qsize(self) -> int:
        return self._queue.qsize()


class _Outbound:
    __slots__ = ("attempts", "body", "future", "ref", "seq")

    def __init__(self, ref: Any, body: bytes, future: asyncio.Future[SubmitResult] | None) -> None:
        self.ref = ref
        self.body = body
        self.future = future
        self.attempts = 0
        self.seq = 0


class _Link(PduStream):
    """One TCP connection and its bind: request/response matching on top of the shared stream."""

    def __init__(self, session: SmppSession, role: str) -> None:
        super().__init__(session.settings.max_pdu_size, tcp_nodelay=session.settings.tcp_nodelay)
        self.session = session
        self.role = role
        self.requests: dict[int, asyncio.Future[tuple[int, int, bytes]]] = {}
        self.closed: asyncio.Future[str] = self.loop.create_future()
        self.bound = False
        self.writable = True
        self.keepalive: asyncio.Task[None] | None = None

    # -- transport callbacks --------------------------------------------------------------------
    def connection_lost(self, exc: Exception | None) -> None:
        self.bound = False
        reason = self.close_reason or ("closed by peer" if exc is None else f"{type(exc).__name__}: {exc}")
        for future in self.requests.values():
            if not future.done():
                future.set_exception(ConnectionError(reason))
        self.requests.clear()
        if not self.closed.done():
            self.closed.set_result(reason)
        self.session._on_link_lost(self)

    def pause_writing(self) -> None:
        self.writable = False

    def resume_writing(self) -> None:
        self.writable = True
        self.session._pump()

    # -- the stream's hooks -----------------------------------------------------------------------
    def stream_broken(self, exc: PduLengthError) -> None:
        self.session._log_malformed(self, exc)  # then nacked and closed: the session reconnects

    def frames_handled(self) -> None:
        self.session._after_batch()

    def send_nack(self, status: int, seq: int) -> None:
        self.session.stats.generic_nacks_sent += 1
        super().send_nack(status, seq)

    async def request(self, pdu: Pdu, timeout: float) -> tuple[int, int, bytes]:
        """Send a non-submit request and wait for its response: (command_id, status, frame)."""
        seq = self.session._next_seq()
        pdu.sequence_number = seq
        future: asyncio.Future[tuple[int, int, bytes]] = self.loop.create_future()
        self.requests[seq] = future
        self.write(pdu.encode())
        try:
            return await asyncio.wait_for(future, timeout)
        finally:
            self.requests.pop(seq, None)

    # -- reading --------------------------------------------------------------------------------
    def handle_frame(self, frame: bytes) -> None:
        _, command_id, status, seq = HEADER.unpack_from(frame, 0)
        session = self.session
        if command_id == SUBMIT_SM_RESP:
            session._on_submit_resp(status, seq, frame, nack=False)
        elif command_id in (DELIVER_SM, DATA_SM):
            session._on_deliver(self, command_id, seq, frame)
        elif command_id == ENQUIRE_LINK:
            self.write(encode_header_only(ENQUIRE_LINK_RESP, seq))
        elif command_id & RESPONSE_BIT:
            future = self.requests.pop(seq, None)
            if future is not None:
                if not future.done():
                    future.set_result((command_id, status, frame))
            elif command_id == GENERIC_NACK:
                # The SMSC could not take one of our submit_sm (some send 0x58 this way too).
                session._on_submit_resp(status or ESME_RSYSERR, seq, frame, nack=True)
            else:
                log.debug("smpp event=unexpected_response system_id=%s peer=%s command=%s seq=%d",
                          session.settings.system_id, session.settings.peer, command_name(command_id), seq)
        elif command_id == UNBIND:
            self.write(encode_header_only(UNBIND_RESP, seq))
            session._log_event(logging.INFO, "peer_unbind", self)
            self.close("unbound by peer")
        else:
            reason = "not served by an ESME" if command_id in PDU_CLASSES else "unknown command id"
            session._log_malformed(self, PduError(f"{command_name(command_id)}: {reason}"))
            self.send_nack(ESME_RINVCMDID, seq)


class SmppSession:
    """An ESME session to one SMSC (one channel's bind), surviving disconnects until closed.

    ``on_submit_result(SubmitResult)`` and ``on_deliver(Delivery)`` are plain callbacks run on
    the event loop; they must be quick (hand over to a queue). An exception raised by
    ``on_deliver`` makes us answer ESME_RX_T_APPN so the SMSC redelivers later.
    """

    def __init__(
        self,
        settings: SessionSettings,
        *,
        on_submit_result: Callable[[SubmitResult], None] | None = None,
        on_deliver: Callable[[Delivery], None] | None = None,
    ) -> None:
        self.settings = settings
        self.stats = SessionStats()
        self.last_error = ""  # why the last connect or bind failed ("" once a bind succeeded): connection tests
        self._on_submit_result = on_submit_result
        self._on_deliver_cb = on_deliver
        self._roles = _MODE_ROLES[settings.bind_mode]
        self._queue: deque[_Outbound] = deque()
        self._retry: deque[_Outbound] = deque()
        self._pending: dict[int, _Outbound] = {}
        self._timeouts: deque[tuple[float, int, _Outbound]] = deque()
        self._space_waiters: deque[asyncio.Future[None]] = deque()
        self._links: dict[str, _Link] = {}
        self._submit_link: _Link | None = None
        self._supervisors: list[asyncio.Task[None]] = []
        self._bound = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._bucket: TokenBucket | None = None
        self._seq = 0
        self._throttle_level = 0
        self._paused = False
        self._pause_handle: asyncio.TimerHandle | None = None
        self._rate_handle: asyncio.TimerHandle | None = None
        self._timeout_handle: asyncio.TimerHandle | None = None
        self._accepting = False
        self._closing = False
        self._closed = False
        self._debug = log.isEnabledFor(logging.DEBUG)

    # -- public API -------------------------------------------------------------------------------
    async def start(self) -> None:
        """Start connecting; returns at once. Use ``wait_bound`` to wait for the bind."""
        if self._loop is not None:
            raise RuntimeError("session already started")
        loop = self._loop = asyncio.get_running_loop()
        settings = self.settings
        if settings.max_messages_per_second:
            self._bucket = TokenBucket(settings.max_messages_per_second, settings.rate_burst, loop.time)
        self._accepting = True
        for role in self._roles:
            self._supervisors.append(loop.create_task(self._supervise(role), name=f"smpp-{role}"))

    async def wait_bound(self, timeout: float | None = None) -> None:
        """Wait until every link of the bind mode is bound."""
        await asyncio.wait_for(self._bound.wait(), timeout)

    @property
    def bound(self) -> bool:
        return self._bound.is_set()

    @property
    def outstanding(self) -> int:
        """submit_sm on the wire awaiting a response; never above window_size."""
        return len(self._pending)

    @property
    def queued(self) -> int:
        return len(self._queue) + len(self._retry)

    async def send(self, pdu: SubmitSm, ref: Any = None) -> None:
        """Queue one submit_sm; the outcome goes to ``on_submit_result``.

        Waits while the queue is full (back-pressure), so a caller may simply loop over its
        messages. The sequence number is the session's; ``pdu.sequence_number`` is ignored.
        Raises ``PduEncodeError`` at once for a message that cannot be encoded.
        """
        await self._enqueue(pdu, ref, None)

    async def submit(self, pdu: SubmitSm, ref: Any = None) -> SubmitResult:
        """Send one submit_sm and wait for its outcome (low volume, tests)."""
        assert self._loop is not None, "start() the session first"
        future: asyncio.Future[SubmitResult] = self._loop.create_future()
        await self._enqueue(pdu, ref, future)
        return await future

    async def close(self, drain_timeout: float | None = None) -> None:
        """Stop taking messages, wait for outstanding responses, unbind and disconnect.

        Whatever is still queued or unanswered after ``drain_timeout`` is reported as ``closed``.
        """
        if self._closed or self._loop is None:
            self._closed = True
            return
        self._accepting = False
        self._wake_senders(all_waiters=True)
        limit = self.settings.drain_timeout_s if drain_timeout is None else drain_timeout
        deadline = self._loop.time() + limit
        while (self._pending or self._queue or self._retry) and self._submit_link is not None:
            if self._loop.time() >= deadline:
                break
            await asyncio.sleep(0.01)
        self._closing = True
        for handle in (self._pause_handle, self._rate_handle, self._timeout_handle):
            if handle is not None:
                handle.cancel()
        for link in list(self._links.values()):
            if link.bound:
                try:
                    await link.request(Unbind(), self.settings.unbind_timeout_s)
                    self._log_event(logging.INFO, "unbound", link)
                except (TimeoutError, ConnectionError):
                    pass
            link.close("closed by us")
        for task in self._supervisors:
            task.cancel()
        await asyncio.gather(*self._supervisors, return_exceptions=True)
        self._fail_pending(ERROR_CLOSED)
        for item in (*self._retry, *self._queue):
            self._finish(item, None, None, ERROR_CLOSED)
        self._retry.clear()
        self._queue.clear()
        self._closed = True
        self._log_event(logging.INFO, "closed", None)

    # -- sending ----------------------------------------------------------------------------------
    async def _enqueue(self, pdu: SubmitSm, ref: Any, future: asyncio.Future[SubmitResult] | None) -> None:
        if not self._accepting:
            raise SessionClosedError("session is not accepting messages")
        try:
            body = pdu.encode_body()
        except (ValueError, OverflowError) as exc:  # struct.error is not a ValueError subclass
            raise PduEncodeError(str(exc)) from None
        except Exception as exc:
            raise PduEncodeError(f"cannot encode submit_sm: {exc}") from None
        limit = self.settings.effective_queue_size
        while len(self._queue) >= limit:
            assert self._loop is not None
            waiter: asyncio.Future[None] = self._loop.create_future()
            self._space_waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter.done() and not waiter.cancelled():
                    self._wake_senders()  # pass our wake-up on
                raise
            if not self._accepting:
                raise SessionClosedError("session closed while waiting for queue space")
        self._queue.append(_Outbound(ref, body, future))
        self._pump()

    def _wake_senders(self, all_waiters: bool = False) -> None:
        waiters = self._space_waiters
        room = len(waiters) if all_waiters else self.settings.effective_queue_size - len(self._queue)
        while waiters and room > 0:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                room -= 1

    def _pump(self) -> None:
        link = self._submit_link
        if link is None or not link.bound or not link.writable or self._paused or self._closing:
            return
        retry = self._retry
        queue = self._queue
        if not (retry or queue):
            return
        pending = self._pending
        room = self.settings.window_size - len(pending)
        if room <= 0:
            return
        assert self._loop is not None
        bucket = self._bucket
        deadline = self._loop.time() + self.settings.submit_timeout_s
        timeouts = self._timeouts
        write = link.write
        pack = HEADER.pack
        debug = self._debug
        sent = 0
        while room > 0 and (retry or queue):
            if bucket is not None:
                wait = bucket.try_take()
                if wait > 0.0:
                    if self._rate_handle is None:
                        self._rate_handle = self._loop.call_later(wait, self._on_rate_timer)
                    break
            item = retry.popleft() if retry else queue.popleft()
            seq = self._seq + 1 if self._seq < _MAX_SEQUENCE else 1
            self._seq = seq
            item.seq = seq
            item.attempts += 1
            pending[seq] = item
            timeouts.append((deadline, seq, item))
            write(pack(HEADER_SIZE + len(item.body), SUBMIT_SM, ESME_ROK, seq) + item.body)
            if debug:
                log.debug("smpp event=submit_sent system_id=%s peer=%s seq=%d ref=%r attempt=%d",
                          self.settings.system_id, self.settings.peer, seq, item.ref, item.attempts)
            room -= 1
            sent += 1
        if sent:
            self.stats.submitted += sent
            if self._timeout_handle is None:
                self._timeout_handle = self._loop.call_at(timeouts[0][0], self._check_timeouts)
            if self._space_waiters:
                self._wake_senders()

    def _on_rate_timer(self) -> None:
        self._rate_handle = None
        self._pump()

    def _next_seq(self) -> int:
        self._seq = self._seq + 1 if self._seq < _MAX_SEQUENCE else 1
        return self._seq

    # -- responses --------------------------------------------------------------------------------
    def _on_submit_resp(self, status: int, seq: int, frame: bytes, *, nack: bool) -> None:
        item = self._pending.pop(seq, None)
        if item is None:
            self.stats.late_responses += 1
            if self._debug:
                log.debug("smpp event=late_response system_id=%s peer=%s seq=%d status=%s",
                          self.settings.system_id, self.settings.peer, seq, status_name(status))
            return
        if status in THROTTLING_STATUSES:
            self.stats.throttled += 1
            if item.attempts <= self.settings.throttle_max_retries:
                self._retry.append(item)
                self._enter_throttle(status)
                return
        message_id = None
        error = None
        if status == ESME_ROK:
            if self._throttle_level and not self._paused:
                self._throttle_level = 0
                self._log_event(logging.INFO, "throttle_cleared", self._submit_link)
            if not nack:
                try:
                    message_id = read_message_id(frame)
                except PduError:
                    error = ERROR_MALFORMED
        self._finish(item, status, message_id, error)

    def _finish(self, item: _Outbound, status: int | None, message_id: str | None, error: str | None) -> None:
        stats = self.stats
        if error is None and status == ESME_ROK:
            stats.accepted += 1
        elif error is None:
            stats.rejected += 1
        result = SubmitResult(item.ref, status, message_id, item.seq, item.attempts, error)
        if self._debug or error is not None:
            log.log(logging.DEBUG if error is None else logging.WARNING,
                    "smpp event=submit_%s system_id=%s peer=%s seq=%d ref=%r status=%s message_id=%s "
                    "attempts=%d",
                    error or "resp", self.settings.system_id, self.settings.peer, item.seq, item.ref,
                    result.status_name, message_id, item.attempts)
        future = item.future
        if future is not None and not future.done():
            future.set_result(result)
        callback = self._on_submit_result
        if callback is not None:
            try:
                callback(result)
            except Exception:
                log.exception("smpp event=callback_error system_id=%s callback=on_submit_result",
                              self.settings.system_id)

    def _after_batch(self) -> None:
        """After a read: drop answered entries from the timeout deque's head, refill the window."""
        timeouts = self._timeouts
        pending = self._pending
        while timeouts:
            _, seq, item = timeouts[0]
            if pending.get(seq) is item:
                break
            timeouts.popleft()
        self._pump()

    def _check_timeouts(self) -> None:
        self._timeout_handle = None
        assert self._loop is not None
        now = self._loop.time()
        timeouts = self._timeouts
        pending = self._pending
        expired = []
        while timeouts:
            deadline, seq, item = timeouts[0]
            if pending.get(seq) is not item:
                timeouts.popleft()
                continue
            if deadline > now:
                break
            timeouts.popleft()
            del pending[seq]
            expired.append(item)
        if timeouts:
            self._timeout_handle = self._loop.call_at(timeouts[0][0], self._check_timeouts)
        for item in expired:
            self.stats.timeouts += 1
            self._finish(item, None, None, ERROR_TIMEOUT)
        if expired:
            self._pump()

    def _fail_pending(self, error: str) -> None:
        items = list(self._pending.values())
        self._pending.clear()
        self._timeouts.clear()
        for item in items:
            if error == ERROR_CONNECTION_LOST:
                self.stats.connection_lost += 1
            self._finish(item, None, None, error)

    def _enter_throttle(self, status: int) -> None:
        if self._paused:
            return  # responses to PDUs sent before the pause do not escalate it
        assert self._loop is not None
        self._throttle_level += 1
        settings = self.settings
        pause = min(settings.throttle_backoff_max_s,
                    settings.throttle_backoff_initial_s * 2 ** min(self._throttle_level - 1, 32))
        self._paused = True
        self._pause_handle = self._loop.call_later(pause, self._end_pause)
        self._log_event(logging.WARNING, "throttled", self._submit_link,
                        f"status={status_name(status)} level={self._throttle_level} pause_s={pause:.3f}")

    def _end_pause(self) -> None:
        self._pause_handle = None
        self._paused = False
        self._pump()

    # -- inbound ----------------------------------------------------------------------------------
    def _on_deliver(self, link: _Link, command_id: int, seq: int, frame: bytes) -> None:
        try:
            pdu = decode_pdu(frame)
        except PduError as exc:
            self._log_malformed(link, exc)
            link.send_nack(exc.status, seq)
            return
        assert isinstance(pdu, DeliverSm | DataSm)
        receipt = None
        if pdu.is_receipt or TLV_RECEIPTED_MESSAGE_ID in pdu.tlvs:
            receipt = receipt_from_fields(pdu.payload, pdu.data_coding, pdu.tlvs)
            self.stats.receipts += 1
        self.stats.deliveries += 1
        status = ESME_ROK
        resp_id = DELIVER_SM_RESP if command_id == DELIVER_SM else DATA_SM_RESP
        callback = self._on_deliver_cb
        if callback is not None:
            deferred = self.settings.defer_deliver_ack
            delivery = Delivery(pdu, receipt, link.role, link if deferred else None, seq, resp_id)
            try:
                callback(delivery)
            except Exception:
                log.exception("smpp event=callback_error system_id=%s callback=on_deliver seq=%d",
                              self.settings.system_id, seq)
                status = ESME_RX_T_APPN
                delivery._link = None
            else:
                if deferred:
                    self.stats.acks_deferred += 1
                    return
        link.write(HEADER.pack(HEADER_SIZE + 1, resp_id, status, seq) + b"\0")

    # -- links ------------------------------------------------------------------------------------
    async def _supervise(self, role: str) -> None:
        settings = self.settings
        assert self._loop is not None
        backoff = Backoff(settings.reconnect_initial_s, settings.reconnect_max_s,
                          settings.reconnect_multiplier, settings.reconnect_jitter)
        while not self._closing:
            try:
                link = await self._open_link(role)
            except BindRefusedError as exc:
                self.stats.bind_failures += 1
                self.last_error = f"refused:{status_name(exc.status)}"
                self._log_event(logging.WARNING, "bind_refused", None,
                                f"role={role} status={status_name(exc.status)}")
            except Exception as exc:
                if self._closing:
                    break
                self.stats.bind_failures += 1
                self.last_error = f"unreachable:{type(exc).__name__}: {str(exc)[:160]}"
                self._log_event(logging.WARNING, "connect_failed", None,
                                f"role={role} error={type(exc).__name__}:{str(exc)[:120]!r}")
            else:
                self.last_error = ""
                bound_at = self._loop.time()
                self._link_up(link)
                reason = await link.closed
                if self._closing:
                    break
                self.stats.link_losses += 1
                self._log_event(logging.WARNING, "link_lost", link, f"reason={reason!r}")
                if self._loop.time() - bound_at >= settings.backoff_reset_after_s:
                    backoff.reset()
            delay = backoff.next_delay()
            self._log_event(logging.INFO, "reconnect_wait", None, f"role={role} delay_s={delay:.3f}")
            await asyncio.sleep(delay)

    async def _open_link(self, role: str) -> _Link:
        settings = self.settings
        assert self._loop is not None
        link = _Link(self, role)
        tls: dict[str, Any] = {}
        if settings.tls is not None:
            tls = {"ssl": settings.tls, "server_hostname": settings.tls_server_hostname or settings.host}
        await asyncio.wait_for(
            self._loop.create_connection(lambda: link, settings.host, settings.port, **tls),
            settings.connect_timeout_s,
        )
        bind_cls, resp_id = _ROLE_BINDS[role]
        bind = bind_cls(system_id=settings.system_id, password=settings.password,  # type: ignore[call-arg]
                        system_type=settings.system_type, interface_version=settings.interface_version,
                        addr_ton=settings.addr_ton, addr_npi=settings.addr_npi,
                        address_range=settings.address_range)
        try:
            command_id, status, _ = await link.request(bind, settings.bind_timeout_s)
        except BaseException:
            link.abort("bind did not complete")
            raise
        if command_id != resp_id or status != ESME_ROK:
            link.close("bind refused")
            raise BindRefusedError(status if status != ESME_ROK else ESME_RSYSERR)
        link.bound = True
        return link

    def _link_up(self, link: _Link) -> None:
        assert self._loop is not None
        if link.closed.done():
            return  # lost between bind_resp and here: the supervisor sees it closed and retries
        self._links[link.role] = link
        if link.role in _SUBMIT_ROLES:
            self._submit_link = link
        self.stats.binds += 1
        self._log_event(logging.INFO, "bound", link)
        link.keepalive = self._loop.create_task(self._keepalive(link), name=f"smpp-keepalive-{link.role}")
        if all(role in self._links and self._links[role].bound for role in self._roles):
            self._bound.set()
        self._pump()

    def _on_link_lost(self, link: _Link) -> None:
        if link.keepalive is not None:
            link.keepalive.cancel()
        if self._links.get(link.role) is not link:
            return  # a link that never finished binding was never registered
        del self._links[link.role]
        self._bound.clear()
        if self._submit_link is link:
            self._submit_link = None
            # While closing, the SMSC hanging up after our unbind is the expected end, not a loss.
            self._fail_pending(ERROR_CLOSED if self._closing else ERROR_CONNECTION_LOST)

    async def _keepalive(self, link: _Link) -> None:
        """enquire_link whenever nothing was received for enquire_link_interval_s."""
        settings = self.settings
        loop = link.loop
        while not link.closed.done():
            wait = link.last_rx + settings.enquire_link_interval_s - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
                continue
            self.stats.enquire_links_sent += 1
            try:
                await link.request(EnquireLink(), settings.enquire_link_timeout_s)
            except TimeoutError:
                self._log_event(logging.WARNING, "enquire_link_timeout", link,
                                f"timeout_s={settings.enquire_link_timeout_s}")
                link.abort("enquire_link unanswered")
                return
            except ConnectionError:
                return
            # A response refreshed last_rx; an idle peer is thus polled once per interval.

    # -- logging ----------------------------------------------------------------------------------
    def _log_event(self, level: int, event: str, link: _Link | None, extra: str = "") -> None:
        role = f" role={link.role}" if link is not None else ""
        log.log(level, "smpp event=%s system_id=%s peer=%s%s%s", event, self.settings.system_id,
                self.settings.peer, role, f" {extra}" if extra else "")

    def _log_malformed(self, link: _Link, exc: PduError) -> None:
        self.stats.malformed += 1
        self._log_event(logging.WARNING, "malformed_pdu", link,
                        f"command={command_name(exc.command_id or 0)} seq={exc.sequence_number} "
                        f"status={status_name(exc.status)} error={str(exc)[:160]!r}")
