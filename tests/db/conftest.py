"""An organisation in a fresh database, and plain-SQL connections as each of its users."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest

from smsdesk.services import admin
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work

pytestmark = pytest.mark.db

PASSWORD = "user-pass-1"

# login, group path, admin, reviewer
ORG = (
    ("east-admin", "总部/华东", True, False),
    ("east-op", "总部/华东", False, False),
    ("sh-op", "总部/华东/上海", False, False),
    ("south-admin", "总部/华南", True, False),
    ("south-op", "总部/华南", False, False),
    ("east-reviewer", "总部/华东", False, True),
)


@dataclass
class Org:
    db: object

    def connect(self, login: str, password: str = PASSWORD) -> psycopg.Connection:
        role = roles.user_role(self.db.name, login)
        return psycopg.connect(**self.db.target.with_login(role, password).conninfo(), autocommit=True)


def build_org(db) -> None:
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            for _, path, _, _ in ORG:
                admin.ensure_group_path(s, path)
            admin.grant_group(s, "总部", 10_000)
            admin.grant_group(s, "总部/华东", 3_000)
            admin.grant_group(s, "总部/华南", 2_000)
            for login, path, is_admin, reviewer in ORG:
                admin.create_user(s, login=login, password=PASSWORD, group_path=path, admin=is_admin, reviewer=reviewer)
    finally:
        engine.dispose()


def ensure_signature(db, text: str = "测试", group_path: str = "总部") -> None:
    """A signature in the library (the database sends only those, SET-5), written as the superuser."""
    with db.connect_su() as conn:
        conn.execute(
            "INSERT INTO smsdesk.signature (group_id, text, is_default) "
            "SELECT g.id, %s, NOT EXISTS (SELECT 1 FROM smsdesk.signature s WHERE s.group_id = g.id) "
            "FROM smsdesk.user_group g WHERE smsdesk.group_path(g.id) = %s "
            "ON CONFLICT DO NOTHING",
            (text, group_path),
        )


@pytest.fixture
def org(org_db) -> Iterator[Org]:
    build_org(org_db)
    yield Org(org_db)
