"""Address book: each user's contact-group tree, contacts and custom fields, with their security (issue #4).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 22:00:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The pure helpers come first: the generated columns and the search index are built on them.
HELPERS = (
    "functions/contact_display_number",
    "functions/mask_number",
    "functions/contact_search_terms",
    "functions/ts_lexeme",
)
# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL = (
    *HELPERS,
    "functions/tg_contact_group_path",
    "functions/tg_contact_group_moved",
    "triggers/contact_group",
    "functions/tg_contact_count_insert",
    "functions/tg_contact_count_delete",
    "functions/tg_contact_count_update",
    "triggers/contact",
    "functions/my_contact_owners",
    "policies/contact_group",
    "policies/contact_field",
    "policies/contact",
    "grants/contact_group",
    "grants/contact_field",
    "grants/contact",
    "functions/_require_book",
    "functions/_book_owners",
    "functions/_group_for_change",
    "functions/_check_group_name",
    "functions/contact_group_path",
    "functions/_check_contact",
    "functions/contact_group_create",
    "functions/contact_group_rename",
    "functions/contact_group_move",
    "functions/contact_group_delete",
    "functions/contact_group_ensure_path",
    "functions/contact_field_save",
    "functions/contact_field_delete",
    "functions/contact_create",
    "functions/contact_update",
    "functions/contact_delete",
    "functions/contact_move",
    "functions/contact_numbers",
    "functions/contact_search",
    "functions/contact_import_begin",
    "functions/contact_import_finish",
)


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
    sqlfiles.apply(op.get_bind(), revision, *HELPERS)
    # Masked numbers for everyone, and whether the mobile is valid (which says nothing about its digits).
    op.execute(
        """
        ALTER TABLE smsdesk.contact
          ADD COLUMN mobile_masked text GENERATED ALWAYS AS
            (smsdesk.mask_number(smsdesk.contact_display_number(mobile_e164, mobile_raw))) STORED,
          ADD COLUMN phone_masked text GENERATED ALWAYS AS (smsdesk.mask_number(phone)) STORED,
          ADD COLUMN mobile_state text GENERATED ALWAYS AS
            (CASE WHEN mobile_e164 IS NOT NULL THEN 'valid' WHEN mobile_raw <> '' THEN 'invalid' ELSE 'none' END) STORED
        """
    )
    # A large pending list: a 100,000-row import appends its keys there (about 25 MB) instead of merging them into
    # the index row by row (fastupdate off: 2.5 times slower), and autovacuum merges them in the background soon
    # after (the insert thresholds below), so the next import finds the list nearly empty and does not pay for the
    # merge itself: a merge of two imports' keys takes 2 to 3 seconds, on whichever insert crosses the limit.
    # Searches scan the list too: with three imports' keys waiting (~60 MB) a search over a million contacts takes
    # 60-140 ms instead of 0-25 ms, until autovacuum (within a minute) has merged them.
    op.execute(
        "CREATE INDEX ix_contact_search ON smsdesk.contact"
        " USING gin (smsdesk.contact_search_terms(name, mobile_e164, email)) WITH (gin_pending_list_limit = 65536)"
    )
    op.execute(
        "ALTER TABLE smsdesk.contact SET (autovacuum_vacuum_insert_threshold = 20000,"
        " autovacuum_vacuum_insert_scale_factor = 0)"
    )
    sqlfiles.apply(op.get_bind(), revision, *SQL[len(HELPERS) :])


def downgrade() -> None:
    sqlfiles.remove(op.get_bind(), *reversed(SQL[len(HELPERS) :]))
    op.drop_table("contact", schema="smsdesk")
    op.drop_table("contact_field", schema="smsdesk")
    op.drop_table("contact_group", schema="smsdesk")
    sqlfiles.remove(op.get_bind(), *reversed(HELPERS))
