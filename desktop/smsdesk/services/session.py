"""Runs a unit of work for the signed-in operator; the console's job runner (ui/jobs.py) calls it off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from smsdesk.services.auth import SignedIn
from smsdesk.services.errors import translate_db_errors
from smsdesk.store.database import unit_of_work

T = TypeVar("T")


def run(signed: SignedIn, work: Callable[..., T], *args, **kwargs) -> T:
    """``work(session, *args)`` inside one transaction; database errors come out as ServiceError."""
    with translate_db_errors(), unit_of_work(signed.sessions) as session:
        return work(session, *args, **kwargs)
