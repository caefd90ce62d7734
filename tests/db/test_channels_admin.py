"""Channels, routes, the failure map, connection tests, installation settings and default signatures as the
console's administrators use them (issue 17): plain SQL as each user's own role."""

from __future__ import annotations

import json

import psycopg
import pytest

from smsdesk.services import admin, channels, library
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD
from tests.db.test_outbox_security import raises_state

pytestmark = pytest.mark.db

NEW_CHANNEL = json.dumps({"name": "移动-主", "host": "10.0.0.5", "port": 2775, "system_id": "acct", "password": "pw"})
DISPATCHER_PASSWORD = "gw-password-long"


def _su(org):
    engine = make_engine(org.db.su, pool_size=1)
    return engine, unit_of_work(session_factory(engine))


@pytest.fixture
def top(org):
    """The organisation with a top-level administrator, a channel and a dispatcher login."""
    engine, uow = _su(org)
    try:
        with uow as s:
            admin.create_user(s, login="top-admin", password=PASSWORD, group_path="总部", admin=True)
            channels.add_channel(s, name="c1", host="127.0.0.1", port=2775, system_id="sys", password="secret")
            channels.create_dispatcher_login(s, "gw", DISPATCHER_PASSWORD)
    finally:
        engine.dispose()
    return org


def _dispatcher(org) -> psycopg.Connection:
    from smsdesk.store import roles

    role = roles.dispatcher_role(org.db.name, "gw")
    return psycopg.connect(**org.db.target.with_login(role, DISPATCHER_PASSWORD).conninfo(), autocommit=True)


def _channel_id(conn, name="c1") -> int:
    return conn.execute("SELECT id FROM smsdesk.channel WHERE name = %s", (name,)).fetchone()[0]


# -- who manages channels -------------------------------------------------------------------------------------


@pytest.mark.parametrize("login", ["east-op", "east-admin", "south-admin"])
def test_only_top_administrators_save_route_and_map_channels(top, login):
    with top.connect(login) as c:
        cid = _channel_id(c)
        state = "42501" if login == "east-op" else "SD403"
        for statement, args in (
            ("SELECT smsdesk.channel_save(NULL, %s::jsonb)", (NEW_CHANNEL,)),
            ("SELECT smsdesk.channel_save(%s, '{\"enabled\": false}')", (cid,)),
            ("SELECT smsdesk.route_rules_set(%s, '{}', '{marketing}', 10, NULL)", (cid,)),
            ("SELECT smsdesk.failure_map_set(%s, 'stat', 'UNDELIV', 'other', true)", (cid,)),
            ("SELECT smsdesk.failure_map_delete(1)", ()),
            ("SELECT smsdesk.channel_test_request(%s)", (cid,)),
        ):
            with raises_state(state):
                c.execute(statement, args)
        if login == "east-op":
            with raises_state("42501"):
                c.execute("SELECT * FROM smsdesk.channel_overview()")
        else:  # administrators below the top see the list (read only), never the password
            assert [r[1] for r in c.execute("SELECT * FROM smsdesk.channel_overview()")] == ["c1"]
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute("SELECT password FROM smsdesk.channel")
            assert c.execute("SELECT count(*) FROM smsdesk.channel_test").fetchone()[0] == 0


def test_a_top_administrator_saves_a_channel_and_its_password_is_never_read_back(top):
    with top.connect("top-admin") as c:
        new_id = c.execute("SELECT smsdesk.channel_save(NULL, %s::jsonb)", (NEW_CHANNEL,)).fetchone()[0]
        c.execute("SELECT smsdesk.channel_save(%s, %s::jsonb)",
                  (new_id, json.dumps({"tps": 50, "tls": True, "bind_mode": "tx+rx"})))
        row = c.execute("SELECT tps, tls, bind_mode FROM smsdesk.channel WHERE id = %s", (new_id,)).fetchone()
        assert row == (50, True, "tx+rx")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("SELECT password FROM smsdesk.channel")
        with raises_state("SD422"):  # SMPP 3.4: 8 characters
            c.execute("SELECT smsdesk.channel_save(%s, '{\"password\": \"123456789\"}')", (new_id,))
        with raises_state("SD422"):
            c.execute("SELECT smsdesk.channel_save(%s, '{\"window_size\": 0}')", (new_id,))
        with raises_state("SD409"):
            c.execute("SELECT smsdesk.channel_save(NULL, %s::jsonb)", (NEW_CHANNEL,))
    with top.db.connect_su() as c:
        password = c.execute("SELECT password FROM smsdesk.channel WHERE id = %s", (new_id,)).fetchone()[0]
        assert password == "pw"
        details = [r[0] for r in c.execute(
            "SELECT details FROM smsdesk.audit_log WHERE action IN ('channel.create', 'channel.update') ORDER BY id")]
        assert details[-2]["password"] == "changed" and "pw" not in json.dumps(details)


def test_disabling_and_enabling_is_in_the_channel_history_with_who(top):
    with top.connect("top-admin") as c:
        cid = _channel_id(c)
        c.execute("SELECT smsdesk.channel_save(%s, '{\"enabled\": false}')", (cid,))
        c.execute("SELECT smsdesk.channel_save(%s, '{\"enabled\": false}')", (cid,))  # no change: no event
        c.execute("SELECT smsdesk.channel_save(%s, '{\"enabled\": true}')", (cid,))
        events = c.execute(
            "SELECT new_status, reason FROM smsdesk.channel_event WHERE channel_id = %s ORDER BY id", (cid,)
        ).fetchall()
    assert events == [("disabled", "top-admin"), ("enabled", "top-admin")]


def test_routes_refuse_an_unknown_backup_a_bad_priority_and_itself(top):
    with top.connect("top-admin") as c:
        cid = _channel_id(c)
        with raises_state("SD404"):
            c.execute("SELECT smsdesk.route_rules_set(%s, '{}', '{}', 10, 999999)", (cid,))
        with raises_state("SD422"):
            c.execute("SELECT smsdesk.route_rules_set(%s, '{}', '{}', -1, NULL)", (cid,))
        with raises_state("SD422"):
            c.execute("SELECT smsdesk.route_rules_set(%s, '{}', '{}', 10, %s)", (cid, cid))
        with raises_state("SD422"):
            c.execute("SELECT smsdesk.route_rules_set(%s, '{}', '{spam}', 10, NULL)", (cid,))
        n = c.execute("SELECT smsdesk.route_rules_set(%s, '{China Mobile,China Unicom}', '{marketing}', 20, NULL)",
                      (cid,)).fetchone()[0]
        assert n == 2


def test_failure_mappings_are_set_and_deleted_by_top_administrators(top):
    with top.connect("top-admin") as c:
        cid = _channel_id(c)
        c.execute("SELECT smsdesk.failure_map_set(%s, 'stat', 'XYZ', 'gateway_error', true)", (cid,))
        fid = c.execute("SELECT id FROM smsdesk.failure_map WHERE code = 'XYZ'").fetchone()[0]
        with raises_state("SD422"):
            c.execute("SELECT smsdesk.failure_map_set(%s, 'stat', 'XYZ', 'nonsense', true)", (cid,))
        c.execute("SELECT smsdesk.failure_map_delete(%s)", (fid,))
        with raises_state("SD404"):
            c.execute("SELECT smsdesk.failure_map_delete(%s)", (fid,))
    with top.db.connect_su() as c:
        actions = [r[0] for r in c.execute("SELECT action FROM smsdesk.audit_log WHERE action LIKE 'channel.failure%'")]
    assert actions == ["channel.failure_map", "channel.failure_map_delete"]


# -- connection tests -----------------------------------------------------------------------------------------


def test_a_connection_test_needs_a_running_dispatcher_and_goes_to_one(top):
    with top.connect("top-admin") as c:
        cid = _channel_id(c)
        with raises_state("SD409"):  # nobody would answer
            c.execute("SELECT smsdesk.channel_test_request(%s)", (cid,))
    with _dispatcher(top) as d:
        instance = d.execute("SELECT smsdesk.dispatcher_register('gw', 'h', 1, 'v')").fetchone()[0]
        with top.connect("top-admin") as c:
            test_id = c.execute("SELECT smsdesk.channel_test_request(%s)", (cid,)).fetchone()[0]
        taken = d.execute("SELECT test_id, name, password FROM smsdesk.channel_test_take(%s)", (instance,)).fetchall()
        assert taken == [(test_id, "c1", "secret")]
        assert d.execute("SELECT * FROM smsdesk.channel_test_take(%s)", (instance,)).fetchall() == []  # taken once
        assert d.execute("SELECT smsdesk.channel_test_finish(%s, %s, true, 'bound in 12 ms')",
                         (instance, test_id)).fetchone()[0]
        assert not d.execute("SELECT smsdesk.channel_test_finish(%s, %s, false, 'again')",
                             (instance, test_id)).fetchone()[0]
    with top.connect("top-admin") as c:
        row = c.execute("SELECT ok, detail, dispatcher_id FROM smsdesk.channel_test WHERE id = %s",
                        (test_id,)).fetchone()
        assert row == (True, "bound in 12 ms", instance)
        event = c.execute("SELECT new_status, reason FROM smsdesk.channel_event WHERE channel_id = %s",
                          (cid,)).fetchall()
        assert event == [("test_ok", "bound in 12 ms")]
    with top.connect("east-admin") as c:  # the answer is for those who manage channels
        assert c.execute("SELECT count(*) FROM smsdesk.channel_test").fetchone()[0] == 0


def test_only_a_dispatcher_takes_and_answers_connection_tests(top):
    with _dispatcher(top) as d:
        instance = d.execute("SELECT smsdesk.dispatcher_register('gw', 'h', 1, 'v')").fetchone()[0]
        with top.connect("top-admin") as c:
            for statement in ("SELECT * FROM smsdesk.channel_test_take(%s)",
                              "SELECT smsdesk.channel_test_finish(%s, 1, true, 'forged')"):
                with raises_state("42501"):
                    c.execute(statement, (instance,))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute("INSERT INTO smsdesk.channel_test (channel_id) VALUES (1)")


# -- installation settings ------------------------------------------------------------------------------------


def _set(conn, key, value):
    return conn.execute("SELECT smsdesk.settings_set(%s, %s::jsonb)", (key, json.dumps(value))).fetchone()[0]


def test_a_non_top_administrator_cannot_change_prices_or_the_simulator(top):
    with top.connect("east-admin") as c:
        with raises_state("SD403"):
            _set(c, "simulator", {"latency_ms": 1, "reply_rate": 0, "fail_mix": {"delivered": 1}})
        with raises_state("SD403"):
            c.execute("SELECT smsdesk.price_set('marketing', '', 0.01)")


@pytest.mark.parametrize(
    "kind, carrier, price",
    [
        ("spam", "", "0.01"),  # no such kind
        ("marketing", "", "-1"),
        ("marketing", "", "0.123456"),  # six decimals
        ("marketing", "", "1000"),
        ("marketing", "x" * 41, "0.05"),
        ("status_lookup", "China Mobile", "0.01"),  # one lookup price for every carrier
    ],
)
def test_bad_prices_are_refused(top, kind, carrier, price):
    # prices live in the price list now (revision 0015), set through price_set; the old "prices" setting is gone
    with top.connect("top-admin") as c, raises_state("SD422"):
        c.execute("SELECT smsdesk.price_set(%s, %s, %s::numeric)", (kind, carrier, price))


def test_a_price_is_stored_and_read_by_everyone_and_the_old_setting_is_gone(top):
    with top.connect("top-admin") as c:
        c.execute("SELECT smsdesk.price_set('marketing', 'China Mobile', 0.048, now() - interval '1 minute')")
        with raises_state("SD404"):
            _set(c, "prices", {"default": "0.05"})
    with top.connect("east-op") as c:
        assert c.execute("SELECT smsdesk.task_prices('marketing') ->> 'China Mobile'").fetchone()[0] == "0.048"


@pytest.mark.parametrize(
    "value",
    [
        {"latency_ms": -1, "reply_rate": 0, "fail_mix": {"delivered": 1}},
        {"latency_ms": 1, "reply_rate": 1.5, "fail_mix": {"delivered": 1}},
        {"latency_ms": 1, "reply_rate": 0, "fail_mix": {"exploded": 1}},
        {"latency_ms": 1, "reply_rate": 0, "fail_mix": {"delivered": 0}},
        {"latency_ms": 1, "reply_rate": 0, "fail_mix": {"delivered": "90"}},
        {"latency_ms": 1, "reply_rate": 0, "fail_mix": {"delivered": 1}, "tps": 5},
    ],
)
def test_bad_simulator_settings_are_refused(top, value):
    with top.connect("top-admin") as c, raises_state("SD422"):
        _set(c, "simulator", value)


# -- default signatures ---------------------------------------------------------------------------------------


def test_a_sibling_branchs_default_signature_never_becomes_a_default(top):
    engine, uow = _su(top)
    try:
        with uow as s:
            admin.ensure_group_path(s, "总部/华东/杭州")
            admin.create_user(s, login="hz-op", password=PASSWORD, group_path="总部/华东/杭州")
            admin.create_user(s, login="hq-op", password=PASSWORD, group_path="总部")
    finally:
        engine.dispose()

    def group(conn, path):
        return conn.execute("SELECT smsdesk.group_find(%s)", (path,)).fetchone()[0]

    with top.connect("top-admin") as c:
        hq, east, south = group(c, "总部"), group(c, "总部/华东"), group(c, "总部/华南")
        c.execute("SELECT smsdesk.signature_create(%s, '华南科技', true)", (south,))
        c.execute("SELECT smsdesk.signature_create(%s, '上海分部', true)", (group(c, "总部/华东/上海"),))
        # no default of its own and none above: never the deepest default it can read (华南's or 上海's)
        assert c.execute("SELECT smsdesk.my_default_signature()").fetchone()[0] is None
    with top.connect("hq-op") as c:
        assert c.execute("SELECT smsdesk.my_default_signature()").fetchone()[0] is None
    with top.connect("east-admin") as c:
        assert c.execute("SELECT smsdesk.my_default_signature()").fetchone()[0] is None  # 上海 is below, not above
    with top.connect("top-admin") as c:
        c.execute("SELECT smsdesk.signature_create(%s, '总部通知', true)", (hq,))
        c.execute("SELECT smsdesk.signature_create(%s, '华东中心', true)", (east,))
    expected = {"top-admin": "总部通知", "hq-op": "总部通知", "east-admin": "华东中心", "hz-op": "华东中心",
                "sh-op": "上海分部", "south-op": "华南科技"}
    for login, text in expected.items():
        with top.connect(login) as c:
            assert c.execute("SELECT smsdesk.my_default_signature()").fetchone()[0] == text, login
    with top.connect("east-admin") as c:  # an administrator of 华东 cannot make 华南's the default
        sid = c.execute("SELECT id FROM smsdesk.signature WHERE text = '上海分部'").fetchone()[0]
        c.execute("SELECT smsdesk.signature_set_default(%s)", (sid,))  # below them: allowed
        with top.connect("top-admin") as t:
            south_sig = t.execute("SELECT id FROM smsdesk.signature WHERE text = '华南科技'").fetchone()[0]
        with raises_state("SD403"):
            c.execute("SELECT smsdesk.signature_set_default(%s)", (south_sig,))
    engine, uow = _su(top)
    try:
        with uow as s:
            assert library.my_default_signature(s) is None  # IT has no group
    finally:
        engine.dispose()
