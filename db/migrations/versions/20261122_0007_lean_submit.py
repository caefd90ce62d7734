"""A lean submit (issue #6): the queue fed a slice at a time, the reply-matching index moved to message_part,
blacklists joined in one pass.

A submit used to write three things per recipient: the message, an entry of the hash index on message.number (for
matching replies) and a row of message_queue. Measured on a million recipients: the message 2.2-3.0 s, the number
index 1.7 s, the queue row 2.6-4.3 s. Now it writes the message only:

* The queue is fed lazily. A queued task gets one task_feed row; claim_batch, when the queue cannot fill a claim,
  moves the task's next slice of queued messages (10,000) into message_queue (_task_feed). The queue stays what the
  dispatchers lease, retry and release; it holds a slice per task, not the whole task. Cancelling or expiring a
  task removes its feed row first (_task_stop_unsent).
* Replies find their message through message_part, written when a part is accepted by the SMSC, which keeps the
  number (hash index there, paid at dispatch time, a slice at a time). A reply can only answer a message that went
  out, so nothing is lost by not indexing the ones still queued.
* Blacklists: revision 0004 probed blacklist_entry's key once per number and list behind a regular expression per
  number, 2.3 s for a million numbers against a 200,000-number list, paid twice (send_submit, then task_queue). One
  hash join of the numbers with the lists' entries (_blacklisted_e164) takes 0.3-0.4 s.

The functions replaced keep their signatures, so their grants. Their 0004-0006 bodies are in db/sql/history/.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 03:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store import sqlfiles

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL = (
    "policies/task_feed",
    "functions/_task_feed",
    "functions/_blacklists_for",
    "functions/_blacklisted_e164",
    "functions/_send_blocked",
    "functions/task_queue",
    "functions/_task_stop_unsent",
    "functions/_task_review_apply",
    "functions/claim_batch",
    "functions/record_submit_results",
    "functions/record_replies",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED = (
    "functions/_send_blocked",
    "functions/task_queue",
    "functions/_task_stop_unsent",
    "functions/_task_review_apply",
    "functions/claim_batch",
    "functions/record_submit_results",
    "functions/record_replies",
)


def upgrade() -> None:
    op.create_table(
        "task_feed",
        sa.Column("task_id", sa.BigInteger(), nullable=False),
        sa.Column("next_id", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("ready_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["task_id"], ["smsdesk.send_task.id"], name=op.f("fk_task_feed_task_id_send_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("task_id", name=op.f("pk_task_feed")),
        schema="smsdesk",
    )
    op.add_column("message_part", sa.Column("number", sa.Text(), nullable=True), schema="smsdesk")
    op.execute("ALTER TABLE smsdesk.task_feed SET (fillfactor = 50)")
    # Tasks queued before this revision keep the queue rows they have and need no feed; parts already accepted
    # learn their numbers.
    op.execute("UPDATE smsdesk.message_part p SET number = m.number FROM smsdesk.message m WHERE m.id = p.message_id")
    sqlfiles.apply(op.get_bind(), revision, *SQL)
    op.create_index(
        "ix_message_part_number", "message_part", ["number"], unique=False, schema="smsdesk", postgresql_using="hash"
    )
    op.drop_index("ix_message_number", table_name="message", schema="smsdesk", postgresql_using="hash")


def downgrade() -> None:
    op.create_index("ix_message_number", "message", ["number"], unique=False, schema="smsdesk", postgresql_using="hash")
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    # what the feed still owed goes into the queue, as revision 0006 would have queued it
    op.execute(
        "INSERT INTO smsdesk.message_queue (message_id, task_id, carrier, ready_at) "
        "SELECT m.id, m.task_id, coalesce(m.carrier, ''), f.ready_at FROM smsdesk.task_feed f "
        "JOIN smsdesk.message m ON m.task_id = f.task_id AND m.id >= f.next_id AND m.status = 'queued' "
        "ON CONFLICT DO NOTHING"
    )
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_index("ix_message_part_number", table_name="message_part", schema="smsdesk", postgresql_using="hash")
    op.drop_column("message_part", "number", schema="smsdesk")
    op.drop_table("task_feed", schema="smsdesk")
