"""Number checks (CHK-1, REP-5): check tasks and their per-number results, the live-status cache, the lookups the
dispatcher works through, and the status provider's configuration.

Revision ID: 0021
Revises: 0015
Create Date: 2026-12-07 18:47:27.940270
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0021"
down_revision = "0015"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "policies/check_task",
    "grants/check_task",
    "policies/check_result",
    "grants/check_result",
    "policies/number_status",
    "policies/status_lookup",
    "policies/check_config",
    "functions/_status_lookup_price",
    "functions/_check_task_for_change",
    "functions/_check_settle",
    "functions/_status_settle",
    "functions/check_stage_begin",
    "functions/check_create",
    "functions/check_cancel",
    "functions/check_delete",
    "functions/check_query",
    "functions/check_known_dead",
    "functions/check_config_get",
    "functions/check_config_set",
    "functions/status_claim",
    "functions/status_record",
    "functions/status_retry",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = ()


def upgrade() -> None:
    op.create_table(
        "check_config",
        sa.Column("id", sa.SmallInteger(), server_default="1", nullable=False),
        sa.Column(
            "provider", postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False
        ),
        sa.Column("cache_days", sa.Integer(), server_default="30", nullable=False),
        sa.Column("max_attempts", sa.SmallInteger(), server_default="5", nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_check_config_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_config")),
        schema="smsdesk",
    )
    op.create_table(
        "number_status",
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("provider", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint(
            "status IN ('empty', 'suspended', 'powered_off', 'active', 'unknown')", name=op.f("ck_number_status_status")
        ),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_number_status")),
        schema="smsdesk",
    )
    op.create_table(
        "status_lookup",
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("attempts", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("leased_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_status_lookup")),
        schema="smsdesk",
    )
    op.create_index("ix_status_lookup_due", "status_lookup", ["due_at"], unique=False, schema="smsdesk")
    op.create_table(
        "check_task",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("with_status", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("status", sa.Text(), server_default="checking", nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("given", sa.Integer(), server_default="0", nullable=False),
        sa.Column("duplicates", sa.Integer(), server_default="0", nullable=False),
        sa.Column("numbers", sa.Integer(), server_default="0", nullable=False),
        sa.Column("valid", sa.Integer(), server_default="0", nullable=False),
        sa.Column("pending", sa.Integer(), server_default="0", nullable=False),
        sa.Column("lookups", sa.Integer(), server_default="0", nullable=False),
        sa.Column("cost", sa.Numeric(precision=14, scale=4), server_default="0", nullable=False),
        sa.CheckConstraint("status IN ('checking', 'done', 'cancelled')", name=op.f("ck_check_task_status")),
        sa.ForeignKeyConstraint(
            ["group_id"], ["smsdesk.user_group.id"], name=op.f("fk_check_task_group_id_user_group")
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["smsdesk.app_user.id"], name=op.f("fk_check_task_owner_id_app_user")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_task")),
        schema="smsdesk",
    )
    op.create_index("ix_check_task_group", "check_task", ["group_id", "created_at"], unique=False, schema="smsdesk")
    op.create_index("ix_check_task_owner", "check_task", ["owner_id", "created_at"], unique=False, schema="smsdesk")
    op.create_table(
        "check_result",
        sa.Column("task_id", sa.BigInteger(), nullable=False),
        sa.Column("row_no", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=True),
        sa.Column("shown", sa.Text(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("masked", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("carrier", sa.Text(), nullable=True),
        sa.Column("host", sa.Text(), nullable=True),
        sa.Column("province", sa.Text(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("lists", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("status_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("price", sa.Numeric(precision=10, scale=4), nullable=True),
        sa.CheckConstraint("source IN ('typed', 'file', 'contacts')", name=op.f("ck_check_result_source")),
        sa.CheckConstraint(
            "status IS NULL OR status IN ('pending', 'empty', 'suspended', 'powered_off', 'active', "
            "'unknown', 'cancelled')",
            name=op.f("ck_check_result_status"),
        ),
        sa.CheckConstraint("(number IS NULL) = (reason IS NOT NULL)", name=op.f("ck_check_result_valid_or_reason")),
        sa.PrimaryKeyConstraint("task_id", "row_no", name=op.f("pk_check_result")),
        schema="smsdesk",
    )
    op.create_index("ix_check_result_task_number", "check_result", ["task_id", "number"], unique=True, schema="smsdesk")
    op.create_index(
        "ix_check_result_pending",
        "check_result",
        ["number"],
        unique=False,
        schema="smsdesk",
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index("ix_check_result_listed", "check_result", ["task_id", "row_no"], unique=False, schema="smsdesk",
                    postgresql_where=sa.text("lists IS NOT NULL"))
    op.create_index("ix_check_result_virtual", "check_result", ["task_id", "row_no"], unique=False, schema="smsdesk",
                    postgresql_where=sa.text("carrier = 'virtual'"))
    op.execute("INSERT INTO smsdesk.check_config (id) VALUES (1)")
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_index(
        "ix_check_result_pending",
        table_name="check_result",
        schema="smsdesk",
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.drop_index("ix_check_result_virtual", table_name="check_result", schema="smsdesk")
    op.drop_index("ix_check_result_listed", table_name="check_result", schema="smsdesk")
    op.drop_index("ix_check_result_task_number", table_name="check_result", schema="smsdesk")
    op.drop_table("check_result", schema="smsdesk")
    op.drop_index("ix_check_task_owner", table_name="check_task", schema="smsdesk")
    op.drop_index("ix_check_task_group", table_name="check_task", schema="smsdesk")
    op.drop_table("check_task", schema="smsdesk")
    op.drop_index("ix_status_lookup_due", table_name="status_lookup", schema="smsdesk")
    op.drop_table("status_lookup", schema="smsdesk")
    op.drop_table("number_status", schema="smsdesk")
    op.drop_table("check_config", schema="smsdesk")
