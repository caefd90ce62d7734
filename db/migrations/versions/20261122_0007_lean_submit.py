"""A lean submit (issue #6): the queue fed a slice at a time, the reply-matching index moved to message_part,
blacklists joined in one pass.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 03:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store.roles import role_prefix
from smsdesk.store.sqlfiles import apply_sql, earlier_definition

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


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
    apply_sql(op.get_bind(), "20261122_0007_lean_submit.sql")
    op.create_index(
        "ix_message_part_number", "message_part", ["number"], unique=False, schema="smsdesk", postgresql_using="hash"
    )
    op.drop_index("ix_message_number", table_name="message", schema="smsdesk", postgresql_using="hash")


def downgrade() -> None:
    bind = op.get_bind()
    op.create_index("ix_message_number", "message", ["number"], unique=False, schema="smsdesk", postgresql_using="hash")
    raw = bind.connection.driver_connection
    prefix = role_prefix(bind.execute(sa.text("select current_database()")).scalar_one())
    for file, function in (
        ("20261121_0004_outbox_dispatcher.sql", "task_queue"),
        ("20261121_0004_outbox_dispatcher.sql", "_task_stop_unsent"),
        ("20261121_0004_outbox_dispatcher.sql", "claim_batch"),
        ("20261121_0004_outbox_dispatcher.sql", "record_submit_results"),
        ("20261121_0004_outbox_dispatcher.sql", "record_replies"),
        ("20261122_0005_sending.sql", "_send_blocked"),
        ("20261122_0006_approvals.sql", "_task_review_apply"),
    ):
        raw.execute(earlier_definition(file, function, prefix))
    # what the feed still owed goes into the queue, as revision 0006 would have queued it
    op.execute(
        "INSERT INTO smsdesk.message_queue (message_id, task_id, carrier, ready_at) "
        "SELECT m.id, m.task_id, coalesce(m.carrier, ''), f.ready_at FROM smsdesk.task_feed f "
        "JOIN smsdesk.message m ON m.task_id = f.task_id AND m.id >= f.next_id AND m.status = 'queued' "
        "ON CONFLICT DO NOTHING"
    )
    for function in (
        "_task_feed(bigint, int)",
        "_blacklisted_e164(text[], text, bigint)",
        "_blacklists_for(text, bigint)",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS smsdesk.{function}")
    op.drop_index("ix_message_part_number", table_name="message_part", schema="smsdesk", postgresql_using="hash")
    op.drop_column("message_part", "number", schema="smsdesk")
    op.drop_table("task_feed", schema="smsdesk")
