"""Installation and organisation management for IT (the admin command line) and administrators."""

from __future__ import annotations

from dataclasses import dataclass

import psycopg
from sqlalchemy import text
from sqlalchemy.orm import Session

from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.settings import DatabaseTarget
from smsdesk.store import migrate, roles
from smsdesk.store.database import connect_raw, make_engine, scram_verifier, session_factory, unit_of_work
from smsdesk.store.repositories import GroupRepository, UserRepository


@dataclass(frozen=True)
class DbStatus:
    current: str | None
    head: str
    role_prefix: str
    server_version: str

    @property
    def state(self) -> str:
        if self.current is None:
            return "empty"
        if self.current == self.head:
            return "up-to-date"
        known = set(migrate.known_revisions())
        return "older" if set(self.current.split("+")) <= known else "newer"


def ensure_database(target: DatabaseTarget) -> bool:
    """Creates the database when the server has none by that name; True when it did."""
    with connect_raw(target, dbname="postgres") as conn:
        conn.autocommit = True
        exists = conn.execute("select 1 from pg_database where datname = %s", (target.dbname,)).fetchone()
        if exists:
            return False
        conn.execute(
            psycopg.sql.SQL("create database {} encoding 'UTF8' template template0").format(
                psycopg.sql.Identifier(target.dbname)
            )
        )
        return True


def db_status(target: DatabaseTarget) -> DbStatus:
    engine = make_engine(target, pool_size=1)
    try:
        with engine.connect() as conn:
            state = migrate.schema_state(conn)
            version = conn.execute(text("show server_version")).scalar_one()
        return DbStatus(state.current, state.head, roles.role_prefix(target.dbname), version)
    finally:
        engine.dispose()


def _require_superuser(conn) -> None:
    if not conn.execute(text("select rolsuper from pg_roles where rolname = current_user")).scalar():
        raise ServiceError(
            "forbidden",
            "run this as a PostgreSQL superuser: it creates the installation's roles and security functions",
        )


def db_upgrade(target: DatabaseTarget) -> DbStatus:
    engine = make_engine(target, pool_size=1)
    try:
        with engine.connect() as conn:
            _require_superuser(conn)
            state = migrate.schema_state(conn)
            if state.newer:
                raise ServiceError("schema_newer", f"the database is at {state.current}, newer than {state.head}")
            migrate.upgrade(conn)
    finally:
        engine.dispose()
    return db_status(target)


def verifier_for(session: Session, password: str, role: str) -> str:
    """The SCRAM verifier of a password that meets the installation's rule (setting signin_policy)."""
    from smsdesk.store.repositories_org import OrgRepository

    least = OrgRepository(session).min_password_length()
    if len(password) < least:
        raise ServiceError("invalid", f"a password has at least {least} characters")
    return scram_verifier(session.connection().connection.driver_connection, password, role)


def ensure_group_path(session: Session, path: str) -> int:
    """Finds or creates every group along 'East/Shanghai/Desk 1' (mkdir -p); returns the last id."""
    parts = [p.strip() for p in path.strip().strip("/").split("/")]
    if not parts or any(not p for p in parts):
        raise ServiceError("invalid", f"not a group path: {path!r}")
    groups = GroupRepository(session)
    parent: int | None = None
    walked: list[str] = []
    for part in parts:
        walked.append(part)
        found = groups.find("/".join(walked))
        if found is None:
            with translate_db_errors():
                found = groups.create(parent, part)
        parent = found
    assert parent is not None
    return parent


def create_group_path(session: Session, path: str, *, top_level: bool = False) -> int:
    """``group create``: a path starts at an existing top group (总部/华东/上海/客服一部); a path whose first group
    is not one would quietly start a second organisation beside the first, so that needs ``top_level``."""
    first = path.strip().strip("/").split("/", 1)[0].strip()
    tops = [g.path for g in GroupRepository(session).visible() if g.parent_id is None]
    if tops and first not in tops and not top_level:
        suggestion = "/".join([tops[0], path.strip().strip("/")])
        raise ServiceError(
            "invalid",
            f"{first!r} is not a top-level group: a group path starts at the top group ({', '.join(tops)}), "
            f"e.g. {suggestion} (--top-level creates a new top-level group)",
        )
    return ensure_group_path(session, path)


def find_group(session: Session, path: str) -> int:
    found = GroupRepository(session).find(path)
    if found is None:
        raise ServiceError("not_found", f"no group {path!r}")
    return found


def create_user(
    session: Session,
    *,
    login: str,
    password: str,
    group_path: str,
    operator_name: str = "",
    admin: bool = False,
    reviewer: bool = False,
    review: bool = False,
    mobile: str | None = None,
) -> tuple[int, str]:
    login = login.strip().lower()
    if not roles.valid_login(login):
        raise ServiceError(
            "invalid",
            "a login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-', "
            "starting with a letter or digit",
        )
    dbname = session.execute(text("select current_database()")).scalar_one()
    role = roles.user_role(dbname, login)
    group_id = find_group(session, group_path)
    from smsdesk.store.repositories_org import OrgRepository

    verifier = verifier_for(session, password, role)
    with translate_db_errors():
        user_id = OrgRepository(session).user_create(
            login=login,
            operator_name=operator_name or login,
            group_id=group_id,
            kind="admin" if admin else "user",
            is_reviewer=reviewer,
            review_mode=review,
            mobile=mobile,
            verifier=verifier,
            password_length=len(password),
        )
    return user_id, role


CHAIN_HINT = (
    "quota flows down one level at a time: grant each group from its parent, top group first "
    "(quota grant --group 总部/华东, then --group 总部/华东/上海, …), then its users"
)


def _with_chain_hint(exc: ServiceError) -> ServiceError:
    if exc.code != "insufficient_quota":
        return exc
    return ServiceError(exc.code, f"{exc.detail}: {CHAIN_HINT}")


def grant_group(session: Session, group_path: str, amount: int) -> int:
    group_id = find_group(session, group_path)
    try:
        with translate_db_errors():
            return GroupRepository(session).grant_quota(group_id, amount)
    except ServiceError as exc:
        raise _with_chain_hint(exc) from exc


def grant_user(session: Session, login: str, amount: int) -> int:
    user = UserRepository(session).by_login(login.strip().lower())
    if user is None:
        raise ServiceError("not_found", f"no user {login!r}")
    try:
        with translate_db_errors():
            return UserRepository(session).grant_quota(user.id, amount)
    except ServiceError as exc:
        raise _with_chain_hint(exc) from exc


def db_init(target: DatabaseTarget, admin_login: str, admin_password: str, *, root_group: str = "") -> tuple[int, str]:
    """Prepares an empty database: schema, roles, policies, the top group and its first administrator."""
    ensure_database(target)
    engine = make_engine(target, pool_size=1)
    try:
        with engine.connect() as conn:
            _require_superuser(conn)
            state = migrate.schema_state(conn)
            if state.newer:
                raise ServiceError("schema_newer", f"the database is at {state.current}, newer than {state.head}")
            migrate.upgrade(conn)
        factory = session_factory(engine)
        with unit_of_work(factory) as session:
            root = root_group.strip() or "Head office"
            existing = UserRepository(session).by_login(admin_login.strip().lower())
            if existing is not None:
                raise ServiceError("conflict", f"login {admin_login!r} is taken")
            ensure_group_path(session, root)
            return create_user(
                session,
                login=admin_login,
                password=admin_password,
                group_path=root,
                admin=True,
                reviewer=True,
            )
    finally:
        engine.dispose()


def drop_roles(target: DatabaseTarget) -> list[str]:
    """Removes this installation's roles from the cluster, once its database was dropped; refused before."""
    prefix = roles.role_prefix(target.dbname)
    with connect_raw(target, dbname="postgres") as conn:
        conn.autocommit = True
        if conn.execute("select 1 from pg_database where datname = %s", (target.dbname,)).fetchone():
            raise ServiceError(
                "conflict",
                f"database {target.dbname!r} still exists: drop-roles is only for a database already dropped "
                "(its users would lose their sign-in)",
            )
        names = [
            r[0]
            for r in conn.execute(
                "select rolname from pg_roles where starts_with(rolname, %s) order by rolname desc", (prefix,)
            ).fetchall()
        ]
        for name in names:
            conn.execute(psycopg.sql.SQL("drop role if exists {}").format(psycopg.sql.Identifier(name)))
    return names
