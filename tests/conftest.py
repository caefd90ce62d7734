"""Shared fixtures: a real PostgreSQL for every db and ui test.

SMSDESK_TEST_DATABASE_URL (a superuser URL) picks a server; without it the embedded server starts in a
temporary directory, as the product does in trial mode. Each test database gets a unique name, so its
roles carry a unique prefix and parallel runs on one server never collide.
"""

from __future__ import annotations

import fcntl
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


# -- how the suite runs: the UI tests alone, the others two at a time ---------------------------------------------
# `installer/setup tests` runs the suite in two pytest runs: `-m "not ui" -n 2` (pytest-xdist: two worker
# processes, each with a server of its own, see pg_server) and then `-m ui`, one test at a time with the machine to
# itself: the GUI watchdog fails a test whose GUI thread waits 100 ms, and with another test beside it on two cores
# it would wait for one. A plain `python -m pytest tests/db/test_x.py` runs as before, in one process.


def pytest_collection_modifyitems(config, items) -> None:
    """A test under the GUI watchdog (the ``gui_watchdog`` fixture of tests/ui and tests/e2e) is a ``ui`` test."""
    for item in items:
        if "gui_watchdog" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("ui"):
            item.add_marker(pytest.mark.ui)


def _module_shares_a_fixture(item) -> bool:
    """Whether the test uses a fixture built once for its module (or class): one organisation for the module, the
    step-by-step migrations, the MSI build. Its module's tests then run on one worker, so it is built once."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return False
    return any(defs and defs[-1].scope in ("module", "class", "package") for defs in info.name2fixturedefs.values())


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own hook reports the collection
def pytest_collection_finish(session) -> None:
    """On a pytest-xdist worker: tells the scheduler which modules must stay on one worker (a file per worker in
    the folder the controller named, written before the worker reports its collection)."""
    folder = getattr(session.config, "workerinput", {}).get("smsdesk_modules_dir")
    if not folder:
        return
    together = sorted({item.nodeid.split("::", 1)[0] for item in session.items if _module_shares_a_fixture(item)})
    worker = session.config.workerinput["workerid"]
    Path(folder, f"{worker}.tmp").write_text("".join(f"{m}\n" for m in together), encoding="utf-8")
    os.replace(Path(folder, f"{worker}.tmp"), Path(folder, f"{worker}.txt"))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node) -> None:
    """On the controller: the folder where each worker writes its modules that stay together."""
    config = node.config
    if not hasattr(config, "_smsdesk_modules_dir"):
        config._smsdesk_modules_dir = tempfile.mkdtemp(prefix="smsdesk-xdist-")
    node.workerinput["smsdesk_modules_dir"] = config._smsdesk_modules_dir


def pytest_unconfigure(config) -> None:
    folder = getattr(config, "_smsdesk_modules_dir", None)
    if folder:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:
    """SMSDESK_TEST_COUNTS=file: the run's counts as one line ``passed failed skipped exit``, for installer/setup's
    closing line over both runs (failed counts errors too, as pytest's own summary line does not)."""
    out = os.environ.get("SMSDESK_TEST_COUNTS")
    if not out or hasattr(config, "workerinput"):
        return
    stats = terminalreporter.stats
    counts = [len(stats.get("passed", ())), len(stats.get("failed", ())) + len(stats.get("error", ())),
              len(stats.get("skipped", ())), int(exitstatus)]
    Path(out).write_text(" ".join(map(str, counts)) + "\n", encoding="utf-8")


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """pytest-xdist's load distribution (its default, ``-n 2``), one test at a time, except that the tests of a module
    sharing a module-scoped fixture go to one worker together, the largest such modules first. (Its own
    ``--dist loadgroup`` does not group under pytest 9.2, which no longer keeps a test's id where it writes the
    group, and would need a marker on every such module.)"""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesTogether(LoadScopeScheduling):
        together: set[str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if self.together is None:  # first asked once every worker has reported its collection
                folder = Path(config._smsdesk_modules_dir)
                self.together = {
                    line for f in folder.glob("*.txt") for line in f.read_text(encoding="utf-8").splitlines() if line
                }
            module = nodeid.split("::", 1)[0]
            return module if module in self.together else nodeid

    return ModulesTogether(config, log)


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
    # One start at a time on this machine: run as root, the server's library creates its OS user with useradd on
    # first use, and two xdist workers doing that at once on a fresh machine would fail one of them.
    with open(Path(tempfile.gettempdir()) / "smsdesk-test-embedded-start.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            server.start()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
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
