"""Reports: the message detail's walk never runs a statement past its time budget and starts where the filter can
match. The walk reads the tasks in windows of task ids (the budget is checked between windows, so a filter that
matches only old tasks answers within it and says where it stopped); a range that ends in the past starts at the
newest task sent before its end (ix_send_task_send_at_id, read without the table); a user's tasks are read by
ix_send_task_owner_id_id instead of every task in the window. Where the server has pg_trgm (revision 0016 installed
it then), ix_send_task_content_trgm finds the tasks whose text holds a content fragment, so that with the bodies'
trigram index a rare fragment's tasks are walked alone, and a fragment in no task and no body answers at once.

Revision ID: 0027
Revises: 0023
Create Date: 2026-12-07 22:40:00
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0027"
down_revision = "0023"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = ("functions/report_detail_page",)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/report_detail_page",)


def upgrade() -> None:
    op.create_index("ix_send_task_send_at_id", "send_task", ["send_at", "id"], unique=False, schema="smsdesk")
    op.create_index("ix_send_task_owner_id_id", "send_task", ["owner_id", "id"], unique=False, schema="smsdesk")
    op.execute("""
        DO $$
        DECLARE ns text;
        BEGIN
          SELECT extnamespace::regnamespace::text INTO ns FROM pg_extension WHERE extname = 'pg_trgm';
          IF ns IS NOT NULL THEN
            EXECUTE format('CREATE INDEX ix_send_task_content_trgm ON smsdesk.send_task'
                           ' USING gin (content %s.gin_trgm_ops)', ns);
          END IF;
        END $$""")
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    op.execute("DROP INDEX IF EXISTS smsdesk.ix_send_task_content_trgm")
    op.drop_index("ix_send_task_owner_id_id", table_name="send_task", schema="smsdesk")
    op.drop_index("ix_send_task_send_at_id", table_name="send_task", schema="smsdesk")
