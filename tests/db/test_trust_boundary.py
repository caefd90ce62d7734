"""The trust boundary tried by a tampered console (issue 14): plain SQL as the operator's own role, and the public
gate role, against audit rows, sign-in failures, the sign-in lockout, one's own ALTER ROLE and the import stage."""

from __future__ import annotations

import time
from datetime import datetime

import psycopg
import pytest

from smsdesk.services.auth import SignInError, record_failure, sign_in
from smsdesk.store import roles
from tests.db.conftest import PASSWORD
from tests.db.contacts_helpers import group_id as book_group_id

pytestmark = pytest.mark.db


def sqlstate(conn, statement: str, args=()) -> str:
    try:
        conn.execute(statement, args)
    except psycopg.Error as exc:
        return exc.sqlstate or "?"
    return "ok"


def audit_rows(org, where: str, args=()) -> list[tuple]:
    with org.db.connect_su() as su:
        return su.execute(f"select action, target, actor_role, details from smsdesk.audit_log where {where} "
                          "order by id", args).fetchall()


def gate(org) -> psycopg.Connection:
    role = roles.group_role(org.db.name, roles.GATE_ROLE)
    return psycopg.connect(**org.db.target.with_login(role, roles.GATE_PASSWORD).conninfo(), autocommit=True)


def boss_login(org) -> str:
    with org.db.connect_su() as su:
        return su.execute("select login from smsdesk.app_user u join smsdesk.user_group g on g.id = u.group_id "
                          "where g.parent_id is null and u.kind = 'admin' order by u.id limit 1").fetchone()[0]


def away_from_a_minute_boundary() -> None:
    """The caps count per minute: start a flood early in one, so all of it falls in the same minute."""
    second = datetime.now().second
    if second > 45:
        time.sleep(61 - second)


# -- audit rows only by the functions that act (SEC-2) ------------------------------------------------------------

def test_audit_event_refuses_a_forged_user_password_naming_the_top_admin(org):
    boss = boss_login(org)
    with org.connect("east-admin") as conn:
        assert sqlstate(conn, "select smsdesk.audit_event('user.password', %s, '{}')", (boss,)) == "SD422"
        assert sqlstate(conn, "select smsdesk.audit_event('user.password', %s, '{\"actor\": \"boss\"}')",
                        (boss,)) == "SD422"
    assert audit_rows(org, "action = 'user.password'") == []


def test_audit_event_refuses_a_forged_task_approve_not_marked_client_reported(org):
    with org.connect("east-op") as conn:
        assert sqlstate(conn, "select smsdesk.audit_event('task.approve', '1', '{\"client_reported\": false}')") \
            == "SD422"
        # what a console may record: its own client.* event, marked, with its own actor whatever it claims
        conn.execute("select smsdesk.audit_event('client.preview', 'task 1', "
                     "'{\"client_reported\": false, \"actor_role\": \"boss\"}')")
    assert audit_rows(org, "action = 'task.approve'") == []
    rows = audit_rows(org, "action like 'client.%%'")
    assert len(rows) == 1
    action, target, actor, details = rows[0]
    assert target == "task 1"
    assert action == "client.preview" and actor == roles.user_role(org.db.name, "east-op")
    assert details["client_reported"] is True


def test_audit_event_cannot_bury_the_log(org):
    with org.connect("east-op") as conn:
        states = [sqlstate(conn, "select smsdesk.audit_event('client.preview', 'x', '{}')") for _ in range(70)]
    assert states.count("ok") == 60 and set(states[60:]) == {"SD403"}


# -- sign-in failures: per login and per source, floods summarised -----------------------------------------------

def test_a_gate_flood_of_200_cannot_hide_another_logins_real_failure(org):
    away_from_a_minute_boundary()
    with gate(org) as conn:
        for i in range(200):
            conn.execute("select smsdesk.record_sign_in_failure(%s, 'password')", (f"nobody{i}",))
        for _ in range(200):
            conn.execute("select smsdesk.record_sign_in_failure('east-admin', 'password')")
    # a real failed sign-in of another login, from the same computer, right after the floods, recorded as the
    # console does (the test server may trust local connections, so the failure itself is not provoked)
    record_failure(org.db.target, "east-op", "password")
    assert [r[:2] for r in audit_rows(org, "action = 'sign_in.failed' and target = 'east-op'")] == [
        ("sign_in.failed", "east-op")]
    flood_rows = audit_rows(org, "action = 'sign_in.failed' and target <> 'east-op'")
    assert len(flood_rows) <= 21, len(flood_rows)  # the source's cap (and east-admin's first failure)
    assert len([r for r in flood_rows if r[1] == "east-admin"]) <= 5  # the login's cap

    # once its minute is over, the flood is one summarised row (the counters are aged here instead of waiting)
    with org.db.connect_su() as su:
        su.execute("update smsdesk.sign_in_throttle set minute = minute - interval '1 minute'")
    with gate(org) as conn:
        conn.execute("select smsdesk.record_sign_in_failure('south-op', 'password')")
    floods = audit_rows(org, "action = 'sign_in.flood'")
    assert len(floods) == 1
    assert floods[0][2] == roles.group_role(org.db.name, roles.GATE_ROLE)  # who flooded, not who signed in next
    details = floods[0][3]
    assert details["logged"] == len(flood_rows) + 1  # and east-op's
    assert details["logged"] + details["not_logged"] == 401
    assert details["most_named"]["east-admin"] >= 195
    assert audit_rows(org, "action = 'sign_in.failed' and target = 'south-op'")


def test_the_sign_in_lockout_of_the_installation_policy_is_enforced(org):
    with org.db.connect_su() as su:
        policy = su.execute("select smsdesk.setting('signin_policy')").fetchone()[0]
    assert policy["lockout_after"] == 5
    for _ in range(5):  # five failed sign-ins, recorded as the console records them
        record_failure(org.db.target, "sh-op", "password")
    with pytest.raises(SignInError) as err:
        sign_in(org.db.target, "sh-op", PASSWORD)  # the right password, but locked
    assert err.value.code == "locked"
    # plain SQL: the role connects (PostgreSQL checks only the password) but the database refuses the sign-in
    with org.connect("sh-op") as conn:
        assert sqlstate(conn, "select smsdesk.sign_in('{}')") == "SD423"
    # another login is not locked by sh-op's failures
    sign_in(org.db.target, "east-op", PASSWORD).close()


# -- ALTER ROLE of one's own role ---------------------------------------------------------------------------------

def test_alter_role_of_ones_own_role_is_noticed_and_audited(org):
    with org.connect("east-op") as conn:
        conn.execute("select smsdesk.sign_in('{}')")
        # PostgreSQL lets every role change its own password; nothing can refuse it (see smsdesk.sign_in)
        conn.execute("alter role current_user password 'changed-behind-the-back-1'")
    with org.connect("east-op", "changed-behind-the-back-1") as conn:
        conn.execute("select smsdesk.sign_in('{}')")
    rows = audit_rows(org, "action = 'user.password_unaudited'")
    assert [(a, t) for a, t, _, _ in rows] == [("user.password_unaudited", "east-op")]
    assert rows[0][2] == roles.user_role(org.db.name, "east-op")

    # the audited function is not reported
    with org.connect("east-op", "changed-behind-the-back-1") as conn:
        me = conn.execute("select id from smsdesk.app_user where login = 'east-op'").fetchone()[0]
        verifier = conn.pgconn.encrypt_password(b"through-the-function-1", b"x", b"scram-sha-256").decode()
        # the password's length, for the installation's rule (revision 0011)
        conn.execute("select smsdesk.user_set_password(%s, %s, %s)", (me, verifier, len("through-the-function-1")))
    with org.connect("east-op", "through-the-function-1") as conn:
        conn.execute("select smsdesk.sign_in('{}')")
    assert len(audit_rows(org, "action = 'user.password_unaudited'")) == 1


# -- the contact import stage -------------------------------------------------------------------------------------

@pytest.mark.parametrize("email", ["a b@example.com", "a\u3000b@example.com", "no-at-sign.example.com",
                                   "a@b", "a@@b.cn", "a@b.\u00a0"])
def test_the_contact_import_stage_refuses_an_email_the_console_refuses(org, email):
    from smsdesk.services.contacts_transfer import _EMAIL

    assert _EMAIL.fullmatch(email) is None  # the console refuses it
    group = book_group_id(org.db, "east-op", "导入")
    with org.connect("east-op") as conn:
        conn.autocommit = False
        conn.execute("select smsdesk.contact_import_begin()")
        with conn.cursor().copy("copy pg_temp.contact_import_stage (row_no, name, mobile_e164, mobile_raw, email) "
                                "from stdin") as copy:
            copy.write_row((1, "张三", "+8613100000001", "13100000001", "zhang@example.com"))
            copy.write_row((2, "李四", "+8613100000002", "13100000002", email))
        assert sqlstate(conn, "select smsdesk.contact_import_finish(%s, false, '{}', 'x')", (group,)) == "SD422"
        conn.rollback()
        # the same file with a good address imports
        conn.execute("select smsdesk.contact_import_begin()")
        with conn.cursor().copy("copy pg_temp.contact_import_stage (row_no, name, mobile_e164, mobile_raw, email) "
                                "from stdin") as copy:
            copy.write_row((1, "张三", "+8613100000001", "13100000001", "zhang@example.com"))
            copy.write_row((2, "李四", "+8613100000002", "13100000002", "li.si@example.com.cn"))
        conn.execute("select smsdesk.contact_import_finish(%s, false, '{}', 'x')", (group,))
        conn.commit()


# -- exports: the rows come from a database function that records them ----------------------------------------------

def test_contact_export_rows_need_a_committed_audited_ticket(org):
    group = book_group_id(org.db, "east-op", "出口")
    with org.db.connect_su() as su:
        owner = su.execute("select id from smsdesk.app_user where login = 'east-op'").fetchone()[0]
        su.execute("insert into smsdesk.contact (owner_id, group_id, name, mobile_e164, mobile_raw, email) "
                   "values (%s, %s, '=HYPERLINK(\"x\")', '+8613100000009', '13100000009', 'a@b.cn')", (owner, group))
    rows_sql = "select name, mobile from smsdesk.export_contact_rows(%s, %s, '{}', '{}')"
    with org.connect("east-op") as conn:
        assert sqlstate(conn, rows_sql, (0, [group])) == "SD403"  # no ticket
        # a ticket whose audit row is rolled back is no ticket: begin, read and roll back leaves no trace and no rows
        conn.autocommit = False
        ticket = conn.execute("select smsdesk.export_begin('contacts', null, 'x', '{}')").fetchone()[0]
        assert sqlstate(conn, rows_sql, (ticket, [group])) == "SD403"
        conn.rollback()
        conn.autocommit = True
        assert audit_rows(org, "action = 'contacts.export'") == []
        # the console's way: the ticket committed (and so its audit row), then the rows
        ticket = conn.execute("select smsdesk.export_begin('contacts', null, '出口', '{\"rows\": 1}')").fetchone()[0]
        assert conn.execute(rows_sql, (ticket, [group])).fetchall() == [('=HYPERLINK("x")', "131****0009")]
        # a ticket is for contacts only, and only its owner's
        assert sqlstate(conn, "select * from smsdesk.export_task_rows(%s, 1, '{}')", (ticket,)) == "SD403"
    with org.connect("south-op") as conn:
        assert sqlstate(conn, rows_sql, (ticket, [group])) == "SD403"
    rows = audit_rows(org, "action = 'contacts.export'")
    assert [(a, t, r) for a, t, r, _ in rows] == [("contacts.export", "出口", roles.user_role(org.db.name, "east-op"))]


def test_task_export_rows_need_a_committed_audited_ticket_for_that_task(org):
    with org.connect("east-op") as conn:
        assert sqlstate(conn, "select * from smsdesk.export_task_rows(0, 1, '{}')") == "SD403"
        ticket = conn.execute("select smsdesk.export_begin('task', 7, 'task 7', '{}')").fetchone()[0]
        assert conn.execute("select count(*) from smsdesk.export_task_rows(%s, 7, '{}')", (ticket,)).fetchone() == (0,)
        assert sqlstate(conn, "select * from smsdesk.export_task_rows(%s, 8, '{}')", (ticket,)) == "SD403"
        assert sqlstate(conn, "select smsdesk.export_begin('user.password', 7, 'x', '{}')") == "SD422"
    assert [r[:2] for r in audit_rows(org, "action like '%%.export'")] == [("task.export", "task 7")]


def test_export_rows_stream_from_the_table_as_the_caller_sees_it(org):
    """The row functions are inlined (a cursor streams them) and run under the caller's row-level security."""
    with org.connect("east-op") as conn:
        ticket = conn.execute("select smsdesk.export_begin('contacts', null, 'x', '{}')").fetchone()[0]
        plan = "\n".join(r[0] for r in conn.execute(
            "explain select * from smsdesk.export_contact_rows(%s, '{1}', '{}', '{}')", (ticket,)))
        assert "export_contact_rows" not in plan and "One-Time Filter: smsdesk._export_ticket_ok" in plan, plan


def _verifies(verifier: str, password: str) -> bool:
    """Whether a SCRAM-SHA-256 verifier (pg_authid.rolpassword) is the one of ``password`` (RFC 5802)."""
    import base64
    import hashlib
    import hmac

    _, rest = verifier.split("$", 1)
    params, keys = rest.split("$")
    iterations, salt = params.split(":")
    stored_key = keys.split(":")[0]
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), base64.b64decode(salt), int(iterations))
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    return hashlib.sha256(client_key).digest() == base64.b64decode(stored_key)


def test_the_public_gate_role_changing_its_own_password_is_undone(org):
    gate_role = roles.group_role(org.db.name, roles.GATE_ROLE)

    def gate_verifier() -> str:
        with org.db.connect_su() as su:
            return su.execute("select rolpassword from pg_authid where rolname = %s", (gate_role,)).fetchone()[0]

    assert _verifies(gate_verifier(), roles.GATE_PASSWORD)
    with gate(org) as conn:
        conn.execute("alter role current_user password 'nobody-records-failures-now'")
    assert _verifies(gate_verifier(), "nobody-records-failures-now")
    with org.connect("east-op") as conn:  # the next sign-in of anybody puts the public password back
        conn.execute("select smsdesk.sign_in('{}')")
    assert _verifies(gate_verifier(), roles.GATE_PASSWORD)
    assert [r[:2] for r in audit_rows(org, "action = 'gate.password_reset'")] == [("gate.password_reset", gate_role)]
