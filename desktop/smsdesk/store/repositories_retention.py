"""The retention purge (SEC-5): retention_purge (db/sql/functions/_retention_purge.sql) does the work, checks the
caller and audits it; a call works for a budget of milliseconds and is committed by its caller."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


class RetentionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def purge_turn(self, budget_ms: int, batch: int) -> dict[str, Any]:
        return self.session.execute(
            text("SELECT smsdesk.retention_purge(:budget, :batch)"), {"budget": budget_ms, "batch": batch}
        ).scalar_one()
