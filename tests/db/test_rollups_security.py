"""Plain SQL as each user's own role: the rollups show an operator only their own rows, administrators and
reviewers their group's subtree; the staging table is nobody's to read; rebuilding and the price list are for
top-level administrators."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from smsdesk.services import admin
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import Org

pytestmark = pytest.mark.db

SENDERS = ("east-op", "sh-op", "south-op", "east-admin")


def _queue_as(org: Org, login: str, n: int) -> None:
    with org.connect(login) as conn:
        conn.execute(
            "SELECT smsdesk.task_queue(%s, 'rollup', 'notification', '您好，明天见。', NULL, NULL, 1, NULL, NULL, NULL,"
            " %s::text[], %s::text[])",
            (uuid.uuid4(), [f"+86139{abs(hash(login)) % 1000:03d}{i:05d}" for i in range(n)], [""] * n),
        )


@pytest.fixture
def sent(org: Org) -> dict[str, int]:
    engine = make_engine(org.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.grant_group(s, "总部/华东/上海", 500)
            for login in SENDERS:
                admin.grant_user(s, login, 100)
    finally:
        engine.dispose()
    for i, login in enumerate(SENDERS):
        _queue_as(org, login, i + 1)
    with org.db.connect_su() as conn:
        rows = conn.execute("SELECT login, id FROM smsdesk.app_user").fetchall()
    return dict(rows)


def _seen(org: Org, login: str, table: str) -> dict[int, int]:
    with org.connect(login) as conn:
        rows = conn.execute(f"SELECT user_id, sum(messages)::int FROM smsdesk.{table} GROUP BY 1").fetchall()
    return dict(rows)


@pytest.mark.parametrize("table", ["stat_hour", "stat_day", "stat_day_wide", "stat_month_wide", "stat_hour_kind"])
def test_each_role_reads_only_its_scope_of_the_rollups(org, sent, table):
    ids = sent
    assert _seen(org, "east-op", table) == {ids["east-op"]: 1}
    assert _seen(org, "sh-op", table) == {ids["sh-op"]: 2}
    assert _seen(org, "south-op", table) == {ids["south-op"]: 3}
    east = {ids["east-op"]: 1, ids["sh-op"]: 2, ids["east-admin"]: 4}
    assert _seen(org, "east-admin", table) == east  # 华东 and 上海 below it
    assert _seen(org, "east-reviewer", table) == east
    assert _seen(org, "south-admin", table) == {ids["south-op"]: 3}


def test_nobody_reads_or_writes_the_staging_table_or_the_rollups(org, sent):
    with org.connect("east-admin") as conn:
        for statement in ("SELECT * FROM smsdesk.stat_hour_delta",
                          "UPDATE smsdesk.stat_hour SET messages = 0",
                          "DELETE FROM smsdesk.stat_day",
                          "DELETE FROM smsdesk.stat_day_wide",
                          "UPDATE smsdesk.stat_month_wide SET messages = 0",
                          "INSERT INTO smsdesk.stat_hour_kind (hour, group_id, user_id, kind)"
                          " VALUES (now(), 1, 1, 'alert')",
                          "SELECT smsdesk._stat_refold('-infinity', 'infinity')",
                          "INSERT INTO smsdesk.price_list (kind, carrier, price, effective_from)"
                          " VALUES ('', '', 0, now())",
                          "SELECT smsdesk._stat_stage(ARRAY[1::bigint], ARRAY[''], NULL, ARRAY['delivered'], NULL,"
                          " NULL, NULL, NULL, NULL, false)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_rebuild_and_prices_are_for_top_level_administrators(org, sent):
    with org.connect("east-admin") as conn:
        for statement in ("SELECT smsdesk.stat_rebuild(now() - interval '1 day', now())",
                          "SELECT smsdesk.price_set('marketing', '', 0.04)",
                          "SELECT smsdesk.price_set('status_lookup', '', 0.01)"):
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(statement)
            assert refused.value.sqlstate == "SD403"
        # everyone reads the price list and the prices in force
        assert conn.execute("SELECT smsdesk.task_prices('marketing') ->> ''").fetchone()[0] == "0.05"
    # IT sets a new price: tasks submitted from then on record it, earlier tasks keep theirs
    with org.db.connect_su() as conn:
        conn.execute("SELECT smsdesk.price_set('notification', '', 0.07, now())")
        conn.commit()
    _queue_as(org, "east-op", 1)
    with org.connect("east-op") as conn:
        prices = [p for (p,) in conn.execute("SELECT prices ->> '' FROM smsdesk.send_task ORDER BY id").fetchall()]
    assert prices == ["0.05", "0.07"]
    # a status lookup has one price for every carrier; other kinds are refused
    with org.db.connect_su() as conn:
        for statement, state in (("SELECT smsdesk.price_set('status_lookup', 'China Mobile', 0.01)", "SD422"),
                                 ("SELECT smsdesk.price_set('lookup', '', 0.01)", "SD422")):
            with pytest.raises(psycopg.Error) as refused:
                conn.execute(statement)
            assert refused.value.sqlstate == state
            conn.rollback()
        assert conn.execute("SELECT smsdesk.price_set('status_lookup', '', 0.01) > 0").fetchone()[0]
