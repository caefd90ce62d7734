"""Send tab: type numbers, preview, confirm, see the task queued; under the GUI watchdog."""

from __future__ import annotations

import gc
import json

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from smsdesk.services import admin
from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
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
    qtbot.waitUntil(lambda: not tab.compose.restoring_draft, timeout=5000)  # the user's draft, if any, is back
    return tab, signed


def saved_draft(page) -> str:
    """The draft file as the console wrote it (the test reads it itself, on its own thread)."""
    path = page.drafts.path
    return path.read_text(encoding="utf-8") if path.exists() else ""


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
        qtbot.waitUntil(lambda: "草稿内容" in saved_draft(page), timeout=3000)
        assert page.opt_out_label.isVisible()
        saved = json.loads(saved_draft(page).partition("\n")[0])
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
        qtbot.waitSignal(again.compose.draft_restored, timeout=5000).wait()
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
        # beside the greyed-out button: how much is missing and whom to ask
        problem = page.problem_label.text()
        assert "1 short" in problem and "Ask an administrator of 总部/华东/上海" in problem
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
        with qtbot.waitSignal(page.draft_restored, timeout=5000):
            page.restore_draft()
        assert abs(page.draft().send_at - send_at) < timedelta(seconds=1)
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()
        monkeypatch.undo()
        time.tzset()


def close_tab(runner, tab, signed):
    tab.close()  # hides the page: a save still waiting for a pause in the typing is made now
    runner.wait_idle()
    signed.close()


def test_each_login_finds_only_its_own_draft_on_a_shared_computer(qtbot, org, runner, prefs):
    """An administrator, then a reviewer, then an operator sign in on the same computer (one OS user, one
    console.ini): none sees the draft of another; the administrator gets theirs back."""
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    page = tab.compose
    page.name_edit.setText("管理员的任务")
    page.content.insertPlainText("管理员的草稿：请勿外传")
    QTest.keyClicks(page.paste, "13800138000, 13900139000")
    tab.add_contacts([contact_id(org, "张伟", "east-op")])
    close_tab(runner, tab, signed)

    for login in ("east-reviewer", "east-op"):
        tab, signed = open_tab(qtbot, org, runner, prefs, login)
        page = tab.compose
        assert page.name_edit.text() == "" and page.content.toPlainText() == ""
        assert page.paste.toPlainText() == "" and page.contact_ids == [] and page.pasted == ""
        page.content.insertPlainText(f"{login} 自己的草稿")
        close_tab(runner, tab, signed)

    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    page = tab.compose
    try:
        assert page.name_edit.text() == "管理员的任务"
        assert page.content.toPlainText() == "管理员的草稿：请勿外传"
        assert page.paste.toPlainText() == "13800138000, 13900139000" and len(page.contact_ids) == 1
        # three files in the data directory; nothing of any draft in the shared settings file
        names = sorted(p.name.split("@")[0].rsplit("-", 1)[0] for p in page.drafts.path.parent.glob("*.draft"))
        assert names == ["east-admin", "east-op", "east-reviewer"]
        prefs.sync()
        settings_file = prefs.raw().fileName()
        with open(settings_file, encoding="utf-8") as f:
            assert "草稿" not in f.read()
    finally:
        close_tab(runner, tab, signed)


def test_a_big_paste_becomes_a_pasted_list_that_is_saved_counted_and_sent(qtbot, org, runner, prefs):
    from PySide6.QtWidgets import QApplication

    numbers = [f"139{i:08d}" for i in range(50_000)]  # the bench pastes a million
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    qtbot.waitUntil(lambda: runner.wait_idle(0), timeout=10_000)  # the tab's first reads are in
    try:
        page.content.insertPlainText("通知")
        QTest.keyClicks(page.paste, "13800138000")
        QApplication.clipboard().setText("\n".join(numbers))
        page.paste.setFocus()
        page.paste.paste()  # Ctrl+V
        assert page.paste.toPlainText() == "13800138000"  # the box keeps what was typed
        qtbot.waitUntil(lambda: page._pasted_count == 50_000, timeout=20_000)
        loc = QLocale()
        assert loc.toString(50_000) in page.pasted_label.text() and page.pasted_row.isVisible()
        assert f"{loc.toString(50_001)} recipient" in page.counter.text()
        page.content.moveCursor(page.content.textCursor().MoveOperation.End)
        QTest.keyClicks(page.content, " ok")  # typing goes on; the draft is saved in the background
        qtbot.waitUntil(lambda: not page.drafts.pending and page.drafts.path.exists(), timeout=10_000)
        draft = page.draft()
        assert draft.typed.split("\n")[0] == "13800138000" and len(draft.typed.split("\n")) == 50_001
    finally:
        close_tab(runner, tab, signed)
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        assert page.content.toPlainText() == "通知 ok"
        assert page.pasted.split("\n") == numbers and page.paste.toPlainText() == "13800138000"
        qtbot.waitUntil(lambda: page._pasted_count == 50_000, timeout=20_000)
        page.set_pasted("")  # Remove
        assert not page.pasted_row.isVisible() and " 1 recipient" in page.counter.text()
    finally:
        close_tab(runner, tab, signed)


def test_the_shared_draft_of_an_earlier_version_is_dropped_from_the_settings_file(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from smsdesk.ui.prefs import OBSOLETE_DRAFT_KEY, Prefs

    monkeypatch.setenv("SMSDESK_CONFIG_DIR", str(tmp_path))
    old = QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat)
    old.setValue("meta/version", 1)
    old.setValue("ui/language", "zh_CN")
    old.setValue(OBSOLETE_DRAFT_KEY, json.dumps({"content": "某人的草稿", "typed": "13800138000\n" * 100_000}))
    old.sync()
    del old
    assert (tmp_path / "console.ini").stat().st_size > 1_000_000
    prefs = Prefs()
    assert prefs.get("ui/language") == "zh_CN" and prefs.get(OBSOLETE_DRAFT_KEY) is None
    assert (tmp_path / "console.ini").stat().st_size < 1000


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


def test_the_preview_shows_what_the_database_sends_and_bills(qtbot, org, runner, prefs):
    """The installation's opt-out suffix is the one counted, the segments are the database's, and sensitive words
    that the installation refuses stop the submit (issue 14). Pictures in both languages go to SMSDESK_SCREENSHOTS."""
    import os

    from smsdesk.ui.i18n import Translations
    from tests.ui import conftest

    with conftest._watchdog.paused(), org.connect_su() as su:
        su.execute("""UPDATE smsdesk.installation SET settings = settings
                      || '{"opt_out_suffix": "拒收请回复R", "sensitive_words_mode": "refuse"}'::jsonb""")
        su.execute("SELECT * FROM smsdesk.word_import(ARRAY['加微信'], 'test')")
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.kind_combo.setCurrentIndex(page.kind_combo.findData("marketing"))
        qtbot.waitUntil(lambda: "拒收请回复R" in page.opt_out_label.text(), timeout=5000)
        # 65 characters: one part with 退订回T (69), two with the installation's 拒收请回复R (71)
        page.content.insertPlainText("周末到店" + "全场八折" * 13 + "，加微信领券" + "速来！")
        QTest.keyClicks(page.paste, "13800138000")
        with qtbot.waitSignal(page.preview_shown, timeout=20_000) as shown:
            page.start_preview()
        p = shown.args[0]
        assert p.message.text.endswith("拒收请回复R") and p.billed == p.segments == 2
        assert ("sensitive_refused", "加微信") in p.problems and not page.confirm_button.isEnabled()
        assert "加微信" in page.problem_label.text() and "refused" in page.words_note.text()
        assert page.words_edit.isVisible() and not page.words_accept.isVisible()  # nothing to consent to
        folder = os.environ.get("SMSDESK_SCREENSHOTS")
        if folder:
            translations = Translations()
            for code in ("zh_CN", "en"):
                with conftest._watchdog.paused():
                    translations.install(code)
                    page.show_preview(p)
                    tab.grab().save(os.path.join(folder, f"send_preview_refused_{code}.png"))
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()
        with org.connect_su() as su:
            su.execute("UPDATE smsdesk.installation "
                       "SET settings = settings - 'opt_out_suffix' - 'sensitive_words_mode'")
            su.execute("DELETE FROM smsdesk.sensitive_word WHERE word = '加微信'")


def _words(org, *words):
    from tests.ui import conftest

    with conftest._watchdog.paused(), org.connect_su() as su:
        su.execute("SELECT * FROM smsdesk.word_import(%s, 'test')", (list(words),))


def _no_words(org, *words):
    with org.connect_su() as su:
        su.execute("DELETE FROM smsdesk.sensitive_word WHERE word = ANY(%s)", (list(words),))


def test_masked_words_are_shown_as_sent_and_sending_them_needs_consent(qtbot, org, runner, prefs):
    """Issue 20, item 2: the preview shows the text exactly as it goes out with the masked words marked; Submit
    needs "Send the replaced text" ticked, or "Edit the words…" goes back with the word selected. Keyboard: Esc goes
    back, Ctrl+Enter submits; the result page offers "View task"."""
    _words(org, "加微信")
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.content.insertPlainText("周末请加微信领券")
        QTest.keyClicks(page.paste, "13800138000")
        with qtbot.waitSignal(page.preview_shown, timeout=20_000) as shown:
            QTest.keyClick(page.paste, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        p = shown.args[0]
        assert p.message.content == "周末请***领券" and p.words == ["加微信"]
        sent = page.sent_text.toHtml()
        assert "***" in sent and "#ffd6d6" in sent  # marked as the editor marks the words
        assert page.sent_text.toPlainText().endswith("周末请***领券")
        assert "加微信" in page.words_note.text()
        assert page.words_accept.isVisible() and not page.words_accept.isChecked()
        assert not page.confirm_button.isEnabled()
        page.go_on()  # Ctrl+Enter on the preview does not submit without the consent
        assert page.stack.currentWidget() is page.review

        page.words_edit.click()  # back to the words
        assert page.stack.currentWidget() is page.form
        assert page.content.textCursor().selectedText() == "加微信"

        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.start_preview()
        QTest.keyClick(page.review, Qt.Key.Key_Escape)  # Esc goes back
        assert page.stack.currentWidget() is page.form
        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.start_preview()
        page.words_accept.setChecked(True)
        assert page.confirm_button.isEnabled()
        with qtbot.waitSignal(page.submitted, timeout=20_000) as done:
            QTest.keyClick(page.confirm_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        task_id = done.args[0].task_id
        assert page.view_task_button.isVisible()
        with qtbot.waitSignal(tab.task_open_requested, timeout=2000) as opened:
            page.view_task_button.click()
        assert opened.args == [task_id]
        with org.connect_su() as su:
            assert su.execute("SELECT content FROM smsdesk.send_task WHERE id = %s", (task_id,)).fetchone()[0] == (
                "周末请***领券")
    finally:
        close_tab(runner, tab, signed)
        _no_words(org, "加微信")


def test_the_lists_have_headers_and_say_where_each_bad_number_came_from(qtbot, org, runner, prefs, tmp_path):
    from smsdesk.ui.tabs.send.compose_page import ListDialog
    from tests.ui import conftest

    path = tmp_path / "客户.csv"
    path.write_text("姓名,手机号码\n甲,13800138000\n乙,12345\n丙,\n丁,abc\n戊,13900139001\n", encoding="utf-8")
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.content.insertPlainText("通知")
        QTest.keyClicks(page.paste, "13900139000, 999")
        page.set_file(str(path))
        qtbot.waitUntil(lambda: page.column_combo.currentText() == "手机号码", timeout=10_000)
        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.start_preview()
        page.view_buttons["invalid"].click()  # where each came from is worked out in the background
        qtbot.waitUntil(lambda: page.findChild(ListDialog) is not None, timeout=10_000)
        dialog = page.findChild(ListDialog)
        model = dialog.model
        headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
        assert headers == ["Source", "Row", "As given", "Reason"]
        rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
        assert rows[0][:3] == ["Typed", "item 2", "999"]
        assert [r[:3] for r in rows[1:]] == [["File", "3", "12345"], ["File", "5", "abc"]]
        assert all(r[3] and "_" not in r[3] for r in rows)  # reasons in words, not codes
        out = tmp_path / "invalid.csv"
        from smsdesk.ui.tabs.send.compose_page import _write_rows

        runner.io(_write_rows, str(out), dialog.headers, dialog.rows)  # what Save… does, in the background
        runner.wait_idle()
        with conftest._watchdog.paused():
            lines = out.read_text(encoding="utf-8-sig").splitlines()
        assert lines[0] == "Source,Row,As given,Reason" and lines[2] == "File,3,12345,too short"
        dialog.close()
        assert not page.view_buttons["duplicates"].isEnabled()  # nothing to view
    finally:
        close_tab(runner, tab, signed)


def test_a_new_task_starts_from_the_defaults_and_counts_read_well(qtbot, org, runner, prefs):
    from smsdesk.ui.i18n import Translations

    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.kind_combo.setCurrentIndex(page.kind_combo.findData("marketing"))
        page.content.insertPlainText("八折")
        page.new_task()
        assert page.kind_combo.currentData() == "notification"  # not the last task's marketing
        Translations().install("en")
        QTest.keyClicks(page.paste, "13800138000")
        page.content.insertPlainText("您好")
        text = page.counter.text()
        assert "1 segment ·" in text and "1 recipient ·" in text and "(s)" not in text, text
    finally:
        close_tab(runner, tab, signed)


def test_a_restored_draft_counts_the_rows_of_its_file(qtbot, org, runner, prefs, tmp_path):
    """Issue 20, item 6: after a language switch (the window is rebuilt and reads the draft back) the file was still
    attached but its rows were not counted: 4 recipients and ¥0.20 instead of 197 and ¥9.85."""
    path = tmp_path / "名单.csv"
    path.write_text("手机\n" + "\n".join(f"1380013{i:04d}" for i in range(197)) + "\n", encoding="utf-8")
    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.content.insertPlainText("通知")
        page.set_file(str(path))
        qtbot.waitUntil(lambda: "197 recipient" in page.counter.text(), timeout=10_000)
        expected = page.counter.text()
        page.flush_draft()
        qtbot.waitUntil(lambda: not page.drafts.pending, timeout=5000)
    finally:
        runner.wait_idle()
        tab.close()
    again = SendTab(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(again)
    try:
        qtbot.waitSignal(again.compose.draft_restored, timeout=5000).wait()
        assert again.compose.file_edit.text() == str(path)
        assert again.compose.counter.text() == expected
    finally:
        close_tab(runner, again, signed)


def test_tab_goes_down_the_form_and_leaves_the_editors(qtbot, org, runner, prefs):
    """Tab from the task name goes down the form as it reads (message, time, recipients, Preview) and leaves the
    editors instead of typing tab characters into them; the phrase picker comes after Preview."""
    from PySide6.QtWidgets import QApplication

    tab, signed = open_tab(qtbot, org, runner, prefs)
    page = tab.compose
    try:
        page.window().activateWindow()
        page.name_edit.setFocus()
        seen = []
        while len(seen) < 20 and QApplication.focusWidget() is not page.preview_button:
            seen.append(QApplication.focusWidget().objectName())
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert seen == ["send_name", "send_kind", "send_signature", "send_content", "send_now", "send_numbers",
                        "send_choose_file", "send_clear_file", "send_column", "send_pick_group",
                        "send_clear_book"], seen
        assert page.content.toPlainText() == "" and page.paste.toPlainText() == ""
    finally:
        close_tab(runner, tab, signed)


def test_view_task_opens_the_new_task_in_the_tasks_tab(qtbot, org, runner, prefs):
    """Issue 20, item 9: the result page was a dead end; "View task" shows the task just submitted, in the Tasks tab
    with its detail open."""
    from smsdesk.ui.tabs.tasks.task_detail_dialog import TaskDetailDialog
    from tests.ui.test_main_window import open_window

    window, signed = open_window(qtbot, org, runner, prefs, "east-op")
    try:
        window.tabs.setCurrentIndex(window.tab_keys.index("send"))
        page = window.tab("send").compose
        qtbot.waitUntil(lambda: not page.restoring_draft, timeout=5000)
        page.content.insertPlainText("查看任务")
        QTest.keyClicks(page.paste, "13800138000")
        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.start_preview()
        with qtbot.waitSignal(page.submitted, timeout=20_000) as done:
            page.confirm_button.click()
        task_id = done.args[0].task_id
        page.view_task_button.click()
        tasks = window.tab("tasks")
        assert window.tabs.currentIndex() == window.tab_keys.index("tasks")
        qtbot.waitUntil(lambda: task_id in tasks.details, timeout=10_000)
        assert isinstance(tasks.details[task_id], TaskDetailDialog) and tasks.current_task().id == task_id
    finally:
        runner.wait_idle()
        for dialog in list(getattr(window.tab("tasks"), "details", {}).values()):
            dialog.close()
        window.close()
        runner.wait_idle()
        signed.close()
