"""Channels and installation settings in the console (issue 17, GW-3, GW-4, GW-6, SET-5): connection tests a
dispatcher answers, the Channels tab's overview, the failure map's deletions, the caller's default signature
resolved along their own path, and two more settings (the price list, the trial simulator).

A connection test is a row of channel_test: an administrator asks (channel_test_request, NOTIFY
smsdesk_channel_test), a running dispatcher takes it (channel_test_take, SKIP LOCKED), binds and unbinds, and
writes the answer (channel_test_finish), which the console reads back.

Revision ID: 0012
Revises: 0014
Create Date: 2026-12-07 16:20:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0012"
down_revision = "0014"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "policies/channel_test",
    "grants/channel_test",
    "functions/channel_test_request",
    "functions/channel_test_take",
    "functions/channel_test_finish",
    "functions/channel_overview",
    "functions/queue_waiting",
    "functions/failure_map_delete",
    "functions/my_default_signature",
    "functions/channel_save",
    "functions/route_rules_set",
    "functions/_setting_problem",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/channel_save", "functions/route_rules_set", "functions/_setting_problem")

DEFAULTS = {
    # Unit price per billed segment (SEND-3, GW-5): a default, per kind and per carrier, as decimal text.
    "prices": {"default": "0.05", "kinds": {}, "carriers": {}},
    # The trial's SMSC simulator (GW-6): what the console starts it with.
    "simulator": {
        "latency_ms": 2,
        "reply_rate": 0.03,
        "fail_mix": {"delivered": 90, "undeliverable": 4, "expired": 2, "rejected": 2, "unknown": 2},
    },
}


def upgrade() -> None:
    op.create_table(
        "channel_test",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("requested_by", sa.BigInteger(), nullable=True),
        sa.Column("requested_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("dispatcher_id", sa.BigInteger(), nullable=True),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ok", sa.Boolean(), nullable=True),
        sa.Column("detail", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["smsdesk.channel.id"], name=op.f("fk_channel_test_channel_id_channel"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_test")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_channel_test_open",
        "channel_test",
        ["id"],
        unique=False,
        schema="smsdesk",
        postgresql_where=sa.text("taken_at is null"),
    )
    table = sa.table("setting_default", sa.column("key"), sa.column("value", postgresql.JSONB), schema="smsdesk")
    op.bulk_insert(table, [{"key": key, "value": value} for key, value in DEFAULTS.items()])
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.execute("DELETE FROM smsdesk.setting_default WHERE key IN ('prices', 'simulator')")
    op.execute("UPDATE smsdesk.installation SET settings = settings - 'prices' - 'simulator'")
    op.drop_index("ix_channel_test_open", table_name="channel_test", schema="smsdesk")
    op.drop_table("channel_test", schema="smsdesk")
