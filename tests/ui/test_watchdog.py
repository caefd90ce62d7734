"""The GUI watchdog must itself be able to fail, or every UI test's stall check would be empty."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

pytestmark = pytest.mark.ui


def test_a_blocked_event_loop_is_measured(qtbot, gui_watchdog):
    QTimer.singleShot(20, lambda: time.sleep(0.25))  # a slot that blocks the GUI thread
    qtbot.wait(400)
    measured = gui_watchdog.max_gap_ms
    gui_watchdog.max_gap_ms = 0.0  # reset, so this deliberate stall does not fail the test itself
    assert measured >= 240


def test_sql_on_the_gui_thread_is_caught(qtbot, org_db, gui_watchdog):
    from sqlalchemy import text

    from smsdesk.store.database import make_engine

    engine = make_engine(org_db.su, pool_size=1)
    try:
        with engine.connect() as conn:
            conn.execute(text("select 1"))
    finally:
        engine.dispose()
    caught = list(gui_watchdog.sql_on_gui_thread)
    gui_watchdog.sql_on_gui_thread.clear()
    assert "select 1" in caught


def test_a_file_the_console_opens_on_the_gui_thread_is_caught(tmp_path, monkeypatch, gui_watchdog):
    import threading

    from smsdesk import settings

    site = tmp_path / "database.ini"
    site.write_text("[database]\nhost = db.example\npool_max = 3\n", encoding="utf-8")  # the test's own file
    monkeypatch.setenv("SMSDESK_SITE_CONFIG", str(site))
    assert not gui_watchdog.files_on_gui_thread
    # the console's code reading a file on the GUI thread: caught, with the console's frames that did it
    assert settings.console_pool_max(environ={}) == 3
    caught = list(gui_watchdog.files_on_gui_thread)
    gui_watchdog.files_on_gui_thread.clear()  # so this deliberate open does not fail the test itself
    assert len(caught) == 1 and str(site) in caught[0] and "settings.py" in caught[0]
    # the same in a worker thread is what the console does, and passes
    worker = threading.Thread(target=lambda: settings.console_pool_max(environ={}))
    worker.start()
    worker.join()
    assert not gui_watchdog.files_on_gui_thread
