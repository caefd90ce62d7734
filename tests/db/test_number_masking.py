"""SEC-3 decided by the database: with plain SQL as their own roles, operators, reviewers and administrators read
phone numbers in full only with the right to see them (see_full_numbers), and masked (138****8000) through the
functions and the view that show them otherwise; no column holding a full number is readable at all, whatever the
right (a WHERE on it would be an oracle). The dispatcher's own role still reads what it needs in full."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from smsdesk.services import admin, channels
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import PASSWORD, Org, build_org, ensure_signature

pytestmark = pytest.mark.db

SENT = ["+8613800138000", "+8613900139000"]
GLOBAL_LISTED = 8613700137000
EAST_LISTED = 8613600136000
MOBILES = {"east-op": "13800138000", "east-reviewer": "13900139000", "south-op": "13500135000"}
DISPATCHER_PASSWORD = "gw-password-long"

# who: (login, sees the task's messages and east's replies, browses blacklists, reads audit rows)
PEOPLE = {
    "east-op": (True, False, False),
    "east-reviewer": (True, False, False),
    "east-admin": (True, True, True),
    "boss": (True, True, True),
    "south-op": (False, False, False),
}

# columns that hold a full number: nobody's own role reads them, with the right or without
HIDDEN = (
    "SELECT number FROM smsdesk.message",
    "SELECT * FROM smsdesk.message",
    "SELECT id FROM smsdesk.message WHERE number LIKE '+86138%'",
    "SELECT number FROM smsdesk.inbound_reply",
    "SELECT number FROM smsdesk.blacklist_entry",
    "SELECT count(*) FROM smsdesk.blacklist_entry WHERE number > 0",
    "SELECT numbers FROM smsdesk.blacklist_tail",
    "SELECT target FROM smsdesk.audit_log",
    "SELECT details FROM smsdesk.audit_log",
    "SELECT mobile FROM smsdesk.app_user",
    "SELECT * FROM smsdesk.app_user",
    "SELECT number FROM smsdesk.check_result",
    "SELECT mobile_e164 FROM smsdesk.contact",
    "SELECT number FROM smsdesk.message_part",
    "SELECT number FROM smsdesk.number_status",
)


def masked(number: str) -> str:
    return number[:-8] + "****" + number[-4:]


@pytest.fixture(scope="module")
def world(shared_org_db) -> Iterator[dict]:
    """The organisation with a task of east-op's, a reply to it, a number on the global list and one on 华东's,
    audited deletions of single numbers (by boss from the global list, by east-admin from 华东's) and mobiles."""
    db = shared_org_db
    build_org(db)
    ensure_signature(db)
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.grant_group(s, "总部/华东", 100)
            admin.grant_user(s, "east-op", 100)
            channels.create_dispatcher_login(s, "gw", DISPATCHER_PASSWORD)
    finally:
        engine.dispose()
    org = Org(db)
    with connect(org, "east-op") as conn:
        task = conn.execute(
            "SELECT smsdesk.task_queue(%s, 'masked', 'notification', '您好', '测试', NULL, 1, NULL, NULL, NULL,"
            " %s::text[], %s::text[])",
            (uuid.uuid4(), SENT, ["", ""]),
        ).fetchone()[0]
    with db.connect_su() as su:
        east = su.execute("SELECT id FROM smsdesk.user_group WHERE name = '华东'").fetchone()[0]
        owner = su.execute("SELECT id FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0]
        reply = su.execute(
            "INSERT INTO smsdesk.inbound_reply (number, text, task_id, owner_id, group_id, kind)"
            " VALUES (%s, 'TD', %s, %s, %s, 'notification') RETURNING id",
            (SENT[0], task, owner, east),
        ).fetchone()[0]
        for login, mobile in MOBILES.items():
            su.execute("UPDATE smsdesk.app_user SET mobile = %s WHERE login = %s", (mobile, login))
    with connect(org, "boss") as conn:
        conn.execute(
            "SELECT smsdesk.blacklist_import('global', NULL, NULL, %s::bigint[], '投诉', 'test')",
            ([GLOBAL_LISTED, 8613500135000],),
        )
        glob = conn.execute("SELECT id FROM smsdesk.blacklist_list WHERE scope = 'global'").fetchone()[0]
        conn.execute("SELECT smsdesk.blacklist_delete(%s::bigint[], %s::bigint[])", ([glob], [8613500135000]))
    with connect(org, "east-admin") as conn:
        conn.execute(
            "SELECT smsdesk.blacklist_import('group', %s, NULL, %s::bigint[], '投诉', 'test')",
            (east, [EAST_LISTED, 8613400134000]),
        )
        east_list = conn.execute("SELECT id FROM smsdesk.blacklist_list WHERE scope = 'group'").fetchone()[0]
        conn.execute("SELECT smsdesk.blacklist_delete(%s::bigint[], %s::bigint[])", ([east_list], [8613400134000]))
    yield {"org": org, "task": task, "reply": reply, "lists": [glob, east_list], "east": east}


def connect(org: Org, login: str) -> psycopg.Connection:
    return org.connect(login, ADMIN_PASSWORD if login == "boss" else PASSWORD)


def set_right(world, login: str, full: bool) -> None:
    with world["org"].db.connect_su() as su:
        su.execute("UPDATE smsdesk.app_user SET see_full_numbers = %s WHERE login = %s", (full, login))


CASES = [(login, full) for login in PEOPLE for full in (False, True)]


@pytest.mark.parametrize(("login", "full"), CASES)
def test_no_column_with_a_full_number_is_readable(world, login, full):
    set_right(world, login, full)
    with connect(world["org"], login) as conn:
        for statement in HIDDEN:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        # what the console lists still reads
        conn.execute("SELECT id, status, carrier, segments FROM smsdesk.message").fetchall()
        conn.execute("SELECT id, text, opt_out FROM smsdesk.inbound_reply").fetchall()
        conn.execute("SELECT id, login, see_full_numbers FROM smsdesk.app_user").fetchall()
        conn.execute("SELECT id, action, at FROM smsdesk.audit_log").fetchall()


@pytest.mark.parametrize(("login", "full"), CASES)
def test_messages_and_replies_show_numbers_by_the_callers_right(world, login, full):
    set_right(world, login, full)
    sees, _, _ = PEOPLE[login]
    shown = SENT if full else [masked(n) for n in SENT]
    with connect(world["org"], login) as conn:
        rows = conn.execute(
            "SELECT number FROM smsdesk.message_shown WHERE task_id = %s ORDER BY id", (world["task"],)
        ).fetchall()
        assert [r[0] for r in rows] == (shown if sees else [])
        # the view hides other tasks' rows like the table's policy
        every = {r[0] for r in conn.execute("SELECT task_id FROM smsdesk.message_shown").fetchall()}
        assert every == ({world["task"]} if sees else set())
        # a condition on the shown number finds only what the caller sees
        hits = conn.execute("SELECT count(*) FROM smsdesk.message_shown WHERE number = %s", (SENT[0],)).fetchone()[0]
        assert hits == (1 if sees and full else 0)
        replies = conn.execute("SELECT id, number FROM smsdesk.reply_numbers(%s)", ([world["reply"]],)).fetchall()
        assert replies == ([(world["reply"], shown[0])] if sees else [])


@pytest.mark.parametrize(("login", "full"), CASES)
def test_blacklists_are_browsed_masked_without_the_right_and_searched_only_by_visible_digits(world, login, full):
    set_right(world, login, full)
    _, browses, _ = PEOPLE[login]
    lists = world["lists"]
    with connect(world["org"], login) as conn:

        def page(number=None, fragment="", after_list=None, after_number=None, offset=0):
            return conn.execute(
                "SELECT number, shown FROM smsdesk.blacklist_page(%s, %s, %s, %s, %s, %s, 500)",
                (lists, number, fragment, after_list, after_number, offset),
            ).fetchall()

        # (a list's entries come in list order: the global list was created first)
        expected = [(n if full else None, f"+{n}" if full else masked(f"+{n}")) for n in (GLOBAL_LISTED, EAST_LISTED)]
        assert page() == (expected if browses else [])
        assert page(offset=1) == (expected[1:] if browses else [])
        # the number one typed comes back whole: the caller knows it
        assert page(number=GLOBAL_LISTED) == ([(GLOBAL_LISTED, f"+{GLOBAL_LISTED}")] if browses else [])
        # the visible head and the last four digits find it; hidden digits do not, without the right
        assert len(page(fragment="86137")) == (1 if browses else 0)
        assert len(page(fragment="7000")) == (1 if browses else 0)
        assert len(page(fragment="8613700137")) == (1 if browses and full else 0)
        assert len(page(fragment="137000")) == (1 if browses and full else 0)
        # a keyset boundary on a hidden number is ignored without the right (it would tell a hidden digit)
        after = page(after_list=lists[0], after_number=GLOBAL_LISTED)
        assert len(after) == ((1 if full else 2) if browses else 0)


@pytest.mark.parametrize(("login", "full"), CASES)
def test_audit_targets_and_details_are_masked_without_the_right(world, login, full):
    set_right(world, login, full)
    _, _, audits = PEOPLE[login]
    with connect(world["org"], login) as conn:
        rows = conn.execute(
            "SELECT target, details FROM smsdesk.audit_page('', ARRAY['blacklist.delete'], NULL, NULL, NULL, 100)"
        ).fetchall()
        expected = []
        if audits:
            mine = ["+8613400134000"] + (["+8613500135000"] if login == "boss" else [])
            expected = [
                (n if full else masked(n), [int(n[1:])] if full else [masked(n[1:])]) for n in mine
            ]
        assert [(r[0], r[1]["numbers"]) for r in rows] == expected
        # a search by hidden digits finds nothing; by what the caller sees it does
        found = conn.execute("SELECT count(*) FROM smsdesk.audit_page('00134000')").fetchone()[0]
        assert found == (1 if audits and full else 0)
        if audits:
            assert conn.execute("SELECT count(*) FROM smsdesk.audit_page('4000')").fetchone()[0] >= 1


@pytest.mark.parametrize(("login", "full"), CASES)
def test_users_mobiles_are_masked_but_ones_own(world, login, full):
    set_right(world, login, full)
    with connect(world["org"], login) as conn:
        got = dict(
            conn.execute(
                "SELECT u.login, m.mobile FROM smsdesk.user_mobiles(ARRAY(SELECT id FROM smsdesk.app_user)) m"
                " JOIN smsdesk.app_user u ON u.id = m.id WHERE m.mobile IS NOT NULL"
            ).fetchall()
        )
        readable = {r[0] for r in conn.execute("SELECT login FROM smsdesk.app_user").fetchall()}
    expected = {
        other: mobile if full or other == login else masked(mobile)
        for other, mobile in MOBILES.items()
        if other in readable
    }
    assert got == expected


def test_a_masked_mobile_given_back_keeps_the_number(world):
    set_right(world, "east-admin", False)
    with connect(world["org"], "east-admin") as conn:
        op = conn.execute("SELECT id FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0]
        shown = conn.execute("SELECT mobile FROM smsdesk.user_mobiles(ARRAY[%s::bigint])", (op,)).fetchone()[0]
        assert shown == masked(MOBILES["east-op"])
        conn.execute("SELECT smsdesk.user_update_profile(%s, '新名字', %s)", (op, shown))
    with world["org"].db.connect_su() as su:
        assert su.execute("SELECT operator_name, mobile FROM smsdesk.app_user WHERE id = %s", (op,)).fetchone() == (
            "新名字",
            MOBILES["east-op"],
        )


def test_the_dispatcher_still_claims_numbers_in_full(world):
    """The dispatcher's role reads no table of numbers either; its claim gives it each message's number whole."""
    db = world["org"].db
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            channel = channels.add_channel(s, name="c1", host="127.0.0.1", port=2775, system_id="sys", password="pw")
    finally:
        engine.dispose()
    role = roles.dispatcher_role(db.name, "gw")
    with psycopg.connect(**db.target.with_login(role, DISPATCHER_PASSWORD).conninfo(), autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT number FROM smsdesk.message")
        me = conn.execute("SELECT smsdesk.dispatcher_register('gw', 'test', 1, 'test')").fetchone()[0]
        with db.connect_su() as su:
            su.execute("UPDATE smsdesk.channel SET owner_id = %s, status = 'up' WHERE id = %s", (me, channel))
        kinds = ["verification", "notification", "marketing", "alert"]
        claimed = conn.execute(
            "SELECT number FROM smsdesk.claim_batch(%s, 10, 60, %s::text[], %s::text[], %s::bigint[])",
            (me, kinds, ["*"] * 4, [channel] * 4),
        ).fetchall()
    assert sorted(r[0] for r in claimed) == sorted(SENT)
