"""Send screens: the signatures a sender may send with, and their default, listed by the database for both the
compose page and the template page (my_signatures: the caller's own group path, nearest group first).

Revision ID: 0019
Revises: 0016
Create Date: 2026-12-07 19:00:00
"""

from alembic import op

from smsdesk.store import sqlfiles

revision = "0019"
down_revision = "0016"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = ("functions/my_signatures",)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ()


def upgrade() -> None:
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
