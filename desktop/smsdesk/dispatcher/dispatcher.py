"""The dispatcher: claims queued messages, sends them over its channels, records outcomes, receipts, replies.

One asyncio loop, four database connections (psycopg async; the loop never blocks on SQL):

- control: registers the process (the instance lives as long as this connection: smsdesk._lock_held), claims
  and releases channels, records their state changes, heartbeats, housekeeping, reads the routing.
- claim: ``claim_batch`` (FOR UPDATE SKIP LOCKED, under a lease) whenever the channels need more.
- writer: every ``flush_interval_s``, submit outcomes, then receipts, then replies, each as one batched call;
  the order matters (a receipt's part must be recorded before the receipt), so one connection does all three.
  A receipt or reply is acknowledged to the SMSC (deliver_sm_resp) only after the call that stored it has
  committed: a process killed before that loses none, the SMSC delivers them again (to whichever dispatcher
  binds the channel next); duplicates of receipts change nothing (see _apply_receipts).
- listen: LISTEN smsdesk_dispatch / smsdesk_channel, to wake the claimer and the control loop sooner. Any role
  may NOTIFY any channel, so a notification is only a hint to look: its payload is ignored and wake-ups are
  spaced (NOTIFY_MIN_GAP_S), so a flood of spoofed ones costs at most one look per gap.

Losing the database pauses sending (nothing new goes on the wire); results and receipts wait in memory and
are written once it is back. Losing the control connection ends the instance's claim on its channels: channels
another dispatcher took meanwhile are given up.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import psycopg

from smsdesk import __version__
from smsdesk.dispatcher.channel import ChannelRunner, Pending
from smsdesk.dispatcher.channel_test import ConnectionTester
from smsdesk.dispatcher.config import DispatcherSettings
from smsdesk.dispatcher.failures import FailureMap
from smsdesk.dispatcher.msglog import MessageLog
from smsdesk.dispatcher.replies import DEFAULT_OPT_OUT_KEYWORDS, OptOutKeywords, mo_text, sender_e164
from smsdesk.dispatcher.routing import ChannelState, Rule, parse_routing, route_table
from smsdesk.dispatcher.status_lookups import StatusLookups
from smsdesk.domain import schedule
from smsdesk.domain.kinds import KINDS
from smsdesk.domain.words import SensitiveWords
from smsdesk.gateways.smpp.alphabet import decode_short_message
from smsdesk.gateways.smpp.parts import EncodedSubmit, MessageParts, Origin, SubmitTemplate, split_message
from smsdesk.gateways.smpp.receipt import (
    STATE_TO_STAT,
    canonical_message_id,
    message_id_keys,
    parse_id_decimal,
    parse_id_hex,
)
from smsdesk.gateways.smpp.session import (
    ERROR_CLOSED,
    ERROR_CONNECTION_LOST,
    ERROR_MALFORMED,
    ERROR_TIMEOUT,
    Delivery,
)
from smsdesk.store.dispatch_calls import ClaimedMessage, DispatchRepository, DispatchTask

log = logging.getLogger("smsdesk.dispatcher")

DB_ERRORS = (psycopg.Error, OSError)


def connection_gone(conn: psycopg.AsyncConnection | None, exc: BaseException) -> bool:
    """Whether an error means the connection is lost (reconnect) rather than that one statement failed."""
    if conn is None or conn.closed or conn.broken or isinstance(exc, psycopg.InterfaceError | OSError):
        return True
    state = getattr(exc, "sqlstate", None) or ""
    return not state or state.startswith(("08", "57P"))


# Errors after which the SMSC may have the message although we never heard so.
MAYBE_ON_THE_WIRE = frozenset({ERROR_TIMEOUT, ERROR_CONNECTION_LOST, ERROR_CLOSED, ERROR_MALFORMED})
FINAL_STATS = frozenset({"DELIVRD", "EXPIRED", "DELETED", "UNDELIV", "REJECTD", "UNKNOWN"})
RECENT_IDS = 200_000  # smsc key -> (task, message) kept for the message log of receipts
CLAIM_HINT_TTL_S = 10.0
# Notifications wake the claimer at most this often, the control loop at most this often (seconds).
NOTIFY_MIN_GAP_S = {"smsdesk_dispatch": 0.05, "smsdesk_channel": 0.5}


@dataclass(slots=True)
class Outcome:
    """What became of one claimed message; written by ``record_submit_results``."""

    msg: ClaimedMessage
    outcome: str  # submitted, failed, retry, released, expired, cancelled
    channel_id: int
    error: str | None = None
    category: str | None = None
    delay_s: int = 0
    suspect: bool = False
    parts: list[tuple[int, str, str]] = field(default_factory=list)  # (part_no, smsc_key, raw id)


@dataclass(slots=True)
class TaskInfo:
    """A task as the dispatcher needs it, with its content split into parts once and encoded once per channel."""

    task: DispatchTask
    parts: MessageParts | None = None
    templates: dict[int, SubmitTemplate] = field(default_factory=dict)  # channel id -> encoded bodies
    used_at: float = 0.0

    @property
    def expires_ts(self) -> float | None:
        return None if self.task.expires_at is None else self.task.expires_at.timestamp()

    def forget_content(self) -> None:
        """The sensitive words changed: split again."""
        self.parts = None
        self.templates.clear()


class Dispatcher:
    """One dispatcher process: its database loops, its bound channels, and the decisions about every message
    (it is the ``ChannelOwner`` its ``ChannelRunner``s call back)."""

    def __init__(
        self, connect: Callable[[], Awaitable[psycopg.AsyncConnection]], settings: DispatcherSettings | None = None
    ) -> None:
        self.connect = connect
        self.settings = settings or DispatcherSettings()
        self.instance_id: int | None = None
        self.runners: dict[int, ChannelRunner] = {}
        self.tasks: dict[int, TaskInfo] = {}
        self.failures = FailureMap([])
        self.words = SensitiveWords([])
        self.opt_out = OptOutKeywords()
        self.quiet_hours = schedule.DEFAULT
        self.allowed_kinds: tuple[str, ...] = KINDS
        self.routes: tuple[list[str], list[str], list[int]] = ([], [], [])
        self._rules: list[Rule] = []
        self._states: list[ChannelState] = []
        self.msglog = MessageLog(self.settings.message_log)
        self.tester = ConnectionTester(connect)  # the console's "test connection" (dispatcher/channel_test.py)
        self.lookups = StatusLookups(connect)  # number checks' live statuses (dispatcher/status_lookups.py)
        self.stopping = asyncio.Event()
        self._drained = asyncio.Event()  # stopping, and the channels gave back or heard back all they had
        self.db_ok = False
        self.claim_wake = asyncio.Event()
        self.control_wake = asyncio.Event()
        self._outcomes: list[Outcome] = []
        self._receipts: list[tuple] = []
        self._replies: list[tuple] = []
        self._recent_ids: dict[tuple[int, str], tuple[int, int]] = {}
        self._writer_wake = asyncio.Event()
        self._batch_limits: dict[str, int] = {}
        self._background: set[asyncio.Task] = set()
        self._claim_hints: dict[int, int] = {}  # task id -> highest message id claimed (see claim_batch)
        self._hints_since = 0.0
        self._tasks: list[asyncio.Task] = []
        self._control: psycopg.AsyncConnection | None = None
        self._last_full = 0.0
        self._retention_more = False
        self._last_words = 0.0
        self._last_tasks = 0.0
        self._heard_at: dict[str, float] = {}  # notification channel -> when it last woke us
        self._heard_later: set[str] = set()  # channels with a wake-up scheduled at the end of their gap
        self.counters = {"claims": 0, "claimed": 0, "flushes": 0, "db_errors": 0, "unmatched_receipts": 0,
                         "control_ticks": 0, "notifications": 0, "retention_messages": 0}

    # -- the process ------------------------------------------------------------------------------------
    async def run(self) -> None:
        """Runs until ``stop()``; then drains and gives everything back."""
        loop = asyncio.get_running_loop()
        self._loop_time = loop.time
        self._tasks = [
            loop.create_task(self._control_loop(), name="control"),
            loop.create_task(self._claim_loop(), name="claim"),
            loop.create_task(self._writer_loop(), name="writer"),
            loop.create_task(self._listen_loop(), name="listen"),
            loop.create_task(self.lookups.run(self.stopping), name="status"),
        ]
        stopper = loop.create_task(self.stopping.wait())
        done, _ = await asyncio.wait([stopper, *self._tasks], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            if task is not stopper and task.exception() is not None:
                log.error("dispatcher event=crashed loop=%s error=%r", task.get_name(), task.exception())
                self.stopping.set()
        await self._shutdown()

    def stop(self) -> None:
        self.stopping.set()
        self.claim_wake.set()
        self.control_wake.set()
        self._writer_wake.set()

    async def _shutdown(self) -> None:
        log.info("dispatcher event=stopping instance=%s", self.instance_id)
        for task in self._tasks:
            if task.get_name() in ("claim", "listen", "control", "status"):
                task.cancel()
        await asyncio.gather(*(t for t in self._tasks if t.get_name() != "writer"), return_exceptions=True)
        await asyncio.gather(*self._background, return_exceptions=True)
        await self.tester.stop()
        # Receipts and replies in hand are written (and so acknowledged) while the links are still up; what
        # comes during the drain below is written too, but its acknowledgement may find the link gone (the
        # SMSC then delivers it again, which changes nothing).
        deadline = asyncio.get_running_loop().time() + 3.0
        while (self._receipts or self._replies) and self.db_ok and asyncio.get_running_loop().time() < deadline:
            self._writer_wake.set()
            await asyncio.sleep(0.02)
        await asyncio.gather(*(r.stop("dispatcher stopping") for r in self.runners.values()), return_exceptions=True)
        self._drained.set()  # only now may the writer finish: the drain above produced outcomes to write
        self._writer_wake.set()
        writer = next(t for t in self._tasks if t.get_name() == "writer")
        try:
            await asyncio.wait_for(writer, self.settings.drain_timeout_s + 5)
        except (TimeoutError, asyncio.CancelledError):
            log.warning(
                "dispatcher event=unflushed outcomes=%d receipts=%d replies=%d",
                len(self._outcomes),
                len(self._receipts),
                len(self._replies),
            )
        if self._control is not None and self.instance_id is not None:
            with contextlib.suppress(*DB_ERRORS, psycopg.Error):
                await DispatchRepository(self._control).stop(self.instance_id)
            with contextlib.suppress(Exception):
                await self._control.close()
        self.msglog.close()
        log.info("dispatcher event=stopped instance=%s", self.instance_id)

    async def _reconnect_delay(self, attempt: int) -> None:
        delay = min(self.settings.db_retry_max_s, self.settings.db_retry_initial_s * 2 ** min(attempt, 8))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stopping.wait(), delay)

    # -- control ----------------------------------------------------------------------------------------
    async def _control_loop(self) -> None:
        attempt = 0
        interval = self.settings.control_interval_s
        while not self.stopping.is_set():
            try:
                if self._control is None or self._control.closed:
                    await self._control_connect()
                await self._control_tick()
                attempt = 0
            except DB_ERRORS as exc:
                self.counters["db_errors"] += 1
                if getattr(exc, "sqlstate", None) == "SD409" and self._control is not None:
                    # this connection no longer carries the instance (stopped, or declared dead): register again
                    log.warning("dispatcher event=registration_lost instance=%s", self.instance_id)
                    with contextlib.suppress(Exception):
                        await self._control.close()
                    self._control = None
                    await self._reconnect_delay(attempt)
                    attempt += 1
                    continue
                if not connection_gone(self._control, exc):
                    log.error("dispatcher event=control_failed error=%r", f"{type(exc).__name__}: {exc}"[:600])
                    await self._reconnect_delay(attempt)
                    attempt += 1
                    continue
                self._lost_database(f"{type(exc).__name__}: {str(exc).strip()[:160]}")
                if self._control is not None:
                    with contextlib.suppress(Exception):
                        await self._control.close()
                self._control = None
                await self._reconnect_delay(attempt)
                attempt += 1
                continue
            self.control_wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.control_wake.wait(), interval)

    async def _control_connect(self) -> None:
        conn = await self.connect()
        repo = DispatchRepository(conn)
        resumed = self.instance_id
        self.instance_id = await repo.register(
            self.settings.name, socket.gethostname(), os.getpid(), __version__, resumed
        )
        self._control = conn
        if resumed is not None and resumed != self.instance_id:
            # Declared dead while the database was away: what it had claimed was taken back (and may be out
            # with another dispatcher by now), so none of it may go out from here.
            dropped = sum(len(r.backlog) for r in self.runners.values())
            for runner in self.runners.values():
                runner.backlog.clear()
            self._claim_hints.clear()
            log.warning("dispatcher event=identity_lost old=%d new=%d dropped=%d", resumed, self.instance_id, dropped)
        self.failures = FailureMap(await repo.failure_map())
        self.words = SensitiveWords(await repo.sensitive_words())
        self._last_words = time.monotonic()
        log.info(
            "dispatcher event=%s instance=%d name=%s",
            "resumed" if resumed == self.instance_id else "registered",
            self.instance_id,
            self.settings.name,
        )

    def _lost_database(self, reason: str) -> None:
        if self.db_ok:
            log.warning("dispatcher event=database_lost reason=%r: sending paused", reason)
        self.db_ok = False
        for runner in self.runners.values():
            runner.paused = True

    async def _control_tick(self) -> None:
        assert self._control is not None and self.instance_id is not None
        self.counters["control_ticks"] += 1
        repo = DispatchRepository(self._control)
        loop = asyncio.get_running_loop()
        await self._sync_channels(repo)
        now = loop.time()
        for runner in list(self.runners.values()):
            change = runner.health(now)
            if change is not None:
                await self._set_status(repo, runner, *change)
        await self._refresh_routing(repo)
        await repo.heartbeat(
            self.instance_id, self._process_stats(), {rid: r.stats() for rid, r in self.runners.items()}
        )
        full = time.monotonic() - self._last_full >= self.settings.maintenance_full_every_s
        result = await repo.maintenance(self.instance_id, self.settings.dead_grace_s, full)
        if full:
            self._last_full = time.monotonic()
        if full or self._retention_more:
            await self._retention(repo)
        if result and any(result.get(k) for k in ("dead", "reclaimed", "expired", "timed_out")):
            log.info("dispatcher event=maintenance %s", " ".join(f"{k}={v}" for k, v in result.items()))
            if result.get("reclaimed"):
                self.claim_wake.set()
        if time.monotonic() - self._last_tasks >= self.settings.task_refresh_s:
            await self._refresh_tasks(repo)
        if time.monotonic() - self._last_words >= self.settings.words_refresh_s:
            self.words = SensitiveWords(await repo.sensitive_words())
            self.failures = FailureMap(await repo.failure_map())
            for info in self.tasks.values():
                info.forget_content()
            self._last_words = time.monotonic()
        if not self.db_ok and self.counters["db_errors"]:
            log.info("dispatcher event=database_back: sending resumed")
        self.db_ok = True
        for runner in self.runners.values():
            if runner.paused:
                runner.paused = False
                runner.wake()

    async def _retention(self, repo: DispatchRepository) -> None:
        """A turn of the retention purge; while older rows are left, another at the next control tick."""
        result = await repo.retention(self.instance_id, self.settings.retention_budget_ms) or {}
        self._retention_more = bool(result.get("more")) and not result.get("busy")
        removed = {k: result.get(k) for k in ("tasks", "messages", "parts", "receipts", "replies") if result.get(k)}
        if removed:
            self.counters["retention_messages"] += int(result.get("messages") or 0)
            log.info("dispatcher event=retention cutoff=%s %s more=%s", result.get("cutoff"),
                     " ".join(f"{k}={v}" for k, v in removed.items()), self._retention_more)

    async def _sync_channels(self, repo: DispatchRepository) -> None:
        configs = {c.id: c for c in await repo.claim_channels(self.instance_id, self.settings.max_channels)}
        for channel_id in [i for i in self.runners if i not in configs]:
            runner = self.runners.pop(channel_id)
            log.warning("dispatcher event=channel_lost channel=%s: bound elsewhere now or disabled", runner.name)
            self._in_background(runner.stop("channel given up"))
        for channel_id, config in configs.items():
            runner = self.runners.get(channel_id)
            if runner is not None and runner.config.updated_at != config.updated_at:
                log.info("dispatcher event=channel_changed channel=%s: rebinding", config.name)
                self.runners.pop(channel_id)
                await runner.stop("channel settings changed")  # waits: the new session binds the same account
                runner = None
            if runner is None:
                runner = ChannelRunner(config, self.settings, self)
                runner.paused = not self.db_ok
                self.runners[channel_id] = runner
                log.info(
                    "dispatcher event=channel_bound channel=%s host=%s port=%d system_id=%s window=%d tps=%s",
                    config.name,
                    config.host,
                    config.port,
                    config.system_id,
                    config.window_size,
                    config.tps,
                )
                await runner.start()

    async def _set_status(self, repo: DispatchRepository, runner: ChannelRunner, status: str, reason: str) -> None:
        old = runner.status
        runner.status, runner.status_reason = status, reason
        runner.counters.status_changes += 1
        self._rebuild_routes()  # before any await: the claimer must not route to a channel that just failed
        log.log(
            logging.WARNING if status in ("down", "failing") else logging.INFO,
            "dispatcher event=channel_status channel=%s from=%s to=%s reason=%r",
            runner.name,
            old,
            status,
            reason,
        )
        await repo.set_channel_status(self.instance_id, runner.id, status, reason)
        if status in ("down", "failing"):
            released = len(runner.backlog)
            log.info("dispatcher event=failover channel=%s released=%d", runner.name, released)
            self._in_background(runner.recycle(f"channel {status}"))
        self.claim_wake.set()

    def _in_background(self, work) -> None:
        """Slow channel work (drains, unbinds) off the control loop, which must keep watching the others."""
        task = asyncio.get_running_loop().create_task(work)
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _refresh_routing(self, repo: DispatchRepository) -> None:
        data = await repo.routing()
        settings = data.get("settings") or {}
        if isinstance(settings.get("opt_out_keywords"), list):
            self.opt_out = OptOutKeywords(settings["opt_out_keywords"] or DEFAULT_OPT_OUT_KEYWORDS)
        hours = settings.get("quiet_hours")
        if isinstance(hours, dict) and hours.get("start") and hours.get("end"):
            with contextlib.suppress(TypeError, ValueError):
                self.quiet_hours = schedule.QuietHours(hours["start"], hours["end"])
        now = datetime.now(UTC)
        self.allowed_kinds = tuple(k for k in KINDS if schedule.next_allowed(now, k, self.quiet_hours) == now)
        self._rules, self._states = parse_routing(data)
        self._rebuild_routes()

    def _rebuild_routes(self) -> None:
        # Our own channels' states are fresher here than in the table.
        states = [
            s if s.id not in self.runners else type(s)(s.id, s.name, self.runners[s.id].status, s.enabled, True)
            for s in self._states
        ]
        self.routes = route_table(self._rules, states, self.allowed_kinds)

    async def _refresh_tasks(self, repo: DispatchRepository) -> None:
        self._last_tasks = time.monotonic()
        cutoff = time.monotonic() - 120
        for task_id in [i for i, info in self.tasks.items() if info.used_at < cutoff]:
            del self.tasks[task_id]
        if not self.tasks:
            return
        for task in await repo.tasks(list(self.tasks)):
            info = self.tasks.get(task.id)
            if info is not None:
                info.task = task

    def _process_stats(self) -> dict:
        return {
            **self.counters,
            "channels": len(self.runners),
            "db_ok": self.db_ok,
            "buffered_outcomes": len(self._outcomes),
            "buffered_receipts": len(self._receipts),
            "version": __version__,
        }

    # -- claiming ---------------------------------------------------------------------------------------
    async def _claim_loop(self) -> None:
        conn: psycopg.AsyncConnection | None = None
        attempt = 0
        settings = self.settings
        loop = asyncio.get_running_loop()
        while not self.stopping.is_set():
            runners = [r for r in self.runners.values() if r.accepting]
            wanted = sum(r.deficit() for r in runners)
            floor = max(1, sum(r.target_backlog() for r in runners) // 2)
            if not self.db_ok or self.instance_id is None or wanted < floor:
                await self._idle(settings.idle_poll_s)
                continue
            claimed: list[ClaimedMessage] = []
            routes = self.routes
            limit = min(wanted, settings.claim_batch)
            try:
                if conn is None or conn.closed:
                    conn = await self.connect()
                repo = DispatchRepository(conn)
                kinds, carriers, channels = routes
                if time.monotonic() - self._hints_since > CLAIM_HINT_TTL_S:
                    self._claim_hints.clear()  # now and then a full scan: others may have put messages back
                    self._hints_since = time.monotonic()
                claimed = await repo.claim(self.instance_id, limit, settings.lease_s, kinds, carriers, channels,
                                           self._claim_hints)
                hints = self._claim_hints
                for msg in claimed:
                    if msg.id > hints.get(msg.task_id, 0):
                        hints[msg.task_id] = msg.id
                if claimed:
                    missing = {m.task_id for m in claimed} - self.tasks.keys()
                    if missing:
                        for task in await repo.tasks(list(missing)):
                            self.tasks[task.id] = TaskInfo(task)
                attempt = 0
            except DB_ERRORS as exc:
                self.counters["db_errors"] += 1
                log.warning("dispatcher event=claim_failed error=%r", f"{type(exc).__name__}: {exc}"[:600])
                if conn is not None and connection_gone(conn, exc):
                    with contextlib.suppress(Exception):
                        await conn.close()
                    conn = None
                if not claimed:
                    await self._reconnect_delay(attempt)
                    attempt += 1
                    continue
                # claimed, but the tasks could not be read: the runners give back what they cannot plan
            self.counters["claims"] += 1
            self.counters["claimed"] += len(claimed)
            now = loop.time()
            # A channel that failed while the claim was under way may be out of the table now: its messages go
            # back rather than out on it.
            routed = set(self.routes[2]) if self.routes is not routes else None
            for msg in claimed:
                runner = self.runners.get(msg.channel_id)
                if runner is None:
                    self.release(None, msg, "channel not bound here")
                elif routed is not None and msg.channel_id not in routed:
                    self.release(runner, msg, "route changed")
                else:
                    runner.enqueue(msg, now)
            if len(claimed) < limit:
                await self._idle(settings.idle_poll_s)
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()

    async def _idle(self, seconds: float) -> None:
        self.claim_wake.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.claim_wake.wait(), seconds)

    async def _listen_loop(self) -> None:
        attempt = 0
        while not self.stopping.is_set():
            try:
                conn = await self.connect()
                try:
                    await conn.execute("LISTEN smsdesk_dispatch")
                    await conn.execute("LISTEN smsdesk_channel")
                    await conn.execute("LISTEN smsdesk_channel_test")
                    attempt = 0
                    self.tester.poke(self.instance_id)  # requests made while nobody listened
                    async for note in conn.notifies():
                        if note.channel == "smsdesk_channel_test":
                            self.tester.poke(self.instance_id)  # at most one run a second (anyone may NOTIFY)
                        else:
                            self._heard(note.channel)
                finally:
                    with contextlib.suppress(Exception):
                        await conn.close()
            except DB_ERRORS:
                await self._reconnect_delay(attempt)
                attempt += 1

    def _heard(self, channel: str) -> None:
        """A notification makes the claimer or the control loop look sooner, nothing more: anyone may NOTIFY these
        channels, so the payload is not read and wake-ups are at least NOTIFY_MIN_GAP_S apart (one that comes
        within the gap is served at its end, once)."""
        self.counters["notifications"] += 1
        event = self.claim_wake if channel == "smsdesk_dispatch" else self.control_wake
        loop = asyncio.get_running_loop()
        now = loop.time()
        due = self._heard_at.get(channel, float("-inf")) + NOTIFY_MIN_GAP_S.get(channel, 0.5)
        if now >= due:
            self._heard_at[channel] = now
            event.set()
        elif channel not in self._heard_later:
            self._heard_later.add(channel)

            def wake() -> None:
                self._heard_later.discard(channel)
                self._heard_at[channel] = loop.time()
                event.set()

            loop.call_later(due - now, wake)

    # -- per message decisions (ChannelOwner: called by the channels) ---------------------------------------
    def plan(self, runner: ChannelRunner, msg: ClaimedMessage, claimed_at: float) -> list[EncodedSubmit] | None:
        """The submit_sm bodies to send for a claimed message, or None after recording why it does not go out."""
        info = self.tasks.get(msg.task_id)
        if info is None:
            self.release(runner, msg, "task unknown")
            return None
        info.used_at = time.monotonic()
        task = info.task
        if task.status == "cancelled":
            return self._finish(runner, msg, "cancelled")
        expires = info.expires_ts
        if expires is not None and time.time() >= expires:
            return self._finish(runner, msg, "expired")
        if msg.blacklisted:
            return self._fail(runner, msg, "blacklisted")
        if task.kind not in self.allowed_kinds:
            self.release(runner, msg, "outside the allowed hours")
            return None
        if self._loop_time() - claimed_at > self.settings.lease_s - 10:
            self.release(runner, msg, "lease about to end")
            return None
        personal = msg.body is not None
        parts = None if personal else info.parts
        if parts is None:
            parts = split_message(msg.body if personal else task.content, signature=task.signature, kind=task.kind,
                                  opt_out=task.opt_out, words=self.words)
            if not personal:
                info.parts = parts
        if parts.hits:
            return self._fail(runner, msg, "sensitive", extra=f"words={','.join(parts.hits)}")
        if parts.error is not None:
            return self._fail(runner, msg, parts.error)
        if parts.segments != msg.segments:
            return self._fail(runner, msg, "segments", extra=f"measured={parts.segments} reserved={msg.segments}")
        template = None if personal else info.templates.get(runner.id)
        if template is None:
            config = runner.config
            template = SubmitTemplate(parts, Origin(config.source_addr, config.source_ton, config.source_npi))
            if not personal:
                info.templates[runner.id] = template
        try:
            bodies = template.bodies(msg.number, msg.id)
        except ValueError:
            return self._fail(runner, msg, "encode")
        self.msglog.add(msg.task_id, msg.id, runner.name, None, "sending", f"attempt={msg.attempts}")
        return bodies

    def _fail(self, runner: ChannelRunner, msg: ClaimedMessage, error: str, extra: str = "") -> None:
        verdict = self.failures.error(runner.id, error)
        self._record(Outcome(msg, "failed", runner.id, error, verdict.category), runner, extra)
        return None

    def _finish(self, runner: ChannelRunner, msg: ClaimedMessage, outcome: str) -> None:
        self._record(Outcome(msg, outcome, runner.id), runner)
        return None

    def claim_more(self) -> None:
        self.claim_wake.set()

    def release(self, runner: ChannelRunner | None, msg: ClaimedMessage, reason: str) -> None:
        self._record(
            Outcome(msg, "released", runner.id if runner else msg.channel_id, reason),
            runner,
            f"reason={reason.replace(' ', '_')}",
        )

    def record_result(self, runner: ChannelRunner, pending: Pending) -> None:
        """Every part of a message has its result: submitted, retried, failed or given back."""
        msg = pending.msg
        results = pending.results
        now = self._loop_time()
        if len(results) == 1 and results[0].ok:  # the common case, kept short: thousands a second
            raw = results[0].message_id or ""
            runner.sample(now, True)
            self._submitted(runner, msg, [(0, canonical_message_id(raw), raw)])
            return
        if all(r.ok for r in results):
            parts = [(i, canonical_message_id(r.message_id or ""), r.message_id or "") for i, r in enumerate(results)]
            runner.sample(now, True)
            self._submitted(runner, msg, parts)
            return
        failed = [r for r in results if not r.ok]
        if all(r.error == ERROR_CLOSED and r.attempts == 0 for r in failed) and not any(r.ok for r in results):
            self.release(runner, msg, "session closed before sending")  # never on the wire
            return
        failures = self.failures
        verdicts = [
            failures.error(runner.id, r.error) if r.error else failures.submit(runner.id, r.status_name) for r in failed
        ]
        code = failed[0].error or failed[0].status_name
        suspect = any(r.ok for r in results) or any(r.error in MAYBE_ON_THE_WIRE and r.attempts for r in failed)
        runner.sample(now, all(v.category not in ("gateway_error", "timeout") for v in verdicts))
        permanent = next((v for v in verdicts if not v.transient), None)
        config = runner.config
        if permanent is None and msg.attempts < config.max_attempts:
            link_trouble = any(r.error in (ERROR_CONNECTION_LOST, ERROR_CLOSED) for r in failed)
            delay = min(config.retry_interval_s, 2) if link_trouble else config.retry_interval_s
            self._record(
                Outcome(msg, "retry", runner.id, code, verdicts[0].category, delay, suspect), runner, f"error={code}"
            )
            return
        verdict = permanent or verdicts[0]
        self._record(Outcome(msg, "failed", runner.id, code, verdict.category, suspect=suspect), runner)

    def _submitted(self, runner: ChannelRunner, msg: ClaimedMessage, parts: list[tuple[int, str, str]]) -> None:
        self._outcomes.append(Outcome(msg, "submitted", runner.id, parts=parts))
        runner.counters.submitted += 1
        recent = self._recent_ids
        ids = (msg.task_id, msg.id)
        if len(parts) == 1:  # one part: no generator to join
            _, key, raw = parts[0]
            recent[(runner.id, key)] = ids
        else:
            raw = ",".join([p[2] for p in parts])
            for _, key, _ in parts:
                recent[(runner.id, key)] = ids
        self.msglog.add(msg.task_id, msg.id, runner.name, raw, "submitted")
        if len(recent) > 2 * RECENT_IDS:  # keep the newest: a dict remembers insertion order
            self._recent_ids = dict(list(recent.items())[-RECENT_IDS:])
        if len(self._outcomes) >= self.settings.flush_max_rows:
            self._writer_wake.set()

    def _record(self, outcome: Outcome, runner: ChannelRunner | None, extra: str = "") -> None:
        self._outcomes.append(outcome)
        msg = outcome.msg
        if outcome.outcome in ("released", "retry") and self._claim_hints.get(msg.task_id, 0) >= msg.id:
            self._claim_hints[msg.task_id] = msg.id - 1  # back in the queue: the next claim must see it
        name = runner.name if runner is not None else str(outcome.channel_id)
        if runner is not None:
            counters = runner.counters
            if outcome.outcome == "submitted":
                counters.submitted += 1
            elif outcome.outcome == "failed":
                counters.failed += 1
            elif outcome.outcome == "retry":
                counters.retried += 1
            elif outcome.outcome == "released":
                counters.released += 1
        smsc = ",".join(raw for _, _, raw in outcome.parts) or None
        if outcome.category:
            extra = f"{extra} category={outcome.category}".strip()
        if outcome.error and outcome.outcome == "failed":
            extra = f"{extra} error={outcome.error}".strip()
        self.msglog.add(msg.task_id, msg.id, name, smsc, outcome.outcome, extra)
        if len(self._outcomes) >= self.settings.flush_max_rows:
            self._writer_wake.set()

    # -- receipts and replies ---------------------------------------------------------------------------
    def record_receipt(self, runner: ChannelRunner, delivery: Delivery) -> None:
        if len(self._receipts) >= self.settings.max_buffered_receipts:
            raise RuntimeError("receipt buffer full")  # the session answers ESME_RX_T_APPN: redelivered later
        receipt = delivery.receipt
        assert receipt is not None
        raw_id = receipt.id or ""
        keys = self._receipt_keys(runner.config.receipt_ids, raw_id)
        stat = receipt.stat or STATE_TO_STAT.get(receipt.message_state or -1)
        final = stat in FINAL_STATS
        delivered = stat == "DELIVRD"
        category = None if delivered or not final else self.failures.receipt(runner.id, stat, receipt.err)
        pdu = delivery.pdu
        raw = decode_short_message(pdu.payload[:500], pdu.data_coding).replace("\0", "")
        self._receipts.append((runner.id, raw_id, " ".join(keys), stat, receipt.err, category, delivered, final, raw,
                               delivery.ack))
        self._delivery_arrived()
        found = None
        recent = self._recent_ids
        for key in keys:
            found = recent.get((runner.id, key))
            if found is not None:
                break
        task_id, message_id = found if found is not None else (0, 0)
        self.msglog.add(
            task_id,
            message_id,
            runner.name,
            raw_id,
            "receipt",
            f"stat={stat} err={receipt.err}" + (f" category={category}" if category else ""),
        )

    @staticmethod
    def _receipt_keys(convention: str, raw_id: str) -> Sequence[str]:
        """Candidate keys of a receipt id, best first, in the channel's id convention (SMSCs differ)."""
        if not raw_id.strip():
            return []
        if convention == "exact":
            return [canonical_message_id(raw_id)]
        if convention == "hex_dec":  # hex in submit_sm_resp, decimal in the receipt
            value = parse_id_decimal(raw_id)
            return [format(value, "x")] if value is not None else [canonical_message_id(raw_id)]
        if convention == "dec_hex":
            value = parse_id_hex(raw_id)
            return [str(value)] if value is not None else [canonical_message_id(raw_id)]
        return message_id_keys(raw_id)

    def record_reply(self, runner: ChannelRunner, delivery: Delivery) -> None:
        pdu = delivery.pdu
        text = mo_text(pdu)
        number = sender_e164(pdu.source_addr)
        opt_out = self.opt_out.matches(text)
        self._replies.append((runner.id, number, pdu.destination_addr, text.replace("\0", ""), opt_out, delivery.ack))
        log.info("dispatcher event=reply channel=%s number=%s opt_out=%s", runner.name, number, opt_out)
        self._delivery_arrived()

    def _delivery_arrived(self) -> None:
        """SMSCs stop delivering when their window of unanswered deliver_sm is full, and we answer only after
        writing: with a few waiting, write now rather than at the next interval."""
        if len(self._receipts) + len(self._replies) >= self.settings.ack_batch:
            self._writer_wake.set()

    # -- writing ----------------------------------------------------------------------------------------
    async def _writer_loop(self) -> None:
        conn: psycopg.AsyncConnection | None = None
        attempt = 0
        settings = self.settings
        while True:
            stopping = self.stopping.is_set() and self._drained.is_set()
            if not stopping:
                self._writer_wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._writer_wake.wait(), settings.flush_interval_s)
            if self.instance_id is None:
                if self.stopping.is_set():
                    return
                continue
            try:
                if conn is None or conn.closed:
                    conn = await self.connect()
                await self._flush(conn)
                attempt = 0
            except DB_ERRORS as exc:
                self.counters["db_errors"] += 1
                log.warning(
                    "dispatcher event=write_failed error=%r buffered=%d",
                    f"{type(exc).__name__}: {exc}"[:600],
                    len(self._outcomes) + len(self._receipts),
                )
                if conn is not None and connection_gone(conn, exc):
                    with contextlib.suppress(Exception):
                        await conn.close()
                    conn = None
                if stopping and attempt >= 3:
                    return
                await asyncio.sleep(min(settings.db_retry_max_s, settings.db_retry_initial_s * 2 ** min(attempt, 8)))
                attempt += 1
                continue
            if stopping and not (self._outcomes or self._receipts or self._replies):
                if conn is not None:
                    with contextlib.suppress(Exception):
                        await conn.close()
                return

    async def _flush(self, conn: psycopg.AsyncConnection) -> None:
        """Outcomes, then receipts, then replies, one call each. A receipt follows its submit_sm_resp on the
        wire, and a reply its message, so writing only receipts and replies that were here before the outcomes
        written in this round keeps each behind its part; what comes in meanwhile waits for the next round. (A
        reply that still comes first, from another link or dispatcher, is matched when its part is recorded.)"""
        repo = DispatchRepository(conn)
        clock = time.perf_counter
        started = clock()
        outcomes_ahead = len(self._outcomes)
        receipts_ahead = len(self._receipts)
        replies_ahead = len(self._replies)
        written = await self._write(conn, "outcomes", self._outcomes, lambda b: self._write_outcomes(repo, b))
        receipts = replies = 0
        if written >= outcomes_ahead:
            receipts = await self._write(conn, "receipts", self._receipts, lambda b: self._write_receipts(repo, b),
                                         upto=receipts_ahead)
            replies = await self._write(conn, "replies", self._replies, lambda b: repo.record_replies(
                self.instance_id, *(list(col) for col in zip(*(r[:-1] for r in b), strict=True))),
                upto=replies_ahead)
        self.counters["flushes"] += 1
        self.msglog.flush()
        if (written or receipts or replies) and log.isEnabledFor(logging.DEBUG):
            log.debug("dispatcher event=flush outcomes=%d receipts=%d replies=%d ms=%.1f", written, receipts,
                      replies, (clock() - started) * 1000)

    async def _write(self, conn: psycopg.AsyncConnection, what: str, buffer: list,
                     write: Callable[[list], Awaitable[object]], upto: int | None = None) -> int:
        """Writes the head of ``buffer``. A statement error (not a lost connection) halves the batch until the
        row that causes it is alone, which is logged and dropped: one bad row must not stop the writer.
        Receipts and replies (their last element is the delivery's ack) are acknowledged once written (the
        connection autocommits: the call has committed when it returns), a dropped one once logged."""
        if not buffer:
            return 0
        limit = self._batch_limits.get(what, self.settings.flush_max_rows)
        batch = buffer[: limit if upto is None else min(limit, upto)]
        if not batch:
            return 0
        try:
            await write(batch)
        except psycopg.Error as exc:
            if connection_gone(conn, exc):
                raise
            if len(batch) > 1:
                self._batch_limits[what] = max(1, len(batch) // 2)
                log.error("dispatcher event=write_error what=%s rows=%d error=%r: retrying in halves", what,
                          len(batch), f"{type(exc).__name__}: {exc}"[:600])
                return 0
            log.error("dispatcher event=row_dropped what=%s row=%r error=%r", what,
                      batch[0] if what == "outcomes" else batch[0][:-1], f"{type(exc).__name__}: {exc}"[:600])
            del buffer[:1]
            if what != "outcomes":
                batch[0][-1]()
            return 0
        del buffer[: len(batch)]
        if what != "outcomes":
            for row in batch:
                row[-1]()
        self._batch_limits[what] = min(self.settings.flush_max_rows, limit * 2)
        return len(batch)

    async def _write_receipts(self, repo: DispatchRepository, batch: list[tuple]) -> None:
        unmatched = await repo.record_receipts(self.instance_id,
                                               *(list(col) for col in zip(*(r[:-1] for r in batch), strict=True)))
        self.counters["unmatched_receipts"] += unmatched

    async def _write_outcomes(self, repo: DispatchRepository, batch: list[Outcome]) -> None:
        ids, outcomes, errors, categories, delays, suspects, smsc_ids = [], [], [], [], [], [], []
        part_ids, part_nos, part_channels, part_keys = [], [], [], []
        for o in batch:
            ids.append(o.msg.id)
            outcomes.append(o.outcome)
            errors.append(o.error)
            categories.append(o.category)
            delays.append(o.delay_s)
            suspects.append(o.suspect)
            if o.parts:
                smsc_ids.append(" ".join(raw for _, _, raw in o.parts))
                for part_no, key, _ in o.parts:
                    part_ids.append(o.msg.id)
                    part_nos.append(part_no)
                    part_channels.append(o.channel_id)
                    part_keys.append(key)
            else:
                smsc_ids.append(None)
        await repo.record_submit_results(self.instance_id, ids, outcomes, errors, categories, delays, suspects,
                                         smsc_ids, part_ids, part_nos, part_channels, part_keys)
