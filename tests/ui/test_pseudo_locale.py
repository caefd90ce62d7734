"""The pseudo-locale (every English text 40% longer, accented): the sign-in dialog and the connection dialog it
opens, every registered tab, the pages inside them and every dialog their buttons open, for an administrator and an
operator of the demo organisation, with no label, button, check box, table header or placeholder cut.
``SMSDESK_SHOTS=/folder`` also writes each screen as a PNG, and ``SMSDESK_SHOT_LANGUAGES=zh_CN,en,pseudo`` walks
those languages (the pseudo-locale alone by default)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog

from smsdesk.demo.__main__ import seed
from smsdesk.services.auth import sign_in
from smsdesk.services.trial import DEMO_ADMIN, DEMO_PASSWORD
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.i18n import pseudo_text
from smsdesk.ui.main_window import MainWindow
from smsdesk.ui.tabs import tab_specs
from tests.conftest import TestDatabase, _drop, _new_name
from tests.ui.screens import Walk, focus_order_problems, settle, shots_dir, walk_window

pytestmark = [pytest.mark.ui, pytest.mark.db]

OPERATOR = "demo-op1"
WIDTH, HEIGHT = 1366, 768  # the smallest screen a call centre still has


@pytest.fixture(scope="module")
def demo_db(pg_server, migrated_copies):
    name = _new_name()
    db = TestDatabase(pg_server, name)
    migrated_copies.create(db)  # the run's migrated database, copied (tests/migrated_copy.py)
    assert seed(db.su)
    yield db
    _drop(pg_server, name)


def test_pseudo_text_is_longer_accented_and_keeps_placeholders():
    text = pseudo_text("Cancel %n tasks of <b>%1</b>?")
    assert "%n" in text and "%1" in text and "<b>" in text and text.endswith("?")
    assert "Çáñçéĺ" in text
    assert len(pseudo_text("Segments")) >= len("Segments") * 1.4


def test_the_sign_in_and_connection_dialogs_fit_their_text(qtbot, qapp, demo_db, runner, prefs):
    from smsdesk.services.connect import Connector
    from smsdesk.ui.i18n import Translations
    from smsdesk.ui.signin_dialog import SignInDialog

    translations = Translations()
    problems: dict[str, list[str]] = {}
    focus: dict[str, list[str]] = {}
    try:
        for language in _languages():
            translations.install(language)
            walk = Walk(prefix=f"{language}-signin", shots=shots_dir("screens"))
            dialog = SignInDialog(Connector(demo_db.target), runner, prefs, language=language)
            qtbot.addWidget(dialog)
            dialog.show()
            settle(qtbot, runner, 300)
            # (the offscreen screen is 800 px wide and Qt opens a window at most 2/3 of its screen: a workstation's
            # 1366 px leave the sign-in dialog its own width)
            dialog.resize(dialog.sizeHint())
            settle(qtbot, runner, 50)
            walk.look("signin", dialog)
            if focus_order_problems(dialog):
                walk.focus["signin"] = focus_order_problems(dialog)
            dialog.change_db.click()
            settle(qtbot, runner, 300)
            connection = dialog.findChild(QDialog, "connection_dialog")
            assert connection is not None and connection.isVisible()
            connection.resize(connection.sizeHint())
            settle(qtbot, runner, 50)
            walk.look("signin>connection", connection)
            if focus_order_problems(connection):
                walk.focus["signin>connection"] = focus_order_problems(connection)
            connection.reject()
            dialog.close()
            if language == "pseudo":
                problems.update(walk.problems)
            focus.update(walk.focus)
    finally:
        translations.install("en")
    report = "\n".join(f"{screen}:\n  " + "\n  ".join(found) for screen, found in problems.items())
    wrong = "\n".join(f"{screen}:\n  " + "\n  ".join(found) for screen, found in focus.items())
    assert not problems and not focus, f"text cut in the pseudo-locale:\n{report}\nTab order:\n{wrong}"


def _languages() -> list[str]:
    return [x for x in os.environ.get("SMSDESK_SHOT_LANGUAGES", "pseudo").split(",") if x]


# Rendering every tab and dialog in a stretched language is the point here, not the GUI thread's timing: building
# a tab the first time under a translator written in Python takes longer than the 100 ms the other tests keep.
@pytest.mark.stall_budget(2000)
@pytest.mark.parametrize("login", [DEMO_ADMIN, OPERATOR])
def test_every_tab_and_dialog_fits_its_text(qtbot, qapp, demo_db, runner, prefs, login):
    from smsdesk.ui.i18n import Translations
    from tests.ui import conftest

    problems: dict[str, list[str]] = {}
    focus: dict[str, list[str]] = {}
    walked: set[str] = set()
    translations = Translations()
    try:
        for language in _languages():
            prefs.raw().clear()  # each language as a first run: widths fitted to its own words
            translations.install(language)
            with conftest._watchdog.paused():
                signed = sign_in(demo_db.target, login, DEMO_PASSWORD)
            runner.set_session(signed)
            window = MainWindow(ConsoleContext(signed, runner, prefs), language=language)
            qtbot.addWidget(window)
            window.resize(WIDTH, HEIGHT)
            window.show()
            walk = Walk(prefix=f"{language}-{login}", shots=shots_dir("screens"))
            try:
                walked |= set(walk_window(qtbot, runner, window, walk))
                widest = {k: window.tab(k).minimumSizeHint().width() for k in window.tab_keys}
                assert window.width() <= WIDTH, f"{language}: the window needs {window.width()} px: {widest}"
            finally:
                runner.wait_idle(20_000)
                window.close()
                signed.close()
            if language == "pseudo":
                problems.update({f"{login} {k}": v for k, v in walk.problems.items()})
            # every dialog the walk opened: Tab follows the reading order (whatever the language)
            focus.update({f"{login} {k}": v for k, v in walk.focus.items()})
    finally:
        translations.install("en")
    assert walked, "no tab was walked"
    every = {spec.key for spec in tab_specs()}
    if login == DEMO_ADMIN:  # the administrator of the top group has every registered tab
        assert every - walked == set(), f"tabs no walk reached: {every - walked}"
    report = "\n".join(f"{screen}:\n  " + "\n  ".join(found) for screen, found in problems.items())
    wrong = "\n".join(f"{screen}:\n  " + "\n  ".join(found) for screen, found in focus.items())
    assert not problems and not focus, f"text cut in the pseudo-locale:\n{report}\nTab order:\n{wrong}"
