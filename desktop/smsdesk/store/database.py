"""Engines and sessions: one engine per signed-in operator, connecting as that operator's own role."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

from smsdesk.settings import DatabaseTarget

APPLICATION_NAME = "smsdesk"


def connect_raw(target: DatabaseTarget, **overrides: str) -> psycopg.Connection:
    info = {"connect_timeout": "5", "application_name": APPLICATION_NAME, **target.conninfo(), **overrides}
    return psycopg.connect(**info)


def make_engine(target: DatabaseTarget, *, pool_size: int = 4, **overrides: str) -> Engine:
    """An engine whose connections carry the target's address, TLS options and login."""
    return create_engine(
        "postgresql+psycopg://",
        creator=lambda: connect_raw(target, **overrides),
        pool_size=pool_size,
        max_overflow=pool_size,
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
