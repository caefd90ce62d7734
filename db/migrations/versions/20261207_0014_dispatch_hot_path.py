"""Dispatcher hot path: a reply stored before the part its number was sent is matched when the part is recorded.

A reply (MO) is matched to the newest part the SMSC accepted for its number; the part is written with its submit
result. Under load the reply can be stored first (the receiver link of a tx+rx bind, another dispatcher, results
waiting behind a slow write): record_submit_results now gives recent unmatched replies of the numbers it records
their message, task, owner, group and kind. ix_inbound_reply_unmatched keeps the check for such replies one index
probe per batch.

Revision ID: 0014
Revises: 0010
Create Date: 2026-12-07 16:10:17.329770
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store import sqlfiles

revision = "0014"
down_revision = "0010"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = ("functions/record_submit_results",)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/record_submit_results",)


def upgrade() -> None:
    op.create_index("ix_inbound_reply_unmatched", "inbound_reply", ["received_at"], unique=False, schema="smsdesk",
                    postgresql_where=sa.text("message_id IS NULL"))
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_index("ix_inbound_reply_unmatched", table_name="inbound_reply", schema="smsdesk")
