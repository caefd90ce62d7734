"""Installation settings: every user reads them, only top-level administrators change them, checked and audited
by the database (plain SQL as each user's own role)."""

from __future__ import annotations

import json

import psycopg
import pytest

from smsdesk.services import admin
from smsdesk.services import settings as install_settings
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD

pytestmark = pytest.mark.db


@pytest.fixture
def top(org):
    engine = make_engine(org.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.create_user(s, login="top-admin", password=PASSWORD, group_path="总部", admin=True)
    finally:
        engine.dispose()
    return org


def set_setting(conn: psycopg.Connection, key: str, value) -> object:
    raw = None if value is None else json.dumps(value, ensure_ascii=False)
    return conn.execute("SELECT smsdesk.settings_set(%s, %s::jsonb)", (key, raw)).fetchone()[0]


def test_every_user_reads_the_defaults(org):
    with org.connect("east-op") as c:
        assert c.execute("SELECT smsdesk.setting('opt_out_suffix')").fetchone()[0] == "退订回T"
        limits = c.execute("SELECT smsdesk.setting('content_limits')").fetchone()[0]
        assert limits == {"verification": 500, "notification": 500, "marketing": 300, "alert": 500}
        assert c.execute("SELECT smsdesk.setting('no_such_key')").fetchone()[0] is None
        keys = [r[0] for r in c.execute("SELECT key FROM smsdesk.settings_list()")]
        assert {"marketing_hours", "retention_months", "sensitive_words_mode", "signin_policy"} <= set(keys)


@pytest.mark.parametrize("login", ["east-op", "east-admin", "east-reviewer"])
def test_nobody_below_the_top_group_changes_a_setting(top, login):
    with top.connect(login) as c, pytest.raises(psycopg.Error) as info:
        set_setting(c, "opt_out_suffix", "回N退")
    assert info.value.sqlstate in ("SD403", "42501")  # administrators: refused; others: not granted


def test_no_client_writes_the_settings_tables_directly(top):
    with top.connect("top-admin") as c:
        for statement in (
            "UPDATE smsdesk.installation SET settings = '{\"opt_out_suffix\": \"x\"}'",
            "INSERT INTO smsdesk.setting_default VALUES ('evil', '1')",
            "UPDATE smsdesk.setting_default SET value = '\"x\"' WHERE key = 'opt_out_suffix'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute(statement)


def test_a_top_administrator_changes_a_setting_checked_and_audited(top):
    with top.connect("top-admin") as c:
        assert set_setting(c, "opt_out_suffix", "拒收请回复R") == "拒收请回复R"
        assert set_setting(c, "marketing_hours", {"start": "09:00", "end": "21:00", "time_zone": "Asia/Shanghai"})
    with top.connect("east-op") as c:
        assert c.execute("SELECT smsdesk.setting('opt_out_suffix')").fetchone()[0] == "拒收请回复R"
    with top.db.connect_su() as c:
        rows = c.execute(
            "SELECT target, details, actor_role FROM smsdesk.audit_log WHERE action = 'settings.set' ORDER BY id"
        ).fetchall()
    assert [r[0] for r in rows] == ["opt_out_suffix", "marketing_hours"]
    assert rows[0][1] == {"old": "退订回T", "new": "拒收请回复R"}
    assert rows[0][2].endswith("u_top-admin")
    with top.connect("top-admin") as c:
        assert set_setting(c, "opt_out_suffix", None) == "退订回T"  # back to the default
        changed = c.execute("SELECT changed FROM smsdesk.settings_list() WHERE key = 'opt_out_suffix'").fetchone()
        assert changed == (False,)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("opt_out_suffix", ""),
        ("opt_out_suffix", "   "),
        ("opt_out_suffix", "x" * 21),
        ("opt_out_suffix", 7),
        ("marketing_hours", {"start": "20:00", "end": "08:00", "time_zone": "Asia/Shanghai"}),
        ("marketing_hours", {"start": "8", "end": "20:00", "time_zone": "Asia/Shanghai"}),
        ("marketing_hours", {"start": "08:00", "end": "20:00", "time_zone": "Mars/Olympus"}),
        ("marketing_hours", {"start": "08:00", "end": "20:00"}),
        ("content_limits", {"marketing": 5}),
        ("content_limits", {"marketing": 2.5}),
        ("content_limits", {"spam": 100}),
        ("content_limits", [300]),
        ("sensitive_words_mode", "ignore"),
        ("retention_months", -1),
        ("retention_months", 1.5),
        ("signin_policy", {"min_password_length": 3, "lockout_after": 5, "lockout_minutes": 15}),
        ("signin_policy", {"min_password_length": 8}),
    ],
)
def test_a_value_out_of_bounds_is_refused_and_nothing_changes(top, key, value):
    with top.connect("top-admin") as c:
        before = c.execute("SELECT smsdesk.setting(%s)", (key,)).fetchone()[0]
        with pytest.raises(psycopg.Error) as info:
            set_setting(c, key, value)
        assert info.value.sqlstate == "SD422"
        assert c.execute("SELECT smsdesk.setting(%s)", (key,)).fetchone()[0] == before


def test_an_unknown_key_is_refused(top):
    with top.connect("top-admin") as c, pytest.raises(psycopg.Error) as info:
        set_setting(c, "no_such_key", 1)
    assert info.value.sqlstate == "SD404"


def test_the_service_and_the_command_line_read_and_change_settings(top, capsys):
    from smsdesk.admin import cli

    engine = make_engine(top.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            assert install_settings.get(s, "retention_months") == 0
            assert install_settings.set_value(s, "retention_months", 24) == 24
        with unit_of_work(session_factory(engine)) as s:
            rows = {row.key: row for row in install_settings.all_settings(s)}
            assert rows["retention_months"].value == 24 and rows["retention_months"].changed
    finally:
        engine.dispose()

    url = top.db.su.url("postgresql")
    assert cli.main(["--db", url, "settings", "set", "opt_out_suffix", "回TD退订"]) == 0
    assert capsys.readouterr().out.strip() == "key=opt_out_suffix value=回TD退订"
    assert cli.main(["--db", url, "settings", "set", "content_limits", '{"marketing": 200}']) == 0
    capsys.readouterr()
    assert cli.main(["--db", url, "settings", "get", "opt_out_suffix", "content_limits"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        'key=content_limits value={"alert":500,"marketing":200,"notification":500,"verification":500} '
        'default={"alert":500,"marketing":300,"notification":500,"verification":500} changed=yes',
        "key=opt_out_suffix value=回TD退订 default=退订回T changed=yes",
    ]
    assert cli.main(["--db", url, "settings", "set", "sensitive_words_mode", "ignore"]) == cli.EXIT_FAILED
    assert "replaced or refused" in capsys.readouterr().err
