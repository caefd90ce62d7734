"""Numbers masked by the database (SEC-3): operators, reviewers and administrators without the right to full numbers
can no longer read a message's, a reply's, a blacklist entry's, a user's or an audit row's number with plain SQL; the
functions that show them mask them by the caller's right, and a resend moves the failed numbers inside the database.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07 22:09:35.548895
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "functions/i_see_full_numbers",
    "views/message_shown",
    "functions/export_task_rows",
    "functions/reply_numbers",
    "functions/user_mobiles",
    "functions/_mask_audit_json",
    "functions/audit_page",
    "functions/blacklist_page",
    "functions/task_resend",
    "functions/user_update_profile",
    "grants/message",
    "grants/inbound_reply",
    "grants/blacklist_entry",
    "grants/blacklist_tail",
    "grants/audit_log",
    "grants/app_user",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = (
    "functions/export_task_rows",
    "functions/user_update_profile",
    "grants/message",
    "grants/inbound_reply",
    "grants/blacklist_entry",
    "grants/blacklist_tail",
    "grants/audit_log",
    "grants/app_user",
)


def upgrade() -> None:
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
