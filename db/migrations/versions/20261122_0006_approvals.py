"""Approvals (issue #8): template and task review enforced by the database, bulk decisions, live counts.

Revision ID: 0006
Revises: 0004
Create Date: 2026-11-22 01:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store.roles import role_prefix
from smsdesk.store.sqlfiles import apply_sql, earlier_definition

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_send_task_awaiting_review",
        "send_task",
        ["created_at", "id"],
        unique=False,
        schema="smsdesk",
        postgresql_where=sa.text("status = 'awaiting_review'"),
    )
    apply_sql(op.get_bind(), "20261122_0006_approvals.sql")


def downgrade() -> None:
    bind = op.get_bind()
    for table, when in (
        ("send_task", ("insert", "update", "delete")),
        ("message_template", ("insert", "update", "delete")),
    ):
        for event in when:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_approval_{event} ON smsdesk.{table}")
    op.execute("DROP FUNCTION IF EXISTS smsdesk.task_review_many(bigint[], boolean, text)")
    raw = bind.connection.driver_connection
    prefix = role_prefix(bind.execute(sa.text("select current_database()")).scalar_one())
    raw.execute(earlier_definition("20261121_0004_outbox_dispatcher.sql", "task_review", prefix))
    raw.execute(earlier_definition("20261121_0002_content_library.sql", "template_review", prefix))
    for function in (
        "_task_review_apply(smsdesk.send_task, smsdesk.app_user, boolean, text)",
        "_task_review_problem(smsdesk.send_task, smsdesk.app_user, boolean, text)",
        "_task_sensitive_hits(smsdesk.send_task)",
        "sensitive_hits(text)",
        "_approval_fail(text, text, text, jsonb)",
        "tg_approval_notify()",
    ):
        op.execute(f"DROP FUNCTION IF EXISTS smsdesk.{function}")
    op.drop_index(
        "ix_send_task_awaiting_review",
        table_name="send_task",
        schema="smsdesk",
        postgresql_where=sa.text("status = 'awaiting_review'"),
    )
