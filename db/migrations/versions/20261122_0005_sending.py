"""Sending (issue #6): address-book recipients resolved by the database, blacklists enforced at submit.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 00:30:00.000000
"""

from alembic import op

from smsdesk.store.sqlfiles import apply_sql

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    apply_sql(op.get_bind(), "20261122_0005_sending.sql")


def downgrade() -> None:
    op.execute(
        "DROP FUNCTION IF EXISTS smsdesk.send_submit(uuid, text, text, text, text, text, int, timestamptz, "
        "text[], text[], bigint[], bigint[])"
    )
    op.execute("DROP FUNCTION IF EXISTS smsdesk.send_contact_check(bigint[], bigint[], text, text[])")
    op.execute("DROP FUNCTION IF EXISTS smsdesk._send_contacts(bigint[], bigint[])")
    op.execute("DROP FUNCTION IF EXISTS smsdesk._send_blocked(text[], text, bigint)")
