"""Channels and Settings tabs (issue 17): real widgets, real database, under the GUI watchdog (no SQL on the GUI
thread, no stalls). Pictures of every screen and dialog in both languages go to SMSDESK_SCREENSHOTS."""

from __future__ import annotations

import os

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from smsdesk.services import admin, channels
from smsdesk.services.auth import sign_in
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.channels.channel_dialog import ChannelDialog
from smsdesk.ui.tabs.channels.channels_tab import ChannelsTab
from smsdesk.ui.tabs.channels.failure_dialog import FailureMappingDialog
from smsdesk.ui.tabs.channels.routes_dialog import RoutesDialog
from smsdesk.ui.tabs.channels.simulator_dialog import SimulatorDialog
from smsdesk.ui.tabs.settings.settings_tab import DefaultSignatureDialog, SettingsTab
from tests.db.conftest import PASSWORD, build_org

pytestmark = [pytest.mark.ui, pytest.mark.db]

DISPATCHER_PASSWORD = "gw-password-long"


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    engine = make_engine(shared_org_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.create_user(s, login="top-admin", password=PASSWORD, group_path="总部", admin=True)
            channels.add_channel(s, name="移动-主", host="10.1.2.3", port=2775, system_id="acct", password="pw",
                                 carriers=["China Mobile"], kinds=["marketing", "notification"], priority=10)
            channels.add_channel(s, name="联通-备", host="10.1.2.4", port=2776, system_id="acct2", password="pw",
                                 priority=900)
            channels.create_dispatcher_login(s, "gw", DISPATCHER_PASSWORD)
    finally:
        engine.dispose()
    return shared_org_db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap(org):
    """As the other tab tests: a full collection of a pytest process's heap stops the GUI thread for 100 ms or
    more, which a console that froze its start-up objects does not meet; freeze what exists."""
    import gc

    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(autouse=True, scope="module")
def fonts_loaded(qapp):
    """The first window of a process showing Chinese in a bold group-box title looks its fonts up (fontconfig,
    100 ms and more on the offscreen platform): the console pays it once at start-up, so these tests pay it
    here, outside the watchdog's timing, by drawing the dialogs once in each language."""
    from smsdesk.ui.i18n import Translations

    translations = Translations()
    for code in ("zh_CN", "en"):
        translations.install(code)
        for widget in (ChannelDialog(None, None, None), FailureMappingDialog(None, []), SimulatorDialog(None, {}),
                       QMessageBox(QMessageBox.Icon.Warning, "通道", "调度程序 Dispatcher")):
            widget.grab()
            widget.deleteLater()


@pytest.fixture
def language(request, qapp):
    from smsdesk.ui.i18n import Translations
    from tests.ui import conftest

    translations = Translations()
    with conftest._watchdog.paused():
        translations.install("zh_CN" if request.param == "zh" else "en")
    yield request.param
    with conftest._watchdog.paused():
        translations.install("en")


def grab(widget, name: str) -> None:
    folder = os.environ.get("SMSDESK_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def open_tab(qtbot, db, runner, prefs, cls, login="top-admin"):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, PASSWORD)
    runner.set_session(signed)
    tab = cls(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.refresh()
    return tab, signed


def close(runner, tab, signed):
    runner.wait_idle()
    tab.close()
    signed.close()


def visible(qtbot, parent, cls, name=None):
    found = None

    def check():
        nonlocal found
        found = next((w for w in parent.findChildren(cls) if w.isVisible()
                      and (name is None or w.objectName() == name)), None)
        return found is not None

    qtbot.waitUntil(check, timeout=10_000)
    return found


def channels_tab(qtbot, org, runner, prefs, login="top-admin"):

    tab, signed = open_tab(qtbot, org, runner, prefs, ChannelsTab, login)
    qtbot.waitUntil(lambda: tab.overview is not None and tab.model.rowCount() >= 2, timeout=10_000)
    return tab, signed


def select_channel(qtbot, tab, name):
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data() == name:
            tab.table.selectRow(row)
            qtbot.waitUntil(lambda: tab.selected() is not None and tab.selected().name == name, timeout=5000)
            return
    raise AssertionError(f"no channel {name}")


def test_an_administrator_below_the_top_sees_channels_read_only(qtbot, org, runner, prefs):
    tab, signed = channels_tab(qtbot, org, runner, prefs, "east-admin")
    try:
        assert not tab.may_manage and tab.notice.isVisible()
        select_channel(qtbot, tab, "移动-主")
        for button in (tab.new_button, tab.edit_button, tab.toggle_button, tab.test_button, tab.failure_add):
            assert not button.isEnabled()
        routes = next(tab.proxy.index(r, 7).data() for r in range(tab.proxy.rowCount())
                      if tab.proxy.index(r, 0).data() == "移动-主")
        assert "China Mobile" in routes and "priority 10" in routes
    finally:
        close(runner, tab, signed)


def test_a_top_administrator_adds_edits_disables_and_routes_a_channel(qtbot, org, runner, prefs):
    from smsdesk.ui.tabs.channels.routes_dialog import RoutesDialog

    tab, signed = channels_tab(qtbot, org, runner, prefs)
    try:
        assert tab.may_manage and not tab.notice.isVisible()
        # sortable: by state, then back by name
        tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        tab.new_button.click()
        dialog = visible(qtbot, tab, ChannelDialog)
        dialog.name.setText("电信-新")
        dialog.host.setText("10.9.9.9")
        dialog.system_id.setText("acct3")
        dialog.buttons.accepted.emit()  # no password: refused before the database
        assert dialog.error.isVisible() and dialog.isVisible()
        dialog.password.setText("123456789")  # SMPP allows 8: the field stops at 8
        assert dialog.password.text() == "12345678"
        dialog.tps.setValue(80)
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: any(r.name == "电信-新" for r in tab.model.rows), timeout=10_000)

        # a name taken: the dialog stays, saying why
        tab.new_button.click()
        dialog = visible(qtbot, tab, ChannelDialog)
        dialog.name.setText("电信-新")
        dialog.host.setText("h")
        dialog.system_id.setText("s")
        dialog.password.setText("pw")
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
        assert dialog.isVisible()
        dialog.reject()

        select_channel(qtbot, tab, "电信-新")
        tab.edit_button.click()
        editor = visible(qtbot, tab, ChannelDialog)
        assert editor.password.text() == "" and editor.tps.value() == 80  # the password is never read back
        editor.name.setText("")  # the database refuses it; the dialog says why in the user's words
        editor.buttons.accepted.emit()
        qtbot.waitUntil(editor.error.isVisible, timeout=10_000)
        assert editor.error.text() == "A channel name has 1 to 64 characters." and editor.isVisible()
        editor.name.setText("电信-新")
        editor.window_size.setValue(32)
        assert editor.fields() == {"window_size": 32}
        editor.buttons.accepted.emit()
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)

        select_channel(qtbot, tab, "电信-新")
        tab.toggle_button.click()
        qtbot.waitUntil(lambda: any(r.name == "电信-新" and not r.enabled for r in tab.model.rows), timeout=10_000)
        select_channel(qtbot, tab, "电信-新")
        qtbot.waitUntil(lambda: tab.events_model.rowCount() == 1, timeout=10_000)
        assert tab.events_model.rows[0].new_status == "disabled"

        tab.routes_button.click()
        routes = visible(qtbot, tab, RoutesDialog)
        routes.carrier_checks["China Telecom"].setChecked(True)
        routes.kind_checks["verification"].setChecked(True)
        routes.priority.setValue(20)
        routes.backup.setCurrentIndex(routes.backup.findText("联通-备"))
        routes.buttons.accepted.emit()
        qtbot.waitUntil(lambda: not routes.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: any(r.channel_id == tab.selected().id and r.priority == 20
                                    for r in tab.overview.routes), timeout=10_000)
        # the layout is remembered
        tab.hide()
        assert prefs.raw().value("channels/splitter") is not None
        assert prefs.raw().value("channels/header") is not None
    finally:
        close(runner, tab, signed)


def test_failure_codes_are_added_edited_and_deleted(qtbot, org, runner, prefs, monkeypatch):

    tab, signed = channels_tab(qtbot, org, runner, prefs)
    try:
        qtbot.waitUntil(lambda: tab.failures_model.rowCount() > 5, timeout=10_000)
        before = tab.failures_model.rowCount()
        select_channel(qtbot, tab, "移动-主")
        tab.failure_add.click()
        dialog = visible(qtbot, tab, FailureMappingDialog)
        assert dialog.channel.currentText() == "移动-主"
        dialog.source.setCurrentIndex(dialog.source.findData("stat"))
        dialog.code.setText("MYCODE")
        dialog.category.setCurrentIndex(dialog.category.findData("gateway_error"))
        dialog.transient.setChecked(True)
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: tab.failures_model.rowCount() == before + 1, timeout=10_000)
        row = next(i for i in range(tab.failures_proxy.rowCount())
                   if tab.failures_proxy.index(i, 2).data() == "MYCODE")
        tab.failures.selectRow(row)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
        tab.failure_delete.click()
        qtbot.waitUntil(lambda: tab.failures_model.rowCount() == before, timeout=10_000)
    finally:
        close(runner, tab, signed)


def test_connection_test_says_when_no_dispatcher_runs_and_shows_the_answer(qtbot, org, runner, prefs):
    tab, signed = channels_tab(qtbot, org, runner, prefs)
    role = roles.dispatcher_role(org.name, "gw")
    try:
        with psycopg.connect(**org.target.with_login(role, DISPATCHER_PASSWORD).conninfo(), autocommit=True) as d:
            select_channel(qtbot, tab, "移动-主")
            tab.test_button.click()
            box = visible(qtbot, tab, QMessageBox, "channels_refusal")
            assert "dispatcher" in box.text().lower() or "调度" in box.text()
            box.accept()
            assert tab.test_button.isEnabled()

            instance = d.execute("SELECT smsdesk.dispatcher_register('gw', 'gw-host', 1, 'v')").fetchone()[0]
            tab.test_button.click()
            assert not tab.test_button.isEnabled()
            taken = []

            def take():
                taken.extend(d.execute("SELECT test_id FROM smsdesk.channel_test_take(%s)", (instance,)).fetchall())
                return bool(taken)

            qtbot.waitUntil(take, timeout=10_000)
            d.execute("SELECT smsdesk.channel_test_finish(%s, %s, false, %s)",
                      (instance, taken[0][0], '{"result": "refused", "status": "ESME_RINVPASWD"}'))
            box = visible(qtbot, tab, QMessageBox, "channel_test_result")
            assert "ESME_RINVPASWD" in box.informativeText() and "gw" in box.informativeText()
            box.accept()
            qtbot.waitUntil(lambda: any(r.new_status == "test_failed" for r in tab.events_model.rows),
                            timeout=10_000)
            d.execute("SELECT smsdesk.dispatcher_stop(%s)", (instance,))
    finally:
        close(runner, tab, signed)


def test_settings_are_saved_all_or_nothing_with_the_reason_beside_the_section(qtbot, org, runner, prefs):

    tab, signed = open_tab(qtbot, org, runner, prefs, SettingsTab)
    try:
        qtbot.waitUntil(lambda: bool(tab.values) and tab.signature_model.rowCount() > 0, timeout=10_000)
        assert tab.changes() == {}
        tab.opt_out.setText("回T退订")
        tab.time_zone.setEditText("Mars/Olympus")  # no such zone: the database refuses, nothing is saved
        tab.save_button.click()
        qtbot.waitUntil(tab.errors["marketing_hours"].isVisible, timeout=10_000)
        assert "time zone" in tab.errors["marketing_hours"].text() or "时区" in tab.errors["marketing_hours"].text()
        tab.refresh()
        qtbot.waitUntil(lambda: tab.opt_out.text() == "退订回T", timeout=10_000)  # nothing was saved

        tab.opt_out.setText("回T退订")
        tab.lockout_after.setValue(3)
        tab.save_button.click()
        qtbot.waitUntil(lambda: tab.values.get("opt_out_suffix") == "回T退订", timeout=10_000)
        assert tab.values["signin_policy"]["lockout_after"] == 3
        assert tab.changes() == {}
        # prices are the dated price list's (one source of truth with the reports and the Send tab)
        assert "prices" not in tab.values
        dialog = tab.open_prices()
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=10_000)
        assert dialog.can_change
        dialog.close()
    finally:
        close(runner, tab, signed)


def test_default_signatures_are_inherited_and_chosen_per_group(qtbot, org, runner, prefs):

    from smsdesk.services import library
    from smsdesk.services import org as org_service
    from tests.ui import conftest

    engine = make_engine(org.su, pool_size=1)
    try:
        with conftest._watchdog.paused(), unit_of_work(session_factory(engine)) as s:
            groups = {g.path: g.id for g in org_service.visible_groups(s)}
            library.create_signature(s, groups["总部"], "【总部通知】", default=True)
            library.create_signature(s, groups["总部/华南"], "【华南科技】", default=True)
            library.create_signature(s, groups["总部/华东"], "【华东中心】")  # a group's first: its default
            library.create_signature(s, groups["总部/华东"], "【华东二部】")
    finally:
        engine.dispose()
    tab, signed = open_tab(qtbot, org, runner, prefs, SettingsTab)
    try:
        qtbot.waitUntil(lambda: tab.signature_model.rowCount() >= 4, timeout=10_000)
        rows = {r.path: r for r in tab.signature_model.rows}
        assert rows["总部/华东/上海"].in_force == "华东中心" and rows["总部/华东/上海"].inherited_from == "总部/华东"
        assert rows["总部/华南"].in_force == "华南科技" and rows["总部"].in_force == "总部通知"
        row = next(i for i in range(tab.signature_table.model().rowCount())
                   if tab.signature_table.model().index(i, 0).data() == "总部/华东")
        tab.signature_table.selectRow(row)
        tab.choose_default.click()
        dialog = visible(qtbot, tab, DefaultSignatureDialog)
        assert dialog.combo.currentText() == "【华东中心】"
        dialog.combo.setCurrentIndex(dialog.combo.findText("【华东二部】"))
        dialog.accept()
        qtbot.waitUntil(lambda: {r.path: r for r in tab.signature_model.rows}["总部/华东/上海"].in_force == "华东二部",
                        timeout=10_000)
    finally:
        close(runner, tab, signed)


@pytest.mark.parametrize("language", ["en", "zh"], indirect=True)
def test_pictures_of_every_screen_and_dialog(qtbot, org, runner, prefs, language, monkeypatch):
    from smsdesk.ui.tabs.channels.failure_dialog import FailureMappingDialog

    monkeypatch.setattr(type(org.target), "embedded", property(lambda self: True))  # trial: the simulator button
    with psycopg.connect(**org.su.conninfo(), autocommit=True) as su:  # a history to look at
        su.execute("""
            INSERT INTO smsdesk.channel_event (channel_id, old_status, new_status, reason)
            SELECT c.id, e.old, e.new, e.reason FROM smsdesk.channel c,
                   (VALUES ('idle', 'binding', ''), ('binding', 'up', 'bound'),
                           ('up', 'down', 'not bound for 31 s'), ('down', 'up', 'bound'),
                           ('up', 'test_ok', '{"result": "bound", "ms": 12, "mode": "trx"}')) AS e(old, new, reason)
             WHERE c.name = '移动-主'""")
    tab, signed = channels_tab(qtbot, org, runner, prefs)
    try:
        select_channel(qtbot, tab, "移动-主")
        qtbot.waitUntil(lambda: tab.failures_model.rowCount() > 0 and tab.events_model.rowCount() >= 5,
                        timeout=10_000)
        grab(tab, f"channels_tab_{language}.png")
        tab.details.setCurrentIndex(1)
        grab(tab, f"channels_failures_{language}.png")
        tab.edit_button.click()
        dialog = visible(qtbot, tab, ChannelDialog)
        grab(dialog, f"channel_dialog_{language}.png")
        dialog.show_error(tab.labels.refusal(type("E", (Exception,), {"detail": "SMPP 3.4 allows a system_id of 15 "
                                                                      "and a password of 8 characters"})()))
        grab(dialog, f"channel_dialog_error_{language}.png")
        dialog.reject()
        tab.routes_button.click()
        routes = visible(qtbot, tab, RoutesDialog)
        grab(routes, f"routes_dialog_{language}.png")
        routes.reject()
        tab.failure_add.click()
        failure = visible(qtbot, tab, FailureMappingDialog)
        grab(failure, f"failure_dialog_{language}.png")
        failure.reject()
        assert tab.simulator_button.isVisible()
        tab.simulator_button.click()
        simulator = visible(qtbot, tab, SimulatorDialog)
        grab(simulator, f"simulator_dialog_{language}.png")
        simulator.reject()
        tab._finish_test(False, "移动-主", tab.labels.test_answer({"result": "refused", "status": "ESME_RINVPASWD"}),
                         "console@gw-host")
        box = visible(qtbot, tab, QMessageBox, "channel_test_result")
        grab(box, f"channel_test_failed_{language}.png")
        box.accept()
        tab._finish_test(True, "移动-主", tab.labels.test_answer({"result": "bound", "ms": 14, "mode": "trx"}),
                         "console@gw-host")
        box = visible(qtbot, tab, QMessageBox, "channel_test_result")
        grab(box, f"channel_test_ok_{language}.png")
        box.accept()
    finally:
        close(runner, tab, signed)
    tab, signed = open_tab(qtbot, org, runner, prefs, SettingsTab)
    try:
        qtbot.waitUntil(lambda: bool(tab.values) and tab.signature_model.rowCount() > 0, timeout=10_000)
        grab(tab, f"settings_tab_{language}.png")
        tab.opt_out.setText("")
        tab.save_button.click()
        qtbot.waitUntil(lambda: any(e.isVisible() for e in tab.errors.values()), timeout=10_000)
        grab(tab, f"settings_error_{language}.png")
        tab.signature_table.selectRow(0)
        tab.choose_default.click()
        dialog = visible(qtbot, tab, DefaultSignatureDialog)
        grab(dialog, f"default_signature_dialog_{language}.png")
        dialog.reject()
    finally:
        close(runner, tab, signed)
