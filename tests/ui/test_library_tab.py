"""Library tab: real widgets, real database, under the GUI watchdog (no SQL on the GUI thread, no stalls)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QMessageBox

from smsdesk.demo import library as demo_library
from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.library.library_tab import LibraryTab
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import PASSWORD, build_org

pytestmark = [pytest.mark.ui, pytest.mark.db]


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    return shared_org_db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap(org):
    """These tests load 10,000+ rows. In a pytest process a full garbage collection of the whole heap (pytest,
    pandas, Qt, SQLAlchemy: over a million objects) takes 100-300 ms and stops every thread, and the rows tip one
    off while the watchdog is timing. So, as a long-running console should after start-up: load the heavy
    modules the sections load on first use (pandas, the number rules), then freeze what exists, leaving the
    collector only the new objects to look at."""
    import smsdesk.domain.numbers
    import smsdesk.infra.tabular  # noqa: F401

    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def open_tab(qtbot, db, runner, prefs, login, password=PASSWORD):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, password)
    runner.set_session(signed)
    tab = LibraryTab(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)  # the main window's job
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.rights is not None, timeout=10_000)
    return tab, signed


def close(runner, tab, signed):
    runner.wait_idle()
    tab.close()
    signed.close()


def accept_box(qtbot, parent, name):
    box = None

    def found():
        nonlocal box
        box = next((b for b in parent.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()), None)
        return box is not None

    qtbot.waitUntil(found, timeout=5000)
    return box


def test_operator_sees_no_blacklists_and_reads_only_words_and_signatures(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "south-op")
    try:
        assert list(tab.sections) == ["phrases", "templates", "signatures", "words"]
        words = tab.show_section("words")
        qtbot.waitUntil(lambda: words.loaded, timeout=5000)
        assert not words.add_button.isVisible() and words.note.isVisible()
        signatures = tab.show_section("signatures")
        qtbot.waitUntil(lambda: signatures.loaded, timeout=5000)
        assert not signatures.new_button.isVisible() and signatures.new_signature() is None
    finally:
        close(runner, tab, signed)


def test_phrases_groups_and_the_picker(qtbot, org, runner, prefs):
    from smsdesk.ui.widgets.phrase_picker import PhrasePicker

    tab, signed = open_tab(qtbot, org, runner, prefs, "east-op")
    try:
        phrases = tab.show_section("phrases")
        qtbot.waitUntil(lambda: phrases.loaded, timeout=5000)
        dialog = phrases.new_phrase()  # no group yet: it asks for one first
        dialog.name.setText("客服问候")
        assert dialog.public.isChecked()
        with qtbot.waitSignal(runner.changed, timeout=5000):
            dialog.accept()
        qtbot.waitUntil(lambda: phrases.public_root.childCount() == 1, timeout=5000)
        phrases.groups.setCurrentItem(phrases.public_root.child(0))
        dialog = phrases.new_phrase()
        dialog.content.setPlainText("")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        assert dialog.problem.text() == "A phrase cannot be empty."
        dialog.content.setPlainText("您好，请问有什么可以帮您？")
        with qtbot.waitSignal(runner.changed, timeout=5000):
            dialog.accept()
        qtbot.waitUntil(lambda: phrases.proxy.rowCount() == 1, timeout=5000)
        phrases.search.setText("没有这句")
        assert phrases.proxy.rowCount() == 0
        phrases.search.clear()
        # Ctrl+F searches, Del deletes, Ctrl+N adds: live only inside the section that has the focus
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow, timeout=2000)
        phrases.table.selectRow(0)
        phrases.table.setFocus()
        qtbot.keyClick(phrases.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert phrases.search.hasFocus()
        phrases.table.setFocus()
        qtbot.keyClick(phrases.table, Qt.Key.Key_Delete)
        box = accept_box(qtbot, phrases, "confirm_box")
        assert "您好，请问有什么可以帮您？" in box.text()
        box.reject()

        picker = PhrasePicker(runner)
        qtbot.addWidget(picker)
        picker.refresh()
        qtbot.waitUntil(lambda: picker.tree.topLevelItemCount() == 1, timeout=5000)
        leaf = picker.tree.topLevelItem(0).child(0).child(0)
        with qtbot.waitSignal(picker.phrase_chosen, timeout=1000) as chosen:
            picker.tree.itemDoubleClicked.emit(leaf, 0)
        assert chosen.args == ["您好，请问有什么可以帮您？"]
    finally:
        close(runner, tab, signed)


def test_template_editor_counts_and_submits_for_review(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-op")
    try:
        templates = tab.show_section("templates")
        qtbot.waitUntil(lambda: templates.loaded, timeout=5000)
        templates.new_template()
        templates.name.setText("续期提醒")
        templates.content.setPlainText("尊敬的【姓名】先生，您的【险种】保险应于【应缴日期")
        templates.update_preview()
        assert templates.variables.text() == "A 【 in the template is never closed with 】."
        assert not templates.save_button.isEnabled()
        templates.content.setPlainText(demo_library.DEMO_RENEWAL)
        templates.update_preview()
        assert templates.samples.rowCount() == 5
        templates.samples.item(0, 1).setText("张三")
        templates.update_preview()
        assert "尊敬的张三先生" in templates.rendered.toPlainText()
        assert "UCS-2" in templates.counter.text() and "2 segment" in templates.counter.text()
        assert templates.save_button.isEnabled() and not templates.public.isVisible()
        with qtbot.waitSignal(runner.changed, timeout=5000):
            templates.save()
        qtbot.waitUntil(lambda: templates.model.rowCount() == 1 and templates.editing is not None, timeout=5000)
        assert templates.editing.status == "pending"
        assert "Awaiting review" in templates.status.text()
    finally:
        close(runner, tab, signed)


def test_signatures_are_validated_as_typed(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        signatures = tab.show_section("signatures")
        qtbot.waitUntil(lambda: signatures.loaded and bool(signatures.groups), timeout=5000)
        dialog = signatures.new_signature()
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        for text, problem in [
            ("【华】", "A signature has at least 2 characters inside 【】."),
            ("【一二三四五六七八九】", "A signature has at most 8 characters inside 【】."),
            ("【【华东】】", "A signature cannot contain 【 or 】 inside its brackets."),
        ]:
            dialog.text.setText(text)
            assert dialog.problem.text() == problem and not ok.isEnabled()
        dialog.text.setText("【华东分部】")
        assert ok.isEnabled() and "【华东分部】" in dialog.preview.text()
        with qtbot.waitSignal(runner.changed, timeout=5000):
            dialog.accept()
        qtbot.waitUntil(lambda: signatures.model.rowCount() == 1, timeout=5000)
        assert signatures.model.rows[0].is_default
    finally:
        close(runner, tab, signed)


def test_words_import_search_and_test_text(qtbot, org, runner, prefs, tmp_path):
    path = tmp_path / "words.txt"
    path.write_text(
        "\n".join(f"违禁词{i:05d}" for i in range(10_500)) + "\n代开发票\n" + "长" * 80 + "\n", encoding="utf-8"
    )
    tab, signed = open_tab(qtbot, org, runner, prefs, "boss", ADMIN_PASSWORD)
    try:
        words = tab.show_section("words")
        qtbot.waitUntil(lambda: words.loaded, timeout=5000)
        assert words.add_button.isVisible()
        words.new_word.setText("")
        words.add_word()
        assert words.problem.text() == "A sensitive word cannot be empty."
        progress = words.import_file(str(path))
        box = accept_box(qtbot, words, "import_report")
        assert f"{QLocale().toString(10_501)} added" in box.text() and "1 refused" in box.text()
        assert not progress.isVisible()
        box.accept()
        qtbot.waitUntil(lambda: words.model.rowCount() == 10_501, timeout=10_000)
        words.search.setText("违禁词0123")
        assert words.model.rowCount() == 10
        words.test_text.setPlainText("本店可代开发票")
        qtbot.waitUntil(lambda: words.masked.toPlainText() == "本店可****", timeout=5000)
        assert "代开发票" in words.hits.text()
        words.search.setText("代开发票")
        words.table.selectRow(0)
        box = words.delete_selected()
        with qtbot.waitSignal(runner.changed, timeout=5000):
            box.accept()
        qtbot.waitUntil(lambda: len(words.all_rows) == 10_500, timeout=5000)
        qtbot.waitUntil(lambda: words.masked.toPlainText() == "本店可代开发票", timeout=5000)
    finally:
        close(runner, tab, signed)


def test_blacklist_import_with_progress_search_and_delete(qtbot, org, runner, prefs, tmp_path):
    path = tmp_path / "blacklist.csv"
    rows = ["姓名,手机"] + [f"客户{i},1390000{i:04d}" for i in range(3000)] + ["坏行,12345"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        section = tab.show_section("blacklist")
        qtbot.waitUntil(lambda: section.loaded and bool(section.groups), timeout=5000)
        dialog = section.import_numbers(str(path))
        qtbot.waitUntil(lambda: dialog.column.count() == 2, timeout=5000)
        assert dialog.column.currentData() == "手机"
        assert [dialog.chooser.scope.itemData(i) for i in range(dialog.chooser.scope.count())] == ["group"]
        dialog.reason.setText("投诉")
        dialog.accept()
        box = accept_box(qtbot, section, "import_report")
        assert f"{QLocale().toString(3000)} numbers added" in box.text() and "1 invalid" in box.text()
        assert "Row 3002: “12345” (too short)" in box.detailedText()
        box.accept()
        qtbot.waitUntil(lambda: len(section.lists) == 1 and section.model.rowCount() == 500, timeout=5000)
        assert section.more_button.isEnabled()
        section.more_button.click()
        qtbot.waitUntil(lambda: section.model.rowCount() == 1000, timeout=5000)
        assert section.model.rows[0].number.endswith("0000") and section.model.rows[500].number.endswith("0500")
        assert section.table.model().index(0, 0).data() == "139 **** 0000"  # masked (SEC-3), read as people do
        section.search.setText("139 0000 2999")
        section.run_search()
        qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=5000)
        section.table.selectRow(0)
        assert section.delete_button.isEnabled()
        box = section.delete_selected()
        with qtbot.waitSignal(runner.changed, timeout=5000):
            box.accept()
        qtbot.waitUntil(lambda: bool(section.lists) and section.lists[0].entries == 2999, timeout=5000)
    finally:
        close(runner, tab, signed)


def test_importing_a_garbage_file_explains_itself(qtbot, org, runner, prefs, tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"this is not a workbook" * 100)
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        section = tab.show_section("blacklist")
        qtbot.waitUntil(lambda: section.loaded, timeout=5000)
        dialog = section.import_numbers(str(path))
        qtbot.waitUntil(lambda: "not an Excel workbook" in dialog.file_info.text(), timeout=5000)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.reject()
    finally:
        close(runner, tab, signed)


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_blacklist_import_picks_the_visible_sheet_offers_the_others_and_the_encoding(
    qtbot, org, runner, prefs, tmp_path, language
):
    import os

    from smsdesk.ui.i18n import Translations
    from tests.hostile_files import table_xml, write_xlsx
    from tests.ui import conftest

    translations = Translations()
    with conftest._watchdog.paused():  # loading a language is the test's setup, not what it times
        translations.install("zh_CN" if language == "zh" else "en")
    book = write_xlsx(
        tmp_path / "名单.xlsx",
        [("旧表", table_xml([["手机"], ["13900000001"]])), ("黑名单", table_xml([["手机"], ["13900000002"]] * 3))],
        hidden=[0],
    )
    text = tmp_path / "名单.csv"  # Shift-JIS: the encoding is asked for here, in the dialog
    text.write_bytes(("名前,携帯\n山田,13900000003\n").encode("shift_jis"))
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        section = tab.show_section("blacklist")
        qtbot.waitUntil(lambda: section.loaded and bool(section.groups), timeout=10_000)  # the lists it may import to
        dialog = section.import_numbers(str(book))
        qtbot.waitUntil(lambda: dialog.column.count() == 1, timeout=10_000)
        assert dialog.chooser.value() is not None
        assert dialog.sheet.isVisible() and dialog.sheet.currentText() == "黑名单"
        assert [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())] == ["旧表", "黑名单"]
        assert not dialog.encoding.isVisible() and dialog.chosen() == ("黑名单", None)
        dialog.sheet.setCurrentIndex(0)
        dialog.sheet.activated.emit(0)
        qtbot.waitUntil(lambda: dialog.column.count() == 1 and "旧表" in dialog.file_info.text(), timeout=10_000)
        folder = os.environ.get("SMSDESK_SCREENSHOTS")
        if folder:
            dialog.grab().save(os.path.join(folder, f"blacklist_import_sheet_{language}.png"))
        dialog.set_file(str(text))
        qtbot.waitUntil(lambda: "Shift-JIS" in dialog.file_info.text(), timeout=10_000)
        assert dialog.encoding.isVisible()
        if folder:
            dialog.grab().save(os.path.join(folder, f"blacklist_import_encoding_{language}.png"))
        dialog.encoding.setCurrentIndex(dialog.encoding.findData("gb18030"))
        dialog.encoding.activated.emit(dialog.encoding.currentIndex())
        qtbot.waitUntil(lambda: dialog.column.count() == 2, timeout=10_000)
        assert dialog.chosen() == (None, "gb18030")
        dialog.reject()
    finally:
        close(runner, tab, signed)
        with conftest._watchdog.paused():
            translations.install("en")
