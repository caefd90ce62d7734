"""Trial mode (INS-2): the embedded server, its database brought to this release, and the demo organisation."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from smsdesk.services import admin
from smsdesk.settings import DatabaseTarget
from smsdesk.store import migrate
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.store.embedded import EmbeddedServer
from smsdesk.store.repositories import UserRepository

log = logging.getLogger(__name__)

EMBEDDED_DBNAME = "smsdesk"
DEMO_PASSWORD = "demo-pass-2026"
DEMO_ADMIN = "demo-admin"
DEMO_ROOT = "演示集团"


@dataclass(frozen=True)
class DemoUser:
    login: str
    name: str
    group: str
    admin: bool = False
    reviewer: bool = False
    review: bool = False
    quota: int = 0


DEMO_USERS = (
    DemoUser(DEMO_ADMIN, "系统管理员", DEMO_ROOT, admin=True, reviewer=True),
    DemoUser("demo-reviewer", "审核员 王芳", DEMO_ROOT, reviewer=True),
    DemoUser("demo-op1", "操作员 李明", f"{DEMO_ROOT}/华东分公司", quota=20_000),
    DemoUser("demo-op2", "操作员 张伟", f"{DEMO_ROOT}/华东分公司", review=True, quota=10_000),
    DemoUser("demo-op3", "操作员 陈静", f"{DEMO_ROOT}/华南分公司", quota=15_000),
)
DEMO_GROUP_QUOTA = {f"{DEMO_ROOT}/华东分公司": 50_000, f"{DEMO_ROOT}/华南分公司": 30_000}


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
        with engine.connect() as conn:
            from sqlalchemy import text

            return bool(conn.execute(text("select exists (select 1 from smsdesk.app_user)")).scalar())
    finally:
        engine.dispose()


def ensure_demo_organisation(server: EmbeddedServer, target: DatabaseTarget) -> bool:
    """Creates the demo organisation when absent; True when it was created now.

    The seeding is CPU-heavy Python (weeks of history); run in the console's process it would hold the GIL
    and freeze the window, so it runs in a child process that signs in as the same superuser."""
    import json
    import os
    import subprocess
    import sys

    su = superuser_target(server, target)
    env = {**os.environ, "SMSDESK_DEMO_TARGET": json.dumps({"host": su.host, "port": su.port, "dbname": su.dbname,
                                                             "user": su.user, "password": su.password})}
    done = subprocess.run([sys.executable, "-m", "smsdesk.services.trial"], env=env, capture_output=True,
                          text=True, timeout=600)
    if done.returncode not in (0, 3):
        raise RuntimeError(f"preparing the demo organisation failed:\n{done.stderr[-4000:]}")
    return done.returncode == 0


def _seed_demo_here(su: DatabaseTarget) -> bool:
    engine = make_engine(su, pool_size=1)
    try:
        factory = session_factory(engine)
        with unit_of_work(factory) as session:
            if UserRepository(session).by_login(DEMO_ADMIN) is not None:
                return False
            _create_demo(session)
            return True
    finally:
        engine.dispose()


def _create_demo(session: Session) -> None:
    for user in DEMO_USERS:
        admin.ensure_group_path(session, user.group)
    admin.grant_group(session, DEMO_ROOT, 200_000)
    for path, amount in DEMO_GROUP_QUOTA.items():
        admin.grant_group(session, path, amount)
    for user in DEMO_USERS:
        admin.create_user(
            session,
            login=user.login,
            password=DEMO_PASSWORD,
            group_path=user.group,
            operator_name=user.name,
            admin=user.admin,
            reviewer=user.reviewer,
            review=user.review,
        )
        if user.quota:
            admin.grant_user(session, user.login, user.quota)
    for seed in demo_seeders():
        seed(session)


def demo_seeders() -> list:
    """Each feature adds its demo data with ``seed_demo(session)`` in its own services module; the session
    is the installation owner's, after the demo organisation and its users exist."""
    import importlib
    import pkgutil

    import smsdesk.services as services

    seeders = []
    for info in sorted(pkgutil.iter_modules(services.__path__), key=lambda i: i.name):
        if info.name in ("trial",):
            continue
        module = importlib.import_module(f"smsdesk.services.{info.name}")
        if callable(getattr(module, "seed_demo", None)):
            # SEED_ORDER (default 0) runs a seeder after others whose data it builds on
            seeders.append((getattr(module, "SEED_ORDER", 0), info.name, module.seed_demo))
    return [seed for _, _, seed in sorted(seeders, key=lambda s: s[:2])]


def create_first_admin(server: EmbeddedServer, target: DatabaseTarget, login: str, password: str, group: str) -> None:
    engine = make_engine(superuser_target(server, target), pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as session:
            admin.ensure_group_path(session, group)
            admin.create_user(session, login=login, password=password, group_path=group, admin=True, reviewer=True)
    finally:
        engine.dispose()


def main() -> int:
    """Child-process entry of ensure_demo_organisation: 0 created, 3 already there."""
    import json
    import os

    logging.basicConfig(level=logging.WARNING)
    spec = json.loads(os.environ["SMSDESK_DEMO_TARGET"])
    su = DatabaseTarget(source="embedded", host=spec["host"], port=int(spec["port"]), dbname=spec["dbname"],
                        user=spec["user"], password=spec["password"])
    return 0 if _seed_demo_here(su) else 3


if __name__ == "__main__":
    raise SystemExit(main())
