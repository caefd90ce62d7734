"""Sending (issue #6): address-book recipients resolved by the database, blacklists enforced at submit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 00:30:00.000000
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL = (
    "functions/_send_contacts",
    "functions/_send_blocked",
    "functions/send_contact_check",
    "functions/send_submit",
)


def upgrade() -> None:
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.remove(op.get_bind(), *reversed(SQL))
