"""Live task progress for the GUI: the services' LISTEN thread, its ids delivered to the GUI thread by a signal."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from smsdesk.services.tasks import TaskChangeListener


class LiveTasks(QObject):
    """``changed(ids)`` when tasks changed; ``connected()`` after each (re)connect (re-read: ids may be missed).

    Signals emitted from the listener's thread reach slots of GUI objects queued, on the GUI thread."""

    changed = Signal(list)
    connected = Signal()

    def __init__(self, engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._listener: TaskChangeListener | None = None

    @property
    def running(self) -> bool:
        return self._listener is not None and self._listener.running

    def is_listening(self) -> bool:
        return self._listener is not None and self._listener.connected.is_set()

    def start(self) -> None:
        if self._listener is not None:
            return
        self._listener = TaskChangeListener(self._engine, self._emit_changed, on_connected=self._emit_connected)
        self._listener.start()

    # called from the listener's thread: the signals queue the slots onto the GUI thread
    def _emit_changed(self, ids: list[int]) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(ids)

    def _emit_connected(self) -> None:
        if shiboken6.isValid(self):
            self.connected.emit()

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
