"""Retention (SEC-5): message details older than the installation's ``retention_months`` are purged in turns,
each its own short transaction, so sending goes on; the rollups stay. The dispatchers' housekeeping does it
by itself; ``purge`` is the same work run to the end at once (``smsdesk-admin retention purge``), keeping the
pause between turns the database asks for while a send goes on."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import sessionmaker

from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.database import unit_of_work
from smsdesk.store.repositories_retention import RetentionRepository

COUNTS = ("tasks", "messages", "parts", "receipts", "replies")


@dataclass
class PurgeResult:
    months: int = 0
    cutoff: str = ""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    turns: int = 0
    seconds: float = 0.0
    finished: bool = True


def purge(factory: sessionmaker, *, budget_ms: int = 2000, batch: int = 5000, max_seconds: float | None = None,
          progress: Callable[[PurgeResult], None] | None = None) -> PurgeResult:  # fmt: skip
    """Purges until nothing older than the retention is left (or ``max_seconds`` passed); each turn commits."""
    if not 1 <= budget_ms <= 600_000:
        raise ServiceError("invalid", "a purge turn lasts 1 ms to 10 minutes")
    if not 100 <= batch <= 50_000:
        raise ServiceError("invalid", "a purge batch holds 100 to 50,000 rows")
    result = PurgeResult()
    started = time.monotonic()
    while True:
        with unit_of_work(factory) as session, translate_db_errors():
            turn = RetentionRepository(session).purge_turn(budget_ms, batch)
        result.turns += 1
        result.months = int(turn.get("months") or 0)
        result.cutoff = str(turn.get("cutoff") or "")
        for key in COUNTS:
            result.counts[key] += int(turn.get(key) or 0)
        result.seconds = time.monotonic() - started
        result.finished = not turn.get("more")
        if progress is not None:
            progress(result)
        if result.finished:
            return result
        if turn.get("busy"):
            time.sleep(min(1.0, budget_ms / 1000))  # another purge (a dispatcher's) holds the lock: let it work
        elif turn.get("pause_ms"):
            time.sleep(min(5.0, int(turn["pause_ms"]) / 1000))  # a send goes on: the pause the database asks for
        if max_seconds is not None and result.seconds >= max_seconds:
            return result
