"""LISTEN for database notifications (NOTIFY): one connection for a whole console, shared by every subscriber.

``NotifyHub(source)`` owns one connection (detached from an Engine such as the signed-in operator's, or opened
for a DatabaseTarget with its login) and one thread. ``hub.subscribe(channel, on_notes, on_connected)`` adds a
subscriber; the hub LISTENs on a channel while it has subscribers and UNLISTENs when the last one leaves.
Notifications are gathered for up to ``poll_s`` and handed on in batches: ``on_notes(channel, payloads)`` with
each distinct payload once, in order of arrival. ``on_connected()`` runs once the subscriber's channel is
listened on, and again after every reconnection: notifications sent while the connection was down are lost,
so the subscriber reads its state again. A lost connection is retried with a growing pause (0.5 s to 10 s);
a connection nobody has listened on for ``idle_close_s`` is closed until the next subscriber comes.
Callbacks run in the hub's thread; the console hands them to its GUI thread (``ui/notifications.py``).

The hub is also how a console learns that the database went away: ``hub.watch(on_state)`` keeps the connection
open while watched and calls ``on_state(up, detail)`` on every change (down: the server ended the connection,
or a connection attempt failed). A network that drops silently (no reset, packets lost) ends no connection by
itself: after ``ping_s`` without a word from the server the hub sends an empty query, and a reply that does not
come within ``ping_timeout_s`` counts as a lost connection. ``check()`` (a job found the database unreachable)
pings at once while connected, or ends the pause before the next try, and reports the outcome either way.
"""

from __future__ import annotations

import itertools
import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
from psycopg import errors, generators, pq, sql
from sqlalchemy import Engine

from smsdesk.settings import DatabaseTarget
from smsdesk.store.database import connect_raw

log = logging.getLogger(__name__)

# Channels the database notifies on (payloads: see the SQL files).
APPROVAL_CHANNEL = "smsdesk_approval"  # 'task' or 'template': an item entered or left a review queue
TASK_CHANNEL = "smsdesk_task"  # a task's id: it was queued, decided, cancelled or made progress
CHANNEL_CHANNEL = "smsdesk_channel"  # an SMS channel's id: its settings, routes or status changed

FIRST_PAUSE_S = 0.5
# Back-off between attempts doubles up to this, each pause drawn between half and all of it: five hundred consoles
# that lost the server together do not come back at the same instant, and none waits long once it is back.
LONGEST_PAUSE_S = 10.0
PING_S = 10.0  # an empty query after this long without a word from the server (~10 µs of server CPU each)
PING_TIMEOUT_S = 5.0

OnNotes = Callable[[str, list[str]], None]
OnState = Callable[[bool, str], None]


class ConnectionLost(Exception):
    """The server did not answer the hub's ping in time: the network dropped without closing the connection."""


@dataclass
class _Subscriber:
    channel: str
    on_notes: OnNotes
    on_connected: Callable[[], None] | None
    told: bool = False  # on_connected ran on the current connection


class Subscription:
    """What ``subscribe`` returns: ``cancel()`` ends it (the hub UNLISTENs when nobody else listens)."""

    def __init__(self, hub: NotifyHub, key: int, channel: str) -> None:
        self.hub, self.key, self.channel = hub, key, channel

    def cancel(self) -> None:
        self.hub.unsubscribe(self.key)

    def listening(self) -> bool:
        return self.hub.listening(self.channel)


class Watch:
    """What ``watch`` returns: ``cancel()`` ends it."""

    def __init__(self, hub: NotifyHub, key: int) -> None:
        self.hub, self.key = hub, key

    def cancel(self) -> None:
        self.hub.unwatch(self.key)


class NotifyHub:
    """One LISTEN connection and one thread, started with the first subscriber, ended by ``stop()``."""

    def __init__(
        self,
        source: DatabaseTarget | Engine,
        *,
        poll_s: float = 0.2,
        idle_close_s: float = 30.0,
        name: str = "notify",
        ping_s: float = PING_S,
        ping_timeout_s: float = PING_TIMEOUT_S,
        longest_pause_s: float = LONGEST_PAUSE_S,
    ) -> None:
        self.source = source
        self.poll_s = poll_s
        self.idle_close_s = idle_close_s
        self.name = name
        self.ping_s, self.ping_timeout_s, self.longest_pause_s = ping_s, ping_timeout_s, longest_pause_s
        self._lock = threading.Lock()
        self._subscribers: dict[int, _Subscriber] = {}
        self._watchers: dict[int, OnState] = {}
        self._up: bool | None = None  # None until the first attempt: the state watchers were last told
        self.down_detail = ""
        self.retry_at: float | None = None  # time.monotonic() of the next attempt while down
        self._wake = threading.Event()  # ends a pause between attempts early (stop, check)
        self._check = threading.Event()  # somebody wants the state confirmed now
        self._keys = itertools.count(1)
        self._listening: frozenset[str] = frozenset()  # channels LISTENed on the live connection
        self._stop = threading.Event()
        self._wanted = threading.Event()  # set while someone subscribes: wakes a hub that closed when idle
        self._thread: threading.Thread | None = None
        self.connected = threading.Event()
        self.connections = 0  # how many times the hub connected (tests, logs)

    # -- API (any thread) -------------------------------------------------------------------------------

    def subscribe(
        self, channel: str, on_notes: OnNotes, on_connected: Callable[[], None] | None = None
    ) -> Subscription:
        with self._lock:
            if self._stop.is_set():
                raise RuntimeError("the notification hub was stopped")
            key = next(self._keys)
            self._subscribers[key] = _Subscriber(channel, on_notes, on_connected)
            self._wanted.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()
        return Subscription(self, key, channel)

    def unsubscribe(self, key: int) -> None:
        with self._lock:
            self._subscribers.pop(key, None)
            if not self._subscribers and not self._watchers:
                self._wanted.clear()

    def watch(self, on_state: OnState) -> Watch:
        """``on_state(up, detail)`` on every change of reachability (in the hub's thread); the connection stays
        open while watched. A watcher added while the state is known hears it at once."""
        with self._lock:
            if self._stop.is_set():
                raise RuntimeError("the notification hub was stopped")
            key = next(self._keys)
            self._watchers[key] = on_state
            self._wanted.set()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()
            known = self._up
        if known is not None:
            self._call(on_state, known, "" if known else self.down_detail)
        return Watch(self, key)

    def unwatch(self, key: int) -> None:
        with self._lock:
            self._watchers.pop(key, None)
            if not self._subscribers and not self._watchers:
                self._wanted.clear()

    @property
    def up(self) -> bool | None:
        """True while connected, False after a loss until the next connection, None before the first attempt."""
        return self._up

    def check(self) -> None:
        """Confirms the state now: while connected, a ping; while down, the next attempt without waiting out the
        pause (a user's "Try now"). The watchers hear the outcome even when it did not change."""
        self._check.set()
        self._wake.set()

    def listening(self, channel: str) -> bool:
        """The channel is LISTENed on a live connection now."""
        return self.connected.is_set() and channel in self._listening

    def channels(self) -> frozenset[str]:
        with self._lock:
            return frozenset(s.channel for s in self._subscribers.values())

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def stop(self, wait_s: float = 0.0) -> bool:
        """Ends the thread (within ``poll_s``) and closes the connection; True once the thread has ended."""
        with self._lock:
            self._stop.set()
            self._wanted.set()
            self._wake.set()
            self._subscribers.clear()
            self._watchers.clear()
            thread = self._thread
        if thread is not None and wait_s > 0 and thread is not threading.current_thread():
            thread.join(wait_s)
        return thread is None or not thread.is_alive()

    # -- the thread ---------------------------------------------------------------------------------------

    def _run(self) -> None:
        pause = FIRST_PAUSE_S
        while not self._stop.is_set():
            self._wanted.wait()
            if self._stop.is_set():
                break
            wait_s = pause
            try:
                with self._connect() as conn:
                    self.connections += 1
                    with self._lock:
                        for sub in self._subscribers.values():
                            sub.told = False
                    self._listening = frozenset()
                    self.connected.set()
                    pause = FIRST_PAUSE_S
                    self._set_state(True, "", force=self._take_check())
                    if self._serve(conn) == "idle":
                        log.info("nobody listens: notification connection closed until a tab subscribes")
                        continue
            except Exception as exc:  # any failure: retry, never end the thread silently
                if self._stop.is_set():
                    break
                wait_s = pause * random.uniform(0.5, 1.0)
                log.info("notification listener lost its connection (%s); retrying in %.1f s", exc, wait_s)
                self.retry_at = time.monotonic() + wait_s
                self._set_state(False, _one_line(exc), force=self._take_check())
            finally:
                self.connected.clear()
                self._listening = frozenset()
            self._wake.clear()
            if self._wake.wait(wait_s) and self._stop.is_set():
                break
            self.retry_at = None
            pause = min(pause * 2, self.longest_pause_s)

    def _take_check(self) -> bool:
        asked = self._check.is_set()
        self._check.clear()
        return asked

    def _set_state(self, up: bool, detail: str, *, force: bool = False) -> None:
        with self._lock:
            changed = self._up is not up
            self._up, self.down_detail = up, detail
            watchers = list(self._watchers.values()) if changed or force else []
        for on_state in watchers:
            self._call(on_state, up, detail)

    def _serve(self, conn: psycopg.Connection) -> str:
        idle_since = None
        heard = time.monotonic()
        while not self._stop.is_set():
            self._sync_channels(conn)
            if self._listening:
                idle_since = None
            elif idle_since is None:
                idle_since = time.monotonic()
            elif (
                time.monotonic() - idle_since >= self.idle_close_s
                and not self._wanted.is_set()
                and not self._watchers
            ):
                return "idle"
            pending: dict[str, dict[str, None]] = {}
            for note in conn.notifies(timeout=self.poll_s):
                pending.setdefault(note.channel, {})[note.payload] = None
                if self._stop.is_set():
                    return "stopped"
            now = time.monotonic()
            if pending:
                heard = now
                self._hand_on(pending)
            elif now - heard >= self.ping_s or self._check.is_set():
                asked = self._take_check()  # a job saw the database fail: does this connection still work?
                self._wake.clear()
                self._ping(conn)
                heard = time.monotonic()
                if asked:
                    self._set_state(True, "", force=True)
        return "stopped"

    def _ping(self, conn: psycopg.Connection) -> None:
        self._execute(conn, b"")

    def _execute(self, conn: psycopg.Connection, query: bytes) -> None:
        """``query`` answered within ``ping_timeout_s``, or ConnectionLost. The connection's own waits have no
        deadline, so a network that stops carrying packets would otherwise leave the hub waiting for ever (in a
        LISTEN as much as in a ping)."""
        with conn.lock:
            conn.pgconn.send_query(query)
            try:
                results = conn.wait(generators.execute(conn.pgconn), timeout=self.ping_timeout_s)
            except errors._WaitTimeout as exc:
                raise ConnectionLost(f"no answer from the server in {self.ping_timeout_s:g} s") from exc
        for result in results:
            if result.status == pq.ExecStatus.FATAL_ERROR:
                raise psycopg.OperationalError(result.error_message.decode("utf-8", "replace").strip())

    def _sync_channels(self, conn: psycopg.Connection) -> None:
        wanted = self.channels()
        for channel in sorted(wanted - self._listening):
            self._execute(conn, sql.SQL("LISTEN {}").format(sql.Identifier(channel)).as_bytes(conn))
        for channel in sorted(self._listening - wanted):
            self._execute(conn, sql.SQL("UNLISTEN {}").format(sql.Identifier(channel)).as_bytes(conn))
        self._listening = wanted
        with self._lock:
            untold = [s for s in self._subscribers.values() if not s.told and s.channel in wanted]
            for sub in untold:
                sub.told = True
        for sub in untold:
            if sub.on_connected is not None:
                self._call(sub.on_connected)

    def _hand_on(self, pending: dict[str, dict[str, None]]) -> None:
        with self._lock:
            targets = [(s.channel, s.on_notes) for s in self._subscribers.values() if s.channel in pending]
        for channel, on_notes in targets:
            if self._stop.is_set():
                return
            self._call(on_notes, channel, list(pending[channel]))

    @staticmethod
    def _call(fn: Callable, *args) -> None:
        try:
            fn(*args)
        except Exception:  # a subscriber's bug must not end everybody's listening
            log.exception("a notification subscriber failed")

    def _connect(self) -> psycopg.Connection:
        if isinstance(self.source, Engine):
            # a connection of the engine's own kind (same login), taken out of its pool for good
            proxy = self.source.raw_connection()
            conn = proxy.driver_connection
            proxy.detach()
            conn.rollback()
            conn.autocommit = True
            return conn
        return connect_raw(self.source, autocommit=True)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
