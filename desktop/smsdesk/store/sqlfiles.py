"""Runs the hand-written SQL of db/sql/ (roles, policies, functions) with the installation's role prefix."""

from __future__ import annotations

from sqlalchemy import Connection, text

from smsdesk.store.migrate import sql_path
from smsdesk.store.roles import role_prefix


def render_sql(name: str, prefix: str) -> str:
    return sql_path(name).read_text(encoding="utf-8").replace("__P__", prefix)


def apply_sql(connection: Connection, name: str) -> None:
    dbname = connection.execute(text("select current_database()")).scalar_one()
    # Straight to psycopg with no parameters, so '%' in format() calls is not taken for a placeholder.
    connection.connection.driver_connection.execute(render_sql(name, role_prefix(dbname)))
