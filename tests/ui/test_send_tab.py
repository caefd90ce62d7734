"""Send tab: type numbers, preview, confirm, see the task queued; under the GUI watchdog."""

from __future__ import annotations

import gc
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from smsdesk.services import admin
from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.send.compose_page import DRAFT_KEY
from smsdesk.ui.tabs.send.send_tab import SendTab
from tests.db.conftest import PASSWORD, build_org
from tests.db.contacts_helpers import contact_id, seed_books
from tests.db.test_sending import as_su

pytestmark = [pytest.mark.ui, pytest.mark.db]


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    seed_books(shared_org_db)
    as_su(shared_org_db, lambda s: admin.grant_user(s, "east-op", 100))
    return shared_org_db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def open_tab(qtbot, db, runner, prefs, login="east-op"):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, PASSWORD)
    runner.set_session(signed)
    tab = SendTab(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    tab.refresh()
    return tab, signed


def test_type_preview_confirm_and_see_the_task_queued(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.name_edit.setText("到期提醒")
        page.content.insertPlainText("您的保单即将到期")
        QTest.keyClicks(page.paste, "13800138000, 13900139000; 12345")
        page.paste.insertPlainText("\n13800138000")
        assert "2" in page.counter.text() or "4" in page.counter.text()
        with qtbot.waitSignal(page.preview_shown, timeout=20_000) as shown:
            QTest.keyClick(page.content, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter
        p = shown.args[0]
        assert page.stack.currentWidget() is page.review
        assert page.count_labels["valid"].text() == "2"
        assert page.count_labels["invalid"].text() == "1"
        assert page.count_labels["duplicates"].text() == "1"
        # back to edit loses nothing, and the preview again is the same
        page.back()
        assert page.paste.toPlainText().startswith("13800138000")
        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.preview_button.click()
        with qtbot.waitSignal(page.submitted, timeout=20_000) as sent:
            page.confirm_button.click()
        result = sent.args[0]
        assert result.status == "queued" and result.recipients == 2 == p.valid_count
        assert "queued" in page.result_label.text() or str(result.task_id) in page.result_label.text()
        with org.connect_su() as su:
            name, status = su.execute(
                "select name, status from smsdesk.send_task where id = %s", (result.task_id,)
            ).fetchone()
        assert (name, status) == ("到期提醒", "queued")
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


def test_the_draft_survives_a_restart_and_contacts_arrive_from_the_address_book(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs)
    try:
        page = tab.compose
        page.content.insertPlainText("草稿内容")
        page.kind_combo.setCurrentIndex(page.kind_combo.findData("marketing"))
        tab.add_contacts([contact_id(org, "张伟", "east-op"), contact_id(org, "李娜", "east-op")])
        qtbot.waitUntil(lambda: bool(prefs.get(DRAFT_KEY)) and "草稿内容" in prefs.get(DRAFT_KEY), timeout=3000)
        assert page.opt_out_label.isVisible()
        saved = json.loads(prefs.get(DRAFT_KEY))
        assert saved["kind"] == "marketing" and len(saved["contact_ids"]) == 2
        with qtbot.waitSignal(page.preview_shown, timeout=20_000) as shown:
            page.start_preview()
        assert shown.args[0].valid_count == 2
        assert all("*" in c.shown for c in shown.args[0].contacts)
    finally:
        runner.wait_idle()
        tab.close()
    again = SendTab(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(again)
    try:
        assert again.compose.content.toPlainText() == "草稿内容"
        assert again.compose.kind_combo.currentData() == "marketing"
        assert len(again.compose.contact_ids) == 2
    finally:
        runner.wait_idle()
        again.close()
        signed.close()


def test_quota_short_is_refused_with_the_shortfall(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "sh-op")  # no quota at all
    page = tab.compose
    try:
        page.content.insertPlainText("通知")
        QTest.keyClicks(page.paste, "13800138000")
        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.start_preview()
        assert not page.confirm_button.isEnabled()
        assert "1" in page.warnings.text()
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


def test_a_scheduled_time_is_the_workstations_time_like_every_time_in_the_console(
    qtbot, org, runner, prefs, monkeypatch
):
    """The time picker shows the workstation's clock (as the Tasks tab and the template send do); the task is
    scheduled for that moment, whatever the workstation's zone. Quiet hours are judged in Beijing time."""
    import time
    from datetime import UTC, datetime, timedelta

    monkeypatch.setenv("TZ", "America/Sao_Paulo")  # 11 hours behind Beijing
    time.tzset()
    tab, signed = open_tab(qtbot, org, runner, prefs)
    try:
        page = tab.compose
        page.at_radio.setChecked(True)
        send_at = page.draft().send_at  # the default: an hour from now
        assert abs(send_at - (datetime.now(UTC) + timedelta(hours=1))) < timedelta(minutes=2), send_at
        page.save_draft()  # and back from the saved draft, as after a restart: the same moment
        page.at_edit.setDateTime(page.at_edit.dateTime().addDays(3))
        page.restore_draft()
        assert abs(page.draft().send_at - send_at) < timedelta(seconds=1)
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()
        monkeypatch.undo()
        time.tzset()


def test_a_file_in_an_unclear_encoding_is_asked_about_and_then_read(qtbot, org, runner, prefs, tmp_path):
    from smsdesk.ui.widgets.encoding_picker import EncodingDialog

    path = tmp_path / "list.csv"  # Shift-JIS: it was read as GB18030 mojibake with no warning
    path.write_bytes(("名前,携帯\n" + "".join(f"山田{i},1390013{i:04d}\n" for i in range(5))).encode("shift_jis"))
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.set_file(str(path))
        picker = None

        def asked():
            nonlocal picker
            picker = next((w for w in page.findChildren(EncodingDialog) if w.isVisible()), None)
            return picker is not None

        qtbot.waitUntil(asked, timeout=10_000)
        assert "Shift-JIS" in picker.message.text()
        picker.combo.setCurrentIndex(picker.combo.findData("gb18030"))
        picker.accept()
        qtbot.waitUntil(lambda: page.column_combo.count() == 2, timeout=10_000)
        assert page.encoding_combo.isVisible() and page.encoding_combo.chosen() == "gb18030"
        assert page.draft().encoding == "gb18030"
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()
