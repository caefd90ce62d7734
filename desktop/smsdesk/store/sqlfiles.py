"""Runs the hand-written SQL of db/sql/ (roles, policies, functions) with the installation's role prefix."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from smsdesk.store.migrate import sql_path
from smsdesk.store.roles import role_prefix


def render_sql(name: str, prefix: str) -> str:
    return sql_path(name).read_text(encoding="utf-8").replace("__P__", prefix)


def apply_sql(connection: Connection, name: str) -> None:
    dbname = connection.execute(text("select current_database()")).scalar_one()
    # Straight to psycopg with no parameters, so '%' in format() calls is not taken for a placeholder.
    connection.connection.driver_connection.execute(render_sql(name, role_prefix(dbname)))


def earlier_definition(name: str, function: str, prefix: str) -> str:
    """The CREATE FUNCTION statement of ``function`` in an earlier revision's SQL file, as CREATE OR REPLACE with
    the installation's role prefix (a downgrade puts back what a later revision replaced)."""
    source = sql_path(name).read_text(encoding="utf-8")
    match = re.search(rf"CREATE (?:OR REPLACE )?FUNCTION smsdesk\.{function}\(.*?END \$\$;", source, re.S)
    if match is None:
        raise RuntimeError(f"{function} not found in {name}")
    statement = re.sub(r"^CREATE (?:OR REPLACE )?FUNCTION", "CREATE OR REPLACE FUNCTION", match.group(0))
    return statement.replace("__P__", prefix)
