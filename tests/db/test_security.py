"""SEC-1: a tampered console connecting with plain SQL as its own role cannot get past the database."""

from __future__ import annotations

import psycopg
import pytest

from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.db


def logins(conn) -> set[str]:
    return {r[0] for r in conn.execute("select login from smsdesk.app_user").fetchall()}


def group_names(conn) -> set[str]:
    return {r[0] for r in conn.execute("select name from smsdesk.user_group").fetchall()}


def user_id(org, login: str) -> int:
    with org.db.connect_su() as su:
        return su.execute("select id from smsdesk.app_user where login = %s", (login,)).fetchone()[0]


def group_id(org, name: str) -> int:
    with org.db.connect_su() as su:
        return su.execute("select id from smsdesk.user_group where name = %s", (name,)).fetchone()[0]


def test_operator_sees_only_itself_and_its_group_path(org):
    with org.connect("east-op") as conn:
        assert logins(conn) == {"east-op"}
        assert group_names(conn) == {"总部", "华东"}
        assert conn.execute("select count(*) from smsdesk.audit_log").fetchone()[0] == 0
        assert conn.execute("select count(*) from smsdesk.quota_movement").fetchone()[0] == 0


@pytest.mark.parametrize(
    "statement",
    [
        "update smsdesk.app_user set quota_limit = 1000000 where login = 'east-op'",
        "update smsdesk.app_user set kind = 'admin' where login = 'east-op'",
        "update smsdesk.app_user set status = 'normal' where login = 'south-op'",
        "update smsdesk.user_group set review_mode = false",
        "insert into smsdesk.quota_movement (user_id, amount, reason) values (1, 5, 'forged')",
        "delete from smsdesk.audit_log",
        "update smsdesk.audit_log set action = 'nothing'",
        "insert into smsdesk.audit_log (action) values ('forged')",
        "truncate smsdesk.audit_log",
    ],
)
def test_operator_cannot_write_tables_directly(org, statement):
    with org.connect("east-op") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


def test_operator_cannot_call_admin_functions_on_itself(org):
    me = user_id(org, "east-op")
    with org.connect("east-op") as conn:
        for call, args in [
            ("select smsdesk.quota_grant_user(%s, 100)", (me,)),
            ("select smsdesk.user_set_flags(%s, 'admin', true, false)", (me,)),
            ("select smsdesk.user_set_status(%s, 'normal')", (me,)),
            ("select smsdesk.group_set_review(%s, false)", (group_id(org, "华东"),)),
        ]:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(call, args)
        assert conn.execute("select quota_limit, kind from smsdesk.app_user").fetchone() == (0, "user")


def test_admin_sees_its_subtree_and_nothing_beside_it(org):
    with org.connect("east-admin") as conn:
        assert logins(conn) == {"east-admin", "east-op", "sh-op", "east-reviewer"}
        # its subtree, plus the ancestors it needs to show its own path
        assert group_names(conn) == {"总部", "华东", "上海"}
        rows = conn.execute(
            "select balance_name from (select name as balance_name from smsdesk.user_group where name = '华南') x"
        ).fetchall()
        assert rows == []
        targets = {r[0] for r in conn.execute("select target from smsdesk.audit_page()").fetchall()}
        assert "south-op" not in targets and "east-op" in targets


def test_reviewer_sees_subtree_users_but_not_audit(org):
    with org.connect("east-reviewer") as conn:
        assert logins(conn) == {"east-admin", "east-op", "sh-op", "east-reviewer"}
        assert conn.execute("select count(*) from smsdesk.audit_log").fetchone()[0] == 0


def test_admin_cannot_act_outside_its_subtree_or_on_itself(org):
    south_op = user_id(org, "south-op")
    east_admin = user_id(org, "east-admin")
    with org.connect("east-admin") as conn:
        with pytest.raises(psycopg.Error, match="outside your part"):
            conn.execute("select smsdesk.quota_grant_user(%s, 1)", (south_op,))
        with pytest.raises(psycopg.Error, match="outside your part"):
            conn.execute("select smsdesk.user_set_status(%s, 'disabled')", (south_op,))
        with pytest.raises(psycopg.Error, match="own quota"):
            conn.execute("select smsdesk.quota_grant_user(%s, 1)", (east_admin,))
        with pytest.raises(psycopg.Error, match="own status"):
            conn.execute("select smsdesk.user_set_status(%s, 'normal')", (east_admin,))
        with pytest.raises(psycopg.Error, match="own type"):
            conn.execute("select smsdesk.user_set_flags(%s, 'admin', true, false)", (east_admin,))
        # its own group is funded by its parent's administrators, not by itself
        with pytest.raises(psycopg.Error, match="outside your part"):
            conn.execute("select smsdesk.quota_grant_group(%s, 1)", (group_id(org, "华东"),))
        with pytest.raises(psycopg.Error, match="outside your part"):
            conn.execute("select smsdesk.group_set_review(%s, false)", (group_id(org, "华东"),))
        with pytest.raises(psycopg.Error, match="top-level"):
            conn.execute("select smsdesk.quota_grant_group(%s, 1)", (group_id(org, "总部"),))


def test_admin_allocates_within_its_group_balance(org):
    east_op = user_id(org, "east-op")
    with org.connect("east-admin") as conn:
        assert conn.execute("select smsdesk.quota_grant_user(%s, 2500)", (east_op,)).fetchone()[0] == 2500
        with pytest.raises(psycopg.Error, match="holds 500 segments, 501 asked") as err:
            conn.execute("select smsdesk.quota_grant_user(%s, 501)", (east_op,))
        assert err.value.sqlstate == "SD402"
        assert conn.execute("select smsdesk.quota_grant_group(%s, 500)", (group_id(org, "上海"),)).fetchone()[0] == 500
        assert conn.execute("select quota_balance from smsdesk.user_group where name = '华东'").fetchone()[0] == 0
    with org.connect("east-op") as conn:
        assert conn.execute("select quota_limit from smsdesk.app_user").fetchone()[0] == 2500


def test_every_balance_equals_the_sum_of_its_movements(org):
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.quota_grant_user(%s, 700)", (user_id(org, "east-op"),))
        conn.execute("select smsdesk.quota_grant_group(%s, 300)", (group_id(org, "上海"),))
    with org.db.connect_su() as su:
        mismatched_groups = su.execute(
            "select g.name from smsdesk.user_group g left join smsdesk.quota_movement m on m.group_id = g.id "
            "group by g.id having g.quota_balance <> coalesce(sum(m.amount), 0)"
        ).fetchall()
        mismatched_users = su.execute(
            "select u.login from smsdesk.app_user u left join smsdesk.quota_movement m on m.user_id = u.id "
            "group by u.id having u.quota_limit <> coalesce(sum(m.amount), 0)"
        ).fetchall()
        assert mismatched_groups == [] and mismatched_users == []
        assert su.execute("select quota_balance from smsdesk.user_group where name='华东'").fetchone()[0] == 2000


def test_audit_log_is_append_only_even_for_a_superuser(org):
    with org.db.connect_su() as su:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            su.execute("update smsdesk.audit_log set action = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
            su.execute("delete from smsdesk.audit_log")


def test_grants_and_user_changes_are_audited_with_the_real_actor(org):
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.quota_grant_user(%s, 10)", (user_id(org, "east-op"),))
        conn.execute("select smsdesk.user_set_status(%s, 'disabled')", (user_id(org, "sh-op"),))
        # a client may report its own events, but never as somebody else
        conn.execute("select smsdesk.audit_event('client.preview', 'group 1', '{\"rows\": 5}')")
    with org.db.connect_su() as su:
        rows = su.execute(
            "select action, target, actor_role, details from smsdesk.audit_log "
            "where actor_role like '%%east-admin' order by id"
        ).fetchall()
    assert [(a, t) for a, t, _, _ in rows] == [
        ("quota.grant_user", "east-op"),
        ("user.status", "sh-op"),
        ("client.preview", "group 1"),
    ]
    assert rows[2][3]["client_reported"] is True


def test_gate_role_can_only_record_failures(org):
    from smsdesk.store import roles

    gate = roles.group_role(org.db.name, roles.GATE_ROLE)
    with psycopg.connect(**org.db.target.with_login(gate, roles.GATE_PASSWORD).conninfo(), autocommit=True) as conn:
        conn.execute("select smsdesk.record_sign_in_failure('east-op', 'password')")
        for statement in (
            "select * from smsdesk.app_user",
            "select * from smsdesk.audit_log",
            "select smsdesk.sign_in('{}')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_disabled_user_cannot_connect_at_all(org):
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.user_set_status(%s, 'disabled')", (user_id(org, "east-op"),))
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        org.connect("east-op")


def test_two_installations_on_one_server_do_not_share_roles(org_db, pg_server):
    from smsdesk.services import admin
    from tests.conftest import TestDatabase, _drop, _new_name

    other = TestDatabase(pg_server, _new_name())
    admin.db_init(other.su, "boss", "another-pass-9", root_group="总部")
    try:
        from smsdesk.store import roles

        assert roles.user_role(org_db.name, "boss") != roles.user_role(other.name, "boss")
        # the first installation's boss cannot even connect to the second database
        role = roles.user_role(org_db.name, "boss")
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(**other.target.with_login(role, ADMIN_PASSWORD).conninfo())
    finally:
        _drop(pg_server, other.name)
