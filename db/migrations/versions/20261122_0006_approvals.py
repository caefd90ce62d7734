"""Approvals (issue #8): template and task review enforced by the database, bulk decisions, live counts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 01:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store import sqlfiles

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL = (
    "functions/tg_approval_notify",
    "triggers/send_task",
    "triggers/message_template",
    "functions/_approval_fail",
    "functions/sensitive_hits",
    "functions/_task_sensitive_hits",
    "functions/_task_review_problem",
    "functions/_task_review_apply",
    "functions/task_review",
    "functions/task_review_many",
    "functions/template_review",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED = ("triggers/send_task", "functions/task_review", "functions/template_review")


def upgrade() -> None:
    op.create_index(
        "ix_send_task_awaiting_review",
        "send_task",
        ["created_at", "id"],
        unique=False,
        schema="smsdesk",
        postgresql_where=sa.text("status = 'awaiting_review'"),
    )
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_index(
        "ix_send_task_awaiting_review",
        table_name="send_task",
        schema="smsdesk",
        postgresql_where=sa.text("status = 'awaiting_review'"),
    )
