"""Main window: tabs by role, what each tab shows through row-level security, geometry, language."""

from __future__ import annotations

import pytest

from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.main_window import MainWindow
from tests.db.conftest import PASSWORD, build_org

pytestmark = pytest.mark.ui


@pytest.fixture
def org(org_db):
    build_org(org_db)
    return org_db


def open_window(qtbot, db, runner, prefs, login, language="en"):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, PASSWORD)
    runner.set_session(signed)
    window = MainWindow(ConsoleContext(signed, runner, prefs), language=language)
    qtbot.addWidget(window)
    window.show()
    return window, signed


def tab(window, key):
    return window.tab(key)


def test_operator_gets_no_administration_tabs(qtbot, org, runner, prefs):
    window, signed = open_window(qtbot, org, runner, prefs, "east-op")
    try:
        assert window.tab_keys[0] == "overview" and "library" in window.tab_keys
        assert not {"organisation", "audit"} & set(window.tab_keys)
        overview = tab(window, "overview")
        qtbot.waitUntil(lambda: overview.limit_value.text() == "0", timeout=5000)
    finally:
        runner.wait_idle()
        window.close()
        signed.close()


def test_admin_organisation_tab_shows_only_its_subtree(qtbot, org, runner, prefs):
    window, signed = open_window(qtbot, org, runner, prefs, "east-admin")
    try:
        window.tabs.setCurrentIndex(window.tab_keys.index("organisation"))
        org_tab = tab(window, "organisation")
        qtbot.waitUntil(lambda: org_tab.user_model.rowCount() > 0, timeout=10_000)
        logins = {r.login for r in org_tab.user_model.rows}
        assert logins == {"east-admin", "east-op", "sh-op", "east-reviewer"}
        names = {g.name for g in org_tab.groups}
        assert "华南" not in names and {"华东", "上海"} <= names
        # the filter narrows the table without another query
        org_tab.filter.setText("sh-")
        assert org_tab.user_model.rowCount() == 1
        # mobiles come masked from the database unless the viewer has the right (SEC-3: user_mobiles, tested in
        # tests/db/test_number_masking.py); the table groups them as people read them
        assert org_tab.user_model.columns[-1].text(type("U", (), {"mobile": "138****5678"})()) == "138 **** 5678"
    finally:
        runner.wait_idle()
        window.close()
        signed.close()


def test_audit_tab_searches_and_labels_actions(qtbot, org, runner, prefs, zh):
    window, signed = open_window(qtbot, org, runner, prefs, "east-admin", language="zh_CN")
    try:
        window.tabs.setCurrentIndex(window.tab_keys.index("audit"))
        audit_tab = tab(window, "audit")
        qtbot.waitUntil(lambda: audit_tab.model.rowCount() > 0, timeout=10_000)
        actions = {r.action for r in audit_tab.model.rows}
        assert "user.create" in actions and "sign_in" in actions
        targets = {r.target for r in audit_tab.model.rows}
        assert "south-op" not in targets  # outside the subtree
        assert audit_tab.action_label("user.create") == "新建用户"
        audit_tab.search_text.setText("sh-op")
        audit_tab.refresh()
        qtbot.waitUntil(lambda: {r.target for r in audit_tab.model.rows} == {"sh-op"}, timeout=10_000)
    finally:
        runner.wait_idle()
        window.close()
        signed.close()


def test_geometry_and_last_tab_are_remembered(qtbot, org, runner, prefs):
    window, signed = open_window(qtbot, org, runner, prefs, "east-admin")
    window.resize(760, 540)  # within the offscreen screen (800x600)
    window.tabs.setCurrentIndex(window.tab_keys.index("audit"))
    runner.wait_idle()
    window.close()
    again, _ = open_window(qtbot, org, runner, prefs, "east-admin")
    try:
        assert (again.size().width(), again.size().height()) == (760, 540)
        assert again.tab_keys[again.tabs.currentIndex()] == "audit"
    finally:
        runner.wait_idle()
        again.close()
        signed.close()


def test_admin_overview_shows_the_group_balance(qtbot, org, runner, prefs):
    window, signed = open_window(qtbot, org, runner, prefs, "east-admin")
    try:
        window.tabs.setCurrentIndex(window.tab_keys.index("overview"))
        overview = tab(window, "overview")
        qtbot.waitUntil(lambda: overview.group_balance.text().replace(",", "") == "3000", timeout=5000)
    finally:
        runner.wait_idle()
        window.close()
        signed.close()


def test_an_unexpected_exception_shows_a_dialog_instead_of_killing_the_console(qtbot, qapp, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from smsdesk.ui import app as console_app

    console = console_app.Console(qapp, console_app.parse_args(["--lang", "en"]), str(tmp_path / "smsdesk.log"))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        import sys

        console.excepthook(*sys.exc_info())

    def crash_boxes():
        return [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "crash_box"]

    qtbot.waitUntil(lambda: bool(crash_boxes()), timeout=5000)
    boxes = crash_boxes()
    assert boxes and str(tmp_path / "smsdesk.log") in boxes[-1].informativeText()
    assert "boom" in boxes[-1].detailedText()
    boxes[-1].close()


def test_a_window_rebuilt_in_another_language_keeps_what_was_just_typed(qtbot, org, runner, prefs):
    """Switching language rebuilds the window at once (Console._on_language_chosen: save_state, a new window,
    the old one closed): a draft still waiting for the typist to pause is handed over, not lost."""
    window, signed = open_window(qtbot, org, runner, prefs, "east-op")
    try:
        window.tabs.setCurrentIndex(window.tab_keys.index("send"))
        page = window.tab("send").compose
        qtbot.waitUntil(lambda: not page.restoring_draft, timeout=5000)
        page.content.insertPlainText("刚刚输入的内容")
        assert page.save_timer.isActive()  # not saved yet: the typist has not paused
        window.save_state()
        again = MainWindow(ConsoleContext(signed, runner, prefs), language="zh_CN")
        qtbot.addWidget(again)
        again.show()
        page_again = again.tab("send").compose
        qtbot.waitUntil(lambda: page_again.content.toPlainText() == "刚刚输入的内容", timeout=5000)
        window.close()
        again.close()
    finally:
        runner.wait_idle()
        signed.close()
