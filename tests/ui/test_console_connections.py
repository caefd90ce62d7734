"""A console's server connections (200 consoles share one PostgreSQL): signed in, every tab visited, at rest it
holds at most two, one pooled and one listening; closing it closes them in the background, and stopping the
embedded database at exit does not freeze the window."""

from __future__ import annotations

import pytest

from smsdesk.services.auth import sign_in
from smsdesk.store import roles
from smsdesk.store.database import CONSOLE_APPLICATION_NAME
from tests.conftest import ADMIN_PASSWORD

pytestmark = [pytest.mark.ui, pytest.mark.db]


def console_connections(db, role: str) -> tuple[int, int]:
    """(all of the console's connections, those that LISTEN)."""
    with db.connect_su() as su:
        rows = su.execute(
            "SELECT query FROM pg_stat_activity WHERE usename = %s AND application_name = %s",
            (role, CONSOLE_APPLICATION_NAME),
        ).fetchall()
    return len(rows), sum("LISTEN" in (q or "").upper() for (q,) in rows)


@pytest.fixture
def console(qtbot, qapp, tmp_path, monkeypatch):
    import gc

    from smsdesk.ui import app as console_app

    frozen = gc.get_freeze_count()
    console = console_app.Console(qapp, console_app.parse_args(["--lang", "en"]), str(tmp_path / "smsdesk.log"))
    quits: list[bool] = []
    monkeypatch.setattr(console, "app", type("App", (), {"quit": lambda _self: quits.append(True)})())
    console.quits = quits
    yield console
    console.runner.wait_idle()
    console.shutdown()
    if not frozen:  # the main window froze the start-up heap, as the console does; the next tests start as before
        gc.unfreeze()


# Every tab is built for the first time here, one after the other, under the watchdog; each tab's own tests keep
# 100 ms, but a first build (models, the tab's modules) measured 40-170 ms on the shared 2-core machine at load 5.
@pytest.mark.stall_budget(250)
def test_at_rest_a_console_holds_one_pooled_and_one_listening_connection(qtbot, org_db, console):
    from tests.ui import conftest

    role = roles.user_role(org_db.name, "boss")
    with conftest._watchdog.paused():
        signed = sign_in(org_db.target, "boss", ADMIN_PASSWORD, application_name=CONSOLE_APPLICATION_NAME)
    console._on_signin_signed_in(signed)
    window = console.window
    qtbot.waitUntil(window.isVisible, timeout=5000)
    keys = list(window.tab_keys)
    assert {"send", "tasks", "approvals", "contacts", "library"} <= set(keys)  # an administrator sees them all
    for index in range(len(keys)):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(150)
    window.tabs.setCurrentIndex(keys.index("tasks"))  # the Tasks tab listens while it is shown, as the badge does
    tasks = window.tab("tasks")
    qtbot.waitUntil(tasks.live.is_listening, timeout=10_000)
    qtbot.waitUntil(lambda: console.runner.wait_idle(0), timeout=10_000)
    with conftest._watchdog.paused():
        total, listening = console_connections(org_db, role)
    assert listening == 1, "one LISTEN connection for the Tasks tab and the approvals count together"
    assert total <= 2, f"{total} connections at rest"

    # closing the window closes them, in the background
    window.close()
    qtbot.waitUntil(lambda: bool(console.quits), timeout=15_000)
    with conftest._watchdog.paused():
        assert console_connections(org_db, role) == (0, 0)


def test_quitting_stops_the_embedded_database_in_the_background_while_a_window_says_so(
    qtbot, console, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QLabel

    from smsdesk.services.connect import Connector
    from smsdesk.settings import DatabaseTarget
    from smsdesk.store.embedded import EmbeddedServer
    from smsdesk.ui import app as console_app
    from tests.ui import conftest

    server = EmbeddedServer(tmp_path / "pg", delete_on_stop=True)
    with conftest._watchdog.paused():
        server.start()
    console.connector = Connector(DatabaseTarget(source="embedded"), embedded=server)
    monkeypatch.setattr(console_app, "CLOSING_SHOWN_AFTER_MS", 0)
    console.quit()  # as when the sign-in window's Quit is pressed, or the main window is closed
    qtbot.waitUntil(lambda: console.closing is not None and console.closing.isVisible(), timeout=5000)
    assert "local database" in console.closing.findChild(QLabel, "closing_detail").text()
    qtbot.waitUntil(lambda: bool(console.quits), timeout=60_000)  # the window stayed responsive meanwhile
    assert console._stopped.is_set() and not console.closing.isVisible()
    assert server._server is None
