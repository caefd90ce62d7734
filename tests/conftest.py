"""Shared fixtures: a real PostgreSQL for every db and ui test.

SMSDESK_TEST_DATABASE_URL (a superuser URL) picks a server; without it the embedded server starts in a
temporary directory, as the product does in trial mode. Each test database gets a unique name, so its
roles carry a unique prefix and parallel runs on one server never collide.
"""

from __future__ import annotations

import itertools
import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep every per-user file of the product away from the real home during tests.
_TEST_HOME = Path(tempfile.mkdtemp(prefix="smsdesk-test-home-"))
os.environ.setdefault("SMSDESK_DATA_DIR", str(_TEST_HOME / "data"))
os.environ.setdefault("SMSDESK_CONFIG_DIR", str(_TEST_HOME / "config"))
os.environ.setdefault("SMSDESK_SITE_CONFIG", str(_TEST_HOME / "site" / "database.ini"))
if not os.environ.get("XDG_RUNTIME_DIR"):
    (_TEST_HOME / "runtime").mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(_TEST_HOME / "runtime")

from smsdesk import settings  # noqa: E402
from smsdesk.services import admin  # noqa: E402
from smsdesk.settings import DatabaseTarget  # noqa: E402
from tests.migrated_copy import MigratedCopies  # noqa: E402

ADMIN_PASSWORD = "admin-pass-1"

# How many messages of task %(t)s wait to go (superuser SQL): the rows the dispatchers may lease now, plus the
# queued messages the task's feed has yet to move into the queue (revision 0007).
WAITING_TO_GO = (
    "SELECT (SELECT count(*) FROM smsdesk.message_queue q WHERE q.task_id = %(t)s)"
    " + (SELECT count(*) FROM smsdesk.task_feed f JOIN smsdesk.message m ON m.task_id = f.task_id"
    "    AND m.id >= f.next_id AND m.status = 'queued' WHERE f.task_id = %(t)s)"
)
_counter = itertools.count()


@dataclass
class TestServer:
    superuser: DatabaseTarget  # dbname "postgres"
    embedded: object | None

    def target(self, dbname: str) -> DatabaseTarget:
        return DatabaseTarget(
            source="test",
            host=self.superuser.host,
            port=self.superuser.port,
            dbname=dbname,
            options=dict(self.superuser.options),
        )

    def super_target(self, dbname: str) -> DatabaseTarget:
        return self.target(dbname).with_login(self.superuser.user, self.superuser.password)


@dataclass
class TestDatabase:
    server: TestServer
    name: str

    @property
    def target(self) -> DatabaseTarget:
        """Address without a login: what a console signs in to."""
        return self.server.target(self.name)

    @property
    def su(self) -> DatabaseTarget:
        return self.server.super_target(self.name)

    def connect_su(self) -> psycopg.Connection:
        return psycopg.connect(**self.su.conninfo(), autocommit=True)

    def trusts_connections(self) -> bool:
        """A developer's shared server may trust local connections; the embedded one always checks passwords."""
        with self.connect_su() as su:
            query = "select exists (select 1 from pg_hba_file_rules where auth_method = 'trust')"
            return bool(su.execute(query).fetchone()[0])


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TestServer]:
    url = os.environ.get("SMSDESK_TEST_DATABASE_URL")
    if url:
        target = settings.parse_url(url, "test")
        yield TestServer(superuser=DatabaseTarget(**{**target.__dict__, "dbname": "postgres"}), embedded=None)
        return
    from smsdesk.store.embedded import EmbeddedServer

    server = EmbeddedServer(Path(tempfile.mkdtemp(prefix="smsdesk-test-pg-")), delete_on_stop=True)
    server.start()
    info = server.superuser_conninfo()
    su = DatabaseTarget(
        source="test",
        host=info["host"],
        port=int(info["port"]),
        dbname="postgres",
        user=info["user"],
        password=info.get("password", ""),
    )
    # The suite's own server need not survive a power cut: without flushing to disk, each test's CREATE DATABASE,
    # migrations and commits stop waiting for fsync (the product's embedded server keeps PostgreSQL's durability).
    with psycopg.connect(**su.conninfo(), autocommit=True) as conn:
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            conn.execute(f"ALTER SYSTEM SET {setting} = off")
        conn.execute("SELECT pg_reload_conf()")
    yield TestServer(superuser=su, embedded=server)
    server.stop()


@pytest.fixture(scope="session")
def migrated_copies(pg_server) -> Iterator[MigratedCopies]:
    copies = MigratedCopies(pg_server)
    yield copies
    copies.close()


def _new_name() -> str:
    return f"sdt_{os.getpid()}_{next(_counter)}_{uuid.uuid4().hex[:6]}"


def _drop(server: TestServer, name: str) -> None:
    with psycopg.connect(**server.superuser.conninfo(), autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("drop database if exists {} with (force)").format(psycopg.sql.Identifier(name)))
    admin.drop_roles(server.super_target(name))


@pytest.fixture
def empty_db(pg_server) -> Iterator[TestDatabase]:
    name = _new_name()
    db = TestDatabase(pg_server, name)
    admin.ensure_database(db.su)
    yield db
    _drop(pg_server, name)


def _init_org(pg_server, copies: MigratedCopies) -> TestDatabase:
    """What ``smsdesk-admin db init`` leaves: the schema at head, root group 总部 and its administrator 'boss'
    (the schema copied from the run's one migrated database, see tests/migrated_copy.py)."""
    db = TestDatabase(pg_server, _new_name())
    copies.create(db)
    admin.db_init(db.su, "boss", ADMIN_PASSWORD, root_group="总部")
    return db


@pytest.fixture
def org_db(pg_server, migrated_copies) -> Iterator[TestDatabase]:
    """An initialised database: root group 总部 with administrator 'boss'."""
    db = _init_org(pg_server, migrated_copies)
    yield db
    _drop(pg_server, db.name)


@pytest.fixture(scope="module")
def shared_org_db(pg_server, migrated_copies) -> Iterator[TestDatabase]:
    """Like org_db, shared by a module whose tests only read or add distinct rows."""
    db = _init_org(pg_server, migrated_copies)
    yield db
    _drop(pg_server, db.name)
