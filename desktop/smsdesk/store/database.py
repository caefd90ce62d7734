"""Engines and sessions: one engine per signed-in operator, connecting as that operator's own role."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from smsdesk.settings import DatabaseTarget

APPLICATION_NAME = "smsdesk"
CONSOLE_APPLICATION_NAME = "smsdesk-console"  # what a console's connections show in pg_stat_activity


# A network that drops without closing connections (a cable, a VPN, a switch) leaves a waiting client waiting for
# ever: TCP keepalives end an idle connection after ~25 s of silence and tcp_user_timeout one whose sent data stays
# unacknowledged for 30 s, so the work fails with a clear message and the pool opens a fresh connection instead.
# They only apply to TCP (not to the embedded server's socket); libpq's multi-host form (host=a,b) tries each
# address in turn, which is how a console follows a failover to another address.
KEEPALIVE = {
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "5",
    "keepalives_count": "3",
    "tcp_user_timeout": "30000",
}


def connect_raw(target: DatabaseTarget, **overrides: str) -> psycopg.Connection:
    info = {"connect_timeout": "5", "application_name": APPLICATION_NAME, **KEEPALIVE, **target.conninfo(), **overrides}
    return psycopg.connect(**info)


def make_engine(target: DatabaseTarget, *, pool_size: int = 4, pool_max: int | None = None, **overrides: str) -> Engine:
    """An engine whose connections carry the target's address, TLS options and login.

    It keeps ``pool_size`` connections open between uses and opens more while work needs them, up to
    ``pool_max`` in all (default: twice ``pool_size``); a connection beyond ``pool_size`` is closed as soon as
    its work returns it, so an idle engine holds ``pool_size`` connections."""
    bound = max(pool_size, pool_size * 2 if pool_max is None else pool_max)
    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect_raw(target, **overrides),
        pool_size=pool_size,
        max_overflow=bound - pool_size,
        pool_pre_ping=True,
        pool_recycle=1800,
    )


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """Commit at the boundary, roll back on any error."""
    with factory() as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def scram_verifier(conn: psycopg.Connection, password: str, role: str) -> str:
    """Hash on the client (libpq), so the password itself never crosses the wire or reaches a server log."""
    raw = conn.pgconn.encrypt_password(password.encode("utf-8"), role.encode("utf-8"), b"scram-sha-256")
    return raw.decode("ascii")
