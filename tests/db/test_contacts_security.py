"""Address books (BOOK-3, SEC-1, SEC-3) with plain SQL as each role: a tampered console gets no further."""

from __future__ import annotations

import psycopg
import pytest

from tests.db.conftest import Org, build_org
from tests.db.contacts_helpers import contact_id, group_id, seed_books, set_full_numbers, user_id

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    seed_books(shared_org_db)
    return Org(shared_org_db)


def owners_seen(conn) -> set[str]:
    rows = conn.execute(
        "select distinct u.login from smsdesk.contact_group g join smsdesk.app_user u on u.id = g.owner_id"
    ).fetchall()
    return {r[0] for r in rows}


def names_seen(conn) -> set[str]:
    return {r[0] for r in conn.execute("select name from smsdesk.contact").fetchall()}


def test_an_operator_sees_only_its_own_address_book(org):
    with org.connect("east-op") as conn:
        assert owners_seen(conn) == {"east-op"}
        assert names_seen(conn) == {"张伟", "李娜", "王芳", "赵强", "坏号码"}
    with org.connect("sh-op") as conn:
        assert names_seen(conn) == {"陈静"}


def test_a_reviewer_is_no_administrator_here(org):
    with org.connect("east-reviewer") as conn:
        assert owners_seen(conn) == {"east-reviewer"}


def test_an_administrator_sees_its_subtree_and_nothing_beside_it(org):
    with org.connect("east-admin") as conn:
        assert owners_seen(conn) == {"east-admin", "east-op", "sh-op", "east-reviewer"}
        assert "林涛" not in names_seen(conn)
    with org.connect("south-admin") as conn:
        assert owners_seen(conn) == {"south-op"}
        assert names_seen(conn) == {"林涛", "张伟"}


def test_the_search_function_keeps_to_what_the_caller_sees(org):
    with org.connect("east-op") as conn:
        found = [r[0] for r in conn.execute("select smsdesk.contact_search('张伟')").fetchall()]
        assert found == [contact_id(org.db, "张伟", "east-op")]
        assert conn.execute("select count(*) from smsdesk.contact_search('8000')").fetchone()[0] == 1
    with org.connect("south-admin") as conn:
        found = [r[0] for r in conn.execute("select smsdesk.contact_search('13800138000')").fetchall()]
        assert found == [contact_id(org.db, "张伟", "south-op")]


@pytest.mark.parametrize("login", ["east-op", "east-admin"])
@pytest.mark.parametrize(
    "statement",
    [
        "insert into smsdesk.contact (owner_id, group_id, name) select owner_id, id, 'x' from smsdesk.contact_group",
        "update smsdesk.contact set name = 'x'",
        "delete from smsdesk.contact",
        "insert into smsdesk.contact_group (owner_id, name) values (1, 'x')",
        "update smsdesk.contact_group set contact_count = 0",
        "delete from smsdesk.contact_group",
        "insert into smsdesk.contact_field (owner_id, label) values (1, 'x')",
        "truncate smsdesk.contact",
    ],
)
def test_nobody_writes_the_tables_directly(org, login, statement):
    with org.connect(login) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)


@pytest.mark.parametrize(
    "query",
    [
        "select mobile_e164 from smsdesk.contact",
        "select mobile_raw from smsdesk.contact",
        "select phone from smsdesk.contact",
        "select * from smsdesk.contact",
        "select id from smsdesk.contact where mobile_e164 = '+8613800138000'",
    ],
)
def test_full_numbers_are_not_readable_with_plain_sql(org, query):
    with org.connect("east-admin") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(query)


def test_masked_numbers_and_the_number_state_are_readable(org):
    with org.connect("east-op") as conn:
        rows = dict(conn.execute("select name, mobile_masked || '/' || mobile_state from smsdesk.contact").fetchall())
    assert rows["张伟"] == "138****8000/valid"
    assert rows["坏号码"] == "*****/invalid"  # the raw text is kept, masked, and marked invalid


def test_full_numbers_need_the_right_and_stay_inside_the_subtree(org):
    mine = contact_id(org.db, "张伟", "east-op")
    theirs = contact_id(org.db, "林涛", "south-op")
    with org.connect("east-admin") as conn, pytest.raises(psycopg.Error) as err:
        conn.execute("select * from smsdesk.contact_numbers(%s)", ([mine],))
    assert err.value.sqlstate == "SD403"
    set_full_numbers(org.db, "east-admin")
    try:
        with org.connect("east-admin") as conn:
            rows = conn.execute("select id, mobile from smsdesk.contact_numbers(%s)", ([mine, theirs],)).fetchall()
        assert rows == [(mine, "13800138000")]
    finally:
        set_full_numbers(org.db, "east-admin", False)


def sd(conn, sql, args=()) -> str:
    try:
        conn.execute(sql, args)
    except psycopg.Error as exc:
        return exc.sqlstate
    return "ok"


def test_write_functions_check_whose_book_it_is(org):
    south_group = group_id(org.db, "south-op", "华南客户")
    east_contact = contact_id(org.db, "赵强", "east-op")
    south_contact = contact_id(org.db, "林涛", "south-op")
    with org.connect("east-op") as conn:
        assert sd(conn, "select smsdesk.contact_group_create(%s, null, 'x')", (user_id(org.db, "sh-op"),)) == "SD403"
        assert sd(conn, "select smsdesk.contact_group_rename(%s, 'x')", (south_group,)) == "SD403"
        assert sd(conn, "select smsdesk.contact_group_delete(%s)", (south_group,)) == "SD403"
        assert sd(conn, "select smsdesk.contact_delete(%s)", ([east_contact, south_contact],)) == "SD403"
        assert sd(conn, "select smsdesk.contact_move(%s, %s)", ([east_contact], south_group)) == "SD403"
        assert sd(
            conn, "select smsdesk.contact_update(%s, 1, 'x', null, null, null, '', '', '{}')", (south_contact,)
        ) == ("SD403")
        assert sd(conn, "select smsdesk.contact_create(%s, 'x', null, '', '', '', '', '{}')", (south_group,)) == "SD403"
    with org.connect("south-admin") as conn:
        east_group = group_id(org.db, "east-op", "客户/杭州")
        assert sd(conn, "select smsdesk.contact_create(%s, 'x', null, '', '', '', '', '{}')", (east_group,)) == "SD403"
    with org.connect("east-admin") as conn:  # an administrator over the owner's group may
        sh_group = group_id(org.db, "sh-op", "同事")
        assert sd(conn, "select smsdesk.contact_group_create(%s, %s, '新组')", (None, sh_group)) == "ok"
    # nothing of south-op's changed
    with org.connect("south-op") as conn:
        assert names_seen(conn) == {"林涛", "张伟"}


def test_an_import_into_somebody_elses_group_is_refused(org):
    south_group = group_id(org.db, "south-op", "华南客户")
    with org.connect("east-op") as conn:
        conn.autocommit = False
        conn.execute("select smsdesk.contact_import_begin()")
        with conn.cursor().copy("copy pg_temp.contact_import_stage (row_no, name, mobile_raw) from stdin") as copy:
            copy.write_row((1, "入侵者", "13100000000"))
        assert sd(conn, "select smsdesk.contact_import_finish(%s, false, '{}', 'x')", (south_group,)) == "SD403"
        conn.rollback()


def test_the_staging_table_is_the_definers_own(org):
    """The caller may only fill it: no rule, trigger, view or policy of theirs runs inside the import."""
    with org.connect("east-op") as conn:
        conn.autocommit = False
        conn.execute("select smsdesk.contact_import_begin()")
        for statement in (
            "alter table pg_temp.contact_import_stage enable row level security",
            "create rule r as on insert to pg_temp.contact_import_stage do instead nothing",
            "drop table pg_temp.contact_import_stage",
            "select * from pg_temp.contact_import_stage",
        ):
            conn.execute("savepoint s")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.execute("rollback to savepoint s")
        conn.rollback()
