"""The Settings tab's retention (SEC-5): shortening it asks first, since it deletes details for good; cancelling
saves nothing. Pictures in both languages go to SMSDESK_SCREENSHOTS."""

from __future__ import annotations

import psycopg
import pytest
from PySide6.QtWidgets import QMessageBox

from smsdesk.services import admin
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.ui.tabs.settings.settings_tab import SettingsTab
from tests.db.conftest import PASSWORD, build_org
from tests.ui import conftest
from tests.ui.test_channels_settings_tabs import close, fonts_loaded, language, open_tab, visible  # noqa: F401
from tests.ui.test_channels_settings_tabs import grab as grab_now

pytestmark = [pytest.mark.ui, pytest.mark.db]


@pytest.fixture
def org(org_db):
    build_org(org_db)
    engine = make_engine(org_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.create_user(s, login="top-admin", password=PASSWORD, group_path="总部", admin=True)
    finally:
        engine.dispose()
    return org_db


def grab(widget, name: str) -> None:
    """A picture for SMSDESK_SCREENSHOTS: drawing the whole tab off-screen is the picture's cost, not the console's."""
    with conftest._watchdog.paused():
        grab_now(widget, name)


def retention(org) -> int:
    with psycopg.connect(**org.su.conninfo(), autocommit=True) as su:
        return su.execute("SELECT smsdesk.setting('retention_months')").fetchone()[0]


@pytest.mark.parametrize("language", ["en", "zh"], indirect=True)
def test_shortening_the_retention_asks_first_and_cancel_saves_nothing(qtbot, org, runner, prefs, language):  # noqa: F811
    tab, signed = open_tab(qtbot, org, runner, prefs, SettingsTab)
    try:
        qtbot.waitUntil(lambda: bool(tab.values), timeout=10_000)
        assert tab.retention.value() == 0 and tab.retention.text() == tab.retention.specialValueText()
        tab.retention.setValue(24)
        grab(tab, f"settings_retention_{language}.png")
        tab.save_button.click()
        box = visible(qtbot, tab, QMessageBox, "settings_retention_confirm")
        assert ("24" in box.text()) and ("24" in box.informativeText() or "24" in box.text())
        grab(box, f"settings_retention_confirm_{language}.png")
        box.button(QMessageBox.StandardButton.Cancel).click()
        qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
        runner.wait_idle()
        assert retention(org) == 0 and tab.changes() == {"retention_months": 24}

        tab.save_button.click()
        box = visible(qtbot, tab, QMessageBox, "settings_retention_confirm")
        delete = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        delete.click()
        qtbot.waitUntil(lambda: tab.values.get("retention_months") == 24, timeout=10_000)
        assert retention(org) == 24 and tab.changes() == {}

        tab.retention.setValue(36)  # keeping longer deletes nothing: no question
        tab.save_button.click()
        qtbot.waitUntil(lambda: tab.values.get("retention_months") == 36, timeout=10_000)
        assert not any(b.isVisible() for b in tab.findChildren(QMessageBox))
    finally:
        close(runner, tab, signed)
