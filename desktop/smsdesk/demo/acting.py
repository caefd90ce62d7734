"""Acting as a demo user: the seeding session (the installation owner's) takes on a user's login role, so what
follows goes through the same checked database functions and audit as that user's console would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from smsdesk.store.repositories_demo import DemoRepository


@contextmanager
def acting_as(session: Session, login: str) -> Iterator[None]:
    """Runs the block as ``login`` (session_user changes with it). Raises LookupError for an unknown or
    disabled login. After an error the transaction rolls back, and the change of role with it."""
    repo = DemoRepository(session)
    role = repo.role_of(login)
    if role is None:
        raise LookupError(f"no active demo user {login!r}")
    repo.act_as(role)
    yield
    repo.act_as(None)
