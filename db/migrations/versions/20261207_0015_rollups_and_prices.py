"""Reports: exact hourly and daily rollups kept by the recording functions, and a dated price list.

stat_hour holds one row per (hour, group, user, kind, channel, carrier, template, outcome, failure category) with
messages, segments, refunded segments, money, a delivery-latency histogram, replies and opt-outs; stat_day the
same per day (of stat_day_zone) for group, user, kind and outcome. Every recording function that creates
messages or changes their outcome stages its batch's change (_stat_stage) in its own transaction; a deferred
trigger adds the staged rows to both rollups at commit, in key order. stat_rebuild recomputes a range from the raw
rows. price_list holds prices per segment per kind and carrier from a date on; task_queue records the prices in
force on each task (send_task.prices), which the rollups' money and the Send tab's estimates use. The
installation setting "prices" becomes the price list's first rows and goes: one source of truth.

Revision ID: 0015
Revises: 0019
Create Date: 2026-12-07 19:10:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0015"
down_revision = "0019"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "functions/stat_latency_bounds",
    "functions/stat_latency_bucket",
    "functions/stat_hist",
    "functions/stat_hist_add",
    "functions/stat_day_zone",
    "functions/_stat_stage",
    "functions/_stat_stage_replies",
    "functions/tg_stat_hour_delta_flush",
    "functions/_stat_from_raw",
    "functions/stat_rebuild",
    "functions/task_prices",
    "functions/price_set",
    "functions/price_delete",
    "functions/task_queue",
    "functions/_task_stop_unsent",
    "functions/_apply_receipts",
    "functions/record_submit_results",
    "functions/dispatch_maintenance",
    "functions/record_replies",
    "policies/stat_hour",
    "policies/stat_day",
    "policies/stat_hour_delta",
    "policies/price_list",
    "triggers/stat_hour_delta",
    "grants/stat_hour",
    "grants/stat_day",
    "grants/price_list",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = (
    "functions/task_queue",
    "functions/_task_stop_unsent",
    "functions/_apply_receipts",
    "functions/record_submit_results",
    "functions/dispatch_maintenance",
    "functions/record_replies",
)

_KEY = ("hour", "group_id", "user_id", "kind", "channel_id", "carrier", "template_id", "outcome", "category")


def _key_columns() -> list[sa.Column]:
    return [
        sa.Column("hour", sa.DateTime(timezone=True), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("carrier", sa.Text(), server_default="", nullable=False),
        sa.Column("template_id", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), server_default="", nullable=False),
    ]


def _count(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), server_default="0", nullable=False)


def upgrade() -> None:
    op.create_table(
        "stat_hour",
        *_key_columns(),
        _count("messages"),
        _count("segments"),
        _count("refunded_segments"),
        sa.Column("cost", sa.Numeric(), server_default="0", nullable=False),
        sa.Column("latency_hist", postgresql.ARRAY(sa.BigInteger()), nullable=True),
        _count("replies"),
        _count("opt_outs"),
        sa.PrimaryKeyConstraint(*_KEY, name=op.f("pk_stat_hour")),
        schema="smsdesk",
    )
    op.create_table(
        "stat_day",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        _count("messages"),
        _count("segments"),
        _count("refunded_segments"),
        sa.Column("cost", sa.Numeric(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("day", "group_id", "user_id", "kind", "outcome", name=op.f("pk_stat_day")),
        schema="smsdesk",
    )
    op.create_table(
        "stat_hour_delta",
        *_key_columns(),
        _count("messages"),
        _count("segments"),
        _count("refunded_segments"),
        sa.Column("cost", sa.Numeric(), server_default="0", nullable=False),
        sa.Column("bucket", sa.Integer(), server_default="0", nullable=False),
        _count("replies"),
        _count("opt_outs"),
        schema="smsdesk",
        prefixes=["UNLOGGED"],
    )
    op.create_table(
        "price_list",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("kind", sa.Text(), server_default="", nullable=False),
        sa.Column("carrier", sa.Text(), server_default="", nullable=False),
        sa.Column("price", sa.Numeric(), nullable=False),
        sa.Column("effective_from", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("price >= 0", name=op.f("ck_price_list_price_ok")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list")),
        sa.UniqueConstraint(
            "kind", "carrier", "effective_from", name=op.f("uq_price_list_kind_carrier_effective_from")
        ),
        schema="smsdesk",
    )
    op.add_column(
        "send_task",
        sa.Column("prices", postgresql.JSONB(), server_default=sa.text("'{}'::jsonb"), nullable=False),
        schema="smsdesk",
    )
    # The installation setting "prices" (default, per kind, per carrier) becomes the list's first rows, in force
    # since always.
    op.execute("""
        WITH s AS (SELECT coalesce(i.settings -> 'prices', d.value) AS v
                     FROM smsdesk.setting_default d LEFT JOIN smsdesk.installation i ON i.id = 1
                    WHERE d.key = 'prices')
        INSERT INTO smsdesk.price_list (kind, carrier, price, effective_from)
        SELECT '', '', (s.v ->> 'default')::numeric, '-infinity'::timestamptz FROM s WHERE s.v ? 'default'
        UNION ALL
        SELECT k.key, '', (k.value #>> '{}')::numeric, '-infinity' FROM s, jsonb_each(s.v -> 'kinds') k
         WHERE jsonb_typeof(s.v -> 'kinds') = 'object'
        UNION ALL
        SELECT '', c.key, (c.value #>> '{}')::numeric, '-infinity' FROM s, jsonb_each(s.v -> 'carriers') c
         WHERE jsonb_typeof(s.v -> 'carriers') = 'object'
    """)
    # One source of truth: the setting goes (the Settings tab opens the price list instead).
    op.execute("DELETE FROM smsdesk.setting_default WHERE key = 'prices'")
    op.execute("UPDATE smsdesk.installation SET settings = settings - 'prices'")
    sqlfiles.apply(op.get_bind(), revision, *SQL)
    # Tasks already sent are counted once, from their raw rows, at the prices then in force.
    op.execute("UPDATE smsdesk.send_task SET prices = smsdesk.task_prices(kind, created_at)")
    op.execute("""
        INSERT INTO smsdesk.stat_hour SELECT * FROM smsdesk._stat_from_raw('-infinity', 'infinity')
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
    """)
    op.execute("""
        INSERT INTO smsdesk.stat_day (day, group_id, user_id, kind, outcome, messages, segments, refunded_segments,
                                      cost)
        SELECT (s.hour AT TIME ZONE smsdesk.stat_day_zone())::date, s.group_id, s.user_id, s.kind, s.outcome,
               sum(s.messages), sum(s.segments), sum(s.refunded_segments), sum(s.cost)
          FROM smsdesk.stat_hour s WHERE s.outcome <> ''
         GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    """)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.execute("""
        INSERT INTO smsdesk.setting_default (key, value)
        VALUES ('prices', '{"default": "0.05", "kinds": {}, "carriers": {}}')
    """)
    op.drop_column("send_task", "prices", schema="smsdesk")
    op.drop_table("price_list", schema="smsdesk")
    op.drop_table("stat_hour_delta", schema="smsdesk")
    op.drop_table("stat_day", schema="smsdesk")
    op.drop_table("stat_hour", schema="smsdesk")
