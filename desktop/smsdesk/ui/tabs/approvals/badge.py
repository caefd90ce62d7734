"""The approvals count: the console's APPROVAL_CHANNEL subscription; the counts are read in the background after
every burst of notifications, and the tab bar (title with the count) and the open tab (reload) are told."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from smsdesk.infra.notify import APPROVAL_CHANNEL
from smsdesk.services import approvals
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250  # a bulk decision elsewhere sends one notification per transaction; coalesce bursts anyway
CHANGE_KEYS = frozenset({Change.APPROVALS, Change.TASKS, Change.TEMPLATES})


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

    def __init__(self, ctx: ConsoleContext, parent: QObject | None = None) -> None:
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
        self.live = ctx.notifications.subscribe(
            APPROVAL_CHANNEL, self._on_notes, on_connected=self._on_live_connected, owner=self
        )
        ctx.runner.changed.connect(self._on_runner_changed)
        self.schedule()

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        try:
            self.ctx.runner.changed.disconnect(self._on_runner_changed)
        except (RuntimeError, TypeError):
            pass
        self.live.cancel()

    def schedule(self) -> None:
        if not self._closed:
            self._timer.start()

    # -- slots ------------------------------------------------------------------------------------

    def _on_notes(self, kinds: list[str]) -> None:
        for kind in kinds:
            self.items_changed.emit(kind)
        self.schedule()

    def _on_live_connected(self) -> None:
        # listening (again): what changed before, or while the connection was down, was not heard
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
