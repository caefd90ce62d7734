"""Many administrators granting at once can never overdraw a group."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest

from tests.db.test_security import group_id

pytestmark = pytest.mark.db


def test_twenty_concurrent_grants_never_overdraw(org):
    east = group_id(org, "华东")
    with org.db.connect_su() as su:
        su.execute("select smsdesk.quota_grant_group(%s, 1)", (group_id(org, "上海"),))  # warm up
        balance = su.execute("select quota_balance from smsdesk.user_group where id = %s", (east,)).fetchone()[0]
        users = [
            r[0]
            for r in su.execute("select id from smsdesk.app_user where login in ('east-op','sh-op','east-reviewer')")
        ]
    per_grant = balance // 10  # room for exactly ten grants

    def grant(i: int) -> bool:
        with org.connect("east-admin") as conn:
            try:
                conn.execute("select smsdesk.quota_grant_user(%s, %s)", (users[i % len(users)], per_grant))
                return True
            except psycopg.Error as exc:
                assert exc.sqlstate == "SD402"
                return False

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(grant, range(20)))
    assert sum(results) == 10
    with org.db.connect_su() as su:
        left = su.execute("select quota_balance from smsdesk.user_group where id = %s", (east,)).fetchone()[0]
        given = su.execute("select sum(quota_limit) from smsdesk.app_user where id = any(%s)", (users,)).fetchone()[0]
    assert left == balance - 10 * per_grant
    assert given == 10 * per_grant
