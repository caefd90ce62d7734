"""Foundation: user groups, users, quota movements, the audit log, and the security model (SEC-1).

Revision ID: 0001
Revises:
Create Date: 2026-11-21 21:15:46.196139
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL = (
    "roles",
    "functions/tg_user_group_path",
    "functions/tg_user_group_moved",
    "triggers/user_group",
    "functions/tg_audit_append_only",
    "triggers/audit_log",
    "functions/is_system",
    "functions/me",
    "functions/my_user_id",
    "functions/my_scope_groups",
    "functions/my_ancestor_groups",
    "functions/i_oversee",
    "functions/i_am_admin",
    "functions/i_am_top_admin",
    "functions/group_in_subtree",
    "policies/user_group",
    "policies/app_user",
    "policies/quota_movement",
    "policies/audit_log",
    "grants/installation",
    "grants/alembic_version",
    "grants/user_group",
    "grants/app_user",
    "grants/quota_movement",
    "grants/audit_log",
    "functions/_audit",
    "functions/_fail",
    "functions/_require_admin_over",
    "functions/group_path",
    "functions/group_find",
    "functions/group_create",
    "functions/group_set_review",
    "functions/_sync_role",
    "functions/user_create",
    "functions/user_set_status",
    "functions/user_set_flags",
    "functions/user_update_profile",
    "functions/user_set_password",
    "functions/quota_grant_group",
    "functions/quota_grant_user",
    "functions/sign_in",
    "functions/record_sign_in_failure",
    "functions/audit_event",
)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("clock_timestamp()"), nullable=False),
        sa.Column("actor_role", sa.Text(), server_default=sa.text("session_user"), nullable=False),
        sa.Column("actor_user_id", sa.BigInteger(), nullable=True),
        sa.Column("group_id", sa.BigInteger(), nullable=True),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("target", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "details",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        schema="smsdesk",
    )
    op.create_index("ix_audit_log_action_at", "audit_log", ["action", "at"], unique=False, schema="smsdesk")
    op.create_index("ix_audit_log_at", "audit_log", ["at"], unique=False, schema="smsdesk")
    op.create_index(op.f("ix_audit_log_group_id"), "audit_log", ["group_id"], unique=False, schema="smsdesk")
    op.create_table(
        "installation",
        sa.Column("id", sa.SmallInteger(), nullable=False),
        sa.Column("role_prefix", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column(
            "settings",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_installation_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
        schema="smsdesk",
    )
    op.create_table(
        "user_group",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("parent_id", sa.BigInteger(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("id_path", postgresql.ARRAY(sa.BigInteger()), server_default="{}", nullable=False),
        sa.Column("quota_balance", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("review_mode", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "length(name) between 1 and 100 and position('/' in name) = 0", name=op.f("ck_user_group_name_ok")
        ),
        sa.CheckConstraint("quota_balance >= 0", name=op.f("ck_user_group_quota_not_negative")),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["smsdesk.user_group.id"],
            name=op.f("fk_user_group_parent_id_user_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_group")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_user_group_id_path",
        "user_group",
        ["id_path"],
        unique=False,
        schema="smsdesk",
        postgresql_using="gin",
    )
    op.create_index(op.f("ix_user_group_parent_id"), "user_group", ["parent_id"], unique=False, schema="smsdesk")
    op.create_index(
        "uq_user_group_parent_name",
        "user_group",
        [sa.literal_column("coalesce(parent_id, 0)"), "name"],
        unique=True,
        schema="smsdesk",
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("login", sa.Text(), nullable=False),
        sa.Column("role_name", sa.Text(), nullable=False),
        sa.Column("operator_name", sa.Text(), server_default="", nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("mobile", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), server_default="user", nullable=False),
        sa.Column("is_reviewer", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("status", sa.Text(), server_default="normal", nullable=False),
        sa.Column("review_mode", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("see_full_numbers", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("quota_limit", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("quota_used", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("kind in ('admin', 'user')", name=op.f("ck_app_user_kind_known")),
        sa.CheckConstraint("login ~ '^[a-z0-9][a-z0-9_.-]{0,31}$'", name=op.f("ck_app_user_login_format")),
        sa.CheckConstraint("status in ('normal', 'disabled', 'deleted')", name=op.f("ck_app_user_status_known")),
        sa.CheckConstraint(
            "quota_used >= 0 and quota_limit >= 0 and quota_used <= quota_limit",
            name=op.f("ck_app_user_quota_ok"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["smsdesk.user_group.id"],
            name=op.f("fk_app_user_group_id_user_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("login", name=op.f("uq_app_user_login")),
        sa.UniqueConstraint("role_name", name=op.f("uq_app_user_role_name")),
        schema="smsdesk",
    )
    op.create_index(op.f("ix_app_user_group_id"), "app_user", ["group_id"], unique=False, schema="smsdesk")
    op.create_table(
        "quota_movement",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("actor_role", sa.Text(), server_default=sa.text("session_user"), nullable=False),
        sa.Column("actor_user_id", sa.BigInteger(), nullable=True),
        sa.Column("group_id", sa.BigInteger(), nullable=True),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.CheckConstraint("(group_id is null) <> (user_id is null)", name=op.f("ck_quota_movement_one_holder")),
        sa.CheckConstraint("amount <> 0", name=op.f("ck_quota_movement_amount_nonzero")),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["smsdesk.user_group.id"],
            name=op.f("fk_quota_movement_group_id_user_group"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["smsdesk.app_user.id"],
            name=op.f("fk_quota_movement_user_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quota_movement")),
        schema="smsdesk",
    )
    op.create_index(op.f("ix_quota_movement_group_id"), "quota_movement", ["group_id"], unique=False, schema="smsdesk")
    op.create_index(op.f("ix_quota_movement_user_id"), "quota_movement", ["user_id"], unique=False, schema="smsdesk")
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    # the roles stay: they belong to the cluster (smsdesk-admin db drop-roles)
    sqlfiles.remove(op.get_bind(), *reversed(SQL[1:]))
    op.drop_index(op.f("ix_quota_movement_user_id"), table_name="quota_movement", schema="smsdesk")
    op.drop_index(op.f("ix_quota_movement_group_id"), table_name="quota_movement", schema="smsdesk")
    op.drop_table("quota_movement", schema="smsdesk")
    op.drop_index(op.f("ix_app_user_group_id"), table_name="app_user", schema="smsdesk")
    op.drop_table("app_user", schema="smsdesk")
    op.drop_index("uq_user_group_parent_name", table_name="user_group", schema="smsdesk")
    op.drop_index(op.f("ix_user_group_parent_id"), table_name="user_group", schema="smsdesk")
    op.drop_index("ix_user_group_id_path", table_name="user_group", schema="smsdesk", postgresql_using="gin")
    op.drop_table("user_group", schema="smsdesk")
    op.drop_table("installation", schema="smsdesk")
    op.drop_index(op.f("ix_audit_log_group_id"), table_name="audit_log", schema="smsdesk")
    op.drop_index("ix_audit_log_at", table_name="audit_log", schema="smsdesk")
    op.drop_index("ix_audit_log_action_at", table_name="audit_log", schema="smsdesk")
    op.drop_table("audit_log", schema="smsdesk")
