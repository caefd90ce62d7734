"""Organisation management from the console (USR-1..5, issue 17; issue 14 item 5): groups renamed, moved, deleted
and given back quota; users moved, restored, their quota taken back, full-number rights and password resets that
must be changed at the next sign-in; administrators changed only from a strictly higher group.

A deleted group keeps its row (tasks, quota movements and audit rows refer to it), so names are unique among live
groups only.

Revision ID: 0011
Revises: 0012
Create Date: 2026-12-07 16:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

from smsdesk.store import sqlfiles

revision = "0011"
down_revision = "0012"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "functions/_org_fail",
    "functions/_org_caller",
    "functions/_user_for_change",
    "functions/_live_group",
    "functions/_org_group_name",
    "functions/_org_password_length",
    "functions/_org_operator_name",
    "functions/group_find",
    "functions/group_create",
    "functions/group_rename",
    "functions/group_move",
    "functions/group_delete",
    "functions/group_set_review",
    "functions/quota_grant_group",
    "functions/quota_return_group",
    "functions/quota_grant_user",
    "functions/quota_take_back_user",
    "functions/user_create",
    "functions/user_set_flags",
    "functions/user_set_full_numbers",
    "functions/user_set_status",
    "functions/user_restore",
    "functions/user_move",
    "functions/user_update_profile",
    "functions/user_set_password",
    "functions/user_export",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = (
    "functions/group_find",
    "functions/group_create",
    "functions/group_set_review",
    "functions/quota_grant_group",
    "functions/quota_grant_user",
    "functions/user_create",
    "functions/user_set_flags",
    "functions/user_set_status",
    "functions/user_update_profile",
    "functions/user_set_password",
)

OLD_SIGNATURES = (
    "smsdesk.user_create(text, text, bigint, text, boolean, boolean, text, text)",
    "smsdesk.user_set_password(bigint, text)",
)
NEW_SIGNATURES = (
    "smsdesk.user_create(text, text, bigint, text, boolean, boolean, text, text, int)",
    "smsdesk.user_set_password(bigint, text, int)",
)


def upgrade() -> None:
    op.add_column(
        "app_user",
        sa.Column("must_change_password", sa.Boolean(), server_default="false", nullable=False),
        schema="smsdesk",
    )
    op.add_column("user_group", sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True), schema="smsdesk")
    op.drop_index("uq_user_group_parent_name", table_name="user_group", schema="smsdesk")
    op.create_index(
        "uq_user_group_parent_name",
        "user_group",
        [sa.literal_column("coalesce(parent_id, 0)"), "name"],
        unique=True,
        schema="smsdesk",
        postgresql_where=sa.text("deleted_at IS NULL"),
    )
    for signature in OLD_SIGNATURES:
        op.execute(f"DROP FUNCTION {signature}")
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    for signature in NEW_SIGNATURES:
        op.execute(f"DROP FUNCTION {signature}")
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_index("uq_user_group_parent_name", table_name="user_group", schema="smsdesk")
    op.create_index(
        "uq_user_group_parent_name", "user_group", [sa.literal_column("coalesce(parent_id, 0)"), "name"], unique=True,
        schema="smsdesk",
    )
    op.drop_column("user_group", "deleted_at", schema="smsdesk")
    op.drop_column("app_user", "must_change_password", schema="smsdesk")
