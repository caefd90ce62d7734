"""Reports: rollups for every chart and report over any range, kept by the same deferred fold.

stat_day_wide and stat_month_wide hold stat_hour's rows summed per day and per month of stat_day_zone, one row per
group, user, kind, channel, carrier and template with the outcomes as columns (messages, delivered, failed,
expired, pending, cancelled), segments (all, delivered, refunded), money, the latency histogram, the failed and
expired messages per failure category (causes, in stat_causes' order), replies and opt-outs; stat_hour_kind the
hourly messages per group, user and kind by outcome (the hourly volume and the peaks chart). On the reports bench's
10,000,000 messages they hold 440,000, 92,000 and 150,000 rows where stat_hour holds 1,035,000. The deferred
trigger that adds a transaction's staged rows to stat_hour and stat_day adds them to these too, in the same order
(exact at every commit); stat_rebuild recomputes them with stat_hour (_stat_refold). The rows already counted in
stat_hour are summed into them here.

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-07 22:20:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "functions/stat_causes",
    "functions/_stat_refold",
    "functions/tg_stat_hour_delta_flush",
    "functions/stat_rebuild",
    "policies/stat_day_wide",
    "policies/stat_month_wide",
    "policies/stat_hour_kind",
    "grants/stat_day_wide",
    "grants/stat_month_wide",
    "grants/stat_hour_kind",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ("functions/tg_stat_hour_delta_flush", "functions/stat_rebuild")

_KEY = ("group_id", "user_id", "kind", "channel_id", "carrier", "template_id")


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), server_default="0", nullable=False)


def _wide(name: str, period: str) -> None:
    op.create_table(
        name,
        sa.Column(period, sa.Date(), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("carrier", sa.Text(), server_default="", nullable=False),
        sa.Column("template_id", sa.BigInteger(), server_default="0", nullable=False),
        *(_count(c) for c in ("messages", "delivered", "failed", "expired", "pending", "cancelled", "segments",
                              "delivered_segments", "refunded_segments")),
        sa.Column("cost", sa.Numeric(), server_default="0", nullable=False),
        sa.Column("latency_hist", postgresql.ARRAY(sa.BigInteger()), nullable=True),
        sa.Column("causes", postgresql.ARRAY(sa.BigInteger()), nullable=True),
        _count("replies"),
        _count("opt_outs"),
        sa.PrimaryKeyConstraint(period, *_KEY, name=op.f(f"pk_{name}")),
        schema="smsdesk",
    )


def upgrade() -> None:
    _wide("stat_day_wide", "day")
    _wide("stat_month_wide", "month")
    op.create_table(
        "stat_hour_kind",
        sa.Column("hour", sa.DateTime(timezone=True), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        *(_count(c) for c in ("messages", "delivered", "failed", "pending", "cancelled")),
        sa.PrimaryKeyConstraint("hour", "group_id", "user_id", "kind", name=op.f("pk_stat_hour_kind")),
        schema="smsdesk",
    )
    sqlfiles.apply(op.get_bind(), revision, *SQL)
    # what stat_hour already counts, summed into the new rollups (stat_day is summed again, unchanged)
    op.execute("SELECT smsdesk._stat_refold('-infinity', 'infinity')")
    # their statistics now, not at autovacuum's next visit: the charts' plans depend on them
    op.execute("ANALYZE smsdesk.stat_day, smsdesk.stat_day_wide, smsdesk.stat_month_wide, smsdesk.stat_hour_kind")


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_table("stat_hour_kind", schema="smsdesk")
    op.drop_table("stat_month_wide", schema="smsdesk")
    op.drop_table("stat_day_wide", schema="smsdesk")
