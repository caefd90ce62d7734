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
    root = sql_dir() / "history"
    return sorted(d.name for d in root.iterdir() if (d / f"{name}.sql").is_file()) if root.is_dir() else []


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
            _clear(raw, kind, obj, disable=True)


def _run(connection: Connection, files: list[tuple[str, Path]]) -> None:
    raw = connection.connection.driver_connection
    prefix = role_prefix(connection.execute(text("select current_database()")).scalar_one())
    for name, path in files:
        kind, _, obj = name.partition("/")
        if kind != "roles":
            _clear(raw, kind, obj, disable=False)
        # Straight to psycopg with no parameters, so '%' in format() calls is not taken for a placeholder.
        raw.execute(render(path, prefix))


# Who holds a privilege on an object (the owner aside): PUBLIC is grantee 0. A table's column privileges count.
_FUNCTION_GRANTEES = """
    SELECT DISTINCT p.oid::regprocedure::text, a.grantee
      FROM pg_proc p CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
     WHERE p.pronamespace = %(schema)s::regnamespace AND p.proname = %(name)s AND a.grantee <> p.proowner"""
_RELATION_GRANTEES = """
    SELECT DISTINCT c.oid::regclass::text, a.grantee
      FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
     WHERE c.relnamespace = %(schema)s::regnamespace AND c.relname = %(name)s AND a.grantee <> c.relowner
    UNION
    SELECT DISTINCT c.oid::regclass::text, a.grantee
      FROM pg_class c JOIN pg_attribute t ON t.attrelid = c.oid CROSS JOIN LATERAL aclexplode(t.attacl) a
     WHERE c.relnamespace = %(schema)s::regnamespace AND c.relname = %(name)s"""


def _clear(raw, kind: str, obj: str, *, disable: bool) -> None:
    """Removes what a file of ``kind`` states about ``obj``, so that running the file makes it exactly that."""
    where = {"schema": SCHEMA, "name": obj}
    if kind in ("functions", "views", "grants"):
        what, query = ("FUNCTION", _FUNCTION_GRANTEES) if kind == "functions" else ("TABLE", _RELATION_GRANTEES)
        for target, grantee in raw.execute(query, where).fetchall():
            who = sql.SQL("PUBLIC") if grantee == 0 else sql.Identifier(_role_name(raw, grantee))
            # REVOKE on a table takes its column privileges too
            raw.execute(sql.SQL("REVOKE ALL ON {} {} FROM {}").format(sql.SQL(what), sql.SQL(target), who))
    elif kind == "policies":
        table = sql.Identifier(SCHEMA, obj)
        for (policy,) in raw.execute(
            "SELECT policyname FROM pg_policies WHERE schemaname = %(schema)s AND tablename = %(name)s", where
        ).fetchall():
            raw.execute(sql.SQL("DROP POLICY {} ON {}").format(sql.Identifier(policy), table))
        if disable and _table_exists(raw, obj):
            raw.execute(sql.SQL("ALTER TABLE {} DISABLE ROW LEVEL SECURITY").format(table))
    elif kind == "triggers":
        for (trigger,) in raw.execute(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
            " WHERE c.relnamespace = %(schema)s::regnamespace AND c.relname = %(name)s AND NOT t.tgisinternal",
            where,
        ).fetchall():
            raw.execute(sql.SQL("DROP TRIGGER {} ON {}").format(sql.Identifier(trigger), sql.Identifier(SCHEMA, obj)))


def _role_name(raw, oid: int) -> str:
    return raw.execute("SELECT rolname FROM pg_roles WHERE oid = %s", (oid,)).fetchone()[0]


def _table_exists(raw, table: str) -> bool:
    return raw.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.{table}",)).fetchone()[0]


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
