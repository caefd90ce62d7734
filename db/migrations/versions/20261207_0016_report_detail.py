"""Reports: message detail over any number of messages, by number, by content and by every task dimension; replies
with what they answered and their deletion by administrators; complaint handling that blacklists the numbers of chosen
messages; exports audited from ticket to end with the rows the database served.

ix_message_number_reversed finds a number by its end (the last 4 digits or the whole number) with one index range:
the digits reversed are a prefix of the stored number reversed. The number never changes after insert, so updates
of message stay HOT. Content fragments are matched on the tasks' content and the personalised bodies as the detail
walk reads them (pg_trgm is not in every server this product runs on: the embedded one lacks it).

Revision ID: 0016
Revises: 0017
Create Date: 2026-12-07 19:00:00
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store import sqlfiles

revision = "0016"
down_revision = "0017"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "functions/export_begin",
    "functions/_failure_note",
    "functions/report_detail_page",
    "functions/export_finish",
    "functions/report_replies_page",
    "functions/reply_delete",
    "functions/complaint_blacklist",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/export_begin",)


def upgrade() -> None:
    op.execute("CREATE INDEX ix_message_number_reversed ON smsdesk.message (reverse(number) text_pattern_ops)")
    op.execute("""
        DO $$
        DECLARE ns text;
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            SELECT extnamespace::regnamespace::text INTO ns FROM pg_extension WHERE extname = 'pg_trgm';
            EXECUTE format('CREATE INDEX ix_message_body_trgm ON smsdesk.message USING gin (body %s.gin_trgm_ops)'
                           ' WHERE body IS NOT NULL', ns);
          END IF;
        END $$""")
    op.add_column("export_ticket", sa.Column("rows", sa.BigInteger(), server_default="0", nullable=False),
                  schema="smsdesk")
    op.add_column("export_ticket", sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
                  schema="smsdesk")
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_column("export_ticket", "finished_at", schema="smsdesk")
    op.drop_column("export_ticket", "rows", schema="smsdesk")
    op.execute("DROP INDEX IF EXISTS smsdesk.ix_message_body_trgm")  # the extension stays: others may use it
    op.drop_index("ix_message_number_reversed", table_name="message", schema="smsdesk")
