"""The audit tab shows the trust boundary's events (issue 14) under their own names, in Chinese and English:
a summarised flood of failed sign-ins, a password changed outside SMS Desk, an export recorded by the database."""

from __future__ import annotations

import psycopg
import pytest

from smsdesk.services.auth import sign_in
from smsdesk.store import roles
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.i18n import Translations
from smsdesk.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import Org, build_org

pytestmark = pytest.mark.ui


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_audit_tab_names_the_trust_boundary_events(qtbot, org_db, runner, prefs, language, tmp_path):
    from tests.ui import conftest

    org = Org(org_db)
    with conftest._watchdog.paused():  # the scene is set up as IT and as other users, not by the console
        build_org(org_db)
        gate_role = roles.group_role(org_db.name, roles.GATE_ROLE)
        info = org_db.target.with_login(gate_role, roles.GATE_PASSWORD).conninfo()
        with psycopg.connect(**info, autocommit=True) as gate:
            for i in range(40):
                gate.execute("select smsdesk.record_sign_in_failure(%s, 'password')", (f"guess{i}",))
        with org_db.connect_su() as su:
            su.execute("update smsdesk.sign_in_throttle set minute = minute - interval '1 minute'")
        with org.connect("east-op") as conn:
            conn.execute("select smsdesk.sign_in('{}')")
            conn.execute("alter role current_user password 'behind-the-back-1'")
        with org.connect("east-op", "behind-the-back-1") as conn:
            conn.execute("select smsdesk.sign_in('{}')")
            conn.execute("select smsdesk.export_begin('contacts', null, '客户', '{\"rows\": 12}')")
        signed = sign_in(org_db.target, "boss", ADMIN_PASSWORD)
    translations = Translations()
    translations.install(language)
    runner.set_session(signed)
    window = MainWindow(ConsoleContext(signed, runner, prefs), language=language)
    qtbot.addWidget(window)
    window.resize(900, 560)
    window.show()
    try:
        window.tabs.setCurrentIndex(window.tab_keys.index("audit"))
        audit_tab = window.tab("audit")
        qtbot.waitUntil(lambda: {"sign_in.flood", "user.password_unaudited", "contacts.export"}
                        <= {r.action for r in audit_tab.model.rows}, timeout=10_000)
        for action in ("sign_in.flood", "user.password_unaudited", "contacts.export", "task.export"):
            assert audit_tab.action_label(action) != action
        assert window.grab().save(str(tmp_path / f"audit_{language}.png"))
    finally:
        runner.wait_idle()
        window.close()
        signed.close()
        translations.install("en")
