"""The console's one LISTEN connection (infra/notify.NotifyHub): every subscriber over one connection, channels
LISTENed while someone subscribes, reconnection after the server ends the connection, closed when nobody listens."""

from __future__ import annotations

import threading
import time

import pytest

from smsdesk.infra.notify import APPROVAL_CHANNEL, TASK_CHANNEL, NotifyHub
from smsdesk.services.auth import sign_in
from smsdesk.store import roles
from smsdesk.store.database import CONSOLE_APPLICATION_NAME
from tests.db.conftest import PASSWORD, build_org

pytestmark = pytest.mark.db


class Heard:
    def __init__(self) -> None:
        self.payloads: list[str] = []
        self.connections = 0
        self.lock = threading.Lock()

    def notes(self, _channel: str, payloads: list[str]) -> None:
        with self.lock:
            self.payloads.extend(payloads)

    def connected(self) -> None:
        with self.lock:
            self.connections += 1


def until(check, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def backends(db, role: str) -> list[tuple[int, str]]:
    with db.connect_su() as su:
        return su.execute(
            "SELECT pid, query FROM pg_stat_activity WHERE usename = %s AND application_name = %s ORDER BY pid",
            (role, CONSOLE_APPLICATION_NAME),
        ).fetchall()


def listening_backends(db, role: str) -> list[int]:
    return [pid for pid, query in backends(db, role) if "LISTEN" in query.upper()]


def test_every_subscriber_shares_one_connection_which_comes_back_after_it_is_lost(org_db):
    build_org(org_db)
    role = roles.user_role(org_db.name, "east-op")
    signed = sign_in(org_db.target, "east-op", PASSWORD, application_name=CONSOLE_APPLICATION_NAME)
    hub = signed.notifications()
    assert hub is signed.notifications()  # one per signed-in console
    tasks_a, tasks_b, approvals = Heard(), Heard(), Heard()
    try:
        sub_a = hub.subscribe(TASK_CHANNEL, tasks_a.notes, tasks_a.connected)
        sub_b = hub.subscribe(TASK_CHANNEL, tasks_b.notes, tasks_b.connected)
        hub.subscribe(APPROVAL_CHANNEL, approvals.notes, approvals.connected)
        until(lambda: sub_a.listening() and hub.listening(APPROVAL_CHANNEL))
        until(lambda: tasks_a.connections == tasks_b.connections == approvals.connections == 1)
        assert len(listening_backends(org_db, role)) == 1
        assert len(backends(org_db, role)) <= 2  # the listener and at most the one pooled connection

        with org_db.connect_su() as su:
            for payload in ("41", "42", "41"):
                su.execute("SELECT pg_notify(%s, %s)", (TASK_CHANNEL, payload))
            su.execute("SELECT pg_notify(%s, 'task')", (APPROVAL_CHANNEL,))
        until(lambda: {"41", "42"} <= set(tasks_a.payloads) and {"41", "42"} <= set(tasks_b.payloads))
        until(lambda: approvals.payloads == ["task"])
        assert "task" not in tasks_a.payloads and "41" not in approvals.payloads

        # the last subscriber of a channel leaves: the hub stops listening to it, the others go on
        sub_a.cancel()
        sub_b.cancel()
        until(lambda: not hub.listening(TASK_CHANNEL))
        assert hub.listening(APPROVAL_CHANNEL)

        # the server ends the connection: the hub comes back and tells the subscriber to read its state again
        first = hub.connections
        with org_db.connect_su() as su:
            for pid in listening_backends(org_db, role):
                su.execute("SELECT pg_terminate_backend(%s)", (pid,))
        until(lambda: approvals.connections == 2 and hub.listening(APPROVAL_CHANNEL), timeout=15)
        assert hub.connections == first + 1
        with org_db.connect_su() as su:
            su.execute("SELECT pg_notify(%s, 'template')", (APPROVAL_CHANNEL,))
        until(lambda: "template" in approvals.payloads)
    finally:
        signed.close()
    assert not hub.running
    until(lambda: not backends(org_db, role))


def test_a_hub_nobody_listens_to_closes_its_connection_until_someone_subscribes(org_db):
    build_org(org_db)
    role = roles.user_role(org_db.name, "east-op")
    target = org_db.target.with_login(role, PASSWORD)
    hub = NotifyHub(target, poll_s=0.05, idle_close_s=0.3)
    heard = Heard()
    try:
        sub = hub.subscribe(TASK_CHANNEL, heard.notes, heard.connected)
        until(sub.listening)
        sub.cancel()
        until(lambda: not hub.connected.is_set())
        assert hub.running  # waiting for the next subscriber, with no connection
        sub = hub.subscribe(TASK_CHANNEL, heard.notes, heard.connected)
        until(sub.listening)
        assert heard.connections == 2 and hub.connections == 2
        with org_db.connect_su() as su:
            su.execute("SELECT pg_notify(%s, '7')", (TASK_CHANNEL,))
        until(lambda: heard.payloads == ["7"])
    finally:
        assert hub.stop(wait_s=5)
    with pytest.raises(RuntimeError):
        hub.subscribe(TASK_CHANNEL, heard.notes)
