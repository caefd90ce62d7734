"""Dispatch: a task's fresh messages are leased straight from ``message``; the queue holds only messages put back.

Every message used to pass through ``message_queue`` on its way out: the task's feed inserted a queue row, the
claim leased it (and the message), the submit result deleted it, each with its index entries: a quarter of the
buffers and WAL records of a message's way through the database. Now, when a dispatcher's channels take every
route of a task's kind (the usual case), ``claim_batch`` leases the task's next messages in ``message`` itself, in
id order from the feed's position, holding the feed row so that one claimer at a time takes a task's fresh
messages, and records the claim's id range in ``message_lease`` (one row per claim, not per message) so that
``dispatch_maintenance`` and ``dispatcher_stop`` find the leases of a dispatcher that died or stopped, or that
outlived their time, and put those messages back through the queue. Retries and messages given back still wait in
``message_queue``, and a task whose routes are shared between dispatchers is still fed into it a slice at a time.

Revision ID: 0025
Revises: 0028
Create Date: 2026-12-07 22:19:41.463017
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store import sqlfiles

revision = "0025"
down_revision = "0028"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "policies/message_lease",
    "functions/claim_batch",
    "functions/record_submit_results",
    "functions/dispatch_maintenance",
    "functions/dispatcher_stop",
    "functions/queue_waiting",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = (
    "functions/claim_batch",
    "functions/record_submit_results",
    "functions/dispatch_maintenance",
    "functions/dispatcher_stop",
    "functions/queue_waiting",
)


def upgrade() -> None:
    op.create_table(
        "message_lease",
        sa.Column("dispatcher_id", sa.BigInteger(), nullable=False),
        sa.Column("task_id", sa.BigInteger(), nullable=False),
        sa.Column("first_id", sa.BigInteger(), nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("dispatcher_id", "task_id", "first_id", name="pk_message_lease"),
        schema="smsdesk",
    )
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    # Messages leased straight from message get the queue rows the earlier functions look for.
    op.execute(
        "INSERT INTO smsdesk.message_queue (message_id, task_id, carrier, ready_at, lease_owner, lease_until)"
        " SELECT m.id, m.task_id, coalesce(m.carrier, ''), now(), m.lease_owner, m.lease_until"
        "   FROM smsdesk.message_lease l JOIN smsdesk.message m ON m.task_id = l.task_id"
        "    AND m.id BETWEEN l.first_id AND l.last_id AND m.status = 'sending' AND m.lease_owner = l.dispatcher_id"
        " ON CONFLICT (message_id) DO NOTHING"
    )
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_table("message_lease", schema="smsdesk")
