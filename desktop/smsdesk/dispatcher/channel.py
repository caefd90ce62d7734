"""One bound channel: its SMPP session, the messages claimed for it, the parts on the wire, its health.

The runner only moves messages and watches the link; every decision about a message (what to send, what an
outcome means) belongs to its owner, which it calls back through ``ChannelOwner``: the Dispatcher in the
process, a recorder in a test that runs one channel alone.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from smsdesk.dispatcher.config import DispatcherSettings
from smsdesk.gateways.smpp.parts import EncodedSubmit
from smsdesk.gateways.smpp.pdu import PduEncodeError
from smsdesk.gateways.smpp.session import (
    Delivery,
    SessionClosedError,
    SmppSession,
    SubmitResult,
)
from smsdesk.gateways.smpp.settings import BindMode, SessionSettings
from smsdesk.store.dispatch_calls import ChannelConfig, ClaimedMessage

log = logging.getLogger("smsdesk.dispatcher")


def session_queue_size(config: ChannelConfig) -> int:
    """Messages handed to the session ahead of the window. A few windows keep the link busy while this process
    writes to the database or parses a claim (the session refills the window on every response); on a slow
    channel no more than half a second of sending, since a message in there has passed its expiry check."""
    ahead = 4 * config.window_size
    if config.tps:
        ahead = min(ahead, int(float(config.tps) / 2))
    return max(config.window_size, ahead)


def session_settings(
    config: ChannelConfig, *, reconnect_initial_s: float, reconnect_max_s: float, drain_timeout_s: float
) -> SessionSettings:
    return SessionSettings(
        host=config.host,
        port=config.port,
        system_id=config.system_id,
        password=config.password,
        system_type=config.system_type,
        bind_mode=BindMode.TRANSMITTER_RECEIVER if config.bind_mode == "tx+rx" else BindMode.TRANSCEIVER,
        window_size=config.window_size,
        queue_size=session_queue_size(config),
        max_messages_per_second=float(config.tps or 0),
        rate_burst=max(1.0, float(config.tps or 0) / 20.0),
        enquire_link_interval_s=float(config.enquire_link_s),
        submit_timeout_s=float(config.submit_timeout_s),
        tls=ssl.create_default_context() if config.tls else None,
        reconnect_initial_s=reconnect_initial_s,
        reconnect_max_s=max(reconnect_max_s, reconnect_initial_s),
        drain_timeout_s=drain_timeout_s,
        defer_deliver_ack=True,  # the owner acknowledges receipts and replies once they are stored
    )


@dataclass(slots=True)
class Pending:
    """A message whose parts went to the session; final once every part has its result."""

    msg: ClaimedMessage
    results: list[SubmitResult | None]
    remaining: int


@dataclass(slots=True)
class Claimed:
    msg: ClaimedMessage
    at: float  # loop time of the claim: the lease runs from here


class ChannelOwner(Protocol):
    """What a channel needs from the process that runs it. Every call comes on the event loop and must be
    quick: the owner decides and buffers, it does not wait for the database here."""

    def plan(self, channel: ChannelRunner, msg: ClaimedMessage, claimed_at: float) -> Sequence[EncodedSubmit] | None:
        """The submit_sm bodies of a claimed message (one per part), or None once the owner has recorded why the
        message does not go out (expired, cancelled, blacklisted, given back...)."""
        ...

    def record_result(self, channel: ChannelRunner, pending: Pending) -> None:
        """Every part of a message has its outcome: submitted, to be retried, failed, or never sent."""
        ...

    def release(self, channel: ChannelRunner, msg: ClaimedMessage, reason: str) -> None:
        """A claimed message goes back to the queue unsent (the channel stops or goes down)."""
        ...

    def record_receipt(self, channel: ChannelRunner, delivery: Delivery) -> None:
        """A delivery receipt arrived: store it, then ``delivery.ack()``. Raising makes the SMSC deliver it again
        later."""
        ...

    def record_reply(self, channel: ChannelRunner, delivery: Delivery) -> None:
        """A reply (MO message) arrived: store it, then ``delivery.ack()``. Raising as for receipts."""
        ...

    def claim_more(self) -> None:
        """The channel's backlog is half empty: claim more for it soon."""
        ...


@dataclass
class ChannelCounters:
    claimed: int = 0
    sent: int = 0
    submitted: int = 0
    failed: int = 0
    retried: int = 0
    released: int = 0
    receipts: int = 0
    replies: int = 0
    status_changes: int = 0
    recent: deque = field(default_factory=lambda: deque(maxlen=64))  # (time, submitted) for a rate


class ChannelRunner:
    def __init__(self, config: ChannelConfig, settings: DispatcherSettings, owner: ChannelOwner) -> None:
        self.config = config
        self.settings = settings
        self.owner = owner
        self.id = config.id
        self.name = config.name
        self.session = self._new_session()
        self.status = "binding"
        self.status_reason = ""
        self.backlog: deque[Claimed] = deque()
        self.inflight = 0  # messages with parts in the session
        self.paused = False  # the dispatcher lost its database: hold everything not yet on the wire
        self.counters = ChannelCounters()
        self._wake = asyncio.Event()
        self._sender: asyncio.Task[None] | None = None
        self._samples: deque[tuple[float, bool]] = deque()
        self._bad_samples = 0
        self._last_response = 0.0
        self._unbound_since: float | None = None
        self._failing_until = 0.0
        self._closing = False
        self._recycling = False
        self._low_water = 0
        self._loop_time = time.monotonic  # the loop's clock once started (get_running_loop() costs a getpid())

    # -- life ---------------------------------------------------------------------------------------
    def _new_session(self) -> SmppSession:
        settings = self.settings
        return SmppSession(
            session_settings(self.config, reconnect_initial_s=settings.reconnect_initial_s,
                             reconnect_max_s=settings.reconnect_max_s, drain_timeout_s=settings.drain_timeout_s),
            on_submit_result=self._on_result, on_deliver=self._on_deliver,
        )

    async def start(self) -> None:
        self._loop_time = asyncio.get_running_loop().time
        await self.session.start()
        self._last_response = asyncio.get_running_loop().time()
        self._sender = asyncio.get_running_loop().create_task(self._send_loop(), name=f"send-{self.name}")

    async def stop(self, reason: str) -> None:
        """Gives back what is not on the wire, waits for outstanding responses, unbinds."""
        self._closing = True
        await self._stop_sender()
        self.release_backlog(reason)
        await self.session.close(self.settings.drain_timeout_s)

    async def recycle(self, reason: str) -> None:
        """A fresh session for a channel that went down or is failing: the old one's own queue (messages not
        yet on the wire) comes back to the database at once instead of waiting for a reconnect, and what was
        on the wire is retried as a possible duplicate."""
        if self._closing or self._recycling:
            return
        self._recycling = True
        try:
            await self._stop_sender()
            self.release_backlog(reason)
            old, self.session = self.session, self._new_session()
            await old.close(drain_timeout=0)
            if not self._closing:
                await self.session.start()
                self._sender = asyncio.get_running_loop().create_task(self._send_loop(), name=f"send-{self.name}")
        finally:
            self._recycling = False

    async def _stop_sender(self) -> None:
        if self._sender is not None:
            self._sender.cancel()
            await asyncio.gather(self._sender, return_exceptions=True)
            self._sender = None

    # -- feeding ------------------------------------------------------------------------------------
    @property
    def accepting(self) -> bool:
        return not self._closing and not self.paused and self.status in ("up", "failing")

    def target_backlog(self) -> int:
        settings = self.settings
        target = self.config.window_size * settings.backlog_per_window
        if self.config.tps:
            target = min(target, max(int(self.config.tps * 5), self.config.window_size))
        return max(1, min(settings.claim_batch, target))

    def deficit(self) -> int:
        return max(0, self.target_backlog() - len(self.backlog)) if self.accepting else 0

    def enqueue(self, msg: ClaimedMessage, at: float) -> None:
        self.backlog.append(Claimed(msg, at))
        self.counters.claimed += 1
        self._wake.set()

    def release_backlog(self, reason: str) -> int:
        n = len(self.backlog)
        while self.backlog:
            self.owner.release(self, self.backlog.popleft().msg, reason)
        return n

    def wake(self) -> None:
        self._wake.set()

    async def _send_loop(self) -> None:
        session = self.session  # a recycle starts a new loop for the new session
        owner = self.owner
        self._low_water = self.target_backlog() // 2
        loop = asyncio.get_running_loop()
        while True:
            if not self.backlog or self.paused or not session.bound:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), 0.5)
                except TimeoutError:
                    pass
                continue
            claimed = self.backlog.popleft()
            if len(self.backlog) == self._low_water:
                owner.claim_more()  # half empty: the claimer fetches more while this half goes out
            pdus = owner.plan(self, claimed.msg, claimed.at)
            if not pdus:
                continue
            pending = Pending(claimed.msg, [None] * len(pdus), len(pdus))
            self.inflight += 1
            self.counters.sent += 1
            if session.outstanding == 0:
                self._last_response = loop.time()  # idle until now: the stall clock starts here
            for index, pdu in enumerate(pdus):
                try:
                    await self._send_part(pending, index, pdu)
                except asyncio.CancelledError:
                    # stopped while waiting for queue space: the parts not handed over never went out
                    for rest in range(index, len(pdus)):
                        self._on_result(SubmitResult((pending, rest), None, None, 0, 0, "closed"))
                    raise

    async def _send_part(self, pending: Pending, index: int, pdu: EncodedSubmit) -> None:
        try:
            await self.session.send(pdu, ref=(pending, index))  # type: ignore[arg-type]  (encoded in advance)
        except PduEncodeError:
            self._on_result(SubmitResult((pending, index), None, None, 0, 0, "encode"))
        except SessionClosedError:
            self._on_result(SubmitResult((pending, index), None, None, 0, 0, "closed"))

    # -- session callbacks (on the event loop; quick) -----------------------------------------------
    def _on_result(self, result: SubmitResult) -> None:
        pending, index = result.ref
        if result.status is not None:
            self._last_response = self._loop_time()
        if pending.results[index] is not None:
            return
        pending.results[index] = result
        pending.remaining -= 1
        if pending.remaining == 0:
            self.inflight -= 1
            self.owner.record_result(self, pending)

    def _on_deliver(self, delivery: Delivery) -> None:
        if delivery.is_receipt:
            self.counters.receipts += 1
            self.owner.record_receipt(self, delivery)
        else:
            self.counters.replies += 1
            self.owner.record_reply(self, delivery)

    # -- health (GW-3) --------------------------------------------------------------------------------
    def sample(self, now: float, healthy: bool) -> None:
        self._samples.append((now, healthy))
        if not healthy:
            self._bad_samples += 1

    def health(self, now: float) -> tuple[str, str] | None:
        """The channel's next status and why, when it changes; the owner records it."""
        settings = self.settings
        samples = self._samples
        while samples and samples[0][0] < now - settings.failure_window_s:
            if not samples.popleft()[1]:
                self._bad_samples -= 1
        if not self.session.bound:
            if self._unbound_since is None:
                self._unbound_since = now
            if self.status != "down" and now - self._unbound_since >= settings.down_after_s:
                return "down", f"not bound for {now - self._unbound_since:.0f} s"
            return None
        self._unbound_since = None
        stalled = self.session.outstanding > 0 and now - self._last_response >= settings.stall_after_s
        total = len(samples)
        rate = self._bad_samples / total if total else 0.0
        if self.status != "failing":
            if stalled:
                return self._fail(now, f"no submit_sm_resp for {now - self._last_response:.0f} s")
            if total >= settings.failure_min_samples and rate >= settings.failure_threshold:
                return self._fail(now, f"{rate:.0%} of {total} submits failed in {settings.failure_window_s:.0f} s")
            if self.status in ("binding", "down"):
                return "up", "bound"
            return None
        if now >= self._failing_until and not stalled:
            return "up", "recovered"
        return None

    def _fail(self, now: float, reason: str) -> tuple[str, str]:
        self._failing_until = now + self.settings.failing_cooldown_s
        self._samples.clear()
        self._bad_samples = 0
        return "failing", reason

    def stats(self) -> dict:
        s = self.session.stats
        c = self.counters
        now = asyncio.get_running_loop().time()
        c.recent.append((now, c.submitted))
        first_t, first_n = c.recent[0]
        rate = (c.submitted - first_n) / (now - first_t) if now - first_t > 0.5 else 0.0
        return {
            "status": self.status,
            "bound": self.session.bound,
            "backlog": len(self.backlog),
            "outstanding": self.session.outstanding,
            "claimed": c.claimed,
            "sent": c.sent,
            "submitted": c.submitted,
            "failed": c.failed,
            "retried": c.retried,
            "released": c.released,
            "receipts": c.receipts,
            "replies": c.replies,
            "submit_per_s": round(rate, 1),
            "accepted": s.accepted,
            "rejected": s.rejected,
            "throttled": s.throttled,
            "timeouts": s.timeouts,
            "binds": s.binds,
            "link_losses": s.link_losses,
            "malformed": s.malformed,
        }
