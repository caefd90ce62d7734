"""Trial mode (INS-2): the embedded server, its database brought to this release, its first administrator, and
the demo organisation (built by smsdesk/demo/ in a child process)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from smsdesk.services import admin
from smsdesk.settings import DatabaseTarget
from smsdesk.store import migrate
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.store.embedded import EmbeddedServer
from smsdesk.store.repositories import UserRepository

log = logging.getLogger(__name__)

EMBEDDED_DBNAME = "smsdesk"
# Who "Try the demo" signs in as (the demo organisation itself is defined in smsdesk/demo/org.py).
DEMO_PASSWORD = "demo-pass-2026"
DEMO_ADMIN = "demo-admin"


def embedded_target(server: EmbeddedServer) -> DatabaseTarget:
    addr = server.start()
    return DatabaseTarget(source="embedded", host=addr.host, port=addr.port, dbname=EMBEDDED_DBNAME)


def superuser_target(server: EmbeddedServer, target: DatabaseTarget) -> DatabaseTarget:
    su = server.superuser_conninfo(target.dbname)
    return target.with_login(su["user"], su.get("password", ""))


def prepare_embedded(server: EmbeddedServer) -> DatabaseTarget:
    """Starts the server, creates and upgrades the database; returns the address operators sign in to."""
    target = embedded_target(server)
    su = superuser_target(server, target)
    admin.ensure_database(su)
    engine = make_engine(su, pool_size=1)
    try:
        with engine.connect() as conn:
            state = migrate.schema_state(conn)
            if not state.up_to_date:
                if state.newer:
                    raise RuntimeError(f"the embedded database is newer ({state.current}) than this console")
                log.info("upgrading the embedded database from %s to %s", state.current, state.head)
                migrate.upgrade(conn)
    finally:
        engine.dispose()
    return target


def has_users(server: EmbeddedServer, target: DatabaseTarget) -> bool:
    engine = make_engine(superuser_target(server, target), pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as session:
            return UserRepository(session).any_exist()
    finally:
        engine.dispose()


def ensure_demo_organisation(server: EmbeddedServer, target: DatabaseTarget) -> bool:
    """Creates the demo organisation when absent; True when it was created now.

    The seeding is CPU-heavy Python (weeks of history); run in the console's process it would hold the GIL
    and freeze the window, so it runs in a child process (``python -m smsdesk.demo``, named here rather than
    imported: the demo builds on the services) that signs in as the same superuser."""
    su = superuser_target(server, target)
    spec = {"host": su.host, "port": su.port, "dbname": su.dbname, "user": su.user, "password": su.password}
    env = {**os.environ, "SMSDESK_DEMO_TARGET": json.dumps(spec)}
    done = subprocess.run(
        [sys.executable, "-m", "smsdesk.demo"], env=env, capture_output=True, text=True, timeout=600
    )
    if done.returncode not in (0, 3):
        raise RuntimeError(f"preparing the demo organisation failed:\n{done.stderr[-4000:]}")
    return done.returncode == 0


def create_first_admin(server: EmbeddedServer, target: DatabaseTarget, login: str, password: str, group: str) -> None:
    engine = make_engine(superuser_target(server, target), pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as session:
            admin.ensure_group_path(session, group)
            admin.create_user(session, login=login, password=password, group_path=group, admin=True, reviewer=True)
    finally:
        engine.dispose()
