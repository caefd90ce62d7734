"""The status bar's dispatcher label (GW-1): in trial mode the console starts the dispatcher and the simulator as
children, shows their state, restarts the dispatcher when it dies, and stops both when it closes."""

from __future__ import annotations

import pytest

from smsdesk.services import dispatch_host
from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.widgets import dispatcher_status
from smsdesk.ui.widgets.dispatcher_status import DispatcherStatusLabel
from tests.db.conftest import PASSWORD, build_org

pytestmark = [pytest.mark.ui, pytest.mark.db]


@pytest.fixture
def org(org_db):
    build_org(org_db)
    return org_db


def test_the_label_hosts_the_dispatcher_shows_it_and_restarts_it(qtbot, org, runner, prefs, tmp_path, monkeypatch):
    from tests.ui import conftest

    hosts: list[dispatch_host.DispatchHost] = []

    def trial_host(target):
        # What for_console does for the embedded server, with this test's server and its superuser.
        host = dispatch_host.DispatchHost(target, name="console", superuser=org.su, simulator=True, log_dir=tmp_path)
        hosts.append(host)
        return host

    monkeypatch.setattr(dispatch_host.DispatchHost, "for_console", staticmethod(trial_host))
    monkeypatch.setattr(dispatcher_status, "REFRESH_MS", 300)
    monkeypatch.setattr(dispatcher_status, "HOST_DELAY_MS", 100)
    with conftest._watchdog.paused():
        signed = sign_in(org.target, "east-op", PASSWORD)
    runner.set_session(signed)
    label = DispatcherStatusLabel(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(label)
    label.show()
    try:
        # The channels bind one by one: the label may show "1 of 2" for a round before "2 of 2".
        def all_up():
            assert label.text().startswith("Dispatcher: 2 of 2 channels up"), label.text()

        qtbot.waitUntil(all_up, timeout=60_000)
        assert "restarts it" in label.toolTip()
        host = hosts[0]
        assert host.state() == "running"

        host._dispatcher.kill()  # it dies; the label's next round notices and starts another
        qtbot.waitUntil(lambda: host.restarts == 1 and host.state() == "running", timeout=30_000)
        qtbot.waitUntil(all_up, timeout=60_000)
    finally:
        label.shutdown()
        runner.wait_idle()
        signed.close()
    assert hosts and hosts[0].state() == "stopped"


def test_against_a_shared_database_the_label_says_where_dispatchers_run(qtbot, org, runner, prefs):
    """No dispatcher reported and this console hosts none (a shared database, no dispatcher-host setting): the
    label says none runs and the tooltip says where one should, instead of a bare 'not running'."""
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(org.target, "east-op", PASSWORD)
    assert not signed.target.embedded
    runner.set_session(signed)
    label = DispatcherStatusLabel(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(label)
    label.show()
    try:
        qtbot.waitUntil(lambda: label.text() == "Dispatcher: none running", timeout=10_000)
        assert "runs as a service on a server" in label.toolTip()
        assert "queued messages wait" in label.toolTip()
    finally:
        label.shutdown()
        runner.wait_idle()
        signed.close()


def test_a_new_window_keeps_the_console_hosted_dispatcher_running(qtbot, org, runner, prefs, tmp_path, monkeypatch):
    """Issue 20, item 6: switching language rebuilds the main window, and signing in as someone else replaces the
    session; the console's dispatcher was stopped with the old window's label and started again by the new one (the
    status bar went through "not running" and "starting…"). The console's keeper now holds it across windows, and
    only leaving the console stops it."""
    from tests.ui import conftest

    hosts: list[dispatch_host.DispatchHost] = []

    def trial_host(target):
        host = dispatch_host.DispatchHost(target, name="console", superuser=org.su, simulator=True, log_dir=tmp_path)
        hosts.append(host)
        return host

    monkeypatch.setattr(dispatch_host.DispatchHost, "for_console", staticmethod(trial_host))
    monkeypatch.setattr(dispatcher_status, "REFRESH_MS", 300)
    monkeypatch.setattr(dispatcher_status, "HOST_DELAY_MS", 100)
    keeper = dispatcher_status.DispatcherKeeper()
    with conftest._watchdog.paused():
        signed = sign_in(org.target, "east-op", PASSWORD)
    runner.set_session(signed)
    first = DispatcherStatusLabel(ConsoleContext(signed, runner, prefs, dispatchers=keeper))
    qtbot.addWidget(first)
    first.show()
    try:
        qtbot.waitUntil(lambda: first.text().startswith("Dispatcher: 2 of 2 channels up"), timeout=60_000)
        pid = hosts[0]._dispatcher.pid
        first.shutdown()  # the old window closes (a language switch)
        first.close()
        with conftest._watchdog.paused():
            other = sign_in(org.target, "east-admin", PASSWORD)  # and someone else signs in
        runner.set_session(other)
        second = DispatcherStatusLabel(ConsoleContext(other, runner, prefs, dispatchers=keeper))
        qtbot.addWidget(second)
        second.show()
        seen: list[str] = []
        qtbot.waitUntil(lambda: seen.append(second.text()) or second.text().startswith(
            "Dispatcher: 2 of 2 channels up"), timeout=30_000)
        assert second.host is hosts[0] and len(hosts) == 1  # the same host: never a second one
        assert hosts[0].state() == "running" and hosts[0]._dispatcher.pid == pid and hosts[0].restarts == 0
        assert not any("starting" in t or "not running" in t for t in seen), seen
        second.shutdown()
        runner.wait_idle()
        assert hosts[0].state() == "running"  # a window closing does not stop it; the console does
        other.close()
    finally:
        first.shutdown()
        with conftest._watchdog.paused():  # what the console does once its event loop has ended: stop and wait
            keeper.release()
        runner.wait_idle()
        signed.close()
    assert hosts[0].state() == "stopped"
