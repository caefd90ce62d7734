"""Reports tab, message detail page: real widgets and database under the GUI watchdog (no SQL on the GUI thread, no
stalls). Pages in the seed manual's names, filters, keyset "Load more", a one-digit number refused with a clear
message, double-click opens the task, the charts' drill-down through the main window, an export and a cancelled one."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from smsdesk.services.auth import sign_in
from smsdesk.services.report_detail import DetailFilter
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.reports.reports_tab import ReportsTab
from tests.db.conftest import PASSWORD, build_org, ensure_signature
from tests.db.test_tasks_service import fail_messages, queue, session_as

pytestmark = [pytest.mark.ui, pytest.mark.db]


@pytest.fixture(scope="module")
def org(shared_org_db):
    from smsdesk.services import admin

    build_org(shared_org_db)
    ensure_signature(shared_org_db)
    with session_as(shared_org_db, None) as s:
        for path, amount in (("总部", 100_000), ("总部/华东", 50_000)):
            admin.grant_group(s, path, amount)
        admin.grant_user(s, "east-op", 50_000)
    ids = {
        "big": queue(shared_org_db, "east-op", 450, name="大批量通知"),
        "market": queue(shared_org_db, "east-op", 20, name="周末营销", kind="marketing", start=5000),
    }
    fail_messages(shared_org_db, ids["big"], 30, "invalid_number", "UNDELIV:001")
    with session_as(shared_org_db, None) as s:
        s.execute(text(
            "INSERT INTO smsdesk.inbound_reply (number, text, message_id, task_id, owner_id, group_id, kind, opt_out)"
            " SELECT m.number, x.txt, m.id, t.id, t.owner_id, t.group_id, t.kind, x.txt = 'TD'"
            "   FROM smsdesk.message m JOIN smsdesk.send_task t ON t.id = m.task_id"
            "   JOIN (VALUES (0, '好的'), (1, 'TD'), (2, '请问几点到')) x(n, txt) ON true"
            "  WHERE t.id = :t AND m.id = (SELECT min(id) FROM smsdesk.message WHERE task_id = t.id) + x.n"),
            {"t": ids["market"]})
    shared_org_db.ids = ids
    return shared_org_db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture
def tab(qtbot, org, runner, prefs):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(org.target, "east-admin", PASSWORD)
    runner.set_session(signed)
    tab = ReportsTab(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(tab)
    tab.resize(1400, 760)
    tab.show()
    # the pages' modules and the sign-in were loaded after the module's freeze: out of the collector's sight too, as
    # the console freezes its start-up heap (a full collection of pytest's heap is what stalls, not the page)
    gc.collect()
    gc.freeze()
    yield tab
    runner.wait_idle()
    tab.close()
    signed.close()


def test_pages_and_detail(qtbot, tab, org, tmp_path):
    titles = [tab.page_list.item(i).text() for i in range(tab.page_list.count())]
    assert titles[0] == "Message detail"
    page = tab.show_page("detail")
    qtbot.waitUntil(lambda: page.model.rowCount() == 200, timeout=10_000)  # the first page, newest first
    assert page.more_button.isEnabled()
    rows = page.model.rows
    assert rows[0].task_id == org.ids["market"] and "****" in rows[0].number
    # a mainland number reads as the other tabs show it (138 **** 8000), not as the stored +86…
    shown = page.model.index(0, 1).data()
    assert re.fullmatch(r"1\d\d \*{4} \d{4}", shown), shown
    with qtbot.waitSignal(page.page_shown, timeout=10_000):
        page.load_more()
    assert page.model.rowCount() == 400

    # filters: failed only
    page.status.setCurrentIndex(page.status.findData("failed"))
    with qtbot.waitSignal(page.page_shown, timeout=10_000):
        page.search()
    assert page.model.rowCount() == 30 and not page.more_button.isEnabled()
    assert {r.error_code for r in page.model.rows} == {"UNDELIV:001"}
    assert "30" in page.summary.text()

    # a one-digit number: a clear message, nothing searched
    page.number.setText("7")
    page.search()
    box = qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "error_box") is not None, timeout=5_000) or \
        tab.findChild(QMessageBox, "error_box")
    assert "last 4 digits" in box.text()
    box.close()
    box.deleteLater()
    page.number.clear()

    # the drill-down: exactly these filters, shown in the widgets
    with qtbot.waitSignal(page.page_shown, timeout=10_000):
        tab.open_detail(DetailFilter(kind="marketing", task_id=org.ids["market"]))
    assert page.model.rowCount() == 20 and page.kind.currentData() == "marketing"
    assert page.drill_label.isVisible()

    # double-click reads the task and opens its window (the Tasks tab's; opening a window is measured there,
    # outside a wait, as here)
    asked = []
    page.show_task_dialog, show = asked.append, page.show_task_dialog
    page.table.doubleClicked.emit(page.proxy.index(0, 0))
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked[0].id == org.ids["market"]
    dialog = show(asked[0])
    assert dialog.isVisible() and dialog.task.id == org.ids["market"]
    dialog.close()

    # export what is shown (CSV), then a cancelled export leaves nothing
    target = tmp_path / "detail.csv"
    with qtbot.waitSignal(page.export_bar.finished, timeout=20_000) as done:
        page.start_export(str(target), page.current_filter())
    assert done.args[0].rows == 20 and target.exists()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Task,") and len(lines) == 21

    gone = tmp_path / "gone.xlsx"
    with qtbot.waitSignal(page.export_bar.finished, timeout=20_000):
        page.start_export(str(gone), DetailFilter())
        page.export_bar.cancel()
    assert not gone.exists() and not Path(str(gone) + ".part").exists()


def test_replies_page_shows_matches_and_deletes(qtbot, tab, org):
    page = tab.show_page("replies")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    td = next(r for r in page.model.rows if r.text == "TD")
    assert td.opt_out and td.task_id == org.ids["market"] and td.owner_login == "east-op" and td.can_delete
    assert "****" in td.number
    # the filter on the reply's text
    page.reply.setText("几点")
    with qtbot.waitSignal(page.page_shown, timeout=10_000):
        page.search()
    assert [r.text for r in page.model.rows] == ["请问几点到"]
    page.table.selectRow(0)
    assert page.delete_button.isEnabled()
    with qtbot.waitSignal(page.deleted, timeout=10_000) as deleted:
        page.delete_selected()
        box = page.findChild(QMessageBox, "replies_delete_confirm")
        box.accept()
    assert deleted.args == [1] and page.model.rowCount() == 0


def test_complaints_blacklist_selected_numbers(qtbot, tab, org):
    page = tab.show_page("complaints")
    assert page.channel.isHidden() and not page.number.isHidden()
    qtbot.waitUntil(lambda: page.model.rowCount() == 200 and bool(page._groups), timeout=10_000)
    page.table.selectRow(0)
    page.table.selectionModel().select(page.proxy.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    assert len(page.selected_message_ids()) == 2 and page.blacklist_button.isEnabled()
    page.choose_blacklist()
    dialog = page.blacklist_dialog
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a reason is required
    dialog.reason.setText("客户来电投诉")
    assert ok.isEnabled()
    with qtbot.waitSignal(page.blacklisted, timeout=10_000) as done:
        dialog.accept()
    assert done.args[0].added == 2
    assert "2" in page.summary.text()


def test_the_main_window_drills_into_the_detail(qtbot, org, runner, prefs):
    """MainWindow.show_message_detail: the Reports tab, its detail page, exactly the filters given; every role
    has the tab, each in their own scope."""
    from smsdesk.ui.main_window import MainWindow
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(org.target, "east-op", PASSWORD)
    runner.set_session(signed)
    window = MainWindow(ConsoleContext(signed, runner, prefs), language="en")
    qtbot.addWidget(window)
    window.show()
    gc.collect()
    gc.freeze()
    try:
        assert "reports" in window.tab_keys
        page = window.show_message_detail(DetailFilter(kind="marketing", status="queued"))
        assert window.tab_keys[window.tabs.currentIndex()] == "reports"
        qtbot.waitUntil(lambda: page.model.rowCount() == 20, timeout=10_000)
        assert page.current_filter() == DetailFilter(kind="marketing", status="queued")
        assert {r.owner_login for r in page.model.rows} == {"east-op"}
    finally:
        runner.wait_idle()
        window.close()
        signed.close()


@pytest.fixture(scope="module")
def demo_db(pg_server, migrated_copies):
    """The demo organisation with its three weeks of history, as trial mode seeds it."""
    from smsdesk.demo import create
    from smsdesk.store.database import make_engine, session_factory, unit_of_work
    from tests.conftest import TestDatabase, _drop, _new_name

    db = TestDatabase(pg_server, _new_name())
    migrated_copies.create(db)
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            create(s)
    finally:
        engine.dispose()
    yield db
    _drop(pg_server, db.name)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_with_the_demo_data(qtbot, demo_db, runner, prefs, language):
    """Each page as the demo administrator sees it, in both languages (saved as PNG with SMSDESK_SCREENSHOTS)."""
    import os

    from smsdesk.services.trial import DEMO_ADMIN, DEMO_PASSWORD
    from smsdesk.ui.i18n import Translations
    from tests.ui import conftest

    translations = Translations()
    translations.install(language)
    folder = os.environ.get("SMSDESK_SCREENSHOTS")
    with conftest._watchdog.paused():
        signed = sign_in(demo_db.target, DEMO_ADMIN, DEMO_PASSWORD)
    runner.set_session(signed)
    tab = ReportsTab(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(tab)
    tab.resize(1500, 820)
    tab.show()
    gc.collect()
    gc.freeze()
    try:
        titles = [tab.page_list.item(i).text() for i in range(tab.page_list.count())]
        if language == "zh_CN":
            assert {"短信明细", "上行短信", "投诉处理"} <= set(titles) and titles[0] == "短信明细"
        for key in [s.key for s in tab.specs]:
            page = tab.show_page(key)
            if hasattr(page, "model"):
                qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=20_000)
            runner.wait_idle()
            if folder:
                tab.grab().save(os.path.join(folder, f"reports_{key}_{language}.png"))
        replies = tab.page("replies")
        assert any(r.opt_out for r in replies.model.rows)
        if folder:
            complaints = tab.show_page("complaints")
            complaints.table.selectRow(0)
            complaints.choose_blacklist()
            complaints.blacklist_dialog.reason.setText("客户来电投诉" if language == "zh_CN" else "Complained by phone")
            complaints.blacklist_dialog.grab().save(os.path.join(folder, f"reports_blacklist_dialog_{language}.png"))
            complaints.blacklist_dialog.reject()
            detail = tab.show_page("detail")
            detail.number.setText("7")
            detail.search()
            from PySide6.QtWidgets import QMessageBox

            box = detail.findChild(QMessageBox, "error_box")
            box.grab().save(os.path.join(folder, f"reports_number_error_{language}.png"))
            box.close()
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()
        translations.install("en")
