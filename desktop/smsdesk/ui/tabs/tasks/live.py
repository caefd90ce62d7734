"""Live task progress for the Tasks tab: the console's TASK_CHANNEL subscription, its payloads read as task ids."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from smsdesk.infra.notify import TASK_CHANNEL
from smsdesk.ui.notifications import LiveSubscription, NotificationBridge


class LiveTasks(QObject):
    """``changed(ids)`` when tasks changed; ``connected()`` after each (re)connect (re-read: ids may be missed).
    Listens only between ``start()`` and ``stop()`` (the tab: while it is shown)."""

    changed = Signal(list)
    connected = Signal()

    def __init__(self, notifications: NotificationBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifications = notifications
        self._subscription: LiveSubscription | None = None

    @property
    def running(self) -> bool:
        return self._subscription is not None

    def is_listening(self) -> bool:
        return self._subscription is not None and self._subscription.listening()

    def start(self) -> None:
        if self._subscription is None:
            self._subscription = self._notifications.subscribe(
                TASK_CHANNEL, self._on_notes, on_connected=self.connected.emit, owner=self
            )

    def stop(self) -> None:
        subscription, self._subscription = self._subscription, None
        if subscription is not None:
            subscription.cancel()

    def _on_notes(self, payloads: list[str]) -> None:
        ids = sorted({int(p) for p in payloads if p.isdigit()})
        if ids:
            self.changed.emit(ids)
