"""Organisation tab (issue 17): an administrator runs groups and users from the console, with real widgets and a real
database, under the GUI watchdog (no SQL on the GUI thread, no stalls)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.organisation.org_dialogs import (
    AmountDialog,
    GroupNameDialog,
    MoveGroupDialog,
    PasswordDialog,
    UserDialog,
)
from smsdesk.ui.tabs.organisation.organisation_tab import OrganisationTab
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import PASSWORD, build_org

pytestmark = [pytest.mark.ui, pytest.mark.db]


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    """As in test_library_tab.py: load what the tab loads on first use (pandas for an imported file), then freeze
    the heap, so a full garbage collection of pytest's heap does not stop the GUI thread while it is timed."""
    import gc

    import smsdesk.infra.tabular  # noqa: F401

    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture
def org(org_db):
    build_org(org_db)
    return org_db


def open_tab(qtbot, db, runner, prefs, login, password=PASSWORD):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, password)
    runner.set_session(signed)
    tab = OrganisationTab(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1300, 700)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: bool(tab.groups) and tab.loaded_users > 0, timeout=10_000)
    return tab, signed


def close(runner, tab, signed):
    runner.wait_idle()
    tab.close()
    signed.close()


def open_dialog(qtbot, tab, cls):
    found = None

    def visible():
        nonlocal found
        found = next((d for d in tab.findChildren(cls) if d.isVisible()), None)
        return found is not None

    qtbot.waitUntil(visible, timeout=5000)
    return found


def box(qtbot, tab, name):
    found = None

    def visible():
        nonlocal found
        found = next((b for b in tab.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()), None)
        return found is not None

    qtbot.waitUntil(visible, timeout=5000)
    return found


def select_group(qtbot, tab, name):
    item = tab.tree_model.findItems(name, Qt.MatchFlag.MatchRecursive)[0]
    tab.tree.setCurrentIndex(item.index())
    qtbot.waitUntil(lambda: bool(tab.selected_group() and tab.selected_group().name == name), timeout=5000)
    runner = tab.ctx.runner
    runner.wait_idle()
    qtbot.wait(50)


def select_users(qtbot, tab, *logins):
    qtbot.waitUntil(lambda: {u.login for u in tab.user_model.rows} >= set(logins), timeout=5000)
    tab.ctx.runner.wait_idle()
    qtbot.wait(20)
    tab.users.clearSelection()
    selection = tab.users.selectionModel()
    for row in range(tab.user_model.rowCount()):
        index = tab.user_model.index(row, 0)
        if index.data() in logins:
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert {u.login for u in tab.selected_users()} == set(logins)


def user(tab, login):
    return next(u for u in tab.user_model.rows if u.login == login)


def write_and_wait(qtbot, tab, trigger):
    with qtbot.waitSignal(tab.ctx.runner.changed, timeout=10_000):
        trigger()
    tab.ctx.runner.wait_idle()


def test_an_administrator_manages_groups_from_the_tree(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        # its own group: only adding below it; the rest belongs to the group above
        select_group(qtbot, tab, "华东")
        assert tab.a_add_group.isEnabled() and not tab.a_rename_group.isEnabled()
        assert not tab.a_delete_group.isEnabled() and not tab.a_top_up_group.isEnabled()
        tab.a_add_group.trigger()
        dialog = open_dialog(qtbot, tab, GroupNameDialog)
        dialog.name.setText("a/b")
        dialog.buttons.accepted.emit()
        assert dialog.isVisible() and "/" in dialog.error.text()
        dialog.name.setText('客服 "一" 部')
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: any(g.name == '客服 "一" 部' for g in tab.groups), timeout=5000)

        select_group(qtbot, tab, '客服 "一" 部')
        tab.a_rename_group.trigger()
        dialog = open_dialog(qtbot, tab, GroupNameDialog)
        dialog.name.setText("客服一部")
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: any(g.name == "客服一部" for g in tab.groups), timeout=5000)

        # top up from 华东's balance, then give some back
        select_group(qtbot, tab, "客服一部")
        tab.a_top_up_group.trigger()
        dialog = open_dialog(qtbot, tab, AmountDialog)
        assert dialog.available == 3000
        dialog.amount.setValue(3001)
        dialog.buttons.accepted.emit()
        assert "3000" in dialog.error.text().replace(",", "")
        dialog.amount.setValue(500)
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: next(g for g in tab.groups if g.name == "客服一部").quota_balance == 500, timeout=5000)
        select_group(qtbot, tab, "客服一部")
        tab.a_give_back.trigger()
        dialog = open_dialog(qtbot, tab, AmountDialog)
        dialog.amount.setValue(200)
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: next(g for g in tab.groups if g.name == "客服一部").quota_balance == 300, timeout=5000)

        # move it under 上海: its own subtree and 华东's parent are greyed in the dialog
        select_group(qtbot, tab, "客服一部")
        tab.a_move_group.trigger()
        dialog = open_dialog(qtbot, tab, MoveGroupDialog)
        assert not dialog.items[next(g.id for g in tab.groups if g.name == "总部")].isEnabled()
        assert not dialog.items[next(g.id for g in tab.groups if g.name == "客服一部")].isEnabled()
        dialog.tree.setCurrentIndex(dialog.items[next(g.id for g in tab.groups if g.name == "上海")].index())
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: "总部/华东/上海/客服一部" in tab.paths.values(), timeout=5000)

        # deleting a group with a balance is refused, saying why
        select_group(qtbot, tab, "客服一部")
        tab.a_delete_group.trigger()
        confirm = box(qtbot, tab, "confirm_delete_group")
        confirm.buttons()[0].click()
        error = box(qtbot, tab, "error_box")
        assert "still holds" in error.text() and "300" in error.text()
        error.close()
        tab.a_review_group.trigger()
        runner.wait_idle()
        qtbot.waitUntil(lambda: next(g for g in tab.groups if g.name == "客服一部").review_mode, timeout=5000)
        # dragged onto 华东, it moves back there once confirmed
        desk, east = (next(g.id for g in tab.groups if g.name == n) for n in ("客服一部", "华东"))
        tab.tree.group_dropped.emit(desk, east)
        confirm = box(qtbot, tab, "confirm_move_group")
        assert "总部/华东/上海/客服一部" in confirm.text()
        with qtbot.waitSignal(runner.changed, timeout=10_000):
            confirm.buttons()[0].click()
        qtbot.waitUntil(lambda: "总部/华东/客服一部" in tab.paths.values(), timeout=5000)
    finally:
        close(runner, tab, signed)


def test_an_administrator_manages_users(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        select_group(qtbot, tab, "华东")
        tab.a_add_user.trigger()
        dialog = open_dialog(qtbot, tab, UserDialog)
        dialog.login.setText("li.ming")
        dialog.name.setText("李明")
        dialog.password.setText("short")
        dialog.again.setText("short")
        dialog.buttons.accepted.emit()
        assert "at least 8" in dialog.error.text()
        dialog.kind_admin.setChecked(True)
        dialog.password.setText("long-enough-1")
        dialog.again.setText("long-enough-1")
        dialog.buttons.accepted.emit()
        assert "higher group" in dialog.error.text()  # an administrator of its own group: not from here
        dialog.kind_user.setChecked(True)
        assert not dialog.full_numbers.isEnabled()  # east-admin does not see full numbers itself
        dialog.quota.setValue(120)
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: any(u.login == "li.ming" for u in tab.user_model.rows), timeout=5000)
        assert user(tab, "li.ming").quota_limit == 120 and user(tab, "li.ming").review_mode

        # the same login again is refused by the database, in words
        tab.a_add_user.trigger()
        dialog = open_dialog(qtbot, tab, UserDialog)
        dialog.login.setText("li.ming")
        dialog.password.setText("long-enough-1")
        dialog.again.setText("long-enough-1")
        dialog.buttons.accepted.emit()
        error = box(qtbot, tab, "error_box")
        assert "li.ming is taken" in error.text()
        error.close()

        # edit: name, reviewer, move to 上海
        select_users(qtbot, tab, "li.ming")
        tab.a_edit.trigger()
        dialog = open_dialog(qtbot, tab, UserDialog)
        assert dialog.login.isReadOnly()
        dialog.name.setText("李明 / O'Brien")
        dialog.reviewer.setChecked(True)
        dialog.group.setCurrentIndex(dialog.group.findText("总部/华东/上海"))
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: user(tab, "li.ming").operator_name == "李明 / O'Brien", timeout=5000)
        assert user(tab, "li.ming").is_reviewer and tab.paths[user(tab, "li.ming").group_id] == "总部/华东/上海"

        # multi-select: top up two users, then disable and enable both
        select_users(qtbot, tab, "east-op", "east-reviewer")
        tab.a_top_up.trigger()
        dialog = open_dialog(qtbot, tab, AmountDialog)
        dialog.amount.setValue(50)
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: user(tab, "east-op").quota_limit == 50, timeout=5000)
        assert user(tab, "east-reviewer").quota_limit == 50
        select_users(qtbot, tab, "east-op", "east-reviewer")
        tab.a_disable.trigger()
        confirm = box(qtbot, tab, "confirm_disable")
        with qtbot.waitSignal(runner.changed, timeout=10_000):
            confirm.buttons()[0].click()
        qtbot.waitUntil(lambda: user(tab, "east-op").status == "disabled", timeout=5000)
        tab.status_filter.setCurrentIndex(tab.status_filter.findData("disabled"))
        assert tab.user_model.rowCount() == 2
        tab.status_filter.setCurrentIndex(0)
        select_users(qtbot, tab, "east-op", "east-reviewer")
        write_and_wait(qtbot, tab, tab.a_enable.trigger)
        qtbot.waitUntil(lambda: user(tab, "east-reviewer").status == "normal", timeout=5000)

        # take back, reset password
        select_users(qtbot, tab, "east-op")
        tab.a_take_back.trigger()
        dialog = open_dialog(qtbot, tab, AmountDialog)
        assert dialog.available == 50
        dialog.amount.setValue(20)
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: user(tab, "east-op").quota_limit == 30, timeout=5000)
        select_users(qtbot, tab, "east-op")
        tab.a_reset.trigger()
        dialog = open_dialog(qtbot, tab, PasswordDialog)
        dialog.password.setText("reset-pass-1")
        dialog.again.setText("reset-pass-1")
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        qtbot.waitUntil(lambda: user(tab, "east-op").must_change_password, timeout=5000)

        # delete, then restore from the deleted users
        select_users(qtbot, tab, "sh-op")
        tab.a_delete.trigger()
        confirm = box(qtbot, tab, "confirm_delete_users")
        with qtbot.waitSignal(runner.changed, timeout=10_000):
            confirm.buttons()[0].click()
        qtbot.waitUntil(lambda: all(u.login != "sh-op" for u in tab.user_model.rows), timeout=5000)
        tab.view.setCurrentIndex(1)
        qtbot.waitUntil(lambda: [u.login for u in tab.user_model.rows] == ["sh-op"], timeout=5000)
        assert tab.a_restore.isVisible() and not tab.a_add_user.isVisible()
        select_users(qtbot, tab, "sh-op")
        write_and_wait(qtbot, tab, tab.a_restore.trigger)
        qtbot.waitUntil(lambda: tab.user_model.rows == [], timeout=5000)
        tab.view.setCurrentIndex(0)
        qtbot.waitUntil(lambda: any(u.login == "sh-op" for u in tab.user_model.rows), timeout=5000)

        # nobody acts on themselves from here; search
        select_users(qtbot, tab, "east-admin")
        assert not tab.a_edit.isEnabled() and not tab.a_top_up.isEnabled() and not tab.a_disable.isEnabled()
        tab.filter.setText("O'Brien")
        assert tab.user_model.rowCount() == 1
    finally:
        close(runner, tab, signed)


def test_a_reviewer_sees_the_organisation_but_no_actions(qtbot, org, runner, prefs):
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-reviewer")
    try:
        assert not tab.a_add_user.isVisible() and not tab.a_add_group.isVisible()
        assert {u.login for u in tab.user_model.rows} == {"east-admin", "east-op", "sh-op", "east-reviewer"}
    finally:
        close(runner, tab, signed)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_tab_and_every_dialog_in_both_languages(qtbot, org, runner, prefs, language, tmp_path):
    """Every dialog opens and reads in the language chosen; SMSDESK_SCREENSHOTS=folder keeps pictures of them."""
    import os

    from smsdesk.ui.i18n import Translations

    translations = Translations()
    translations.install(language)
    folder = os.environ.get("SMSDESK_SCREENSHOTS")

    def grab(widget, name):
        if folder:
            widget.grab().save(os.path.join(folder, f"org_{name}_{language}.png"))

    tab, signed = open_tab(qtbot, org, runner, prefs, "boss", ADMIN_PASSWORD)
    try:
        select_group(qtbot, tab, "华东")
        qtbot.waitUntil(lambda: len(tab.user_model.rows) == 4, timeout=5000)
        grab(tab, "tab")
        chinese = language == "zh_CN"
        assert (tab.a_add_user.text() == "添加用户…") is chinese
        for action, cls, name in (
            (tab.a_add_group, GroupNameDialog, "add_group"),
            (tab.a_rename_group, GroupNameDialog, "rename_group"),
            (tab.a_move_group, MoveGroupDialog, "move_group"),
            (tab.a_top_up_group, AmountDialog, "top_up_group"),
            (tab.a_give_back, AmountDialog, "give_back_group"),
            (tab.a_add_user, UserDialog, "add_user"),
        ):
            action.trigger()
            dialog = open_dialog(qtbot, tab, cls)
            dialog.buttons.accepted.emit()  # empty: says what is missing
            grab(dialog, name)
            dialog.reject()
        select_users(qtbot, tab, "east-op")
        for action, cls, name in (
            (tab.a_edit, UserDialog, "edit_user"),
            (tab.a_top_up, AmountDialog, "top_up_user"),
            (tab.a_take_back, AmountDialog, "take_back_user"),
            (tab.a_reset, PasswordDialog, "reset_password"),
        ):
            action.trigger()
            dialog = open_dialog(qtbot, tab, cls)
            grab(dialog, name)
            dialog.reject()
        tab.a_delete.trigger()
        confirm = box(qtbot, tab, "confirm_delete_users")
        grab(confirm, "confirm_delete")
        confirm.reject()
        select_group(qtbot, tab, "华东")
        tab.a_delete_group.trigger()
        confirm = box(qtbot, tab, "confirm_delete_group")
        with qtbot.waitSignal(runner.changed, timeout=10_000, raising=False):
            confirm.buttons()[0].click()
        error = box(qtbot, tab, "error_box")
        assert ("仍有" in error.text() or "还有" in error.text()) is chinese
        grab(error, "refused_delete")
        error.close()
        from smsdesk.ui.tabs.organisation.org_dialogs import UserImportDialog

        sheet = tmp_path / "users.csv"
        sheet.write_text(
            "登录名,姓名,用户组,手机,密码\nli.ming,李明,总部/华东,13800000001,password-1\n", encoding="utf-8"
        )
        tab._import_users(str(sheet))
        dialog = open_dialog(qtbot, tab, UserImportDialog)
        grab(dialog, "import_users")
        dialog.reject()
        tab.view.setCurrentIndex(1)
        qtbot.waitUntil(lambda: tab.user_model.rows == [], timeout=5000)
        grab(tab, "deleted_view")
    finally:
        close(runner, tab, signed)
        translations.install("en")


def test_users_are_imported_all_or_nothing_and_exported(qtbot, org, runner, prefs, tmp_path):
    import csv

    from smsdesk.ui.tabs.organisation.org_dialogs import UserImportDialog

    bad = tmp_path / "名单.csv"
    bad.write_text(
        "登录名,姓名,用户组,密码\nnew-a,甲,总部/华东,password-a1\nnew-a,乙,总部/华东,password-a2\n", encoding="utf-8"
    )
    good = tmp_path / "good.csv"
    good.write_text("login,name,group,password,quota\nnew-b,乙,总部/华东,password-b1,5\n", encoding="utf-8")
    tab, signed = open_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        select_group(qtbot, tab, "华东")
        tab._import_users(str(bad))
        dialog = open_dialog(qtbot, tab, UserImportDialog)
        assert dialog.mapping() == {"login": 0, "name": 1, "group": 2, "password": 3}  # guessed from the headers
        dialog.buttons.accepted.emit()
        error = box(qtbot, tab, "error_box")
        assert "row 3" in error.text() and "new-a" in error.text() and "名单-results.csv" in error.text()
        error.close()
        results = list(csv.reader((tmp_path / "名单-results.csv").open(encoding="utf-8-sig")))
        assert [r[:2] for r in results[1:]] == [["2", "new-a"], ["3", "new-a"]]
        tab._import_users(str(good))
        dialog = open_dialog(qtbot, tab, UserImportDialog)
        dialog.combos["password"].setCurrentIndex(0)
        dialog.buttons.accepted.emit()
        assert "password" in dialog.error.text()
        dialog.combos["password"].setCurrentIndex(dialog.combos["password"].findData(3))
        write_and_wait(qtbot, tab, dialog.buttons.accepted.emit)
        done = box(qtbot, tab, "import_done")
        assert "1 user" in done.text()
        done.close()
        qtbot.waitUntil(
            lambda: any(u.login == "new-b" and u.quota_limit == 5 for u in tab.user_model.rows), timeout=5000
        )
        assert not any(u.login == "new-a" for u in tab.user_model.rows)

        out = tmp_path / "导出.csv"
        tab._export_users(str(out))
        qtbot.waitUntil(lambda: "exported" in tab.count.text(), timeout=5000)
        rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
        assert {r["login"] for r in rows} == {"east-admin", "east-op", "sh-op", "east-reviewer", "new-b"}
    finally:
        close(runner, tab, signed)
    with org.connect_su() as su:
        assert su.execute("select count(*) from smsdesk.audit_log where action = 'users.export'").fetchone()[0] == 1
