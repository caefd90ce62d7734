"""Reports: the message detail export streamed by the database. report_detail_export_plan cuts the tasks an export
reads into ranges of about 50,000 messages; report_detail_export serves one range as one statement with every cell
final text (scope, masking, times, labels and the SMSC code's meaning decided in the database), so the console
streams it with COPY instead of walking report_detail_page a few thousand rows at a time.

Revision ID: 0023
Revises: 0024
Create Date: 2026-12-07 22:11:39
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0023"
down_revision = "0024"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = ("functions/report_detail_export_plan", "functions/report_detail_export")
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ()


def upgrade() -> None:
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
