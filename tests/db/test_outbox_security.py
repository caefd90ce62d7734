"""SEC-1 for sending: who sees which tasks and messages, who may queue, review, cancel and send, and quota."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import pytest
from sqlalchemy import text

from smsdesk.services import admin, channels, tasks
from smsdesk.services.errors import ServiceError
from smsdesk.services.org import quota_ledger
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.conftest import WAITING_TO_GO
from tests.db.conftest import PASSWORD, ensure_signature

pytestmark = pytest.mark.db

NUMBERS = ["+8613800138000", "+8613900139000", "+8618600186000"]


@contextmanager
def raises_state(code: str) -> Iterator[list[psycopg.Error]]:
    """Like pytest.raises for the database functions' own SQLSTATEs (SD4xx), which psycopg has no class for."""
    caught: list[psycopg.Error] = []
    with pytest.raises(psycopg.Error) as err:
        yield caught
    assert err.value.sqlstate == code, f"{err.value.sqlstate}: {err.value}"
    caught.append(err.value)


def _su(org):
    engine = make_engine(org.db.su, pool_size=1)
    return engine, unit_of_work(session_factory(engine))


def _grant(org, login: str, amount: int) -> None:
    """Funds the user's group from its parent, then the user from the group; the signature the tests send under
    (测试, 总部's) is in the library."""
    ensure_signature(org.db)
    engine, uow = _su(org)
    try:
        with uow as s:
            group = s.execute(text("SELECT smsdesk.group_path(group_id) FROM smsdesk.app_user WHERE login = :l"),
                              {"l": login}).scalar()
            admin.grant_group(s, group, amount)
            admin.grant_user(s, login, amount)
    finally:
        engine.dispose()


def _queue(conn: psycopg.Connection, numbers=NUMBERS, *, key=None, kind="notification", segments=1) -> int:
    """task_queue as the connected user, the way services/tasks.py calls it (minus the COPY staging)."""
    return conn.execute(
        "SELECT smsdesk.task_queue(%s, 'task', %s, '您好，测试内容', '测试', NULL, %s, NULL, NULL, NULL, %s, %s)",
        (key or uuid.uuid4(), kind, segments, numbers, ["China Mobile"] * len(numbers)),
    ).fetchone()[0]


def _as(org, login: str):
    engine = make_engine(org.db.target.with_login(roles.user_role(org.db.name, login), PASSWORD), pool_size=1)
    return engine, unit_of_work(session_factory(engine))


def test_operators_see_their_own_tasks_and_overseers_their_subtree(org):
    for login in ("east-op", "sh-op", "south-op"):
        _grant(org, login, 100)
    ids = {}
    for login in ("east-op", "sh-op", "south-op"):
        with org.connect(login) as conn:
            ids[login] = _queue(conn)

    def visible(login: str) -> set[int]:
        with org.connect(login) as conn:
            return {r[0] for r in conn.execute("SELECT id FROM smsdesk.send_task").fetchall()}

    def visible_messages(login: str) -> int:
        with org.connect(login) as conn:
            return conn.execute("SELECT count(*) FROM smsdesk.message").fetchone()[0]

    assert visible("east-op") == {ids["east-op"]}
    assert visible("south-op") == {ids["south-op"]}
    assert visible("east-admin") == {ids["east-op"], ids["sh-op"]}  # 华东 and its 上海 subgroup
    assert visible("east-reviewer") == {ids["east-op"], ids["sh-op"]}
    assert visible("south-admin") == {ids["south-op"]}
    assert visible_messages("east-op") == 3
    assert visible_messages("east-admin") == 6


def test_no_client_writes_tables_or_calls_dispatcher_functions(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        task_id = _queue(conn)
        for statement in (
            "UPDATE smsdesk.message SET status = 'delivered'",
            "UPDATE smsdesk.send_task SET charged = 0",
            "INSERT INTO smsdesk.message_queue (message_id, task_id, ready_at) VALUES (1, 1, now())",
            "DELETE FROM smsdesk.quota_movement",
            "SELECT * FROM smsdesk.claim_batch(1, 10, 60, '{notification}', '{*}', '{1}')",
            "SELECT smsdesk.dispatcher_register('x', 'h', 1, 'v')",
            "SELECT * FROM smsdesk.message_queue",
            "SELECT password FROM smsdesk.channel",
            "SELECT * FROM smsdesk.receipt",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        assert conn.execute("SELECT count(*) FROM smsdesk.send_task WHERE id = %s", (task_id,)).fetchone()[0] == 1


def test_the_dispatcher_login_reaches_data_only_through_its_functions(org):
    engine, uow = _su(org)
    try:
        with uow as s:
            channels.add_channel(s, name="c1", host="127.0.0.1", port=2775, system_id="sys", password="pw")
            role = channels.create_dispatcher_login(s, "gw", "gw-password-long")
            assert role == roles.dispatcher_role(org.db.name, "gw")
    finally:
        engine.dispose()
    target = org.db.target.with_login(role, "gw-password-long")
    with psycopg.connect(**target.conninfo(), autocommit=True) as conn:
        for statement in ("SELECT * FROM smsdesk.send_task", "SELECT number FROM smsdesk.message",
                          "SELECT password FROM smsdesk.channel",
                          "SELECT smsdesk.task_queue(gen_random_uuid(), 'n', 'alert', 'x', NULL, NULL, 1, NULL, NULL,"
                          " NULL, '{+8613800138000}', '{\"\"}')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        instance = conn.execute("SELECT smsdesk.dispatcher_register('t', 'h', 1, 'v')").fetchone()[0]
        configs = conn.execute("SELECT name, password FROM smsdesk.channel_claim(%s)", (instance,)).fetchall()
        assert configs == [("c1", "pw")]
    with pytest.raises(ServiceError):
        engine, uow = _su(org)
        try:
            with uow as s:
                channels.create_dispatcher_login(s, "gw", "short")
        finally:
            engine.dispose()
    with org.connect("east-admin") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT smsdesk.dispatcher_login_set('evil', 'SCRAM-SHA-256$x')")


def test_quota_is_reserved_atomically_and_never_overdrawn(org):
    _grant(org, "east-op", 10)
    with org.connect("east-op") as conn, raises_state("SD402") as err:
        _queue(conn, [f"+86138{i:08d}" for i in range(11)])
    assert "short" in str(err[0])
    errors: list[BaseException] = []
    done: list[int] = []

    def worker() -> None:
        try:
            with org.connect("east-op") as conn:
                done.append(_queue(conn, [f"+86139{i:08d}" for i in range(3)]))
        except psycopg.Error as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(done) == 3 and len(errors) == 3  # 10 segments: three tasks of 3 fit, the fourth does not
    with org.connect("east-op") as conn:
        used, limit = conn.execute(
            "SELECT quota_used, quota_limit FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()
        assert (used, limit) == (9, 10)
        moved = conn.execute("SELECT coalesce(sum(amount), 0) FROM smsdesk.quota_movement "
                             "WHERE user_id = (SELECT id FROM smsdesk.app_user WHERE login = 'east-op') "
                             "AND account = 'used'").fetchone()[0]
        assert moved == used


def test_the_same_task_key_queues_once_and_belongs_to_its_owner(org):
    _grant(org, "east-op", 100)
    _grant(org, "sh-op", 100)
    key = uuid.uuid4()
    with org.connect("east-op") as conn:
        first = _queue(conn, key=key)
        assert _queue(conn, key=key) == first
        assert conn.execute("SELECT quota_used FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0] == 3
    with org.connect("sh-op") as conn, raises_state("SD409"):
        _queue(conn, key=key)


def test_bad_input_is_refused(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        for numbers in (["13800138000"], ["+0123"], []):
            with raises_state("SD422"):
                _queue(conn, numbers)
        with raises_state("SD422"):
            conn.execute("SELECT smsdesk.task_queue(gen_random_uuid(), 't', 'spam', 'x', NULL, NULL, 1, NULL, NULL,"
                         " NULL, '{+8613800138000}', '{\"\"}')")


def test_review_mode_holds_the_task_and_only_another_reviewer_releases_it(org):
    engine, uow = _su(org)
    try:
        with uow as s:
            user = s.execute(text("SELECT id FROM smsdesk.app_user WHERE login = 'east-op'")).scalar()
            s.execute(text("SELECT smsdesk.user_set_flags(:u, 'user', false, true)"), {"u": user})
            admin.grant_user(s, "east-op", 100)
    finally:
        engine.dispose()
    ensure_signature(org.db)
    with org.connect("east-op") as conn:
        task_id = _queue(conn)
        assert conn.execute("SELECT status FROM smsdesk.send_task WHERE id = %s", (task_id,)).fetchone()[0] == \
            "awaiting_review"
        with raises_state("SD403"):
            conn.execute("SELECT smsdesk.task_review(%s, true)", (task_id,))
    with org.connect("south-admin") as conn, raises_state("SD403"):
        conn.execute("SELECT smsdesk.task_review(%s, true)", (task_id,))
    with org.connect("east-reviewer") as conn:
        assert conn.execute("SELECT smsdesk.task_review(%s, true)", (task_id,)).fetchone()[0] == "queued"
        with raises_state("SD409"):
            conn.execute("SELECT smsdesk.task_review(%s, false)", (task_id,))
    engine, uow = _su(org)
    try:
        with uow as s:
            queued = s.execute(text(WAITING_TO_GO.replace("%(t)s", ":t")), {"t": task_id}).scalar()
            assert queued == 3
    finally:
        engine.dispose()


def test_rejecting_and_cancelling_refund_and_keep_the_ledger_balanced(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        task_id = _queue(conn)
    with org.connect("sh-op") as conn, raises_state("SD403"):
        conn.execute("SELECT smsdesk.task_cancel(%s)", (task_id,))
    engine, uow = _as(org, "east-op")
    try:
        with uow as s:
            assert tasks.cancel(s, task_id) == 3
            task = tasks.get(s, task_id)
            assert (task.status, task.cancelled_count, task.refunded, task.charged) == ("cancelled", 3, 3, 0)
            user = s.execute(text("SELECT id FROM smsdesk.app_user WHERE login = 'east-op'")).scalar()
            ledger = quota_ledger(s, user)
            assert ledger.balanced and ledger.quota_used == 0
            with pytest.raises(ServiceError) as err:
                tasks.cancel(s, task_id)
            assert err.value.code == "conflict"
    finally:
        engine.dispose()


def test_channels_are_managed_by_it_and_top_administrators_only(org):
    with org.connect("east-admin") as conn:
        with raises_state("SD403"):
            conn.execute("SELECT smsdesk.channel_save(NULL, '{\"name\": \"x\", \"host\": \"h\", \"port\": 1,"
                         " \"system_id\": \"s\"}')")
        # …but every signed-in user sees channel names and states, never the password
        assert conn.execute("SELECT count(*) FROM (SELECT id, name, status FROM smsdesk.channel) c").fetchone()
    engine, uow = _su(org)
    try:
        with uow as s:
            with pytest.raises(ServiceError) as err:
                channels.add_channel(s, name="bad", host="h", port=70000, system_id="s", password="p")
            assert err.value.code == "invalid"
    finally:
        engine.dispose()


def test_quota_movements_record_which_account_they_move(org):
    _grant(org, "east-op", 50)
    with org.connect("east-op") as conn:
        _queue(conn)
        rows = conn.execute(
            "SELECT reason, account, amount FROM smsdesk.quota_movement "
            "WHERE user_id = (SELECT id FROM smsdesk.app_user WHERE login = 'east-op') ORDER BY id").fetchall()
    assert rows == [("allocate.in", "limit", 50), ("task.reserve", "used", 3)]
    # the ledger's one rule: a 'used' movement always belongs to a user (even the table owner cannot break it)
    with org.db.connect_su() as conn, pytest.raises(psycopg.errors.CheckViolation):
        conn.execute("INSERT INTO smsdesk.quota_movement (group_id, amount, reason, account) "
                     "VALUES (1, 1, 'x', 'used')")


def test_operators_get_no_temporary_objects_and_every_definer_searches_pg_temp_last(org):
    """Recipients reach task_queue as arrays, so operators keep no TEMPORARY right (0001 revokes it from PUBLIC):
    nothing of theirs can sit in pg_temp. Even so, every SECURITY DEFINER function of every revision fixes its
    search_path with pg_temp last, where an object of the caller's could never shadow one of ours."""
    _grant(org, "east-op", 10)
    with org.connect("east-op") as conn:
        for statement in ("CREATE TEMP TABLE message (id bigint)",
                          "CREATE TEMP VIEW send_task AS SELECT 1 AS id",
                          "CREATE FUNCTION pg_temp.me() RETURNS int LANGUAGE sql AS 'SELECT 1'"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        task_id = _queue(conn)
        assert conn.execute("SELECT count(*) FROM smsdesk.message WHERE task_id = %s", (task_id,)).fetchone()[0] == 3
    with psycopg.connect(**org.db.su.conninfo(), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT p.oid::regprocedure::text, (SELECT c FROM unnest(p.proconfig) AS c WHERE c LIKE 'search_path=%%') "
            "FROM pg_proc p WHERE p.pronamespace = 'smsdesk'::regnamespace AND p.prosecdef"
        ).fetchall()
        temp_grants = conn.execute(
            "SELECT r.rolname FROM pg_roles r WHERE has_database_privilege(r.oid, current_database(), 'TEMPORARY') "
            "AND r.rolname LIKE %s AND NOT r.rolsuper", (roles.role_prefix(org.db.name) + "%",)
        ).fetchall()
    assert len(rows) > 50
    unsafe = [(name, setting) for name, setting in rows
              if setting is None or [p.strip() for p in setting.split("=", 1)[1].split(",")][-1] != "pg_temp"]
    assert unsafe == []
    assert temp_grants == []
