"""Address book: each user's contact-group tree, contacts and custom fields, with their security (issue #4).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 22:00:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store.sqlfiles import apply_sql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contact_group",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("parent_id", sa.BigInteger(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("id_path", postgresql.ARRAY(sa.BigInteger()), server_default="{}", nullable=False),
        sa.Column("contact_count", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "length(name) between 1 and 100 and position('/' in name) = 0", name=op.f("ck_contact_group_name_ok")
        ),
        sa.CheckConstraint("contact_count >= 0", name=op.f("ck_contact_group_count_not_negative")),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["smsdesk.app_user.id"], name=op.f("fk_contact_group_owner_id_app_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["smsdesk.contact_group.id"], name=op.f("fk_contact_group_parent_id_contact_group")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_group")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_contact_group_id_path", "contact_group", ["id_path"], unique=False, schema="smsdesk", postgresql_using="gin"
    )
    op.create_index(op.f("ix_contact_group_owner_id"), "contact_group", ["owner_id"], unique=False, schema="smsdesk")
    op.create_index(op.f("ix_contact_group_parent_id"), "contact_group", ["parent_id"], unique=False, schema="smsdesk")
    op.create_index(
        "uq_contact_group_owner_parent_name",
        "contact_group",
        ["owner_id", sa.literal_column("coalesce(parent_id, 0)"), "name"],
        unique=True,
        schema="smsdesk",
    )
    op.create_table(
        "contact_field",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("length(label) between 1 and 60", name=op.f("ck_contact_field_label_ok")),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["smsdesk.app_user.id"], name=op.f("fk_contact_field_owner_id_app_user"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_field")),
        schema="smsdesk",
    )
    op.create_index(
        "uq_contact_field_owner_label", "contact_field", ["owner_id", "label"], unique=True, schema="smsdesk"
    )
    op.create_table(
        "contact",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), server_default="", nullable=False),
        sa.Column("mobile_e164", sa.Text(collation="C"), nullable=True),
        sa.Column("mobile_raw", sa.Text(), server_default="", nullable=False),
        sa.Column("phone", sa.Text(), server_default="", nullable=False),
        sa.Column("email", sa.Text(collation="C"), server_default="", nullable=False),
        sa.Column("notes", sa.Text(), server_default="", nullable=False),
        sa.Column(
            "custom", postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "mobile_e164 ~ '^\\+[1-9][0-9]*$' and length(mobile_e164) between 8 and 16",
            name=op.f("ck_contact_e164_format"),
        ),
        sa.CheckConstraint(
            "length(name) <= 200 and length(mobile_raw) <= 64 and length(phone) <= 64 and length(email) <= 254 "
            "and length(notes) <= 2000",
            name=op.f("ck_contact_lengths_ok"),
        ),
        sa.CheckConstraint("jsonb_typeof(custom) = 'object'", name=op.f("ck_contact_custom_is_object")),
        sa.CheckConstraint("name <> '' or mobile_raw <> ''", name=op.f("ck_contact_name_or_mobile")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_contact_group_name",
        "contact",
        ["group_id", "name", "id"],
        unique=False,
        schema="smsdesk",
        postgresql_include=["owner_id"],
    )
    op.create_index(
        "uq_contact_group_mobile",
        "contact",
        ["group_id", "mobile_e164"],
        unique=True,
        schema="smsdesk",
        postgresql_where=sa.text("mobile_e164 IS NOT NULL"),
    )
    # functions, generated columns (mobile_masked, phone_masked, mobile_state), search indexes, RLS, grants
    apply_sql(op.get_bind(), "20261121_0003_address_book.sql")


def downgrade() -> None:
    bind = op.get_bind()
    for name in (
        "contact_import_finish(bigint, boolean, text[], text)",
        "contact_import_begin()",
        "contact_search(text, integer)",
        "contact_numbers(bigint[])",
        "contact_move(bigint[], bigint, boolean)",
        "contact_delete(bigint[])",
        "contact_update(bigint, integer, text, text, text, text, text, text, jsonb)",
        "contact_create(bigint, text, text, text, text, text, text, jsonb)",
        "contact_field_delete(bigint)",
        "contact_field_save(bigint, bigint, text)",
        "contact_group_ensure_path(bigint, text)",
        "contact_group_delete(bigint)",
        "contact_group_move(bigint, bigint)",
        "contact_group_rename(bigint, text)",
        "contact_group_create(bigint, bigint, text)",
        "_check_contact(text, text, text, text, text, text, jsonb)",
        "contact_group_path(bigint)",
        "_check_group_name(text)",
        "_group_for_change(bigint)",
        "_book_owners()",
        "_require_book(bigint)",
    ):
        bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS smsdesk.{name}")
    op.drop_table("contact", schema="smsdesk")
    op.drop_table("contact_field", schema="smsdesk")
    op.drop_table("contact_group", schema="smsdesk")
    for name in (
        "my_contact_owners()",
        "tg_contact_count_insert()",
        "tg_contact_count_delete()",
        "tg_contact_count_update()",
        "tg_contact_group_path()",
        "tg_contact_group_moved()",
        "contact_search_terms(text, text, text)",
        "ts_lexeme(text, boolean)",
        "mask_number(text)",
        "contact_display_number(text, text)",
    ):
        bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS smsdesk.{name}")
