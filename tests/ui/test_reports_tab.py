"""Reports tab, message detail page: real widgets and database under the GUI watchdog (no SQL on the GUI thread, no
stalls). Pages in the seed manual's names, filters, keyset "Load more", a one-digit number refused with a clear
message, double-click opens the task, the charts' drill-down through the main window, an export and a cancelled one."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

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
    yield tab
    runner.wait_idle()
    tab.close()
    signed.close()


def detail(qtbot, tab):
    page = tab.page("detail")
    return page


def test_pages_and_detail(qtbot, tab, org, tmp_path):
    titles = [tab.page_list.item(i).text() for i in range(tab.page_list.count())]
    assert titles[0] == "Message detail"
    page = tab.show_page("detail")
    qtbot.waitUntil(lambda: page.model.rowCount() == 200, timeout=10_000)  # the first page, newest first
    assert page.more_button.isEnabled()
    rows = page.model.rows
    assert rows[0].task_id == org.ids["market"] and "****" in rows[0].number
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

    # double-click opens the task
    index = page.proxy.index(0, 0)
    page.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: getattr(page, "task_dialog", None) is not None, timeout=10_000)
    assert page.task_dialog.task.id == org.ids["market"]
    page.task_dialog.close()

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
