"""UI test harness: real widgets under pytest-qt, with a watchdog on the GUI thread.

Any UI test fails when, while it waits for the console (qtbot waits), the GUI thread goes more than
SMSDESK_GUI_STALL_MS (100 ms) without running its event loop, or when the console sends SQL from the GUI
thread at any time during the test itself, or opens a file there (an audit hook on ``open``). Each means a
user would see a frozen window: on a busy disk, a roaming profile or a network share one open can take seconds.

What the GUI thread may still open: Python code as modules are imported (the console imports its windows'
modules in the background while the sign-in window is shown, and the stall watchdog times the rest), Qt's own
resources and translations (Qt reads those itself, with no Python ``open``), file descriptors and the null
device. A test's own files (fixtures it writes, results it reads) are the test's business, not the console's.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt import qtbot as qtbot_module
from pytestqt import wait_signal

STALL_MS = float(os.environ.get("SMSDESK_GUI_STALL_MS", "100"))


class GuiWatchdog(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.waiting = 0
        self.last: float | None = None
        self.max_gap_ms = 0.0
        self.armed = False
        self.sql_on_gui_thread: list[str] = []
        self.files_on_gui_thread: list[str] = []
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.waiting and self.last is not None:
            self.max_gap_ms = max(self.max_gap_ms, (now - self.last) * 1000)
        self.last = now

    def begin_wait(self) -> None:
        self.waiting += 1
        self.last = time.perf_counter()

    def end_wait(self) -> None:
        self.waiting -= 1
        if not self.waiting:
            # the gap up to the wait's end counts too: the loop may have been stuck until then
            self._tick()
            self.last = None

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Test set-up done from the test body (signing in a fixture user); not the console's work."""
        armed, self.armed = self.armed, False
        try:
            yield
        finally:
            self.armed = armed

    def on_sql(self, statement: str) -> None:
        if self.armed and threading.current_thread() is threading.main_thread():
            self.sql_on_gui_thread.append(statement[:200])

    def on_open(self, what: str) -> None:
        self.files_on_gui_thread.append(what)


_watchdog: GuiWatchdog | None = None


def _wrap_wait(cls, name: str) -> None:
    original = getattr(cls, name)
    if getattr(original, "_watched", False):
        return

    def wrapper(self, *args, **kwargs):
        dog = _watchdog
        if dog is not None:
            dog.begin_wait()
        try:
            return original(self, *args, **kwargs)
        finally:
            if dog is not None:
                dog.end_wait()

    wrapper._watched = True
    setattr(cls, name, wrapper)


for _cls, _name in [
    (qtbot_module.QtBot, "wait"),
    (qtbot_module.QtBot, "waitUntil"),
    (wait_signal.SignalBlocker, "wait"),
    (wait_signal.MultiSignalBlocker, "wait"),
    (wait_signal.CallbackBlocker, "wait"),
]:
    _wrap_wait(_cls, _name)


def _install_sql_probe() -> None:
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "before_cursor_execute")
    def _probe(conn, cursor, statement, parameters, context, executemany):
        if _watchdog is not None:
            _watchdog.on_sql(statement)

    import smsdesk.store.database as database

    original = database.connect_raw

    def connect_raw(*args, **kwargs):
        if _watchdog is not None:
            _watchdog.on_sql("connect")
        return original(*args, **kwargs)

    database.connect_raw = connect_raw


_install_sql_probe()

_SMSDESK_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__import__("smsdesk").__file__))) + os.sep + "smsdesk"
_TESTS_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_probing = threading.local()
# Python's import system, and PySide6's import hook, which reads the source of a module that imports (linecache)
_IMPORT_SYSTEM = ("<frozen importlib", "shibokensupport/feature.py")


def _who_opens() -> str | None:
    """The console's frames that led to an ``open`` (innermost first), or None when the open is not the
    console's: the import system loading code, or a test's own file work."""
    frame = sys._getframe(2)
    ours: list[str] = []
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith(_IMPORT_SYSTEM):
            return None
        if name.startswith(_SMSDESK_DIR):
            ours.append(f"{os.path.relpath(name, _SMSDESK_DIR)}:{frame.f_lineno} {frame.f_code.co_name}")
        elif name.startswith(_TESTS_DIR) and not ours:
            return None
        frame = frame.f_back
    return " < ".join(ours[:4]) if ours else None


def _open_probe(event: str, args: tuple) -> None:
    if event != "open" or _watchdog is None or not _watchdog.armed:
        return
    if threading.current_thread() is not threading.main_thread() or getattr(_probing, "on", False):
        return
    path = args[0]
    if isinstance(path, int) or path is None:  # an existing descriptor (pipes, sockets): no file system work
        return
    path = os.fsdecode(path)
    if path == os.devnull or path.startswith(":") or path.endswith((".qm", ".ts")):
        return
    _probing.on = True
    try:
        who = _who_opens()
    finally:
        _probing.on = False
    if who is not None:
        _watchdog.on_open(f"{path} ({who})")


sys.addaudithook(_open_probe)  # audit hooks cannot be removed: it checks _watchdog and does nothing between tests


@pytest.fixture(autouse=True)
def english_after(qapp) -> Iterator[None]:
    """Each test starts in English: one that switched language (the application has one set of translators) is
    switched back when it ends, whatever it did."""
    yield
    from smsdesk.ui.i18n import Translations

    if Translations._installed:
        Translations().install("en")


@pytest.fixture(autouse=True)
def gui_watchdog(qapp, request) -> Iterator[GuiWatchdog]:
    global _watchdog
    _watchdog = GuiWatchdog()
    yield _watchdog
    dog, _watchdog = _watchdog, None
    dog.timer.stop()
    # A test may carry its own, documented budget (stall_budget marker); every UI test keeps STALL_MS.
    marker = request.node.get_closest_marker("stall_budget")
    budget = float(marker.args[0]) if marker else STALL_MS
    assert not dog.sql_on_gui_thread, f"SQL ran on the GUI thread: {dog.sql_on_gui_thread}"
    assert not dog.files_on_gui_thread, f"the GUI thread opened files: {dog.files_on_gui_thread}"
    assert dog.max_gap_ms <= budget, f"the GUI thread stalled for {dog.max_gap_ms:.0f} ms"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """Fixtures may set up data from the main thread; the test body itself may not run SQL there."""
    if _watchdog is not None:
        _watchdog.armed = True
    yield
    if _watchdog is not None:
        _watchdog.armed = False


@pytest.fixture
def runner(qapp):
    from smsdesk.ui.jobs import JobRunner

    r = JobRunner()
    yield r
    r.wait_idle(10_000)


@pytest.fixture
def prefs(qapp):
    import shutil

    from smsdesk import paths
    from smsdesk.infra.drafts import DraftStore
    from smsdesk.ui.prefs import Prefs

    prefs = Prefs()
    prefs.raw().clear()  # every test starts from a first run: no preferences, no drafts
    shutil.rmtree(paths.user_data_dir() / "drafts", ignore_errors=True)
    DraftStore._stores.clear()
    return prefs


@pytest.fixture
def zh(qapp):
    from smsdesk.ui.i18n import Translations

    t = Translations()
    t.install("zh_CN")
    yield t
    t.install("en")
