"""Content and compliance library: phrases, signatures, templates, sensitive words, blacklists (SET-1..5, TPL-1).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 22:00:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL = (
    "functions/word_fold",
    "functions/template_problem",
    "functions/template_variables",
    "policies/phrase_group",
    "policies/phrase",
    "policies/signature",
    "policies/message_template",
    "policies/sensitive_word",
    "policies/blacklist_list",
    "policies/blacklist_batch",
    "policies/blacklist_entry",
    "policies/blacklist_tail",
    "grants/phrase_group",
    "grants/phrase",
    "grants/signature",
    "grants/message_template",
    "grants/sensitive_word",
    "grants/blacklist_list",
    "grants/blacklist_batch",
    "grants/blacklist_entry",
    "grants/blacklist_tail",
    "functions/_library_caller",
    "functions/_require_top_admin",
    "functions/_phrase_group_editable",
    "functions/phrase_group_create",
    "functions/phrase_group_rename",
    "functions/phrase_group_delete",
    "functions/phrase_add",
    "functions/_phrase_for_change",
    "functions/phrase_update",
    "functions/phrase_delete",
    "functions/_signature_text",
    "functions/signature_create",
    "functions/signature_update",
    "functions/signature_set_default",
    "functions/signature_delete",
    "functions/_template_checked",
    "functions/template_create",
    "functions/template_update",
    "functions/template_delete",
    "functions/template_review",
    "functions/template_usable",
    "functions/word_import",
    "functions/word_delete",
    "functions/tg_blacklist_tail_insert",
    "functions/tg_blacklist_tail_delete",
    "functions/tg_blacklist_entry_frozen",
    "triggers/blacklist_entry",
    "functions/_blacklist_list_for_change",
    "functions/_blacklist_label",
    "functions/blacklist_import",
    "functions/blacklist_delete",
    "functions/blacklist_hits",
)

KIND_CHECK = "kind in ('verification', 'notification', 'marketing', 'alert')"


def _now(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "phrase_group",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("user_group_id", sa.BigInteger(), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        _now("created_at"),
        sa.CheckConstraint("length(name) between 1 and 50", name=op.f("ck_phrase_group_name_ok")),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["smsdesk.app_user.id"], name=op.f("fk_phrase_group_owner_id_app_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["user_group_id"],
            ["smsdesk.user_group.id"],
            name=op.f("fk_phrase_group_user_group_id_user_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase_group")),
        schema="smsdesk",
    )
    op.create_index(op.f("ix_phrase_group_owner_id"), "phrase_group", ["owner_id"], unique=False, schema="smsdesk")
    op.create_index(
        op.f("ix_phrase_group_user_group_id"), "phrase_group", ["user_group_id"], unique=False, schema="smsdesk"
    )
    op.create_index(
        "uq_phrase_group_name",
        "phrase_group",
        ["user_group_id", sa.literal_column("coalesce(owner_id, 0)"), "name"],
        unique=True,
        schema="smsdesk",
    )
    op.create_table(
        "phrase",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("phrase_group_id", sa.BigInteger(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        _now("created_at"),
        _now("updated_at"),
        sa.CheckConstraint("length(content) between 1 and 500", name=op.f("ck_phrase_content_ok")),
        sa.ForeignKeyConstraint(
            ["phrase_group_id"],
            ["smsdesk.phrase_group.id"],
            name=op.f("fk_phrase_phrase_group_id_phrase_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phrase")),
        schema="smsdesk",
    )
    op.create_index(op.f("ix_phrase_phrase_group_id"), "phrase", ["phrase_group_id"], unique=False, schema="smsdesk")
    op.create_table(
        "signature",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("is_default", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        _now("created_at"),
        sa.CheckConstraint(
            "length(text) between 2 and 8 and position('【' in text) = 0 and position('】' in text) = 0"
            " and text !~ '[[:cntrl:]]' and text = btrim(text)",
            name=op.f("ck_signature_text_ok"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["smsdesk.user_group.id"], name=op.f("fk_signature_group_id_user_group"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signature")),
        schema="smsdesk",
    )
    op.create_index("uq_signature_group_text", "signature", ["group_id", "text"], unique=True, schema="smsdesk")
    op.create_index(
        "uq_signature_group_default",
        "signature",
        ["group_id"],
        unique=True,
        schema="smsdesk",
        postgresql_where=sa.text("is_default"),
    )
    op.create_table(
        "message_template",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("variables", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("is_public", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("status", sa.Text(), server_default="pending", nullable=False),
        sa.Column("reviewer_id", sa.BigInteger(), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        _now("created_at"),
        _now("updated_at"),
        sa.CheckConstraint("length(content) between 1 and 1000", name=op.f("ck_message_template_content_ok")),
        sa.CheckConstraint(KIND_CHECK, name=op.f("ck_message_template_kind_known")),
        sa.CheckConstraint("length(name) between 1 and 100", name=op.f("ck_message_template_name_ok")),
        sa.CheckConstraint(
            "status in ('pending', 'approved', 'rejected')", name=op.f("ck_message_template_status_known")
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["smsdesk.user_group.id"],
            name=op.f("fk_message_template_group_id_user_group"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["smsdesk.app_user.id"],
            name=op.f("fk_message_template_owner_id_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message_template")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_message_template_group_status", "message_template", ["group_id", "status"], unique=False, schema="smsdesk"
    )
    op.create_index(
        op.f("ix_message_template_owner_id"), "message_template", ["owner_id"], unique=False, schema="smsdesk"
    )
    op.create_table(
        "sensitive_word",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("word", sa.Text(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        _now("created_at"),
        sa.CheckConstraint(
            "length(word) between 1 and 50 and word = btrim(word) and word !~ '[[:cntrl:]]'",
            name=op.f("ck_sensitive_word_word_ok"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sensitive_word")),
        sa.UniqueConstraint("folded", name=op.f("uq_sensitive_word_folded")),
        schema="smsdesk",
    )
    op.create_table(
        "blacklist_list",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("entries", sa.BigInteger(), server_default="0", nullable=False),
        _now("created_at"),
        sa.CheckConstraint(f"kind is null or {KIND_CHECK}", name=op.f("ck_blacklist_list_kind_known")),
        sa.CheckConstraint(
            "(scope = 'global' and group_id is null and kind is null)"
            " or (scope = 'group' and group_id is not null and kind is null)"
            " or (scope = 'kind' and group_id is null and kind is not null)",
            name=op.f("ck_blacklist_list_scope_ok"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["smsdesk.user_group.id"],
            name=op.f("fk_blacklist_list_group_id_user_group"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blacklist_list")),
        schema="smsdesk",
    )
    op.create_index(
        "uq_blacklist_list_scope",
        "blacklist_list",
        ["scope", sa.literal_column("coalesce(group_id, 0)"), sa.literal_column("coalesce(kind, '')")],
        unique=True,
        schema="smsdesk",
    )
    op.create_table(
        "blacklist_batch",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("list_id", sa.BigInteger(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.Column("source", sa.Text(), server_default="", nullable=False),
        sa.Column("added", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=True),
        _now("created_at"),
        sa.CheckConstraint("length(reason) <= 200", name=op.f("ck_blacklist_batch_reason_ok")),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["smsdesk.blacklist_list.id"],
            name=op.f("fk_blacklist_batch_list_id_blacklist_list"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_blacklist_batch")),
        schema="smsdesk",
    )
    op.create_index(op.f("ix_blacklist_batch_list_id"), "blacklist_batch", ["list_id"], unique=False, schema="smsdesk")
    op.create_table(
        "blacklist_entry",
        sa.Column("list_id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.BigInteger(), nullable=False),
        sa.Column("batch_id", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("number between 1000000 and 999999999999999", name=op.f("ck_blacklist_entry_number_e164")),
        sa.PrimaryKeyConstraint("list_id", "number", name=op.f("pk_blacklist_entry")),
        schema="smsdesk",
    )
    op.create_table(
        "blacklist_tail",
        sa.Column("list_id", sa.BigInteger(), nullable=False),
        sa.Column("tail", sa.SmallInteger(), nullable=False),
        sa.Column("numbers", postgresql.ARRAY(sa.BigInteger()), nullable=False),
        sa.CheckConstraint("tail between 0 and 9999", name=op.f("ck_blacklist_tail_tail_ok")),
        sa.PrimaryKeyConstraint("list_id", "tail", name=op.f("pk_blacklist_tail")),
        schema="smsdesk",
    )
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.remove(op.get_bind(), *reversed(SQL))
    op.drop_table("blacklist_tail", schema="smsdesk")
    op.drop_table("blacklist_entry", schema="smsdesk")
    op.drop_index(op.f("ix_blacklist_batch_list_id"), table_name="blacklist_batch", schema="smsdesk")
    op.drop_table("blacklist_batch", schema="smsdesk")
    op.drop_index("uq_blacklist_list_scope", table_name="blacklist_list", schema="smsdesk")
    op.drop_table("blacklist_list", schema="smsdesk")
    op.drop_table("sensitive_word", schema="smsdesk")
    op.drop_index(op.f("ix_message_template_owner_id"), table_name="message_template", schema="smsdesk")
    op.drop_index("ix_message_template_group_status", table_name="message_template", schema="smsdesk")
    op.drop_table("message_template", schema="smsdesk")
    op.drop_index("uq_signature_group_default", table_name="signature", schema="smsdesk")
    op.drop_index("uq_signature_group_text", table_name="signature", schema="smsdesk")
    op.drop_table("signature", schema="smsdesk")
    op.drop_index(op.f("ix_phrase_phrase_group_id"), table_name="phrase", schema="smsdesk")
    op.drop_table("phrase", schema="smsdesk")
    op.drop_index("uq_phrase_group_name", table_name="phrase_group", schema="smsdesk")
    op.drop_index(op.f("ix_phrase_group_user_group_id"), table_name="phrase_group", schema="smsdesk")
    op.drop_index(op.f("ix_phrase_group_owner_id"), table_name="phrase_group", schema="smsdesk")
    op.drop_table("phrase_group", schema="smsdesk")
