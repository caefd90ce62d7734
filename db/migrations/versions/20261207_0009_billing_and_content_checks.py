"""The database bills and checks what it sends (issue 14): segments counted by the database with the rules
engine's semantics (sms_segments of sms_text), signatures only from the caller's library, the installation's opt-out
suffix on marketing, personal bodies only through an approved template, sensitive words masked or refused by the
database (_sensitive_patterns, _sensitive_mask), and the same for the console's preview (send_text). task_queue keeps
its signature (p_segments and p_body_segments are now ignored), so its grants.

Revision ID: 0009
Revises: 0011
Create Date: 2026-12-07 15:59:49.598155
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0009"
down_revision = "0011"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "functions/sms_segments",
    "functions/sms_text",
    "functions/_sensitive_patterns",
    "functions/_sensitive_fold_class",
    "functions/_sensitive_mask",
    "functions/send_text",
    "functions/task_queue",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/task_queue",)


def upgrade() -> None:
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
