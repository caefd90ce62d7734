"""Tasks tab: real widgets and database under the GUI watchdog (no SQL on the GUI thread, no stalls).

Open, filter, open a task's detail (Enter), page and filter its messages, cancel a scheduled task (Delete, then
the confirmation), and a row that follows the dispatcher live (NOTIFY) without any manual refresh."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.tasks.tasks_tab import NOT_YET_SENT, TasksTab
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
        "big": queue(shared_org_db, "east-op", 1200, name="大批量通知"),
        "market": queue(shared_org_db, "east-op", 20, name="周末营销", kind="marketing",
                        send_at=datetime.now(UTC) + timedelta(days=1), start=5000),
        "live": queue(shared_org_db, "east-op", 10, name="实时进度", start=6000),
    }
    fail_messages(shared_org_db, ids["big"], 300, "invalid_number", "UNDELIV:001")
    shared_org_db.ids = ids
    return shared_org_db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    """See test_library_tab.py: a full collection of the pytest heap can exceed the watchdog's budget."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture
def tab(qtbot, org, runner, prefs):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(org.target, "east-op", PASSWORD)
    runner.set_session(signed)
    tab = TasksTab(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
        tab.refresh()
    yield tab
    tab.shutdown()
    runner.wait_idle()
    tab.close()
    signed.close()


def row_of(tab, task_id):
    i = tab.model.row_of(task_id)
    return tab.model.rows[i] if i >= 0 else None


def test_open_filter_detail_and_cancel_a_scheduled_task(qtbot, tab, org):
    ids = org.ids
    assert {ids["big"], ids["market"], ids["live"]} <= {r.id for r in tab.model.rows}
    big = row_of(tab, ids["big"])
    assert (big.recipient_count, big.failed_count, f"{big.progress:.2f}") == (1200, 300, "0.25")

    # filter: marketing only
    tab.kind.setCurrentIndex(tab.kind.findData("marketing"))
    with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
        tab.refresh()
    assert [r.id for r in tab.model.rows] == [ids["market"]]
    tab.kind.setCurrentIndex(0)

    # the detail of the big task: Enter opens it, 500 rows a page, then more, then only the failed
    with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
        tab.refresh()
    assert tab.select_task(ids["big"])
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.details[ids["big"]]
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 500, timeout=10_000)
    assert dialog.more_button.isEnabled()
    assert dialog.model.rows[0].number.count("*") == 4  # masked (SEC-3)
    with qtbot.waitSignal(dialog.page_shown, timeout=10_000):
        dialog.load_more()
    assert len(dialog.model.rows) == 1000
    with qtbot.waitSignal(dialog.page_shown, timeout=10_000):
        dialog.status_filter.setCurrentIndex(dialog.status_filter.findData("failed"))
    assert len(dialog.model.rows) == 300 and not dialog.more_button.isEnabled()
    assert {r.failure_category for r in dialog.model.rows} == {"invalid_number"}
    # the gateway's answer in words, its code for support in the tooltip; the reasons summed up above the list
    reason = dialog.model.index(0, 9)
    assert dialog.model.data(reason) == "undeliverable · unknown subscriber"
    assert "UNDELIV:001" in dialog.model.data(reason, Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: dialog.failures.isVisible(), timeout=10_000)
    assert "Invalid number" in dialog.failure_text() and "300" in dialog.failure_text()
    dialog.close()

    # not yet sent: only the scheduled task; Delete asks, the answer cancels it and refunds
    with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
        tab.not_yet_sent_button.setChecked(True)
    assert tab.status.currentData() == NOT_YET_SENT
    assert [r.id for r in tab.model.rows] == [ids["market"]]
    assert tab.select_task(ids["market"])
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.actions.confirm_box is not None, timeout=10_000)
    box = tab.actions.confirm_box
    assert "20" in box.informativeText()
    yes = next(b for b in box.buttons() if b.objectName() == "cancel_task_yes")
    yes.click()
    # the cancelled task leaves the not-yet-sent view
    qtbot.waitUntil(lambda: row_of(tab, ids["market"]) is None, timeout=10_000)
    assert "20" in tab.message.text()
    tab.not_yet_sent_button.setChecked(False)
    qtbot.waitUntil(lambda: row_of(tab, ids["market"]) is not None, timeout=10_000)
    market = row_of(tab, ids["market"])
    assert (market.status, market.cancelled_count, market.refunded) == ("cancelled", 20, 20)


def test_a_row_follows_the_dispatcher_live(qtbot, tab, org):
    from tests.ui import conftest

    task_id = org.ids["live"]
    qtbot.waitUntil(tab.live.is_listening, timeout=10_000)
    before = row_of(tab, task_id)
    assert before.failed_count == 0
    with conftest._watchdog.paused():  # the "dispatcher": SQL from the test, not from the console
        fail_messages(org, task_id, 4)
    qtbot.waitUntil(lambda: row_of(tab, task_id).failed_count == 4, timeout=10_000)
    assert tab.model.data(tab.model.index(tab.model.row_of(task_id), 5)) == "40%"
