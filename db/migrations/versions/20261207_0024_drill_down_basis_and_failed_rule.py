"""Reports: the message detail answers a chart's point exactly, and a deleted reply leaves the rollups.

report_detail_page takes the rollups' time basis (basis 'send': the task's send time, as the rollups and charts
bin), the weekday and hour of that send time in a zone (a cell of the peaks chart), the status
'failed_or_expired' (what every chart and report counts as failed) and category 'other' for failures without a
known category, as the rollups count them. reply_delete stages the deleted replies out of the rollups' reply and
opt-out counts in its own transaction.

Revision ID: 0024
Revises: 0022
Create Date: 2026-12-07 22:09:24.955908
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0024"
down_revision = "0022"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = ("functions/report_detail_page", "functions/reply_delete")
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/report_detail_page", "functions/reply_delete")


def upgrade() -> None:
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
