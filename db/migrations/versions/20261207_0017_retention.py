"""Retention (SEC-5): message details older than the installation's retention_months are purged in small batches,
by the dispatchers' housekeeping or `smsdesk-admin retention purge`, audited with their counts; rollups stay.

Tasks that ended before the cutoff go with all their messages (by ix_message_task_id_id); parts, receipts and
replies go by the time they were recorded, so each gets an index on it (one more entry per row on insert; the
columns never change, so updates stay HOT). send_task gets one on send_at to find the oldest tasks.

Messages are not partitioned by month. Dropping a month's partition would purge in an instant, but the hot path
finds messages by id (claims, submit results, receipts through message_part, replies) and by task; with the month
in the key every such lookup probes every partition (13 and more) or needs the month passed along, and the
primary key would have to carry the month. A task's messages also straddle month ends. The batched delete meets
its goal (1,000,000 messages in under a minute while sending goes on; tests/bench/reports_bench.py) without
touching the hot path.

Revision ID: 0017
Revises: 0009
Create Date: 2026-12-07 19:00:00
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0017"
down_revision = "0009"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = ("functions/_retention_purge", "functions/retention_purge", "functions/dispatch_retention")
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ()

INDEXES = (
    ("ix_send_task_send_at", "send_task", ["send_at"]),
    ("ix_message_part_submitted_at", "message_part", ["submitted_at"]),
    ("ix_receipt_received_at", "receipt", ["received_at"]),
    ("ix_inbound_reply_received_at", "inbound_reply", ["received_at"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False, schema="smsdesk")
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table, schema="smsdesk")
