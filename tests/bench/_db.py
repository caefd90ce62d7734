"""A throwaway database with a small organisation, for benchmark scripts.

SMSDESK_TEST_DATABASE_URL (a superuser URL) picks the server; otherwise an embedded server starts in a
temporary directory. Use as a context manager; it drops the database and its roles on exit.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path

import psycopg

from smsdesk import settings
from smsdesk.services import admin
from smsdesk.settings import DatabaseTarget

ADMIN_PASSWORD = "bench-admin-1"


@contextmanager
def bench_database(root_group: str = "总部"):
    """Yields (address for signing in, superuser address); an administrator 'boss' exists."""
    server = None
    url = os.environ.get("SMSDESK_TEST_DATABASE_URL")
    if url:
        su = settings.parse_url(url, "bench")
    else:
        from smsdesk.store.embedded import EmbeddedServer

        server = EmbeddedServer(Path(tempfile.mkdtemp(prefix="smsdesk-bench-pg-")), delete_on_stop=True)
        server.start()
        info = server.superuser_conninfo()
        su = DatabaseTarget(
            "bench", host=info["host"], port=int(info["port"]), user=info["user"], password=info.get("password", "")
        )
    name = f"sdbench_{uuid.uuid4().hex[:8]}"
    su_db = DatabaseTarget(
        "bench", host=su.host, port=su.port, dbname=name, user=su.user, password=su.password, options=dict(su.options)
    )
    try:
        admin.db_init(su_db, "boss", ADMIN_PASSWORD, root_group=root_group)
        yield DatabaseTarget("bench", host=su.host, port=su.port, dbname=name, options=dict(su.options)), su_db
    finally:
        with psycopg.connect(**{**su_db.conninfo(), "dbname": "postgres"}, autocommit=True) as conn:
            conn.execute(
                psycopg.sql.SQL("drop database if exists {} with (force)").format(psycopg.sql.Identifier(name))
            )
        admin.drop_roles(su_db)
        if server is not None:
            server.stop()
