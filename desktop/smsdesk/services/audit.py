"""Reading the audit trail (administrators) and recording client-side events such as exports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from smsdesk.services.errors import translate_db_errors
from smsdesk.store.repositories import AuditRepository, AuditRow


def search(
    session: Session,
    *,
    text_filter: str = "",
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    before_id: int | None = None,
    limit: int = 500,
) -> list[AuditRow]:
    return AuditRepository(session).search(
        text_filter=text_filter.strip(),
        action=action,
        since=since,
        until=until,
        before_id=before_id,
        limit=limit,
    )


def actions(session: Session) -> list[str]:
    return AuditRepository(session).actions()


def record(session: Session, action: str, target: str, details: dict[str, Any] | None = None) -> None:
    with translate_db_errors():
        AuditRepository(session).record(action, target, details)
