"""Status-bar label for the dispatchers (GW-1); when this console hosts one, it also keeps it running."""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from smsdesk.infra.notify import CHANNEL_CHANNEL
from smsdesk.services import channels
from smsdesk.services.dispatch_host import DispatchHost
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext

log = logging.getLogger(__name__)

REFRESH_MS = 3000  # while messages go out, a channel is down, or this console hosts the dispatcher
# Nothing moving: read seldom. Reading every 3 s, idle consoles were the server's only work (500 consoles: 167 reads
# a second, 0.35% of a core per 100 consoles even at one read in 30 s; tests/bench/consoles_bench.py). A channel's
# change wakes the label at once (its notification), and so does this console's own submit, so whoever sends sees
# the state fresh; a dispatcher that died while nothing moved is noticed within this plus its 15 s of silence.
QUIET_MS = 300_000
HOST_DELAY_MS = 2000  # let the window settle before starting child processes


class DispatcherStatusLabel(QLabel):
    """Shows whether a dispatcher runs and how its channels are; starts and restarts the hosted one.

    Every database read and every process start or stop runs on the runner's pools, never here.
    """

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_dispatcher")
        self.ctx = ctx
        self.host: DispatchHost | None = None
        self._reading = False
        self._tending = False
        self._closed = False
        self.setText(self.tr("Dispatcher: checking…"))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        QTimer.singleShot(HOST_DELAY_MS, self, self._on_start_timer_timeout)
        self._live = ctx.notifications.subscribe(CHANNEL_CHANNEL, self._on_channel_notes, owner=self)
        ctx.runner.changed.connect(self._on_runner_changed)
        self._read()

    def shutdown(self) -> None:
        """Stops the hosted dispatcher (in the background: it drains for a few seconds)."""
        self._closed = True
        self._timer.stop()
        self._live.cancel()
        try:
            self.ctx.runner.changed.disconnect(self._on_runner_changed)
        except (RuntimeError, TypeError):
            pass
        host, self.host = self.host, None
        if host is not None:
            self.ctx.runner.io(lambda _job: host.stop())

    # -- slots ----------------------------------------------------------------------------------------
    def _on_start_timer_timeout(self) -> None:
        if not self._closed:
            target = self.ctx.signed.target
            self.ctx.runner.io(lambda _job: _start_host(target), on_done=self._on_host_started, owner=self)

    def _on_host_started(self, host: DispatchHost | None) -> None:
        if self._closed:
            if host is not None:
                self.ctx.runner.io(lambda _job: host.stop())
            return
        self.host = host
        self._read()

    def _on_channel_notes(self, _payloads: list[str]) -> None:
        self._read()

    def _on_runner_changed(self, keys) -> None:
        if Change.TASKS in keys:  # this console queued or cancelled work: the dispatcher is about to move
            self._read()

    def _on_timer_timeout(self) -> None:
        self._read()
        host = self.host
        if host is not None and not self._tending:
            self._tending = True
            self.ctx.runner.io(lambda _job: host.ensure_running(), on_done=self._on_tended,
                               on_error=self._on_tend_failed, owner=self)

    def _on_tended(self, _restarted: bool) -> None:
        self._tending = False

    def _on_tend_failed(self, exc: BaseException) -> None:
        self._tending = False
        log.warning("dispatcher host check failed: %s", exc)

    def _read(self) -> None:
        if self._reading or self._closed:
            return
        self._reading = True
        self.ctx.runner.read(channels.dispatcher_status, on_done=self._on_status, on_error=self._on_status_failed,
                             owner=self)

    def _on_status(self, status: channels.DispatcherStatus) -> None:
        self._reading = False
        hosted = self.host is not None
        moving = hosted or status.submit_per_s > 0 or bool(status.channels_down)
        self._timer.setInterval(REFRESH_MS if moving else QUIET_MS)
        if status.state == "stopped":
            if hosted and self.host.state() in ("starting", "running", "exited"):
                text = self.tr("Dispatcher: starting…")
            elif hosted and self.host.last_error:
                text = self.tr("Dispatcher: cannot start (see the log)")
            elif self.ctx.signed.target.embedded:
                text = self.tr("Dispatcher: not running")
            else:
                # A shared database: dispatchers run elsewhere (a service on a server, or the dispatcher workstation).
                text = self.tr("Dispatcher: none running")
        else:
            text = self.tr("Dispatcher: %1 of %2 channels up · %3 msg/s")
            text = text.replace("%1", str(status.channels_up)).replace("%2", str(status.channels_total))
            text = text.replace("%3", f"{status.submit_per_s:.0f}")
            if status.channels_down:
                text += " · " + self.tr("down: %1").replace("%1", ", ".join(status.channels_down))
        self.setText(text)
        tip = self.tr("Dispatcher processes running: %1").replace("%1", str(status.running))
        if hosted:
            tip += "\n" + self.tr("This console runs one of them and restarts it if it stops.")
        elif status.state == "stopped" and not self.ctx.signed.target.embedded:
            tip += "\n" + self.tr(
                "None has reported in the last 15 seconds; queued messages wait until one runs.\n"
                "With a shared database the dispatcher runs as a service on a server,\n"
                "or on the workstation IT made the dispatcher host, not in every console. Ask IT to start it."
            )
        self.setToolTip(tip)

    def _on_status_failed(self, exc: BaseException) -> None:
        self._reading = False
        self._timer.setInterval(REFRESH_MS)  # the database may be back in a moment: ask again soon
        self.setText(self.tr("Dispatcher: unknown"))
        log.info("dispatcher status unavailable: %s", exc)


def _start_host(target) -> DispatchHost | None:
    host = DispatchHost.for_console(target)
    if host is not None:
        host.start()
    return host
