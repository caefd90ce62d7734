"""Loads the hand-written SQL of db/sql/ (roles, functions, views, policies, triggers, grants) for the migrations.

Every object lives in one file named after it: ``functions/<name>.sql``, ``views/<name>.sql``,
``policies/<table>.sql``, ``triggers/<table>.sql``, ``grants/<table>.sql``, and ``roles.sql``. That file holds the
object's current definition. When a revision changes an object, the body an earlier revision installed is kept as
``history/<that revision>/<kind>/<name>.sql``, so each revision keeps loading exactly what it always loaded:

* revision R applies object N "as of R": ``history/R/N.sql`` if it exists, otherwise the current ``N.sql``;
* a downgrade of R restores N "as before R": the newest ``history/<revision>/N.sql`` of a revision older than R.

Applying a file makes the object exactly what the file says: a function's grants, a table's policies, triggers
and grants are removed before the file runs, and the file states them all. db/sql/README.md has the procedure.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from psycopg import sql
from sqlalchemy import Connection, text

from smsdesk.store.roles import role_prefix

KINDS = ("functions", "views", "policies", "triggers", "grants")
SCHEMA = "smsdesk"


@functools.cache
def sql_dir() -> Path:
    return Path(str(resources.files("smsdesk.db") / "sql"))


def current_path(name: str) -> Path:
    """``name`` is ``roles`` or ``<kind>/<object>``, e.g. ``functions/task_queue``, ``policies/send_task``."""
    kind, _, obj = name.partition("/")
    if name != "roles" and (kind not in KINDS or not obj or "/" in obj):
        raise ValueError(f"not an object of db/sql: {name!r} (roles, or one of {', '.join(KINDS)} / name)")
    return sql_dir() / f"{name}.sql"


def history_path(revision: str, name: str) -> Path:
    current_path(name)  # checks the name
    return sql_dir() / "history" / revision / f"{name}.sql"


@functools.cache
def _ancestors() -> dict[str, tuple[str, ...]]:
    """Every revision's ancestors, nearest first (itself excluded)."""
    from alembic.script import ScriptDirectory

    from smsdesk.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return {
        s.revision: tuple(a.revision for a in script.iterate_revisions(s.revision, "base") if a.revision != s.revision)
        for s in script.walk_revisions()
    }


def _history_revisions(name: str) -> list[str]:
    return _history_index(sql_dir()).get(name, [])


@functools.cache
def _history_index(root: Path) -> dict[str, list[str]]:
    """Every object with earlier bodies in history/, and the revisions that keep one."""
    index: dict[str, list[str]] = {}
    for path in sorted((root / "history").glob("*/*/*.sql")) + sorted((root / "history").glob("*/roles.sql")):
        revision, *rest = path.relative_to(root / "history").with_suffix("").parts
        index.setdefault("/".join(rest), []).append(revision)
    return index


def source_path(revision: str, name: str) -> Path:
    """The file revision ``revision`` loads for ``name`` (see the module's docstring)."""
    own = history_path(revision, name)
    if own.is_file():
        return own
    known = set(_ancestors()[revision]) | {revision}
    newer = [r for r in _history_revisions(name) if r not in known]
    if newer:
        raise RuntimeError(
            f"revision {revision} loads {name}, but revision {newer[0]} keeps an earlier body of it in history/: "
            f"the current file is newer than {revision}, whose own body belongs in "
            f"db/sql/history/{revision}/{name}.sql (see db/sql/README.md)"
        )
    path = current_path(name)
    if not path.is_file():
        raise FileNotFoundError(f"db/sql/{name}.sql does not exist")
    return path


def earlier_path(revision: str, name: str) -> Path:
    """The file that puts ``name`` back as it was before ``revision`` changed it (for downgrades)."""
    for older in _ancestors()[revision]:
        path = history_path(older, name)
        if path.is_file():
            return path
    raise FileNotFoundError(
        f"no revision before {revision} kept a body of {name} in db/sql/history/: if {revision} created it, "
        f"its downgrade removes it instead"
    )


def render(path: Path, prefix: str) -> str:
    return path.read_text(encoding="utf-8").replace("__P__", prefix)


def apply(connection: Connection, revision: str, *names: str) -> None:
    """Revision ``revision``'s upgrade: loads each object as of that revision, in the order given."""
    _run(connection, [(name, source_path(revision, name)) for name in names])


def restore(connection: Connection, revision: str, *names: str) -> None:
    """Revision ``revision``'s downgrade: puts each object back as the revision before it left it."""
    _run(connection, [(name, earlier_path(revision, name)) for name in names])


def remove(connection: Connection, *names: str) -> None:
    """Takes objects away, in the order given: every overload of a function; a view; a table's policies (and its
    row-level security), triggers or grants. A downgrade removes what its revision created."""
    raw = connection.connection.driver_connection
    for name in names:
        kind, _, obj = name.partition("/")
        current_path(name)  # checks the name
        if kind == "roles":
            raise ValueError("roles belong to the cluster and outlive a downgrade: smsdesk-admin db drop-roles")
        if kind == "functions":
            for (signature,) in raw.execute(
                "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = %s::regnamespace"
                " AND p.proname = %s ORDER BY p.oid DESC",
                (SCHEMA, obj),
            ).fetchall():
                raw.execute(sql.SQL("DROP FUNCTION {}").format(sql.SQL(signature)))
        elif kind == "views":
            raw.execute(sql.SQL("DROP VIEW IF EXISTS {}").format(sql.Identifier(SCHEMA, obj)))
        else:
            for statement in _clearing(raw, [name], disable=True).get(name, ()):
                raw.execute(statement)


def _run(connection: Connection, files: list[tuple[str, Path]]) -> None:
    raw = connection.connection.driver_connection
    prefix = role_prefix(connection.execute(text("select current_database()")).scalar_one())
    clear = _clearing(raw, [name for name, _ in files], disable=False)
    for name, path in files:
        # Straight to psycopg with no parameters, so '%' in format() calls is not taken for a placeholder; one round
        # trip per file, its clearing statements first.
        raw.execute("".join(f"{statement};\n" for statement in clear.get(name, ())) + render(path, prefix))


# What a file states about its object, as the catalog has it now: one row per statement that takes it away.
# A function's and a relation's privileges (the owner's aside; PUBLIC is grantee 0; a table's column privileges
# go with REVOKE ON TABLE), a table's policies and its triggers.
_CLEARING = """
    SELECT 'functions/' || p.proname, format('REVOKE ALL ON FUNCTION %%s FROM %%s', p.oid::regprocedure,
                                            CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END)
      FROM pg_proc p CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
      LEFT JOIN pg_roles r ON r.oid = a.grantee
     WHERE p.pronamespace = 'smsdesk'::regnamespace AND 'functions/' || p.proname = ANY (%(names)s)
       AND a.grantee <> p.proowner
     GROUP BY 1, 2
    UNION ALL
    SELECT g.kind || '/' || c.relname, format('REVOKE ALL ON TABLE %%s FROM %%s', c.oid::regclass,
                                              CASE a.grantee WHEN 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END)
      FROM pg_class c CROSS JOIN (VALUES ('grants'), ('views')) g(kind)
      CROSS JOIN LATERAL (SELECT x.grantee FROM aclexplode(c.relacl) x
                          UNION SELECT y.grantee FROM pg_attribute t, aclexplode(t.attacl) y
                                 WHERE t.attrelid = c.oid) a
      LEFT JOIN pg_roles r ON r.oid = a.grantee
     WHERE c.relnamespace = 'smsdesk'::regnamespace AND g.kind || '/' || c.relname = ANY (%(names)s)
       AND a.grantee <> c.relowner
    UNION ALL
    SELECT 'policies/' || tablename, format('DROP POLICY %%I ON %%I.%%I', policyname, schemaname, tablename)
      FROM pg_policies WHERE schemaname = 'smsdesk' AND 'policies/' || tablename = ANY (%(names)s)
    UNION ALL
    SELECT 'triggers/' || c.relname, format('DROP TRIGGER %%I ON %%s', t.tgname, c.oid::regclass)
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE c.relnamespace = 'smsdesk'::regnamespace AND 'triggers/' || c.relname = ANY (%(names)s)
       AND NOT t.tgisinternal
    UNION ALL
    SELECT 'policies/' || c.relname, format('ALTER TABLE %%s DISABLE ROW LEVEL SECURITY', c.oid::regclass)
      FROM pg_class c
     WHERE %(disable)s AND c.relnamespace = 'smsdesk'::regnamespace AND 'policies/' || c.relname = ANY (%(names)s)"""


def _clearing(raw, names: list[str], *, disable: bool) -> dict[str, list[str]]:
    """For each object, the statements that take away what its file states, so that running the file makes it
    exactly that; with ``disable``, a table's row-level security goes too (the object is being removed)."""
    statements: dict[str, list[str]] = {}
    for name, statement in raw.execute(_CLEARING, {"names": names, "disable": disable}):
        statements.setdefault(name, []).append(statement)
    return statements


def loaders(name: str, before: str | None = None) -> list[str]:
    """The revisions whose migration lists ``name`` in its ``SQL``, oldest first; with ``before``, only those older
    than that revision. The newest of them installed the current file."""
    from alembic.script import ScriptDirectory

    from smsdesk.store.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    chain = list(reversed(list(script.walk_revisions())))
    if before is not None:
        older = set(_ancestors()[before])
        chain = [s for s in chain if s.revision in older]
    return [s.revision for s in chain if name in getattr(s.module, "SQL", ())]


def rework(revision: str, name: str) -> Path:
    """Step one of changing an object in revision ``revision`` (db/sql/README.md): the current file, as the revision
    before that installed it, is copied to history/<that revision>/, where it stays. Returns the copy's path."""
    if revision not in _ancestors():
        raise ValueError(f"no revision {revision}: create its migration first (db/sql/README.md)")
    installed_by = loaders(name, before=revision)
    if not installed_by:
        raise ValueError(f"no revision before {revision} loads {name}: a new object needs no history copy")
    target = history_path(installed_by[-1], name)
    if target.exists():
        raise FileExistsError(f"{target} exists already")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(current_path(name).read_bytes())
    _history_index.cache_clear()
    return target


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m smsdesk.store.sqlfiles", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rework_cmd = commands.add_parser("rework", help="keep the current body of an object as history, to change it")
    rework_cmd.add_argument("revision", help="your new revision, e.g. 0009")
    rework_cmd.add_argument("name", help="e.g. functions/claim_batch, policies/send_task")
    args = parser.parse_args(argv)
    try:
        copy = rework(args.revision, args.name)
    except (ValueError, OSError) as error:
        print(f"error={error}")
        return 1
    print(f"kept=db/sql/{copy.relative_to(sql_dir()).as_posix()} edit=db/sql/{args.name}.sql")
    print(f'next: change the current file, and list "{args.name}" in SQL and CHANGED of revision {args.revision}')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
