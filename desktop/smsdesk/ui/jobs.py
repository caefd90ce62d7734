"""The one helper that runs background jobs, database and file work, off the GUI thread ("job", not "task":
a task is what an operator sends).

Two pools named by purpose: a read pool of a few threads and a write pool of one thread, so writes keep
their order. A job's result, error and progress come back to the GUI thread as queued signals. After a
write the runner emits ``changed`` with the ``Change`` keys the job declared, and each tab decides whether to
refresh.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from smsdesk.ui.changes import Change

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by ``Job.check()`` once the user cancelled it."""


class Job:
    """What a job function receives: its session (for database jobs), progress reporting and cancellation."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.session = None  # set for database jobs, inside their unit of work

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None:
        """Throttled to 20 updates a second so a tight loop cannot flood the GUI thread."""
        now = time.monotonic()
        if force or done >= total or now - self._last_progress >= 0.05:
            self._last_progress = now
            self._relay.progress.emit(done, total, text)
        self.check()


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits through it, so slots run queued on the GUI thread."""

    done = Signal(object)
    failed = Signal(object, str)
    progress = Signal(int, int, str)
    finished = Signal()


class JobHandle(QObject):
    """A running job as the GUI sees it: ``cancel()``, and ``finished`` once its callbacks ran."""

    finished = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.running = True

    def cancel(self) -> None:
        self._job._cancel.set()


class _Worker(QRunnable):
    def __init__(self, call: Callable[[Job], Any], job: Job, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._call, self._job, self._relay = call, job, relay

    def run(self) -> None:
        try:
            result = self._call(self._job)
        except Cancelled as exc:
            self._relay.failed.emit(exc, "")
        except BaseException as exc:  # everything reaches the GUI thread as an error signal
            self._relay.failed.emit(exc, traceback.format_exc())
        else:
            self._relay.done.emit(result)
        finally:
            self._relay.finished.emit()


class JobRunner(QObject):
    changed = Signal(object)  # frozenset[Change], after a write job succeeded
    error = Signal(object, str)  # errors nobody handled: the console shows them
    unreachable = Signal(object)  # a job failed because the database could not be reached (handled or not)

    def __init__(self, parent: QObject | None = None, *, read_threads: int = 4) -> None:
        super().__init__(parent)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(read_threads)
        self.read_pool.setObjectName("read")
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.write_pool.setObjectName("write")
        self._signed = None
        self._live: set[_Relay] = set()

    def set_session(self, signed) -> None:
        """The signed-in operator whose role database jobs run as (None after sign-out)."""
        self._signed = signed

    # -- public API --------------------------------------------------------------------------------

    def read(self, fn: Callable[..., Any], *args, **callbacks) -> JobHandle:
        """``fn(session, *args)`` on the read pool, in its own transaction."""
        return self._submit(self.read_pool, self._db_call(fn, args), **callbacks)

    def write(self, fn: Callable[..., Any], *args, changes: Iterable[Change] = (), **callbacks) -> JobHandle:
        """``fn(session, *args)`` on the one-thread write pool; emits ``changed(changes)`` after success.
        An unknown key is refused here (ValueError), not ignored by every tab."""
        keys = frozenset(Change(key) for key in changes)
        on_done = callbacks.pop("on_done", None)

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            if keys:
                self.changed.emit(keys)

        return self._submit(self.write_pool, self._db_call(fn, args), on_done=done, **callbacks)

    def io(self, fn: Callable[..., Any], *args, **callbacks) -> JobHandle:
        """``fn(job, *args)`` on the read pool with no database session: files, sign-in, servers."""
        return self._submit(self.read_pool, lambda job: fn(job, *args), **callbacks)

    def wait_idle(self, msecs: int = 10_000) -> bool:
        return self.read_pool.waitForDone(msecs) and self.write_pool.waitForDone(msecs)

    # -- internals ---------------------------------------------------------------------------------

    def _db_call(self, fn: Callable[..., Any], args: tuple) -> Callable[[Job], Any]:
        signed = self._signed
        if signed is None:
            raise RuntimeError("no operator is signed in")

        def call(job: Job) -> Any:
            from smsdesk.services import session as session_service

            def work(session):
                job.session = session
                try:
                    return fn(session, *args) if not _wants_job(fn) else fn(session, job, *args)
                finally:
                    job.session = None

            return session_service.run(signed, work)

        return call

    def _submit(
        self,
        pool: QThreadPool,
        call: Callable[[Job], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        owner: QObject | None = None,
    ) -> JobHandle:
        relay = _Relay()
        job = Job(relay)
        handle = JobHandle(job)
        self._live.add(relay)

        def alive() -> bool:
            return owner is None or shiboken6.isValid(owner)

        def done(result: Any) -> None:
            if on_done is not None and alive():
                on_done(result)

        def failed(exc: BaseException, tb: str) -> None:
            if getattr(exc, "code", "") == "unreachable":
                self.unreachable.emit(exc)
            if isinstance(exc, Cancelled):
                log.info("job cancelled")
            elif on_error is not None:
                if alive():
                    on_error(exc)
            else:
                log.error("unhandled job error: %s\n%s", exc, tb)
                self.error.emit(exc, tb)

        def progress(done_: int, total: int, text: str) -> None:
            if on_progress is not None and alive():
                on_progress(done_, total, text)

        def finished() -> None:
            handle.running = False
            self._live.discard(relay)
            handle.finished.emit()
            relay.deleteLater()

        relay.done.connect(done)
        relay.failed.connect(failed)
        relay.progress.connect(progress)
        relay.finished.connect(finished)
        pool.start(_Worker(call, job, relay))
        return handle


def _wants_job(fn: Callable[..., Any]) -> bool:
    """Database functions opt into progress and cancel by naming their second parameter ``job``."""
    code = getattr(fn, "__code__", None)
    return bool(code and code.co_argcount >= 2 and code.co_varnames[1] == "job")
