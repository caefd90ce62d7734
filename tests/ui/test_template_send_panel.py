"""The template-send page on its own (the Send tab embeds it): real widgets, real database, under the GUI
watchdog (no SQL on the GUI thread, no stalls) — choose a template and a file, bind, preview, submit."""

from __future__ import annotations

import gc
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smsdesk.services import admin, library
from smsdesk.services.auth import sign_in
from smsdesk.services.session import run
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.send.template_send_panel import PREVIEW_DELAY_MS, TemplateSendPanel
from tests.db.conftest import PASSWORD, build_org

pytestmark = [pytest.mark.ui, pytest.mark.db]

RENEWAL = "尊敬的【姓名】先生，您的【险种】保险应于【应缴日期】缴纳，金额【金额】元。"
HEADERS = ["姓名", "手机号码", "险种", "应缴日期", "金额"]
ROWS = [
    ["张三", "13800138000", "车险", "2026-12-01", "1200"],
    ["李四", "13900139000", "寿险", "2026-12-02", "800"],
    ["王五", "13800138000", "车险", "2026-12-03", "99"],
    ["赵六", "18600186000", "", "2026-12-05", "66"],
]


@pytest.fixture(scope="module")
def org(shared_org_db):
    db = shared_org_db
    build_org(db)
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.grant_user(s, "east-op", 2_000)
    finally:
        engine.dispose()
    people = {
        login: sign_in(db.target, login, PASSWORD, pool_size=1) for login in ("east-admin", "east-op", "east-reviewer")
    }
    try:
        run(people["east-admin"], library.create_signature, people["east-admin"].profile.group_id, "华东保险", True)
        template = run(people["east-op"], library.create_template, "续期提醒", "notification", RENEWAL, False)
        run(people["east-reviewer"], library.review_template, template, True)
    finally:
        for signed in people.values():
            signed.close()
    return db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap(org):
    """As in the library tab's tests: load what the page loads on first use, then freeze the heap so a full
    garbage collection of the test process does not stop the GUI thread while the watchdog times it."""
    import smsdesk.domain.numbers
    import smsdesk.infra.tabular
    import smsdesk.services.contacts_transfer
    import smsdesk.services.template_send

    smsdesk.domain.numbers.clean(["13800138000"])
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def write_csv(path, rows, headers=HEADERS):
    path.write_text("\n".join(",".join(r) for r in [headers, *rows]) + "\n", encoding="utf-8")
    return str(path)


def open_panel(qtbot, db, runner, prefs, login="east-op"):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, PASSWORD)
    runner.set_session(signed)
    host = QWidget()  # the Send tab's place
    panel = TemplateSendPanel(runner, ConsoleContext(signed, runner, prefs), host)
    QVBoxLayout(host).addWidget(panel)
    runner.changed.connect(panel.on_changes)
    qtbot.addWidget(host)
    host.resize(1200, 760)
    host.show()
    panel.refresh()
    qtbot.waitUntil(lambda: panel.options is not None, timeout=10_000)
    signed.host = host  # the test keeps the host window alive
    return panel, signed


def close(runner, panel, signed):
    runner.wait_idle()
    signed.host.close()
    signed.close()


def test_choose_bind_preview_and_submit(qtbot, org, runner, prefs, tmp_path):
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        assert panel.template_combo.count() == 1 and "续期提醒" in panel.template_combo.currentText()
        assert "【险种】" in panel.template_text.text()
        assert panel.signature_combo.currentText() == "【华东保险】 · 总部/华东"
        assert panel.mapping.rowCount() == 5  # the phone and four variables
        panel.load_file(write_csv(tmp_path / "renewal.csv", ROWS))
        qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
        assert panel.bindings().phone == 1
        assert panel.bindings().variables == {"姓名": 0, "险种": 2, "应缴日期": 3, "金额": 4}
        assert panel.mapping.item(0, 2).text() == "13800138000"
        assert panel.model.rowCount() == 4
        notes = [panel.model.index(r, 5).data() for r in range(4)]
        assert notes == ["", "", "Same number as row 2", "No value for 险种"]
        totals = panel.totals.text()
        assert "2 to send" in totals and "1 with missing values" in totals and "1 duplicate" in totals
        assert panel.submit_button.isEnabled()

        panel.end_edit.setDateTime(QDateTime.currentDateTime().addDays(2))
        with qtbot.waitSignal(panel.task_submitted, timeout=10_000) as submitted:
            panel.submit_button.click()
        task_id = submitted.args[0]
        assert panel.result.text().startswith(f"Task {task_id} submitted: 2 message")
        # The submit refreshes the quota and so the preview: the confirmation stays (it was wiped 0.3 s later), and
        # Submit stays greyed out for what was just sent; "View task" is beside it.
        qtbot.waitUntil(lambda: panel.preview is not None and not panel.busy, timeout=10_000)
        qtbot.wait(PREVIEW_DELAY_MS * 2)
        assert panel.result.text().startswith(f"Task {task_id} submitted")
        assert not panel.submit_button.isEnabled() and panel.view_task_button.isVisible()
        panel.submit()  # Ctrl+Enter does nothing more either
        with qtbot.waitSignal(panel.task_open_requested, timeout=2000) as opened:
            panel.view_task_button.click()
        assert opened.args == [task_id]
        with org.connect_su() as su:
            assert su.execute("SELECT count(*) FROM smsdesk.send_task WHERE name = %s",
                              (panel.task_name.text(),)).fetchone()[0] == 1
    finally:
        close(runner, panel, signed)


def test_unbound_variables_and_bad_times_are_explained(qtbot, org, runner, prefs, tmp_path):
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        panel.load_file(write_csv(tmp_path / "renewal.csv", ROWS))
        qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)
        panel.bind("险种", -1)
        qtbot.waitUntil(lambda: "Choose a column for 【险种】." in panel.totals.text(), timeout=5000)
        assert not panel.submit_button.isEnabled() and panel.model.rowCount() == 0
        panel.bind("险种", 2)
        qtbot.waitUntil(lambda: panel.preview is not None, timeout=10_000)

        panel.start_now.setChecked(False)
        panel.start_edit.setDateTime(QDateTime.currentDateTime().addSecs(7200))
        panel.end_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        panel.submit_button.click()
        qtbot.waitUntil(lambda: "end time must come after" in panel.result.text(), timeout=10_000)
        assert panel.submit_button.isEnabled()
        start, end = panel._times()
        assert start > datetime.now() + timedelta(minutes=100) and end < start
    finally:
        close(runner, panel, signed)


def test_empty_file_and_no_phone_column(qtbot, org, runner, prefs, tmp_path):
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        empty = tmp_path / "empty.xlsx"
        empty.write_bytes(b"")
        panel.load_file(str(empty))
        qtbot.waitUntil(lambda: panel.result.text() == "The file is empty.", timeout=10_000)
        assert panel.data is None and not panel.submit_button.isEnabled()
        panel.load_file(
            write_csv(tmp_path / "names.csv", [["张三", "车险", "x", "1"]], ["姓名", "险种", "应缴日期", "金额"])
        )
        qtbot.waitUntil(lambda: panel.data is not None, timeout=10_000)
        qtbot.waitUntil(lambda: "mobile numbers" in panel.totals.text(), timeout=5000)
        assert panel.bindings().phone is None and panel.preview is None
    finally:
        close(runner, panel, signed)


def test_no_approved_template(qtbot, org, runner, prefs):
    panel, signed = open_panel(qtbot, org, runner, prefs, login="sh-op")
    try:
        assert panel.template_combo.currentText() == "No approved template"
        assert "no approved template" in panel.template_text.text()
        assert panel.totals.text() == "Choose an approved template."
    finally:
        close(runner, panel, signed)


def test_twenty_thousand_rows_render_in_the_background_with_cancel(qtbot, org, runner, prefs, tmp_path):
    rows = [[f"客户{i}", f"138{i:08d}", "车险" if i % 10 else "", "2026-12-01", str(i)] for i in range(20_000)]
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        panel.load_file(write_csv(tmp_path / "big.csv", rows))
        qtbot.waitUntil(lambda: panel.busy, timeout=5000)
        panel.cancel_button.click()
        qtbot.waitUntil(lambda: not panel.busy, timeout=10_000)
        panel.load_file(write_csv(tmp_path / "big2.csv", rows))
        qtbot.waitUntil(lambda: panel.preview is not None, timeout=30_000)
        assert panel.preview.sendable == 18_000 and panel.preview.problems["missing"] == 2_000
        assert panel.model.rowCount() == 50 + 2_000 - 5  # the first 50 rows hold 5 of the 2,000
    finally:
        close(runner, panel, signed)


def test_a_data_file_in_an_unclear_encoding_gets_an_encoding_to_choose(qtbot, org, runner, prefs, tmp_path):
    path = tmp_path / "data.csv"  # Shift-JIS: it was read as GB18030 mojibake and rendered into messages
    path.write_bytes(
        ("名前,携帯,金額\n" + "".join(f"山田{i},1390014{i:04d},{i}\n" for i in range(5))).encode("shift_jis")
    )
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        panel.load_file(str(path))
        qtbot.waitUntil(lambda: "Shift-JIS" in panel.result.text(), timeout=10_000)
        assert panel.data is None and panel.encoding_combo.isVisible()
        panel.encoding_combo.setCurrentIndex(panel.encoding_combo.findData("gb18030"))
        panel.encoding_combo.activated.emit(panel.encoding_combo.currentIndex())
        qtbot.waitUntil(lambda: panel.data is not None, timeout=10_000)
        assert panel.data.row_count == 5 and panel.encoding_combo.chosen() == "gb18030"
    finally:
        close(runner, panel, signed)


def test_quota_short_greys_out_submit_and_says_whom_to_ask(qtbot, org, runner, prefs, tmp_path):
    """Submit was enabled with the quota short (the compose page disables it); now it is greyed out with the reason
    and whom to ask beside it, and Ctrl+Enter does nothing."""
    with org.connect_su() as su:
        limit, used = su.execute("SELECT quota_limit, quota_used FROM smsdesk.app_user WHERE login = 'east-op'"
                                 ).fetchone()
        su.execute("UPDATE smsdesk.app_user SET quota_limit = quota_used + 1 WHERE login = 'east-op'")
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        panel.load_file(write_csv(tmp_path / "renewal.csv", ROWS))
        qtbot.waitUntil(lambda: panel.preview is not None and not panel.busy, timeout=10_000)
        assert panel.preview.quota_short
        assert not panel.submit_button.isEnabled()
        blocker = panel.blocker.text()
        assert "Not enough quota" in blocker and "Ask an administrator of 总部/华东" in blocker
        panel.submit()  # Ctrl+Enter
        qtbot.wait(200)
        assert not panel.busy and panel.result.text() == ""
    finally:
        close(runner, panel, signed)
        with org.connect_su() as su:
            su.execute("UPDATE smsdesk.app_user SET quota_limit = %s, quota_used = %s WHERE login = 'east-op'",
                       (limit, used))


def test_keyboard_ctrl_enter_submits_and_the_signature_list_is_the_compose_pages(qtbot, org, runner, prefs,
                                                                                 tmp_path):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        names = [panel.signature_combo.itemText(i) for i in range(panel.signature_combo.count())]
        assert names == ["【华东保险】 · 总部/华东"]
        panel.load_file(write_csv(tmp_path / "renewal2.csv", ROWS[:2]))
        qtbot.waitUntil(lambda: panel.preview is not None and panel.submit_button.isEnabled(), timeout=10_000)
        panel.task_name.setFocus()
        with qtbot.waitSignal(panel.task_submitted, timeout=10_000):
            QTest.keyClick(panel.task_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    finally:
        close(runner, panel, signed)


def test_rows_sent_with_masked_words_are_listed_and_need_consent(qtbot, org, runner, prefs, tmp_path):
    """As on the compose page (issue 20, item 2): a value with a sensitive word goes out masked; the row is shown
    as it goes out, and Submit needs "Send the replaced text"."""
    with org.connect_su() as su:
        su.execute("SELECT * FROM smsdesk.word_import(ARRAY['加微信'], 'test')")
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        rows = [["加微信张三", "13800138000", "车险", "2026-12-01", "1200"]] + [
            [f"客户{i}", f"1390013{i:04d}", "寿险", "2026-12-02", "800"] for i in range(30)]
        panel.load_file(write_csv(tmp_path / "masked.csv", rows))
        qtbot.waitUntil(lambda: panel.preview is not None and not panel.busy, timeout=10_000)
        p = panel.preview
        assert p.masked == 1 and p.sendable == 31
        assert any(r.body.startswith("尊敬的***张三") for r in p.preview)
        assert panel.words_accept.isVisible() and not panel.submit_button.isEnabled()
        panel.words_accept.setChecked(True)
        assert panel.submit_button.isEnabled()
    finally:
        close(runner, panel, signed)
        with org.connect_su() as su:
            su.execute("DELETE FROM smsdesk.sensitive_word WHERE word = '加微信'")


def test_when_the_installation_refuses_sensitive_words_those_rows_are_kept_back(qtbot, org, runner, prefs, tmp_path):
    """With sensitive_words_mode "refuse" the database refuses a task holding one; the preview keeps such rows back
    (listed with their words) instead of showing them masked, so the rest can be sent."""
    with org.connect_su() as su:
        su.execute("SELECT * FROM smsdesk.word_import(ARRAY['加微信'], 'test')")
        su.execute("""UPDATE smsdesk.installation SET settings = settings || '{"sensitive_words_mode": "refuse"}'""")
    panel, signed = open_panel(qtbot, org, runner, prefs)
    try:
        rows = [["加微信张三", "13800138000", "车险", "2026-12-01", "1200"],
                ["李四", "13900139000", "寿险", "2026-12-02", "800"]]
        panel.load_file(write_csv(tmp_path / "refused.csv", rows))
        qtbot.waitUntil(lambda: panel.preview is not None and not panel.busy, timeout=10_000)
        p = panel.preview
        assert p.sendable == 1 and p.problems["sensitive"] == 1 and p.masked == 0
        assert not panel.words_accept.isVisible() and panel.submit_button.isEnabled()
        notes = [panel.model.index(r, 5).data() for r in range(panel.model.rowCount())]
        assert "Sensitive words: 加微信" in notes
        with qtbot.waitSignal(panel.task_submitted, timeout=10_000):
            panel.submit()  # the database takes the row without the word
    finally:
        close(runner, panel, signed)
        with org.connect_su() as su:
            su.execute("DELETE FROM smsdesk.sensitive_word WHERE word = '加微信'")
            su.execute("UPDATE smsdesk.installation SET settings = settings - 'sensitive_words_mode'")
