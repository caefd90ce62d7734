"""Contacts tab: real widgets, real database, under the GUI watchdog (no SQL on the GUI thread, no stalls)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QItemSelectionModel, QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from smsdesk.services import contacts_transfer
from smsdesk.services.auth import sign_in
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.contacts.contacts_tab import ContactsTab
from smsdesk.ui.tabs.contacts.group_picker_dialog import GroupPickerDialog
from smsdesk.ui.tabs.contacts.group_tree_model import GROUP_MIME
from smsdesk.ui.tabs.contacts.import_dialog import ImportMappingDialog
from smsdesk.ui.tabs.contacts.import_result_dialog import ImportResultDialog
from tests.db.conftest import PASSWORD, build_org
from tests.db.contacts_helpers import group_id, seed_books, write_csv

pytestmark = [pytest.mark.ui, pytest.mark.db]
BIG = 3000


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    seed_books(shared_org_db)
    big = group_id(shared_org_db, "east-op", "大客户")
    engine = make_engine(shared_org_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            rows = [{"name": f"客户{i:05d}", "mobile": f"1390000{i:04d}"} for i in range(BIG)]
            contacts_transfer.load_rows(s, big, rows)
    finally:
        engine.dispose()
    return shared_org_db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    """See test_library_tab.py: a full collection of the pytest process's heap takes longer than the watchdog
    allows, and thousands of rows tip one off; freeze what exists first."""
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def open_tab(qtbot, db, runner, prefs, login):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, PASSWORD)
    runner.set_session(signed)
    tab = ContactsTab(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)  # the main window's job
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
        tab.refresh()
    return tab, signed


def close(runner, tab, signed):
    runner.wait_idle()
    tab.close()
    signed.close()


def select(qtbot, tab, kind, node_id):
    if tab.current_node() is not None and tab.current_node().key == (kind, node_id):
        return
    with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
        tab.tree.setCurrentIndex(tab.tree_model.index_of((kind, node_id)))


def find_visible(qtbot, parent, cls, name=None):
    found = None

    def seen():
        nonlocal found
        found = next(
            (w for w in parent.findChildren(cls) if w.isVisible() and (name is None or w.objectName() == name)), None
        )
        return found is not None

    qtbot.waitUntil(seen, timeout=10_000)
    return found


def test_an_operator_pages_through_a_big_group(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-op")
    try:
        assert [r.name for r in tab.tree_model.roots] == ["My contacts"]
        big = group_id(org, "east-op", "大客户")
        select(qtbot, tab, "group", big)
        model = tab.model
        assert model.rowCount() == BIG and tab.count_label.text().replace(",", "") == "3000 contacts"
        assert model.loaded(0) and not model.loaded(BIG - 1)  # the first rows came with the ids
        assert model.index(0, 1).data() == "139****0000"  # masked (SEC-3)
        tab.table.scrollToBottom()
        qtbot.waitUntil(lambda: model.loaded(BIG - 1), timeout=10_000)
        assert model.index(BIG - 1, 0).data() == f"客户{BIG - 1:05d}"
        # a jump to the middle reads just the blocks on screen
        tab.table.scrollTo(model.index(BIG // 2, 0))
        qtbot.waitUntil(lambda: model.loaded(BIG // 2), timeout=10_000)
        assert len(model._blocks) <= 6
        # sorting by another column asks the database again
        with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
            tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        assert model.index(0, 0).data() == f"客户{BIG - 1:05d}"
    finally:
        close(runner, tab, signed)


def test_an_administrator_sees_the_books_below_it_and_searches_them(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        titles = [r.name for r in tab.tree_model.roots]
        assert titles[0] == "My contacts"
        assert set(titles[1:]) == {"east-op (east-op)", "sh-op (sh-op)", "east-reviewer (east-reviewer)"}
        with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
            tab.search.setText("张伟")
        assert tab.model.rowCount() == 1  # south-op's 张伟 is beside this administrator's subtree
        assert tab.model.index(0, 0).data() == "张伟" and "found" in tab.count_label.text()
        with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
            tab.search.setText("0000")  # a number ending
        assert tab.model.rowCount() >= 2
        with qtbot.waitSignal(tab.listing_shown, timeout=10_000):
            tab.search.clear()
    finally:
        close(runner, tab, signed)


def test_import_with_the_mapping_dialog_and_its_result(qtbot, org, runner, prefs, zh, tmp_path):
    path = write_csv(
        tmp_path / "客户名单.csv",
        [["序号", "客户姓名", "手机号码", "邮箱"]]
        + [[str(i), f"导入{i}", f"1370000{i:04d}", ""] for i in range(40)]
        + [["41", "无效号码", "12345", ""], ["42", "重复", "13700000001", ""]],
        encoding="gbk",
    )
    tab, signed = open_tab(qtbot, org, runner, prefs, "sh-op")
    try:
        target = group_id(org, "sh-op", "同事")
        select(qtbot, tab, "group", target)
        owner = tab.tree_model.nodes[("group", target)].owner_id
        tab.tree.expandAll()
        tab.start_import(str(path))
        dialog = find_visible(qtbot, tab, ImportMappingDialog)
        assert dialog.windowTitle() == "导入联系人"
        assert dialog.mapping() == {"name": 1, "mobile": 2, "email": 3}
        assert dialog.import_button.isEnabled() and dialog.preview_model.rowCount() == 20
        with qtbot.waitSignal(tab.transfer_finished, timeout=20_000) as finished:
            dialog.import_button.click()
        result = finished.args[0]
        assert (result.imported, result.invalid, result.duplicates) == (40, 1, 1)
        shown = find_visible(qtbot, tab, ImportResultDialog)
        assert shown.values["imported"].text() == "40" and shown.open_rejects.isVisible()
        qtbot.waitUntil(lambda: tab.tree_model.nodes[("group", target)].count == 41, timeout=10_000)
        shown.accept()
        # the tree stays as the user opened it, on the group imported into
        runner.wait_idle()
        qtbot.wait(100)
        assert tab.tree.isExpanded(tab.tree_model.index_of(("owner", owner)))
        assert tab.current_node().key == ("group", target)
    finally:
        close(runner, tab, signed)


def test_a_whole_address_book_asks_which_group_a_new_contact_goes_into(qtbot, org, runner, prefs):
    from smsdesk.ui.tabs.contacts.contact_dialog import ContactDialog

    tab, signed = open_tab(qtbot, org, runner, prefs, "east-op")
    try:
        select(qtbot, tab, "owner", tab.tree_model.roots[0].id)
        assert tab.act_new_contact.isEnabled() and tab.act_import.isEnabled()
        assert "choose" in tab.act_new_contact.toolTip()
        tab.act_new_contact.trigger()
        picker = tab.group_picker
        qtbot.waitUntil(picker.isVisible, timeout=5000)
        big = group_id(org, "east-op", "大客户")
        picker.choose("group", big)
        picker.accept()
        dialog = find_visible(qtbot, tab, ContactDialog)
        assert dialog.group_id == big and "大客户" in dialog.group_label.text()
        dialog.reject()
    finally:
        close(runner, tab, signed)


def test_a_file_without_numbers_is_explained(qtbot, org, runner, prefs, tmp_path):
    path = write_csv(tmp_path / "names.csv", [["姓名", "城市"], ["张三", "北京"], ["李四", "上海"]])
    tab, signed = open_tab(qtbot, org, runner, prefs, "sh-op")
    try:
        select(qtbot, tab, "group", group_id(org, "sh-op", "同事"))
        tab.start_import(str(path))
        dialog = find_visible(qtbot, tab, ImportMappingDialog)
        assert not dialog.import_button.isEnabled()
        assert "No column" in dialog.warning.text()
        dialog.reject()
        empty = tmp_path / "empty.csv"
        empty.write_bytes(b"")
        tab.start_import(str(empty))
        box = find_visible(qtbot, tab, QMessageBox, "error_box")
        assert box.text() == "The file is empty."
        box.close()
    finally:
        close(runner, tab, signed)


def test_export_of_a_group_in_the_background(qtbot, org, runner, prefs, tmp_path):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-op")
    try:
        select(qtbot, tab, "group", group_id(org, "east-op", "大客户"))
        target = tmp_path / "大客户.csv"
        with qtbot.waitSignal(tab.transfer_finished, timeout=20_000) as finished:
            tab.start_export(str(target), selection=False)
        assert finished.args[0].rows == BIG and finished.args[0].masked
        data = target.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") and "139****0000" in data.decode("utf-8-sig")
        assert "exported" in tab.progress_label.text()
        # a selection, as XLSX
        tab.table.selectionModel().select(
            tab.model.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
        with qtbot.waitSignal(tab.transfer_finished, timeout=20_000) as finished:
            tab.start_export(str(tmp_path / "one.xlsx"), selection=True)
        assert finished.args[0].rows == 1
    finally:
        close(runner, tab, signed)


def focus(qtbot, tab, widget):
    tab.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=5000)


def answer_text(qtbot, tab, text):
    dialog = find_visible(qtbot, tab, QInputDialog)
    dialog.setTextValue(text)
    dialog.accept()


def test_groups_are_made_renamed_moved_and_deleted(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "sh-op")
    try:
        me = signed.profile.id
        select(qtbot, tab, "owner", me)
        tab.act_new_group.trigger()
        answer_text(qtbot, tab, '地区 "华东"')
        qtbot.waitUntil(lambda: tab.current_node().name == '地区 "华东"', timeout=10_000)
        region = tab.current_node()
        tab.act_new_subgroup.trigger()
        answer_text(qtbot, tab, "分部")
        qtbot.waitUntil(lambda: tab.current_node().name == "分部", timeout=10_000)
        branch = tab.current_node()
        # F2 renames the group in the tree
        focus(qtbot, tab, tab.tree)
        QTest.keyClick(tab.tree, Qt.Key.Key_F2)
        answer_text(qtbot, tab, "分部一")
        qtbot.waitUntil(lambda: tab.tree_model.nodes[("group", branch.id)].name == "分部一", timeout=10_000)
        # a group cannot go into its own sub-group: neither by drag and drop nor by "move to"
        region = tab.tree_model.nodes[("group", region.id)]
        branch = tab.tree_model.nodes[("group", branch.id)]
        data = QMimeData()
        data.setData(GROUP_MIME, str(region.id).encode("ascii"))
        target = tab.tree_model.index_of(branch.key)
        assert not tab.tree_model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
        picker = GroupPickerDialog(tab.book, me, title="", moving=region.id, parent=tab)
        picker.choose("group", branch.id)
        assert not picker.buttons.button(picker.buttons.StandardButton.Ok).isEnabled()
        assert "itself" in picker.hint.text()
        picker.close()
        # the confirmation says what goes with the group
        tab.tree.setCurrentIndex(tab.tree_model.index_of(region.key))
        tab.act_delete_group.trigger()
        box = find_visible(qtbot, tab, QMessageBox, "contact_delete_group_box")
        assert '"华东"' in box.text() and box.informativeText().startswith("1 sub-groups and 0 contacts")
        with qtbot.waitSignal(runner.changed, timeout=10_000):
            box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: ("group", region.id) not in tab.tree_model.nodes, timeout=10_000)
    finally:
        close(runner, tab, signed)


def test_sending_waits_for_a_sending_tab_and_shortcuts_work(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-op")
    try:
        select(qtbot, tab, "group", group_id(org, "east-op", "客户/上海/VIP"))
        tab.table.selectRow(0)
        assert not tab.act_send.isEnabled() and "sending tab" in tab.act_send.toolTip()
        received = []
        tab.send_requested.connect(received.append)
        qtbot.waitUntil(tab.act_send.isEnabled, timeout=5000)
        tab.act_send.trigger()
        assert received == [[tab.model.ids[0]]]
        # Ctrl+F goes to the search box; Del on the table asks before deleting
        focus(qtbot, tab, tab.table)
        QTest.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert tab.search.hasFocus()
        focus(qtbot, tab, tab.table)
        QTest.keyClick(tab.table, Qt.Key.Key_Delete)
        box = find_visible(qtbot, tab, QMessageBox, "contact_delete_box")
        assert box.text() == "Delete 1 contact?"
        box.button(QMessageBox.StandardButton.No).click()
        # the splitter and the columns are remembered
        tab.splitter.setSizes([222, 900])
        tab.save_layout()
        assert prefs.raw().value("contacts/splitter") is not None
    finally:
        close(runner, tab, signed)


def grab(widget, name: str) -> None:
    """Keeps a picture of a dialog for people to look at (SMSDESK_SCREENSHOTS=folder)."""
    import os

    folder = os.environ.get("SMSDESK_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_an_unclear_encoding_is_asked_for_and_shown_in_the_preview(qtbot, org, runner, prefs, qapp, tmp_path, language):
    from smsdesk.ui.i18n import Translations
    from smsdesk.ui.widgets.encoding_picker import EncodingDialog
    from tests.ui import conftest

    translations = Translations()
    with conftest._watchdog.paused():  # loading a language is the test's setup, not what it times
        translations.install("zh_CN" if language == "zh" else "en")
    base = 13700010000 if language == "en" else 13700020000
    rows = "姓名,手機\n" + "".join(f"陳大文{i},{base + i}\n" for i in range(8))
    big5 = tmp_path / "香港客户.csv"
    big5.write_bytes(rows.encode("big5"))
    sjis = tmp_path / "japan.csv"  # Shift-JIS: read as GBK it was mojibake; now the console asks
    sjis.write_bytes(("名前,携帯\n" + "".join(f"山田たろう{i},1370002{i:04d}\n" for i in range(8))).encode("shift_jis"))
    tab, signed = open_tab(qtbot, org, runner, prefs, "sh-op")
    try:
        select(qtbot, tab, "group", group_id(org, "sh-op", "同事"))
        tab.start_import(str(sjis))
        picker = find_visible(qtbot, tab, EncodingDialog)
        assert ("GBK/GB18030" in picker.message.text()) and ("Shift-JIS" in picker.message.text())
        grab(picker, f"encoding_dialog_{language}.png")
        picker.combo.setCurrentIndex(picker.combo.findData("gb18030"))
        picker.accept()
        dialog = find_visible(qtbot, tab, ImportMappingDialog)
        assert dialog.encoding.isVisible() and dialog.encoding.chosen() == "gb18030"
        dialog.reject()

        tab.start_import(str(big5))
        dialog = find_visible(qtbot, tab, ImportMappingDialog)
        assert (
            dialog.encoding.isVisible() and dialog.encoding.chosen() is None and "Big5" in dialog.encoding.currentText()
        )
        assert dialog.preview_model.index(0, 0).data() == "陳大文0"
        grab(dialog, f"import_preview_encoding_{language}.png")
        with qtbot.waitSignal(tab.transfer_finished, timeout=20_000) as finished:
            dialog.import_button.click()
        assert finished.args[0].imported == 8
        find_visible(qtbot, tab, ImportResultDialog).accept()

        far = tmp_path / "far.xlsx"
        from tests.hostile_files import cells_xml, write_xlsx

        write_xlsx(far, [("名单", cells_xml([("A1", "手机"), ("A2", "13700030000"), ("XFD1048576", "x")]))])
        tab.start_import(str(far))
        box = find_visible(qtbot, tab, QMessageBox, "error_box")
        assert "XFD1048576" in box.text() and "1,000" in box.text() and "名单" in box.text()
        grab(box, f"limit_error_{language}.png")
        box.close()
    finally:
        close(runner, tab, signed)
        with conftest._watchdog.paused():
            translations.install("en")
