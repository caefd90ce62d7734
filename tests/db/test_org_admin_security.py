"""Organisation management (USR-1..5, issue 17) and no escalation by proxy (issue 14 item 5), tried with plain SQL
as each administrator's own role, as a modified console would."""

from __future__ import annotations

import json
import threading

import psycopg
import pytest

from smsdesk.store import roles
from tests.conftest import ADMIN_PASSWORD
from tests.db.test_security import group_id, user_id

pytestmark = pytest.mark.db

NEW_PASSWORD = "fresh-pass-22"


def verifier(conn: psycopg.Connection, login: str, password: str = NEW_PASSWORD) -> str:
    role = roles.user_role(conn.info.dbname, login)
    return conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()


def create(conn, login: str, group: int, kind: str = "user", *, name: str = "", review: bool = False) -> int:
    return conn.execute(
        "select user_id from smsdesk.user_create(%s, %s, %s, %s, false, %s, null, %s, %s)",
        (login, name, group, kind, review, verifier(conn, login), len(NEW_PASSWORD)),
    ).fetchone()[0]


def reason(err: pytest.ExceptionInfo) -> str:
    return json.loads(err.value.diag.message_detail or "{}").get("reason", "")


def refused(conn, sql: str, args: tuple, why: str) -> None:
    with pytest.raises(psycopg.Error) as err:
        conn.execute(sql, args)
    assert reason(err) == why, err.value


def su_one(org, sql: str, args: tuple = ()):
    with org.db.connect_su() as su:
        return su.execute(sql, args).fetchone()


def make_admin(org, login: str, group: str) -> int:
    """A second administrator, made by IT (the superuser)."""
    with org.db.connect_su() as su:
        uid = create(su, login, group_id(org, group), "admin")
        su.execute(
            psycopg.sql.SQL("alter role {} password {}").format(
                psycopg.sql.Identifier(roles.user_role(org.db.name, login)), psycopg.sql.Literal("user-pass-1")
            )
        )
    return uid


def test_an_administrator_of_east_cannot_create_change_delete_or_restore_a_user_of_south(org):
    south_op, south = user_id(org, "south-op"), group_id(org, "华南")
    with org.db.connect_su() as su:
        gone = create(su, "south-gone", south)
        su.execute("select smsdesk.user_set_status(%s, 'deleted')", (gone,))
    with org.connect("east-admin") as conn:
        with pytest.raises(psycopg.Error) as err:
            create(conn, "sneaky", south)
        assert reason(err) == "out_of_scope"
        for sql, args in [
            ("select smsdesk.user_update_profile(%s, 'x', null)", (south_op,)),
            ("select smsdesk.user_set_flags(%s, 'user', true, false)", (south_op,)),
            ("select smsdesk.user_set_status(%s, 'deleted')", (south_op,)),
            ("select smsdesk.user_set_full_numbers(%s, false)", (south_op,)),
            ("select smsdesk.quota_take_back_user(%s, 1)", (south_op,)),
            ("select smsdesk.user_move(%s, %s)", (south_op, group_id(org, "华东"))),
            ("select smsdesk.user_set_password(%s, %s, 20)", (south_op, verifier(conn, "south-op"))),
            ("select smsdesk.user_restore(%s)", (gone,)),
            ("select smsdesk.user_restore(%s, %s)", (gone, group_id(org, "华东"))),
        ]:
            refused(conn, sql, args, "out_of_scope")
    assert su_one(org, "select status, operator_name from smsdesk.app_user where id = %s", (south_op,)) == (
        "normal",
        "south-op",
    )
    assert su_one(org, "select status from smsdesk.app_user where id = %s", (gone,)) == ("deleted",)


def test_an_administrator_cannot_raise_their_own_rights_or_quota(org):
    me = user_id(org, "east-admin")
    with org.connect("east-admin") as conn:
        for sql in [
            "select smsdesk.quota_grant_user(%s, 1)",
            "select smsdesk.user_set_flags(%s, 'admin', true, false)",
            "select smsdesk.user_set_full_numbers(%s, true)",
            "select smsdesk.user_set_status(%s, 'normal')",
            "select smsdesk.user_move(%s, " + str(group_id(org, "上海")) + ")",
        ]:
            refused(conn, sql, (me,), "own_account")
        # nor through its own group's balance or trust
        refused(conn, "select smsdesk.quota_grant_group(%s, 1)", (group_id(org, "华东"),), "own_group")
        refused(conn, "select smsdesk.quota_return_group(%s, 1)", (group_id(org, "华东"),), "own_group")
    assert su_one(
        org, "select quota_limit, is_reviewer, see_full_numbers from smsdesk.app_user where id = %s", (me,)
    ) == (
        0,
        False,
        False,
    )


def test_puppet_escalation_by_proxy_is_refused(org):
    """Issue 14: an administrator of 华东 made a second administrator ("puppet") in their own group, and the puppet
    raised its creator's quota, made its creator a reviewer, and could disable or enable its creator."""
    creator = user_id(org, "east-admin")
    east = group_id(org, "华东")
    with org.connect("east-admin") as conn:
        with pytest.raises(psycopg.Error) as err:
            create(conn, "puppet", east, "admin")
        assert reason(err) == "peer_admin"
        # nor by making an ordinary user of its group an administrator
        refused(
            conn, "select smsdesk.user_set_flags(%s, 'admin', false, false)", (user_id(org, "east-op"),), "peer_admin"
        )
        # below its own group it may
        create(conn, "sh-admin", group_id(org, "上海"), "admin")
    # a puppet that exists anyway (made by IT) cannot touch its peer
    make_admin(org, "puppet", "华东")
    with org.connect("puppet") as conn:
        for sql, args in [
            ("select smsdesk.quota_grant_user(%s, 100)", (creator,)),
            ("select smsdesk.user_set_flags(%s, 'admin', true, false)", (creator,)),
            ("select smsdesk.user_set_status(%s, 'disabled')", (creator,)),
            ("select smsdesk.user_set_full_numbers(%s, false)", (creator,)),
            ("select smsdesk.user_set_password(%s, %s, 20)", (creator, verifier(conn, "east-admin"))),
            ("select smsdesk.user_move(%s, %s)", (creator, group_id(org, "上海"))),
            ("select smsdesk.quota_take_back_user(%s, 1)", (creator,)),
        ]:
            refused(conn, sql, args, "peer_admin")
    assert su_one(
        org, "select quota_limit, is_reviewer, status, group_id from smsdesk.app_user where id = %s", (creator,)
    ) == (0, False, "normal", east)
    # the administrators of the group above may
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        conn.execute("select smsdesk.quota_grant_user(%s, 100)", (creator,))
        conn.execute("select smsdesk.user_set_status(%s, 'disabled')", (user_id(org, "puppet"),))


def test_top_level_administrators_manage_one_another_audited(org):
    make_admin(org, "boss2", "总部")
    boss2 = user_id(org, "boss2")
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        conn.execute("select smsdesk.user_set_flags(%s, 'admin', true, false)", (boss2,))
        conn.execute("select smsdesk.user_set_status(%s, 'disabled')", (boss2,))
    rows = su_one(
        org,
        "select count(*) from smsdesk.audit_log where actor_role = %s and target = 'boss2'",
        (roles.user_role(org.db.name, "boss"),),
    )
    assert rows == (2,)


def test_nobody_grants_a_right_they_do_not_hold(org):
    east_op = user_id(org, "east-op")
    with org.connect("east-admin") as conn:  # east-admin does not see full numbers
        refused(conn, "select smsdesk.user_set_full_numbers(%s, true)", (east_op,), "right_not_held")
    with org.db.connect_su() as su:
        su.execute("select smsdesk.user_set_full_numbers(%s, true)", (user_id(org, "east-admin"),))
        su.execute("select smsdesk.user_set_flags(%s, 'user', false, true)", (east_op,))
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.user_set_full_numbers(%s, true)", (east_op,))
    assert su_one(org, "select see_full_numbers from smsdesk.app_user where id = %s", (east_op,)) == (True,)
    # an administrator whose own work is reviewed cannot hand out trust
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        conn.execute("select smsdesk.user_set_flags(%s, 'admin', false, true)", (user_id(org, "east-admin"),))
    with org.connect("east-admin") as conn:
        refused(conn, "select smsdesk.user_set_flags(%s, 'user', false, false)", (east_op,), "right_not_held")
        with pytest.raises(psycopg.Error) as err:
            create(conn, "trusted", group_id(org, "华东"), review=False)
        assert reason(err) == "right_not_held"
        create(conn, "reviewed", group_id(org, "华东"), review=True)


def test_groups_move_only_inside_the_subtree_and_never_into_their_own_descendant(org):
    east, sh, south, top = (group_id(org, n) for n in ("华东", "上海", "华南", "总部"))
    with org.connect("east-admin") as conn:
        desk = conn.execute("select smsdesk.group_create(%s, '客服一部')", (sh,)).fetchone()[0]
        refused(conn, "select smsdesk.group_move(%s, %s)", (sh, south), "out_of_scope")  # out of its subtree
        refused(conn, "select smsdesk.group_move(%s, %s)", (east, sh), "own_group")  # its own group
        refused(conn, "select smsdesk.group_move(%s, %s)", (top, sh), "out_of_scope")  # a group above its own
        refused(conn, "select smsdesk.group_move(%s, %s)", (sh, desk), "into_own_subtree")
        refused(conn, "select smsdesk.group_rename(%s, 'x')", (east,), "own_group")
        refused(conn, "select smsdesk.group_set_review(%s, true)", (east,), "own_group")
        refused(conn, "select smsdesk.group_set_review(%s, true)", (south,), "out_of_scope")
        conn.execute("select smsdesk.group_set_review(%s, true)", (sh,))
        conn.execute("select smsdesk.group_move(%s, %s)", (desk, east))
        assert conn.execute("select smsdesk.group_path(%s)", (desk,)).fetchone()[0] == "总部/华东/客服一部"
        conn.execute("select smsdesk.group_rename(%s, '客服 \"一\" 部')", (desk,))
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        refused(conn, "select smsdesk.group_move(%s, %s)", (east, east), "into_own_subtree")
        refused(conn, "select smsdesk.group_move(%s, %s)", (east, sh), "into_own_subtree")
        conn.execute("select smsdesk.group_move(%s, %s)", (sh, south))
    assert su_one(org, "select smsdesk.group_path(group_id) from smsdesk.app_user where login = 'sh-op'") == (
        "总部/华南/上海",
    )


def test_a_group_is_deleted_only_when_empty_and_the_refusal_says_why(org):
    east, sh = group_id(org, "华东"), group_id(org, "上海")
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.quota_grant_group(%s, 30)", (sh,))
        conn.execute("select smsdesk.group_create(%s, '客服一部')", (sh,))
        with pytest.raises(psycopg.Error) as err:
            conn.execute("select smsdesk.group_delete(%s)", (sh,))
        facts = json.loads(err.value.diag.message_detail)
        assert (facts["reason"], facts["users"], facts["groups"], facts["balance"]) == ("group_not_empty", 1, 1, 30)
        assert "1 users, 1 sub-groups, a balance of 30 segments" in str(err.value)
        refused(conn, "select smsdesk.group_delete(%s)", (east,), "own_group")
        # emptied, it goes; its name is free again and the history still names it
        conn.execute("select smsdesk.group_delete(id) from smsdesk.user_group where name = '客服一部'")
        conn.execute("select smsdesk.user_set_status(%s, 'deleted')", (user_id(org, "sh-op"),))
        conn.execute("select smsdesk.quota_return_group(%s, 30)", (sh,))
        conn.execute("select smsdesk.group_delete(%s)", (sh,))
        assert conn.execute("select smsdesk.group_find('总部/华东/上海')").fetchone()[0] is None
        again = conn.execute("select smsdesk.group_create(%s, '上海')", (east,)).fetchone()[0]
        # the deleted user comes back into a live group, with the same login and role
        refused(conn, "select smsdesk.user_restore(%s)", (user_id(org, "sh-op"),), "group_deleted")
        conn.execute("select smsdesk.user_restore(%s, %s)", (user_id(org, "sh-op"), again))
    assert su_one(org, "select quota_balance from smsdesk.user_group where id = %s", (east,)) == (3000,)


def test_a_deleted_user_cannot_sign_in_and_a_restored_one_can(org):
    east_op = user_id(org, "east-op")
    role = su_one(org, "select role_name from smsdesk.app_user where id = %s", (east_op,))[0]
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.user_set_status(%s, 'deleted')", (east_op,))
        refused(conn, "select smsdesk.user_set_status(%s, 'normal')", (east_op,), "user_deleted")
        refused(conn, "select smsdesk.quota_grant_user(%s, 1)", (east_op,), "user_deleted")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        org.connect("east-op")
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.user_restore(%s)", (east_op,))
    with org.connect("east-op") as conn:
        assert conn.execute("select login, role_name, status from smsdesk.app_user").fetchone() == (
            "east-op",
            role,
            "normal",
        )
    actions = [
        r
        for r in su_one(org, "select array_agg(action order by id) from smsdesk.audit_log where target = 'east-op'")[0]
    ]
    assert actions[-2:] == ["user.delete", "user.restore"]


def test_a_login_that_exists_is_refused_also_among_the_deleted(org):
    east = group_id(org, "华东")
    with org.connect("east-admin") as conn:
        with pytest.raises(psycopg.Error) as err:
            create(conn, "east-op", east)
        assert (err.value.sqlstate, reason(err)) == ("SD409", "login_taken")
        conn.execute("select smsdesk.user_set_status(%s, 'deleted')", (user_id(org, "sh-op"),))
        with pytest.raises(psycopg.Error) as err:
            create(conn, "sh-op", east)
        assert (err.value.sqlstate, reason(err)) == ("SD409", "login_deleted")
        with pytest.raises(psycopg.Error) as err:
            conn.execute(
                "select smsdesk.user_create('South-Op', '', %s, 'user', false, false, null, %s, 20)",
                (east, verifier(conn, "south-op2")),
            )
        assert reason(err) == "login_format"


def test_names_with_slashes_quotes_and_200_characters(org):
    east = group_id(org, "华东")
    with org.connect("east-admin") as conn:
        uid = create(conn, "quoted", east, name='O\'Brien / "张" 三')
        assert conn.execute("select operator_name from smsdesk.app_user where id = %s", (uid,)).fetchone()[0] == (
            'O\'Brien / "张" 三'
        )
        refused(conn, "select smsdesk.user_update_profile(%s, %s, null)", (uid, "名" * 200), "operator_name")
        refused(conn, "select smsdesk.group_create(%s, %s)", (east, "组" * 200), "group_name")
        refused(conn, "select smsdesk.group_create(%s, 'a/b')", (east,), "group_name")
        gid = conn.execute("select smsdesk.group_create(%s, %s)", (east, 'it\'s "quoted"; drop table x')).fetchone()[0]
        assert conn.execute("select smsdesk.group_path(%s)", (gid,)).fetchone()[0] == (
            '总部/华东/it\'s "quoted"; drop table x'
        )
        refused(conn, "select smsdesk.group_rename(%s, %s)", (gid, "组" * 101), "group_name")
        conn.execute("select smsdesk.group_rename(%s, %s)", (gid, "组" * 100))


def test_two_administrators_topping_up_the_same_group_at_once_never_overspend(org):
    make_admin(org, "boss2", "总部")
    east = group_id(org, "华东")
    top_left = su_one(org, "select quota_balance from smsdesk.user_group where parent_id is null")[0]  # 5000
    per = top_left // 10
    barrier = threading.Barrier(2, timeout=30)
    done: dict[str, int] = {}

    def top_up(login: str) -> None:
        with org.connect(login, ADMIN_PASSWORD if login == "boss" else "user-pass-1") as conn:
            barrier.wait()
            n = 0
            for _ in range(8):
                try:
                    conn.execute("select smsdesk.quota_grant_group(%s, %s)", (east, per))
                    n += 1
                except psycopg.Error as exc:
                    assert exc.sqlstate == "SD402"
            done[login] = n

    threads = [threading.Thread(target=top_up, args=(login,)) for login in ("boss", "boss2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(done.values()) == 10
    assert su_one(org, "select quota_balance from smsdesk.user_group where parent_id is null") == (0,)
    assert su_one(org, "select quota_balance from smsdesk.user_group where id = %s", (east,)) == (3000 + 10 * per,)


def test_quota_taken_back_and_given_back_keeps_every_ledger(org):
    east_op, east, sh = user_id(org, "east-op"), group_id(org, "华东"), group_id(org, "上海")
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.quota_grant_user(%s, 100)", (east_op,))
        refused(conn, "select smsdesk.quota_take_back_user(%s, 101)", (east_op,), "user_unused")
        assert conn.execute("select smsdesk.quota_take_back_user(%s, 60)", (east_op,)).fetchone()[0] == 40
        conn.execute("select smsdesk.quota_grant_group(%s, 500)", (sh,))
        refused(conn, "select smsdesk.quota_return_group(%s, 501)", (sh,), "group_balance")
        assert conn.execute("select smsdesk.quota_return_group(%s, 200)", (sh,)).fetchone()[0] == 300
    assert su_one(org, "select quota_balance from smsdesk.user_group where id = %s", (east,)) == (3000 - 40 - 300,)
    with org.db.connect_su() as su:
        assert (
            su.execute(
                "select g.name from smsdesk.user_group g left join smsdesk.quota_movement m on m.group_id = g.id "
                "group by g.id having g.quota_balance <> coalesce(sum(m.amount), 0)"
            ).fetchall()
            == []
        )
        assert (
            su.execute(
                "select u.login from smsdesk.app_user u left join smsdesk.quota_movement m "
                "on m.user_id = u.id and m.account = 'limit' "
                "group by u.id having u.quota_limit <> coalesce(sum(m.amount), 0)"
            ).fetchall()
            == []
        )


def test_passwords_follow_the_installation_rule_and_a_reset_must_be_changed(org):
    east_op = user_id(org, "east-op")
    with org.connect("east-admin") as conn:
        refused(
            conn, "select smsdesk.user_set_password(%s, %s, 7)", (east_op, verifier(conn, "east-op")), "password_short"
        )
        refused(
            conn, "select smsdesk.user_set_password(%s, %s)", (east_op, verifier(conn, "east-op")), "password_short"
        )
        conn.execute("select smsdesk.user_set_password(%s, %s, 13)", (east_op, verifier(conn, "east-op")))
    assert su_one(org, "select must_change_password from smsdesk.app_user where id = %s", (east_op,)) == (True,)
    with org.connect("east-op", NEW_PASSWORD) as conn:
        conn.execute(
            "select smsdesk.user_set_password(%s, %s, 12)", (east_op, verifier(conn, "east-op", "mine-own-12"))
        )
    assert su_one(org, "select must_change_password from smsdesk.app_user where id = %s", (east_op,)) == (False,)
    with org.db.connect_su() as su:
        su.execute(
            "select smsdesk.settings_set('signin_policy', %s)",
            (json.dumps({"min_password_length": 14, "lockout_after": 5, "lockout_minutes": 15}),),
        )
    with org.connect("east-admin") as conn:
        refused(
            conn, "select smsdesk.user_set_password(%s, %s, 13)", (east_op, verifier(conn, "east-op")), "password_short"
        )
