"""The approvals count: LISTEN smsdesk_approval in a thread of its own, read the counts in the background
after every burst of notifications, and tell the tab bar (title with the count) and the open tab (reload)."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from smsdesk.infra.notify import APPROVAL_CHANNEL, Listener
from smsdesk.services import approvals
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250  # a bulk decision elsewhere sends one notification per transaction; coalesce bursts anyway
CHANGE_KEYS = frozenset({Change.APPROVALS, Change.TASKS, Change.TEMPLATES})


class ListenerThread(QThread):
    """Runs ``Listener.run`` until ``stop()``; every notification arrives on the GUI thread as ``notified``."""

    notified = Signal(str, str)  # channel, payload ("" and "reconnect" after a (re)connection)

    def __init__(self, listener: Listener, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvals_listener")
        self.listener = listener

    def run(self) -> None:
        self.listener.run(
            lambda channel, payload: self.notified.emit(channel, payload), lambda: self.notified.emit("", "reconnect")
        )

    def stop(self, wait_ms: int = 0) -> None:
        """Asks the thread to end (within the listener's poll interval) without blocking the GUI thread; the
        thread object stays referenced until it has finished."""
        self.listener.stop()
        if wait_ms:
            self.wait(wait_ms)
        if self.isRunning():
            _stopping.add(self)
            self.finished.connect(lambda: _stopping.discard(self))


_stopping: set[ListenerThread] = set()


def wait_for_listeners(msecs: int = 3000) -> None:
    """Tests and application exit: wait until every stopped listener thread has ended."""
    for thread in list(_stopping):
        thread.wait(msecs)
        _stopping.discard(thread)


def badge_title(tasks: int, templates: int) -> str:
    title = QCoreApplication.translate("ApprovalsTab", "Approvals")
    total = tasks + templates
    return f"{title} ({total})" if total else title


class ApprovalBadge(QObject):
    """One per signed-in window. ``counts_changed(tasks, templates)`` after each read; ``title_changed`` for the
    tab bar; ``items_changed(kind)`` ('task' or 'template') when a queue changed in the database."""

    counts_changed = Signal(int, int)
    title_changed = Signal(str)
    items_changed = Signal(str)

    _instances: dict[int, ApprovalBadge] = {}

    def __init__(self, ctx: ConsoleContext, parent: QObject | None = None, *, listen: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("approvals_badge")
        self.ctx = ctx
        self.counts: tuple[int, int] | None = None
        self._reading = False
        self._again = False
        self._closed = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.thread: ListenerThread | None = None
        if listen:
            self.thread = ListenerThread(Listener(ctx.signed.engine, [APPROVAL_CHANNEL]))
            self.thread.notified.connect(self._on_notified)
            self.thread.start()
        ctx.runner.changed.connect(self._on_runner_changed)
        ApprovalBadge._instances[id(ctx)] = self
        self.destroyed.connect(lambda _obj=None, key=id(ctx): ApprovalBadge._instances.pop(key, None))
        self.schedule()

    @classmethod
    def attach(cls, ctx: ConsoleContext, parent: QObject | None = None) -> ApprovalBadge:
        return cls(ctx, parent)

    @classmethod
    def of(cls, ctx: ConsoleContext) -> ApprovalBadge | None:
        badge = cls._instances.get(id(ctx))
        return badge if badge is not None and shiboken6.isValid(badge) and not badge._closed else None

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        ApprovalBadge._instances.pop(id(self.ctx), None)
        try:
            self.ctx.runner.changed.disconnect(self._on_runner_changed)
        except (RuntimeError, TypeError):
            pass
        if self.thread is not None:
            self.thread.stop()
            self.thread = None

    def schedule(self) -> None:
        if not self._closed:
            self._timer.start()

    # -- slots ------------------------------------------------------------------------------------

    def _on_notified(self, channel: str, payload: str) -> None:
        if channel == APPROVAL_CHANNEL:
            self.items_changed.emit(payload)
        elif payload == "reconnect":  # notifications may have been missed while disconnected
            self.items_changed.emit("task")
            self.items_changed.emit("template")
        self.schedule()

    def _on_runner_changed(self, keys: frozenset[str]) -> None:
        if keys & CHANGE_KEYS:
            self.schedule()

    def _on_timer_timeout(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        self.ctx.runner.read(
            approvals.queue_counts, on_done=self._on_counts, on_error=self._on_counts_failed, owner=self
        )

    def _on_counts(self, counts: tuple[int, int]) -> None:
        self._reading = False
        if self._closed:
            return
        self.counts = counts
        self.counts_changed.emit(*counts)
        self.title_changed.emit(badge_title(*counts))
        if self._again:
            self._again = False
            self.schedule()

    def _on_counts_failed(self, exc: BaseException) -> None:
        self._reading = False
        log.info("approval counts unavailable: %s", exc)
