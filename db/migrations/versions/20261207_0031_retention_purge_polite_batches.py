"""Retention purge: polite batches that leave what is still in flight.

While a dispatcher is sending, a turn of the purge works for at most 200 ms (a short transaction, so the cleanup of
the send's updated rows is not held back) and asks for a pause of twice that before the next turn (``pause_ms``,
which the admin command's loop keeps); old tasks are walked once along their (send_at, id) index within a turn
instead of from the start after every batch; a task with a lease is left, and the parts of messages whose task is
still sending stay (their receipts may still come).

Revision ID: 0031
Revises: 0026
Create Date: 2026-12-07 23:24:29.775574
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0031"
down_revision = "0026"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = ("functions/_retention_purge",)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/_retention_purge",)


def upgrade() -> None:
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
