"""LISTEN for database notifications (NOTIFY) on a connection of its own, for live counts and refreshes.

``Listener(source, channels).run(on_notify)`` blocks in its own thread: it opens a connection of its own (from
a DatabaseTarget with its login, or detached from an Engine such as the signed-in operator's) in autocommit
mode, LISTENs on the channels and calls ``on_notify(channel, payload)`` for every notification
until ``stop()`` is called (checked at least every ``poll_s`` seconds). A lost connection is retried with a
growing pause; ``on_reconnect()`` is called after every (re)connection, since notifications sent while the
connection was down are lost and the caller should read its state again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import psycopg
from psycopg import sql
from sqlalchemy import Engine

from smsdesk.settings import DatabaseTarget
from smsdesk.store.database import connect_raw

log = logging.getLogger(__name__)

# Channels the database notifies on (payloads: see the SQL files).
APPROVAL_CHANNEL = "smsdesk_approval"  # 'task' or 'template': an item entered or left a review queue
TASK_CHANNEL = "smsdesk_task"  # a task's id: it was queued, decided, cancelled or made progress


class Listener:
    def __init__(self, source: DatabaseTarget | Engine, channels: Sequence[str], *, poll_s: float = 0.5) -> None:
        self.source = source
        self.channels = tuple(channels)
        self.poll_s = poll_s
        self._stop = threading.Event()
        self._conn: psycopg.Connection | None = None

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()

    def run(
        self,
        on_notify: Callable[[str, str], None],
        on_reconnect: Callable[[], None] | None = None,
        on_idle: Callable[[], None] | None = None,
    ) -> None:
        """``on_idle()`` runs after every wait of at most ``poll_s`` (with or without notifications): a place
        to hand on what ``on_notify`` gathered."""
        pause = 0.5
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    self._conn = conn
                    for channel in self.channels:
                        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                    pause = 0.5
                    if on_reconnect is not None:
                        on_reconnect()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=self.poll_s):
                            on_notify(note.channel, note.payload)
                            if self._stop.is_set():
                                break
                        if on_idle is not None and not self._stop.is_set():
                            on_idle()
            except Exception as exc:  # any failure: retry, never end the thread silently
                if self._stop.is_set():
                    break
                log.info("notification listener lost its connection (%s); retrying in %.1f s", exc, pause)
                self._stop.wait(pause)
                pause = min(pause * 2, 30.0)
            finally:
                self._conn = None

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
