"""Errors the services raise, with stable codes the console translates and the command line prints: database
refusals (SQLSTATE SD4xx) become ``ServiceError`` codes here (the class itself is in ``smsdesk/errors.py``)."""

from __future__ import annotations

import psycopg
from sqlalchemy.exc import DBAPIError

from smsdesk.errors import ServiceError

__all__ = ["SQLSTATE_CODES", "ServiceError", "from_db_error", "translate_db_errors"]

# SQLSTATEs raised by the database functions (db/sql) and what they mean to a user.
SQLSTATE_CODES = {
    "SD401": "disabled",
    "SD402": "insufficient_quota",
    "SD403": "forbidden",
    "SD404": "not_found",
    "SD409": "conflict",
    "SD422": "invalid",
    "SD423": "locked",  # the sign-in policy's lockout
    "42501": "forbidden",
}


def from_db_error(exc: BaseException) -> ServiceError:
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, psycopg.Error):
        state = getattr(orig, "sqlstate", None) or ""
        message = orig.diag.message_primary if orig.diag and orig.diag.message_primary else str(orig)
        if (isinstance(orig, psycopg.OperationalError) and not state) or _connection_lost(state):
            return ServiceError("unreachable", str(orig).strip())
        return ServiceError(SQLSTATE_CODES.get(state, "database"), message)
    return ServiceError("database", str(orig))


def _connection_lost(state: str) -> bool:
    """The server went away under the work (a restart, a failover, the network): class 08, or the server shutting
    down or not yet accepting connections (57P01-57P03). The work did not happen, or (at COMMIT) may have: the
    console says the database is unreachable, and a submit retried with its task key is queued once."""
    return state.startswith("08") or state in ("57P01", "57P02", "57P03")


class translate_db_errors:
    """Turns database exceptions inside the block into ServiceError."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is not None and isinstance(exc, DBAPIError | psycopg.Error):
            raise from_db_error(exc) from exc
        return False
