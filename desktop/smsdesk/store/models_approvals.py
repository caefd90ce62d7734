"""Approvals (issue #8) add no table: tasks and templates carry their own review columns. This module declares
the one index the review queue needs (tasks awaiting review, oldest first), so ``alembic check`` knows it."""

from __future__ import annotations

from sqlalchemy import Index, text

from smsdesk.store.models_outbox import SendTask

AWAITING_REVIEW_INDEX = Index(
    "ix_send_task_awaiting_review",
    SendTask.__table__.c.created_at,
    SendTask.__table__.c.id,
    postgresql_where=text("status = 'awaiting_review'"),
)
