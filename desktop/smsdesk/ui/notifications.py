"""The console's one bridge from database notifications (LISTEN/NOTIFY) to the GUI thread.

Every part of the console that follows the database live subscribes here by channel, over the signed-in
operator's one LISTEN connection (``infra/notify.NotifyHub``)::

    self.live = ctx.notifications.subscribe(TASK_CHANNEL, self._on_task_notes, owner=self,
                                            on_connected=self._on_live_connected)
    self.live.listening()  # the channel is LISTENed on a live connection now
    self.live.cancel()     # or let ``owner`` be destroyed

The same connection tells whether the database can be reached: ``bridge.watch_database()`` (the main window)
keeps it open and ``reachability(up, detail)`` fires on the GUI thread on every change; ``bridge.check()`` asks
for the state now (a job failed with "unreachable": is it the network or just that job?).

``on_notes(payloads)`` runs on the GUI thread with the distinct payloads of one batch (at most every 0.2 s);
``on_connected()`` once the channel is listened on and again after every reconnection (notifications may have
been lost meanwhile: read the state again). Nothing here blocks the GUI thread: LISTEN and UNLISTEN run in the
hub's thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from smsdesk.infra.notify import NotifyHub, Subscription, Watch

log = logging.getLogger(__name__)


class LiveSubscription:
    """One subscriber of one channel; ``cancel()`` ends it (safe to call twice)."""

    def __init__(
        self,
        bridge: NotificationBridge,
        channel: str,
        on_notes: Callable[[list[str]], None],
        on_connected: Callable[[], None] | None,
        owner: QObject | None,
    ) -> None:
        self.bridge, self.channel = bridge, channel
        self.on_notes, self.on_connected, self.owner = on_notes, on_connected, owner
        self.active = True

    def listening(self) -> bool:
        return self.active and self.bridge.listening(self.channel)

    def cancel(self) -> None:
        if self.active:
            self.active = False
            self.bridge._drop(self)

    def _alive(self) -> bool:
        return self.active and (self.owner is None or shiboken6.isValid(self.owner))


class NotificationBridge(QObject):
    """One per signed-in console. The hub's thread emits ``notified`` and ``connected``; Qt queues them onto the
    GUI thread, where the bridge hands each batch to the subscribers of its channel."""

    notified = Signal(str, list)  # channel, payloads
    connected = Signal(str)  # channel: listened on (again) after a (re)connection
    reachability = Signal(bool, str)  # the database can be reached (again), or not (with the technical detail)

    def __init__(self, hub: NotifyHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notifications")
        self.hub = hub
        self._subscribers: dict[str, list[LiveSubscription]] = {}
        self._upstream: dict[str, Subscription] = {}
        self._watch: Watch | None = None
        self.notified.connect(self._on_notified)
        self.connected.connect(self._on_connected)

    def subscribe(
        self,
        channel: str,
        on_notes: Callable[[list[str]], None],
        *,
        on_connected: Callable[[], None] | None = None,
        owner: QObject | None = None,
    ) -> LiveSubscription:
        sub = LiveSubscription(self, channel, on_notes, on_connected, owner)
        self._subscribers.setdefault(channel, []).append(sub)
        if owner is not None:
            owner.destroyed.connect(lambda _obj=None, s=sub: s.cancel())
        if channel not in self._upstream and not self.hub.stopped:
            self._upstream[channel] = self.hub.subscribe(
                channel, self._emit_notified, lambda c=channel: self._emit_connected(c)
            )
        elif self.hub.listening(channel) and on_connected is not None:
            # the channel is live already: this subscriber hears from now on, like after a connection
            QTimer.singleShot(0, self, lambda s=sub: s._alive() and s.on_connected())
        return sub

    def listening(self, channel: str) -> bool:
        return channel in self._upstream and self.hub.listening(channel)

    def watch_database(self) -> None:
        """Keeps the connection open and ``reachability`` firing (once is enough; the main window calls it)."""
        if self._watch is None and not self.hub.stopped:
            self._watch = self.hub.watch(self._emit_reachability)

    @property
    def database_up(self) -> bool:
        """False from a lost connection until the next one (True before the first attempt)."""
        return self.hub.up is not False

    def check(self) -> None:
        self.hub.check()

    def close(self) -> None:
        """Every subscription ends; the hub stops listening for this console's windows."""
        for subs in list(self._subscribers.values()):
            for sub in list(subs):
                sub.cancel()
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.cancel()

    # -- the hub's thread ---------------------------------------------------------------------------------

    def _emit_notified(self, channel: str, payloads: list[str]) -> None:
        if shiboken6.isValid(self):
            self.notified.emit(channel, payloads)

    def _emit_connected(self, channel: str) -> None:
        if shiboken6.isValid(self):
            self.connected.emit(channel)

    def _emit_reachability(self, up: bool, detail: str) -> None:
        if shiboken6.isValid(self):
            self.reachability.emit(up, detail)

    # -- the GUI thread -----------------------------------------------------------------------------------

    def _on_notified(self, channel: str, payloads: list) -> None:
        for sub in list(self._subscribers.get(channel, ())):
            if sub._alive():
                sub.on_notes(payloads)

    def _on_connected(self, channel: str) -> None:
        for sub in list(self._subscribers.get(channel, ())):
            if sub._alive() and sub.on_connected is not None:
                sub.on_connected()

    def _drop(self, sub: LiveSubscription) -> None:
        subs = self._subscribers.get(sub.channel, [])
        if sub in subs:
            subs.remove(sub)
        if not subs:
            self._subscribers.pop(sub.channel, None)
            upstream = self._upstream.pop(sub.channel, None)
            if upstream is not None:
                upstream.cancel()
