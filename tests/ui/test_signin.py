"""Sign-in dialog and main window, driven like a user would, in Chinese and English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from smsdesk.services.connect import Connector
from smsdesk.ui.signin_dialog import SignInDialog
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.ui


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    """See test_library_tab.py: the keyring is looked up in the background while the window is shown, and the
    objects it loads can start a full collection of the pytest heap, which stops every thread."""
    import gc

    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def make_dialog(qtbot, db, runner, prefs, **kw) -> SignInDialog:
    dialog = SignInDialog(Connector(db.target), runner, prefs, language="zh_CN", **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
    return dialog


def type_and_sign_in(qtbot, dialog, login, password):
    dialog.login.clear()
    qtbot.keyClicks(dialog.login, login)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_a_clear_message_in_chinese(qtbot, org_db, runner, prefs, zh):
    if org_db.trusts_connections():
        pytest.skip("this server trusts local connections")
    dialog = make_dialog(qtbot, org_db, runner, prefs)
    assert dialog.windowTitle() == "SMS Desk 短信平台：登录"
    type_and_sign_in(qtbot, dialog, "boss", "wrong-password")
    qtbot.waitUntil(lambda: dialog.status.text() == "登录名或密码错误。", timeout=10_000)
    assert dialog.isVisible()
    assert dialog.password.hasSelectedText() or dialog.password.text() == "wrong-password"


def test_empty_fields_are_caught_before_connecting(qtbot, org_db, runner, prefs):
    dialog = make_dialog(qtbot, org_db, runner, prefs)
    dialog.login.clear()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Enter your login and password."


def test_unreachable_server_message(qtbot, runner, prefs, pg_server):
    from dataclasses import replace

    from smsdesk.settings import DatabaseTarget

    target = replace(DatabaseTarget(source="user", dbname="nothing"), host="127.0.0.1", port=1)
    dialog = SignInDialog(Connector(target), runner, prefs, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=5000)
    type_and_sign_in(qtbot, dialog, "boss", "whatever-1")
    qtbot.waitUntil(lambda: "Cannot reach the database server" in dialog.status.text(), timeout=10_000)


def test_sign_in_remembers_the_login_and_opens_the_admin_tabs(qtbot, org_db, runner, prefs):
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.main_window import MainWindow

    dialog = make_dialog(qtbot, org_db, runner, prefs)
    with qtbot.waitSignal(dialog.signed_in, timeout=15_000) as blocker:
        type_and_sign_in(qtbot, dialog, "boss", ADMIN_PASSWORD)
    signed = blocker.args[0]
    assert prefs.get("signin/last_login") == "boss"
    runner.set_session(signed)
    window = MainWindow(ConsoleContext(signed, runner, prefs), language="en")
    qtbot.addWidget(window)
    window.show()
    assert window.tab_keys[0] == "overview" and {"library", "organisation", "audit"} <= set(window.tab_keys)
    assert "boss" in window.user_label.text()
    runner.wait_idle()
    window.close()
    signed.close()


class SlowKeyring:
    """An OS keyring that takes its time to answer, as a locked Secret Service or a roaming profile can."""

    priority = 1

    def __init__(self, saved: dict[tuple[str, str], str]) -> None:
        self.saved = saved

    def get_password(self, service, account):
        import time

        time.sleep(0.4)
        return self.saved.get((service, account))

    def set_password(self, service, account, password):
        self.saved[(service, account)] = password

    def delete_password(self, service, account):
        self.saved.pop((service, account), None)


def test_the_remembered_password_arrives_from_the_keyring_without_freezing_the_window(
    qtbot, org_db, runner, prefs, monkeypatch
):
    import keyring

    from smsdesk.infra import credentials

    backend = SlowKeyring({(credentials.SERVICE, f"boss@{org_db.target.describe()}"): ADMIN_PASSWORD})
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    prefs.set("signin/remember_login", True)
    prefs.set("signin/last_login", "boss")
    prefs.set("signin/use_keyring", True)
    dialog = make_dialog(qtbot, org_db, runner, prefs)  # built while the keyring is still thinking
    qtbot.waitUntil(lambda: dialog.password.text() == ADMIN_PASSWORD, timeout=5000)
    assert dialog.login.text() == "boss" and dialog.use_keyring.isEnabled() and dialog.use_keyring.isChecked()
    with qtbot.waitSignal(dialog.signed_in, timeout=15_000) as blocker:
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    runner.wait_idle()
    blocker.args[0].close()


def test_a_password_typed_before_the_keyring_answers_is_kept(qtbot, org_db, runner, prefs, monkeypatch):
    import keyring

    from smsdesk.infra import credentials

    backend = SlowKeyring({(credentials.SERVICE, f"boss@{org_db.target.describe()}"): "an-old-password"})
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    prefs.set("signin/last_login", "boss")
    prefs.set("signin/use_keyring", True)
    dialog = SignInDialog(Connector(org_db.target), runner, prefs, language="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, "typed-now")
    qtbot.waitUntil(lambda: dialog.keyring_ok is True, timeout=5000)
    assert dialog.password.text() == "typed-now"
    runner.wait_idle()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_locked_account_gets_its_own_message(qtbot, org_db, runner, prefs, language, tmp_path):
    """Five failed sign-ins from this computer (recorded as the console records them): the right password is
    refused for the lockout's minutes, with a message that says why (not "wrong password", not "disabled")."""
    from concurrent.futures import ThreadPoolExecutor

    from smsdesk.services.auth import record_failure
    from smsdesk.ui.i18n import Translations

    translations = Translations()
    translations.install(language)
    try:
        with ThreadPoolExecutor(1) as pool:  # off the GUI thread, as the console does it
            for _ in range(5):
                pool.submit(record_failure, org_db.target, "boss", "password").result()
        dialog = SignInDialog(Connector(org_db.target), runner, prefs, language=language)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)
        type_and_sign_in(qtbot, dialog, "boss", ADMIN_PASSWORD)
        expected = "锁定" if language == "zh_CN" else "locked"
        qtbot.waitUntil(lambda: expected in dialog.status.text(), timeout=20_000)
        assert dialog.grab().save(str(tmp_path / f"signin_locked_{language}.png"))
    finally:
        translations.install("en")


def test_a_reset_password_must_be_changed_before_the_console_opens(qtbot, org_db, runner, prefs):
    from smsdesk.services import org_admin
    from smsdesk.store.database import make_engine, session_factory, unit_of_work
    from smsdesk.ui.tabs.organisation.org_dialogs import PasswordDialog
    from tests.db.conftest import build_org
    from tests.ui import conftest

    with conftest._watchdog.paused():  # the administrator's reset, elsewhere
        build_org(org_db)
        engine = make_engine(org_db.su, pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as s:
                org_admin.reset_password(s, org_admin.user_by_login(s, "east-op").id, "reset-by-admin")
        finally:
            engine.dispose()
    dialog = make_dialog(qtbot, org_db, runner, prefs)
    got = []
    dialog.signed_in.connect(got.append)
    type_and_sign_in(qtbot, dialog, "east-op", "reset-by-admin")
    ask = None

    def asked():
        nonlocal ask
        ask = next((d for d in dialog.findChildren(PasswordDialog) if d.isVisible()), None)
        return ask is not None

    qtbot.waitUntil(asked, timeout=10_000)
    assert not got
    ask.password.setText("my-own-choice")
    ask.again.setText("my-own-choice")
    ask.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    got[0].close()
    with conftest._watchdog.paused(), org_db.connect_su() as su:
        assert not su.execute("select must_change_password from smsdesk.app_user where login = 'east-op'").fetchone()[0]
