"""The job helper (ui/jobs.py): results, errors, progress, cancel and change notifications reach the GUI thread."""

from __future__ import annotations

import threading
import time

import pytest

from smsdesk.ui.jobs import Cancelled

pytestmark = pytest.mark.ui


def test_result_comes_back_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work(job):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value):
        seen["value"] = value
        seen["gui"] = threading.current_thread() is threading.main_thread()

    handle = runner.io(work, on_done=done)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert seen == {"worker": False, "value": 42, "gui": True}


def test_errors_go_to_on_error_or_to_the_runner(qtbot, runner):
    errors = []
    handle = runner.io(lambda job: 1 / 0, on_error=errors.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert isinstance(errors[0], ZeroDivisionError)
    with qtbot.waitSignal(runner.error, timeout=5000) as blocker:
        runner.io(lambda job: {}["missing"])
    assert isinstance(blocker.args[0], KeyError)


def test_progress_and_cancel(qtbot, runner):
    progress = []
    results = []

    def long_work(job):
        for i in range(1000):
            job.progress(i, 1000, "working")
            time.sleep(0.002)
        return "finished"

    handle = runner.io(long_work, on_progress=lambda d, t, s: progress.append(d), on_done=results.append)
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=5000)
    handle.cancel()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert results == []  # cancelled jobs deliver no result
    assert 0 < progress[-1] < 999


def test_cancelled_is_not_reported_as_an_error(qtbot, runner):
    errors = []

    def work(job):
        raise Cancelled()

    handle = runner.io(work, on_error=errors.append)
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert errors == []


def test_write_pool_keeps_order_and_announces_changes(qtbot, runner, org_db, gui_watchdog):
    from smsdesk.services.auth import sign_in
    from tests.conftest import ADMIN_PASSWORD

    with gui_watchdog.paused():
        signed = sign_in(org_db.target, "boss", ADMIN_PASSWORD)
    runner.set_session(signed)
    order = []
    try:
        from sqlalchemy import text

        with qtbot.waitSignal(runner.changed, timeout=10_000) as blocker:
            for i in range(5):
                runner.write(
                    lambda s, n=i: (s.execute(text("select pg_sleep(0.01)")), order.append(n)),
                    changes={"quota"} if i == 4 else (),
                )
        assert blocker.args[0] == frozenset({"quota"})
        assert order == [0, 1, 2, 3, 4]
    finally:
        runner.wait_idle()
        signed.close()


def test_owner_deleted_before_the_result_drops_the_callback(qtbot, runner):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    called = []
    started = threading.Event()

    def work(job):
        started.set()
        time.sleep(0.1)
        return 1

    handle = runner.io(work, on_done=called.append, owner=owner)
    started.wait(5)
    owner.deleteLater()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        pass
    assert called == []
