"""Installation settings (SEND-3, SEND-8, SET-1, SEC-5, USR-5): one place the database reads its rules from.

A top-level administrator's choices live in installation.settings (since 0001); the default of each key lives in
setting_default, written by the revision that introduces the key, so a later revision adds a key with one INSERT and
its check in _setting_problem. smsdesk.setting(key) is what every rule reads; settings_set changes a value, checked
and audited.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 14:00:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "functions/setting",
    "functions/settings_list",
    "functions/_setting_problem",
    "functions/settings_set",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ()

DEFAULTS = {
    "opt_out_suffix": "退订回T",
    "marketing_hours": {"start": "08:00", "end": "20:00", "time_zone": "Asia/Shanghai"},
    "content_limits": {"verification": 500, "notification": 500, "marketing": 300, "alert": 500},
    "sensitive_words_mode": "replace",
    "retention_months": 0,
    "signin_policy": {"min_password_length": 8, "lockout_after": 5, "lockout_minutes": 15},
}


def upgrade() -> None:
    op.create_table(
        "setting_default",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("value", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting_default")),
        schema="smsdesk",
    )
    table = sa.table("setting_default", sa.column("key"), sa.column("value", postgresql.JSONB), schema="smsdesk")
    op.bulk_insert(table, [{"key": key, "value": value} for key, value in DEFAULTS.items()])
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_table("setting_default", schema="smsdesk")
