"""db/sql/ holds each object's current definition in one file found by its name, and earlier bodies in history/
(db/sql/README.md). These tests hold the database to the files and the revisions to what they shipped:

* at head, running any current file changes nothing, touches only its own object, and every function, view,
  policy set, trigger set and grant set of the schema has its file (and every file its object);
* a database upgraded one revision at a time (going down one and up again at every step) and one created at
  head have the same catalog, and each downgrade gives back exactly the catalog of the revision before;
* every revision loads the same bytes it loaded when it was recorded in shipped_sql.txt.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import psycopg
import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from smsdesk.services import admin
from smsdesk.store import migrate, sqlfiles
from smsdesk.store.database import make_engine
from tests.db import catalog

pytestmark = pytest.mark.db

SHIPPED = Path(__file__).with_name("shipped_sql.txt")
OBJECT_KINDS = ("functions", "views", "policies", "triggers", "grants")


def current_files() -> list[str]:
    """Every current object file as its name: 'roles', 'functions/task_queue', 'policies/send_task', ..."""
    root = sqlfiles.sql_dir()
    names = ["roles"]
    for kind in OBJECT_KINDS:
        names += sorted(f"{kind}/{p.stem}" for p in (root / kind).glob("*.sql")) if (root / kind).is_dir() else []
    return names


def shipped_digest(path: Path) -> str:
    """sha256 of what a file gives the database: its comment at the top (before the first statement) is left out,
    so it may be improved at any time; everything from the first statement on counts."""
    lines = path.read_text(encoding="utf-8").split("\n")
    while lines and (lines[0].startswith("--") or not lines[0].strip()):
        lines.pop(0)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def chain() -> list[str]:
    """The revisions from the first to head."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [s.revision for s in reversed(list(script.walk_revisions()))]


# ---------------------------------------------------------------------------------------------------
# The rule that picks a revision's file, on a made-up tree.


def test_a_revision_loads_its_history_copy_else_the_current_file(tmp_path, monkeypatch):
    for path in (
        "functions/f.sql",
        "history/0004/functions/f.sql",
        "history/0006/functions/f.sql",
        "functions/g.sql",
    ):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(path)
    monkeypatch.setattr(sqlfiles, "sql_dir", lambda: tmp_path)
    ancestors = {"0004": ("0003",), "0006": ("0005", "0004", "0003"), "0007": ("0006", "0005", "0004", "0003")}
    monkeypatch.setattr(sqlfiles, "_ancestors", lambda: {**ancestors, "0003": (), "0005": ("0004", "0003")})

    def shown(path: Path) -> str:
        return path.relative_to(tmp_path).as_posix()

    assert shown(sqlfiles.source_path("0004", "functions/f")) == "history/0004/functions/f.sql"
    assert shown(sqlfiles.source_path("0006", "functions/f")) == "history/0006/functions/f.sql"
    assert shown(sqlfiles.source_path("0007", "functions/f")) == "functions/f.sql"
    assert shown(sqlfiles.source_path("0003", "functions/g")) == "functions/g.sql"
    # 0005 installing f would load a body newer than itself: its own belongs in history/0005/
    with pytest.raises(RuntimeError, match=re.escape("history/0005/functions/f.sql")):
        sqlfiles.source_path("0005", "functions/f")
    assert shown(sqlfiles.earlier_path("0007", "functions/f")) == "history/0006/functions/f.sql"
    assert shown(sqlfiles.earlier_path("0006", "functions/f")) == "history/0004/functions/f.sql"
    with pytest.raises(FileNotFoundError, match="removes it instead"):
        sqlfiles.earlier_path("0004", "functions/f")
    with pytest.raises(ValueError):
        sqlfiles.current_path("function/f")
    # rework: the current body, as the newest revision before 0008 that loads it installed it, becomes history
    monkeypatch.setattr(sqlfiles, "_ancestors", lambda: {"0008": ("0007", "0006", "0005", "0004", "0003")})
    monkeypatch.setattr(sqlfiles, "loaders", lambda name, before=None: ["0004", "0006", "0007"])
    assert shown(sqlfiles.rework("0008", "functions/f")) == "history/0007/functions/f.sql"
    assert (tmp_path / "history/0007/functions/f.sql").read_text() == "functions/f.sql"
    with pytest.raises(FileExistsError):
        sqlfiles.rework("0008", "functions/f")


def test_every_function_is_defined_and_granted_in_exactly_one_current_file():
    """A search for a function's name finds one definition: functions/<name>.sql (trigger files only call it)."""
    root = sqlfiles.sql_dir()
    files = [p for kind in OBJECT_KINDS if (root / kind).is_dir() for p in (root / kind).glob("*.sql")]
    files.append(root / "roles.sql")
    texts = {p: p.read_text(encoding="utf-8") for p in files}
    for function in sorted(p.stem for p in (root / "functions").glob("*.sql")):
        defining = [
            p
            for p, t in texts.items()
            if any(f"{verb} smsdesk.{function}(" in t for verb in ("CREATE OR REPLACE FUNCTION", "ON FUNCTION"))
        ]
        assert defining == [root / "functions" / f"{function}.sql"], (function, defining)
        assert f"CREATE FUNCTION smsdesk.{function}(" not in texts[defining[0]], "a current file replaces its function"


def test_history_holds_only_known_revisions_and_objects():
    root = sqlfiles.sql_dir() / "history"
    revisions = set(chain())
    for path in root.rglob("*"):
        if path.is_file():
            revision, kind = path.relative_to(root).parts[:2]
            assert revision in revisions, path
            assert kind in OBJECT_KINDS or path.name == "roles.sql", path
            assert path.suffix == ".sql", path


# ---------------------------------------------------------------------------------------------------
# At head, the schema is what the current files say.

# What each kind of file states, read from the catalog for one object.
OBJECT_STATE = {
    "functions": """
        SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid) || ' ' || coalesce(
                 (SELECT string_agg(coalesce(g.rolname, 'PUBLIC') || ':' || a.privilege_type, ',' ORDER BY 1)
                    FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                    LEFT JOIN pg_roles g ON g.oid = a.grantee WHERE a.grantee <> p.proowner), '')
          FROM pg_proc p WHERE p.pronamespace = 'smsdesk'::regnamespace AND p.proname = %(name)s""",
    "views": """
        SELECT c.relname, pg_get_viewdef(c.oid) || ' ' || coalesce(c.relacl::text, '')
          FROM pg_class c WHERE c.relnamespace = 'smsdesk'::regnamespace AND c.relname = %(name)s""",
    "policies": """
        SELECT policyname, concat_ws(' | ', permissive, roles::text, cmd, qual, with_check)
          FROM pg_policies WHERE schemaname = 'smsdesk' AND tablename = %(name)s
        UNION ALL
        SELECT 'row level security', relrowsecurity::text || ' ' || relforcerowsecurity::text
          FROM pg_class WHERE relnamespace = 'smsdesk'::regnamespace AND relname = %(name)s""",
    "triggers": """
        SELECT t.tgname, pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND c.relname = %(name)s AND NOT t.tgisinternal""",
    "grants": """
        SELECT '* ' || coalesce(g.rolname, 'PUBLIC') || ' ' || a.privilege_type, ''
          FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
          LEFT JOIN pg_roles g ON g.oid = a.grantee
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND c.relname = %(name)s AND a.grantee <> c.relowner
        UNION ALL
        SELECT t.attname || ' ' || coalesce(g.rolname, 'PUBLIC') || ' ' || a.privilege_type, ''
          FROM pg_class c JOIN pg_attribute t ON t.attrelid = c.oid, aclexplode(t.attacl) a
          LEFT JOIN pg_roles g ON g.oid = a.grantee
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND c.relname = %(name)s""",
}

# Catalog rows the running transaction wrote: what a file touched, whatever it meant to.
TOUCHED = """
    SELECT 'functions/' || proname FROM pg_proc WHERE xmin = pg_current_xact_id()::xid
    UNION SELECT 'table ' || relname FROM pg_class WHERE xmin = pg_current_xact_id()::xid
                                                     AND relnamespace = 'smsdesk'::regnamespace
    UNION SELECT 'table ' || c.relname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid
           WHERE p.xmin = pg_current_xact_id()::xid
    UNION SELECT 'table ' || c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
           WHERE t.xmin = pg_current_xact_id()::xid"""


@pytest.fixture(scope="module")
def head_db(pg_server):
    from tests.conftest import TestDatabase, _drop, _new_name

    db = TestDatabase(pg_server, _new_name())
    admin.db_init(db.su, "boss", "boss-pass-1", root_group="总部")
    yield db
    _drop(pg_server, db.name)


def test_running_any_current_file_at_head_changes_nothing_but_its_own_object(head_db):
    engine = make_engine(head_db.su, pool_size=1)
    head = migrate.head_revision()
    problems = []
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            for name in current_files():
                kind, _, obj = name.partition("/")
                transaction = conn.begin()
                try:
                    state = OBJECT_STATE.get(kind)
                    before = dict(raw.execute(state, {"name": obj}).fetchall()) if state else None
                    sqlfiles.apply(conn, head, name)
                    after = dict(raw.execute(state, {"name": obj}).fetchall()) if state else None
                    touched = {row[0] for row in raw.execute(TOUCHED).fetchall()}
                finally:
                    transaction.rollback()
                if before != after:
                    problems.append(f"{name}: the database differs from the file: {before} | {after}")
                if kind != "roles" and not before:
                    problems.append(f"{name}: no such object in the database")
                own = {name} if kind == "functions" else {f"table {obj}"}
                if kind != "roles" and not touched <= own:
                    problems.append(f"{name}: also touches {sorted(touched - own)}")
    finally:
        engine.dispose()
    assert not problems, "\n".join(problems)


def test_every_object_of_the_schema_has_its_file(head_db):
    with psycopg.connect(**head_db.su.conninfo()) as conn:

        def names(query: str) -> set[str]:
            return {row[0] for row in conn.execute(query).fetchall()}

        in_database = {
            "functions": names("SELECT proname FROM pg_proc WHERE pronamespace = 'smsdesk'::regnamespace"),
            "views": names(
                "SELECT relname FROM pg_class WHERE relnamespace = 'smsdesk'::regnamespace AND relkind IN ('v', 'm')"
            ),
            "policies": names(
                "SELECT relname FROM pg_class WHERE relnamespace = 'smsdesk'::regnamespace AND relrowsecurity"
                " UNION SELECT tablename FROM pg_policies WHERE schemaname = 'smsdesk'"
            ),
            "triggers": names(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                " WHERE c.relnamespace = 'smsdesk'::regnamespace AND NOT t.tgisinternal"
            ),
            # (a view's grants are in its own file, views/<name>.sql)
            "grants": names(
                "SELECT c.relname FROM pg_class c, aclexplode(c.relacl) a"
                " WHERE c.relnamespace = 'smsdesk'::regnamespace AND a.grantee <> c.relowner AND c.relkind <> 'v'"
                " UNION SELECT c.relname FROM pg_class c JOIN pg_attribute t ON t.attrelid = c.oid"
                " WHERE c.relnamespace = 'smsdesk'::regnamespace AND t.attacl IS NOT NULL AND c.relkind <> 'v'"
            ),
        }
        public = names(
            "SELECT p.oid::regprocedure::text"
            " FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a"
            " WHERE p.pronamespace = 'smsdesk'::regnamespace AND a.grantee = 0"
        )
    files = {kind: {n.partition("/")[2] for n in current_files() if n.startswith(kind + "/")} for kind in in_database}
    for kind in in_database:
        assert in_database[kind] - files[kind] == set(), f"{kind} without a file in db/sql/{kind}/"
        assert files[kind] - in_database[kind] == set(), f"files in db/sql/{kind}/ with nothing in the database"
    assert public == set(), "functions anyone may call (each function file revokes PUBLIC)"


# ---------------------------------------------------------------------------------------------------
# Step by step, down and up again at every step, against a database created at head.


@pytest.fixture(scope="module")
def steps(pg_server):
    """Upgrades a database one revision at a time; after each, goes down one and up again; then down to nothing and
    up to head in one command each. Returns the catalogs along the way, what each revision loaded, and the catalog
    of a second database upgraded to head at once."""
    from tests.conftest import TestDatabase, _drop, _new_name

    loaded: dict[tuple[str, str], str] = {}
    real_source_path = sqlfiles.source_path

    def recording(revision: str, name: str) -> Path:
        path = real_source_path(revision, name)
        loaded[(revision, name)] = shipped_digest(path)
        return path

    result = {"up": {}, "down": {}, "again": {}, "loaded": loaded}
    stepwise, at_once = TestDatabase(pg_server, _new_name()), TestDatabase(pg_server, _new_name())
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sqlfiles, "source_path", recording)
        for db in (stepwise, at_once):
            admin.ensure_database(db.su)
        engine = make_engine(stepwise.su, pool_size=1)
        try:

            def move(how, target: str) -> dict:
                with engine.connect() as conn:
                    conn.execute(text("create schema if not exists smsdesk"))
                    how(migrate.alembic_config(conn), target)
                    conn.commit()
                with psycopg.connect(**stepwise.su.conninfo()) as raw:
                    return catalog.snapshot(raw)

            previous = "base"
            for revision in chain():
                result["up"][revision] = move(command.upgrade, revision)
                result["down"][revision] = move(command.downgrade, previous)
                result["again"][revision] = move(command.upgrade, revision)
                previous = revision
            # and all the way down and up again, one command each way
            result["to_base"] = move(command.downgrade, "base")
            result["from_base"] = move(command.upgrade, "heads")
        finally:
            engine.dispose()
        engine = make_engine(at_once.su, pool_size=1)
        try:
            with engine.connect() as conn:
                migrate.upgrade(conn)
            with psycopg.connect(**at_once.su.conninfo()) as raw:
                result["head"] = catalog.snapshot(raw)
        finally:
            engine.dispose()
    _drop(pg_server, stepwise.name)
    _drop(pg_server, at_once.name)
    return result


def test_a_database_upgraded_step_by_step_equals_one_created_at_head(steps):
    head = chain()[-1]
    assert catalog.differences(steps["up"][head], steps["head"]) == []
    assert steps["head"]["functions"] and steps["head"]["policies"] and steps["head"]["function_grants"]


def test_each_downgrade_gives_back_the_revision_before_and_the_upgrade_after_it_runs_clean(steps):
    first, *later = chain()
    # below the first revision nothing of smsdesk is left but Alembic's own table (the roles stay: they belong to the
    # cluster, smsdesk-admin db drop-roles removes them)
    empty = steps["down"][first]
    assert empty["functions"] == {} and empty["policies"] == {} and empty["triggers"] == {}
    assert set(empty["relations"]) == {"alembic_version", "alembic_version_pkc"}, empty["relations"]
    previous = first
    for revision in later:
        assert catalog.differences(steps["down"][revision], steps["up"][previous]) == [], f"{revision} down"
        previous = revision
    for revision in chain():
        assert catalog.differences(steps["again"][revision], steps["up"][revision]) == [], f"{revision} up again"
    assert catalog.differences(steps["to_base"], steps["down"][first]) == []
    assert catalog.differences(steps["from_base"], steps["head"]) == []


def test_each_revision_loads_the_sql_it_shipped_with(steps):
    """A revision that reached a database must keep loading the same bytes: a change to an object goes into a new
    revision, and the earlier body into db/sql/history/ (db/sql/README.md)."""
    recorded = {}
    for line in SHIPPED.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            revision, name, digest = line.split()
            recorded[(revision, name)] = digest
    loaded = steps["loaded"]
    expected_lines = "\n".join(f"{r} {n} {d}" for (r, n), d in sorted(loaded.items()))
    changed = sorted(k for k in loaded if k in recorded and recorded[k] != loaded[k])
    missing = sorted(k for k in loaded if k not in recorded)
    gone = sorted(k for k in recorded if k not in loaded)
    assert not (changed or missing or gone), (
        f"revisions load other SQL than recorded in {SHIPPED.name}.\n"
        f"changed: {changed}\nnot recorded: {missing}\nno longer loaded: {gone}\n"
        "A revision that has been released never changes what it loads: restore the file it loaded and put your "
        "change in a new revision (db/sql/README.md). For a revision not yet released, record what it loads now; "
        f"the whole file would read:\n{expected_lines}"
    )


def test_every_revision_lists_what_it_loads_in_its_sql_tuple(steps):
    """``SQL`` of a migration names what it loads, so the rework command finds which revision installed a body."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    for revision, name in steps["loaded"]:
        assert name in getattr(script.get_revision(revision).module, "SQL", ()), (revision, name)
