"""Approvals tab: real widgets, real database, under the GUI watchdog (no SQL on the GUI thread, no stalls)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox

from smsdesk.services import admin
from smsdesk.services.auth import sign_in
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.approvals.approvals_tab import ApprovalsTab
from smsdesk.ui.tabs.approvals.badge import badge_title
from tests.db.conftest import PASSWORD, build_org, ensure_signature

pytestmark = [pytest.mark.ui, pytest.mark.db]

NUMBERS = ["+8613800138000", "+8613900139000", "+8618600186000"]


@pytest.fixture(autouse=True)
def collected():
    """Collect the previous test's widgets now, not in a garbage-collection pause while the watchdog times."""
    import gc

    gc.collect()
    yield


@pytest.fixture
def org(org_db):
    build_org(org_db)
    ensure_signature(org_db)
    engine = make_engine(org_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.grant_user(s, "east-op", 500)
    finally:
        engine.dispose()
    with org_db.connect_su() as conn:
        conn.execute(
            "SELECT smsdesk.user_set_flags(id, kind, is_reviewer, true) FROM smsdesk.app_user WHERE login = 'east-op'"
        )
    return org_db


def list_words(db) -> None:
    """Sensitive words listed after the tasks were submitted: the database masks the words listed before."""
    with db.connect_su() as conn:
        conn.execute("SELECT * FROM smsdesk.word_import(ARRAY['秒杀', '加微信'], 'test')")


def connect(db, login: str) -> psycopg.Connection:
    role = roles.user_role(db.name, login)
    return psycopg.connect(**db.target.with_login(role, PASSWORD).conninfo(), autocommit=True)


def queue(conn, name: str, content: str, bodies=None, template=None) -> int:
    return conn.execute(
        "SELECT smsdesk.task_queue(%s, %s, 'marketing', %s, '测试', '退订回T', 1, NULL, NULL, %s, %s, %s, %s, %s)",
        (uuid.uuid4(), name, content, template, NUMBERS, ["China Mobile"] * 3, bodies, [1] * 3 if bodies else None),
    ).fetchone()[0]


def open_tab(qtbot, db, runner, prefs, login="east-reviewer"):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, PASSWORD)
    runner.set_session(signed)
    tab = ApprovalsTab(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    tab.refresh()
    return tab, signed


def close(runner, tab, signed):
    tab.badge.shutdown()
    runner.wait_idle()
    tab.close()
    signed.close()


def box_named(qtbot, parent, name) -> QMessageBox:
    found: list[QMessageBox] = []

    def visible():
        found[:] = [b for b in parent.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=5000)
    return found[0]


def test_reviewer_approves_rejects_and_bulk_approves_with_live_updates(qtbot, org, runner, prefs):
    from tests.ui import conftest

    with conftest._watchdog.paused(), connect(org, "east-op") as op:
        news = op.execute(
            "SELECT smsdesk.template_create('新品', 'marketing', '【姓名】您好，新品已到店', false, NULL)"
        ).fetchone()[0]
        with connect(org, "east-admin") as boss:
            boss.execute("SELECT smsdesk.template_review(%s, true)", (news,))
        first = queue(op, "周末促销", "周末全场秒杀，欢迎光临")
        second = queue(
            op,
            "新品通知",
            "【姓名】您好，新品已到店",
            bodies=["张三您好，新品已到店", "李四，加微信领券，您好，新品已到店", "王五您好，新品已到店"],
            template=news,
        )
        third = queue(op, "会员通知", "会员日快乐")
        op.execute("SELECT smsdesk.template_create('生日祝福', 'notification', '【姓名】生日快乐', false, NULL)")
    list_words(org)
    tab, signed = open_tab(qtbot, org, runner, prefs)
    try:
        tasks = tab.tasks
        qtbot.waitUntil(lambda: tasks.model.rowCount() == 3, timeout=10_000)
        assert [t.id for t in tasks.model.rows] == [first, second, third]  # oldest first
        qtbot.waitUntil(lambda: tab.queues.tabText(0) == "Tasks (3)", timeout=5000)
        # the first is selected: its content with the sensitive word marked, recipients, cost
        assert "秒杀" in tasks.hits_label.text()
        assert "Recipients" in tasks.details.toPlainText() and "3 segments of quota" in tasks.details.toPlainText()
        assert "【测试】周末全场秒杀" in tasks.content.toPlainText()
        # approving it is refused by the database (sensitive words), with a clear message
        qtbot.mouseClick(tasks.approve_button, qtbot_left())
        box = box_named(qtbot, tasks, "refusal_box")
        assert "秒杀" in box.text()
        box.accept()
        # reject it with a reason: OK stays disabled without one
        tasks.view.selectRow(0)
        tasks.reject_button.click()
        dialog = tasks.reason_dialog
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()
        dialog.edit.setPlainText("   ")
        assert not ok.isEnabled()
        dialog.edit.setPlainText("含有敏感词“秒杀”")
        with qtbot.waitSignal(runner.changed, timeout=5000):
            ok.click()
        qtbot.waitUntil(lambda: tasks.model.rowCount() == 2, timeout=5000)
        # the reviewer is told what became of it
        assert "周末促销" in tasks.feedback.text() and "rejected" in tasks.feedback.text()
        # the template send shows its rendered rows (numbers masked by the database, grouped as people read them)
        # with the word in a body marked
        tasks.view.selectRow(0)
        qtbot.waitUntil(tasks.samples.isVisible, timeout=5000)
        assert "138 **** 8000" in tasks.samples.toPlainText() and "加微信" in tasks.hits_label.text()
        # a task arrives from elsewhere: the queue and the count follow (LISTEN/NOTIFY)
        with conftest._watchdog.paused(), connect(org, "east-op") as op:
            fourth = queue(op, "物流通知", "您的包裹已发出")
        qtbot.waitUntil(lambda: tasks.model.rowCount() == 3, timeout=10_000)
        qtbot.waitUntil(lambda: tab.badge.counts == (3, 1), timeout=5000)
        # bulk approve of a multi-selection: one refusal (a body with a sensitive word), two approved
        tasks.view.selectAll()
        assert tasks.approve_button.text() == "Approve 3 tasks"
        tasks.approve_button.click()
        report = box_named(qtbot, tasks, "bulk_report")
        assert "Approved 2 tasks." in report.text() and "1 were refused" in report.text()
        assert "新品通知" in report.informativeText()
        report.accept()
        qtbot.waitUntil(lambda: [t.id for t in tasks.model.rows] == [second], timeout=5000)
        # templates: approve one
        tab.queues.setCurrentIndex(1)
        templates = tab.templates
        qtbot.waitUntil(lambda: templates.model.rowCount() == 1, timeout=5000)
        templates.view.selectRow(0)
        with qtbot.waitSignal(runner.changed, timeout=5000):
            templates.approve_button.click()
        qtbot.waitUntil(lambda: templates.model.rowCount() == 0, timeout=5000)
        assert "生日祝福" in templates.feedback.text() and "approved" in templates.feedback.text()
        qtbot.waitUntil(lambda: tab.badge.counts == (1, 0), timeout=5000)
        assert badge_title(1, 0) == "Approvals (1)"
    finally:
        close(runner, tab, signed)
    with org.connect_su() as conn:
        states = dict(conn.execute("SELECT id, status FROM smsdesk.send_task").fetchall())
    assert states == {first: "rejected", second: "awaiting_review", third: "queued", fourth: "queued"}


def test_operators_do_not_get_the_tab_and_other_branches_see_nothing(qtbot, org, runner, prefs):
    from smsdesk.ui.tabs.approvals import TAB
    from tests.ui import conftest

    with conftest._watchdog.paused(), connect(org, "east-op") as op:
        queue(op, "周末促销", "周末全场特惠")
        with conftest._watchdog.paused():
            signed = sign_in(org.target, "east-op", PASSWORD)
        assert not TAB.allowed(signed.profile)
        signed.close()
    tab, signed = open_tab(qtbot, org, runner, prefs, "south-admin")
    try:
        assert TAB.allowed(signed.profile)
        qtbot.waitUntil(lambda: tab.badge.counts == (0, 0), timeout=5000)
        qtbot.waitUntil(lambda: not tab.tasks._loading and not tab.tasks._stale, timeout=5000)
        assert tab.tasks.model.rowCount() == 0
        assert "No task is waiting" in tab.tasks.details.toPlainText()
    finally:
        close(runner, tab, signed)


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
