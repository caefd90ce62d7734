"""Status-bar label for the dispatchers (GW-1); when this console hosts one, it also keeps it running."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QLocale, QTimer
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


class DispatcherKeeper:
    """The console's hosted dispatcher (and the trial's simulator) across main windows.

    A language switch rebuilds the window, and signing out and in as someone else replaces the session, but the
    database stays the same: the dispatcher keeps running through both (restarting it took the status bar through
    "not running" and "starting…" and held back every queued message for seconds). It stops when the console
    leaves or moves to another database. The label of each window asks the keeper for the host.
    """

    def __init__(self) -> None:
        self.host: DispatchHost | None = None
        self.key: tuple | None = None  # the database the host (or the decision to host none) is for
        self._starting: list = []  # callbacks waiting for a start in flight

    @staticmethod
    def key_of(target) -> tuple:
        return (target.source, target.host, target.port, target.dbname)

    def known(self, target) -> bool:
        """The host for this database is decided (started, or none to start)."""
        return self.key == self.key_of(target) and not self._starting

    def acquire(self, target, runner, on_done) -> None:
        """Calls ``on_done(host or None)`` with this database's host, started in the background if need be."""
        key = self.key_of(target)
        if self.key == key:
            if self._starting:
                self._starting.append(on_done)
            else:
                on_done(self.host)
            return
        self.release(runner)
        self.key, self._starting = key, [on_done]
        runner.io(lambda _job: _start_host(target), on_done=lambda host: self._on_started(key, host),
                  on_error=lambda exc: self._on_started(key, None, exc))

    def _on_started(self, key: tuple, host: DispatchHost | None, exc: BaseException | None = None) -> None:
        if exc is not None:
            log.warning("dispatch host: %s", exc)
        if key != self.key:  # the console moved on meanwhile
            if host is not None:
                _stop_later(host)
            return
        self.host = host
        waiting, self._starting = self._starting, []
        for callback in waiting:
            callback(host)

    def detach(self) -> DispatchHost | None:
        """Forgets the host and hands it over (to be stopped off the GUI thread, before the database it uses)."""
        host, self.host, self.key, self._starting = self.host, None, None, []
        return host

    def release(self, runner=None) -> None:
        """Stops the host (in the background when a runner is given: it drains for a few seconds)."""
        host, self.host, self.key, self._starting = self.host, None, None, []
        if host is not None:
            if runner is not None:
                runner.io(lambda _job: host.stop())
            else:
                host.stop()


def _stop_later(host: DispatchHost) -> None:
    import threading

    threading.Thread(target=host.stop, name="dispatch-host-stop", daemon=True).start()


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
        self.keeper: DispatcherKeeper | None = getattr(ctx, "dispatchers", None)
        if self.keeper is not None and self.keeper.known(ctx.signed.target):
            self.host = self.keeper.host  # another window of this console started it: it keeps running
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
        if host is not None and self.keeper is None:  # with a keeper the console decides when it stops
            self.ctx.runner.io(lambda _job: host.stop())

    # -- slots ----------------------------------------------------------------------------------------
    def _on_start_timer_timeout(self) -> None:
        if self._closed:
            return
        target = self.ctx.signed.target
        if self.keeper is not None:
            self.keeper.acquire(target, self.ctx.runner, self._on_host_started)
        else:
            self.ctx.runner.io(lambda _job: _start_host(target), on_done=self._on_host_started, owner=self)

    def _on_host_started(self, host: DispatchHost | None) -> None:
        if self._closed or not shiboken6.isValid(self):
            if host is not None and self.keeper is None:
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
            text = self.tr("Dispatcher: %1 of %2 up · %3 msg/s")
            text = text.replace("%1", QLocale().toString(int(status.channels_up)))
            text = text.replace("%2", self.tr("%Ln channel(s)", "", int(status.channels_total)))
            text = text.replace("%3", QLocale().toString(round(status.submit_per_s)))
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
