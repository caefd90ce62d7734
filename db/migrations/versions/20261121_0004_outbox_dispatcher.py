"""Outbox and dispatcher: tasks, messages and their queue, channels and routes, receipts, replies (issue #7).

Success billing and the functions the dispatcher process calls. No client role writes a table: operators queue,
cancel and review tasks through checked functions; the dispatcher role calls the dispatch_* / claim / record /
channel_* functions, SECURITY DEFINER and batched (arrays in, one round trip per batch). Operators pass a task's
recipients as arrays: they need no temporary tables, so the TEMPORARY right that 0001 revokes from PUBLIC stays
revoked for them (nothing a client creates in pg_temp can then meet a definer function).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 22:30:00.000000
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from smsdesk.store import sqlfiles

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL = (
    "functions/tg_message_task_exists",
    "functions/tg_task_id_fixed",
    "triggers/message",
    "functions/tg_send_task_cascade",
    "triggers/send_task",
    "policies/message_queue",
    "policies/message_part",
    "policies/send_task",
    "policies/message",
    "policies/receipt",
    "policies/inbound_reply",
    "policies/channel",
    "policies/route_rule",
    "policies/channel_event",
    "policies/failure_map",
    "policies/dispatcher_instance",
    "grants/send_task",
    "grants/message",
    "grants/inbound_reply",
    "grants/failure_map",
    "grants/dispatcher_instance",
    "grants/channel",
    "grants/receipt",
    "grants/route_rule",
    "grants/channel_event",
    "functions/_is_dispatcher",
    "functions/_dispatcher_check",
    "functions/_lock_held",
    "functions/_dispatch_sensitive_words",
    "functions/_dispatch_blacklisted",
    "functions/_dispatch_opt_out",
    "functions/_task_settle",
    "functions/task_queue",
    "functions/_task_stop_unsent",
    "functions/task_cancel",
    "functions/task_review",
    "functions/_require_channel_admin",
    "functions/channel_save",
    "functions/route_rules_set",
    "functions/failure_map_set",
    "functions/dispatcher_login_set",
    "functions/dispatcher_register",
    "functions/dispatcher_stop",
    "functions/channel_heartbeat",
    "functions/channel_claim",
    "functions/channel_release",
    "functions/channel_set_status",
    "functions/dispatch_routing",
    "functions/dispatch_tasks",
    "functions/dispatch_failure_map",
    "functions/dispatch_sensitive_words",
    "functions/claim_batch",
    "functions/record_submit_results",
    "functions/_apply_receipts",
    "functions/record_receipts",
    "functions/record_replies",
    "functions/dispatch_maintenance",
)


def upgrade() -> None:
    op.create_table(
        "dispatcher_instance",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role_name", sa.Text(), server_default=sa.text("session_user"), nullable=False),
        sa.Column("host", sa.Text(), server_default="", nullable=False),
        sa.Column("pid", sa.Integer(), server_default="0", nullable=False),
        sa.Column("version", sa.Text(), server_default="", nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("stopped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "stats", postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispatcher_instance")),
        schema="smsdesk",
    )
    op.create_table(
        "inbound_reply",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("dest_addr", sa.Text(), server_default="", nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("task_id", sa.BigInteger(), nullable=True),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("group_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("opt_out", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("blacklisted", sa.Boolean(), server_default="false", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbound_reply")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_inbound_reply_group_id_received_at",
        "inbound_reply",
        ["group_id", "received_at"],
        unique=False,
        schema="smsdesk",
    )
    op.create_index(
        "ix_inbound_reply_number_received_at",
        "inbound_reply",
        ["number", "received_at"],
        unique=False,
        schema="smsdesk",
    )
    op.create_index("ix_inbound_reply_task_id", "inbound_reply", ["task_id"], unique=False, schema="smsdesk")
    op.create_table(
        "message_part",
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("smsc_key", sa.Text(), nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=False),
        sa.Column("part_no", sa.SmallInteger(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("channel_id", "smsc_key", name=op.f("pk_message_part")),
        schema="smsdesk",
    )
    op.create_table(
        "message_queue",
        sa.Column("message_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("task_id", sa.BigInteger(), nullable=False),
        sa.Column("carrier", sa.Text(), server_default="", nullable=False),
        sa.Column("ready_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("lease_owner", sa.BigInteger(), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("message_id", name=op.f("pk_message_queue")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_message_queue_task_id_message_id",
        "message_queue",
        ["task_id", "message_id"],
        unique=False,
        schema="smsdesk",
    )
    op.create_table(
        "receipt",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("smsc_id", sa.Text(), server_default="", nullable=False),
        sa.Column("id_keys", postgresql.ARRAY(sa.Text()), server_default="{}", nullable=False),
        sa.Column("stat", sa.Text(), nullable=True),
        sa.Column("err", sa.Text(), nullable=True),
        sa.Column("category", sa.Text(), nullable=True),
        sa.Column("raw", sa.Text(), server_default="", nullable=False),
        sa.Column("message_id", sa.BigInteger(), nullable=True),
        sa.Column("task_id", sa.BigInteger(), nullable=True),
        sa.Column("part_no", sa.SmallInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_receipt")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_receipt_unmatched",
        "receipt",
        ["received_at"],
        unique=False,
        schema="smsdesk",
        postgresql_where=sa.text("message_id is null"),
    )
    op.create_table(
        "channel",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("host", sa.Text(), nullable=False),
        sa.Column("port", sa.Integer(), nullable=False),
        sa.Column("system_id", sa.Text(), nullable=False),
        sa.Column("password", sa.Text(), server_default="", nullable=False),
        sa.Column("system_type", sa.Text(), server_default="", nullable=False),
        sa.Column("bind_mode", sa.Text(), server_default="trx", nullable=False),
        sa.Column("source_addr", sa.Text(), server_default="", nullable=False),
        sa.Column("source_ton", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("source_npi", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("tps", sa.Numeric(), server_default="0", nullable=False),
        sa.Column("window_size", sa.Integer(), server_default="10", nullable=False),
        sa.Column("enquire_link_s", sa.Integer(), server_default="30", nullable=False),
        sa.Column("submit_timeout_s", sa.Integer(), server_default="15", nullable=False),
        sa.Column("tls", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("receipt_ids", sa.Text(), server_default="auto", nullable=False),
        sa.Column("max_attempts", sa.Integer(), server_default="3", nullable=False),
        sa.Column("retry_interval_s", sa.Integer(), server_default="30", nullable=False),
        sa.Column("receipt_timeout_s", sa.Integer(), server_default="172800", nullable=False),
        sa.Column("enabled", sa.Boolean(), server_default="true", nullable=False),
        sa.Column("status", sa.Text(), server_default="idle", nullable=False),
        sa.Column("status_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("status_reason", sa.Text(), server_default="", nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=True),
        sa.Column("heartbeat_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "stats", postgresql.JSONB(astext_type=sa.Text()), server_default=sa.text("'{}'::jsonb"), nullable=False
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint("bind_mode in ('trx', 'tx+rx')", name=op.f("ck_channel_bind_mode_known")),
        sa.CheckConstraint(
            "receipt_ids in ('auto', 'exact', 'hex_dec', 'dec_hex')", name=op.f("ck_channel_receipt_ids_known")
        ),
        sa.CheckConstraint(
            "status in ('idle', 'binding', 'up', 'down', 'failing', 'disabled')", name=op.f("ck_channel_status_known")
        ),
        sa.CheckConstraint("enquire_link_s between 1 and 3600", name=op.f("ck_channel_enquire_link_ok")),
        sa.CheckConstraint("length(name) between 1 and 64", name=op.f("ck_channel_name_ok")),
        sa.CheckConstraint(
            "max_attempts between 1 and 20 and retry_interval_s between 0 and 86400", name=op.f("ck_channel_retry_ok")
        ),
        sa.CheckConstraint("port between 1 and 65535", name=op.f("ck_channel_port_ok")),
        sa.CheckConstraint("tps >= 0", name=op.f("ck_channel_tps_ok")),
        sa.CheckConstraint("window_size between 1 and 1000", name=op.f("ck_channel_window_ok")),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["smsdesk.dispatcher_instance.id"],
            name=op.f("fk_channel_owner_id_dispatcher_instance"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel")),
        sa.UniqueConstraint("name", name=op.f("uq_channel_name")),
        schema="smsdesk",
    )
    op.create_table(
        "channel_event",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), server_default=sa.text("clock_timestamp()"), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("dispatcher_id", sa.BigInteger(), nullable=True),
        sa.Column("old_status", sa.Text(), nullable=False),
        sa.Column("new_status", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["smsdesk.channel.id"], name=op.f("fk_channel_event_channel_id_channel"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_event")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_channel_event_channel_id_at", "channel_event", ["channel_id", "at"], unique=False, schema="smsdesk"
    )
    op.create_table(
        "failure_map",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("category", sa.Text(), nullable=False),
        sa.Column("transient", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.CheckConstraint(
            "category in ('timeout', 'content_blocked', 'invalid_number', 'blacklisted', 'quota', 'gateway_error',"
            " 'other')",
            name=op.f("ck_failure_map_category_known"),
        ),
        sa.CheckConstraint("source in ('submit', 'error', 'stat', 'err')", name=op.f("ck_failure_map_source_known")),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["smsdesk.channel.id"], name=op.f("fk_failure_map_channel_id_channel"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_failure_map")),
        schema="smsdesk",
    )
    op.create_index(
        "uq_failure_map_channel_source_code",
        "failure_map",
        [sa.literal_column("coalesce(channel_id, 0)"), "source", "code"],
        unique=True,
        schema="smsdesk",
    )
    op.create_table(
        "route_rule",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("channel_id", sa.BigInteger(), nullable=False),
        sa.Column("carrier", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("priority", sa.Integer(), server_default="100", nullable=False),
        sa.Column("backup_channel_id", sa.BigInteger(), nullable=True),
        sa.Column("enabled", sa.Boolean(), server_default="true", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.CheckConstraint(
            "kind is null or kind in ('verification', 'notification', 'marketing', 'alert')",
            name=op.f("ck_route_rule_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["backup_channel_id"],
            ["smsdesk.channel.id"],
            name=op.f("fk_route_rule_backup_channel_id_channel"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["channel_id"], ["smsdesk.channel.id"], name=op.f("fk_route_rule_channel_id_channel"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_route_rule")),
        schema="smsdesk",
    )
    op.create_index(op.f("ix_route_rule_channel_id"), "route_rule", ["channel_id"], unique=False, schema="smsdesk")
    op.create_table(
        "send_task",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("task_key", sa.UUID(), nullable=False),
        sa.Column("owner_id", sa.BigInteger(), nullable=False),
        sa.Column("group_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("opt_out", sa.Text(), nullable=True),
        sa.Column("template_id", sa.BigInteger(), nullable=True),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("send_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recipient_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("segments_per_message", sa.Integer(), server_default="1", nullable=False),
        sa.Column("reserved", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("charged", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("refunded", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("submitted_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("delivered_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("failed_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("expired_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("cancelled_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewed_by", sa.BigInteger(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "kind in ('verification', 'notification', 'marketing', 'alert')", name=op.f("ck_send_task_kind_known")
        ),
        sa.CheckConstraint(
            "status in ('preview', 'awaiting_review', 'rejected', 'scheduled', 'queued', 'sending', 'finished',"
            " 'cancelled', 'expired')",
            name=op.f("ck_send_task_status_known"),
        ),
        sa.CheckConstraint(
            "reserved >= 0 and charged >= 0 and refunded >= 0 and charged + refunded <= reserved",
            name=op.f("ck_send_task_quota_ok"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"], ["smsdesk.user_group.id"], name=op.f("fk_send_task_group_id_user_group"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["smsdesk.app_user.id"], name=op.f("fk_send_task_owner_id_app_user"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["reviewed_by"],
            ["smsdesk.app_user.id"],
            name=op.f("fk_send_task_reviewed_by_app_user"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_send_task")),
        sa.UniqueConstraint("task_key", name=op.f("uq_send_task_task_key")),
        schema="smsdesk",
    )
    op.create_index(
        "ix_send_task_active",
        "send_task",
        ["send_at"],
        unique=False,
        schema="smsdesk",
        postgresql_where=sa.text("status in ('scheduled', 'queued', 'sending')"),
    )
    op.create_index(
        "ix_send_task_group_id_created_at", "send_task", ["group_id", "created_at"], unique=False, schema="smsdesk"
    )
    op.create_index(
        "ix_send_task_owner_id_created_at", "send_task", ["owner_id", "created_at"], unique=False, schema="smsdesk"
    )
    op.create_table(
        "message",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("task_id", sa.BigInteger(), nullable=False),
        sa.Column("number", sa.Text(), nullable=False),
        sa.Column("carrier", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=True),
        sa.Column("segments", sa.SmallInteger(), nullable=False),
        sa.Column("status", sa.Text(), server_default="queued", nullable=False),
        sa.Column("attempts", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_owner", sa.BigInteger(), nullable=True),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("channel_id", sa.BigInteger(), nullable=True),
        sa.Column("smsc_ids", postgresql.ARRAY(sa.Text()), nullable=True),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error_code", sa.Text(), nullable=True),
        sa.Column("failure_category", sa.Text(), nullable=True),
        sa.Column("duplicate_suspect", sa.Boolean(), server_default="false", nullable=False),
        sa.Column("parts_done", sa.Integer(), server_default="0", nullable=False),
        sa.Column("parts_ok", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint(
            "failure_category is null or failure_category in ('timeout', 'content_blocked', 'invalid_number',"
            " 'blacklisted', 'quota', 'gateway_error', 'other')",
            name=op.f("ck_message_failure_category_known"),
        ),
        sa.CheckConstraint(
            "status in ('queued', 'sending', 'submitted', 'delivered', 'failed', 'expired', 'cancelled')",
            name=op.f("ck_message_status_known"),
        ),
        sa.CheckConstraint("segments between 1 and 30", name=op.f("ck_message_segments_ok")),
        # task_id -> send_task.id: checked once per statement by triggers of the .sql file, not a FOREIGN KEY
        sa.PrimaryKeyConstraint("id", name=op.f("pk_message")),
        schema="smsdesk",
    )
    op.create_index("ix_message_number", "message", ["number"], unique=False, schema="smsdesk", postgresql_using="hash")
    op.create_index("ix_message_task_id_id", "message", ["task_id", "id"], unique=False, schema="smsdesk")
    op.add_column(
        "quota_movement", sa.Column("account", sa.Text(), server_default="limit", nullable=False), schema="smsdesk"
    )
    op.create_check_constraint(
        op.f("ck_quota_movement_account_known"),
        "quota_movement",
        "account in ('limit', 'used') and (account = 'limit' or user_id is not null)",
        schema="smsdesk",
    )
    # Frequent updates of these tables must stay HOT: leave room on every page.
    op.execute("ALTER TABLE smsdesk.message SET (fillfactor = 70)")
    op.execute(
        "ALTER TABLE smsdesk.message_queue SET (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.02,"
        " autovacuum_vacuum_insert_scale_factor = 0.05)"
    )
    op.execute("ALTER TABLE smsdesk.message_part SET (fillfactor = 80)")
    op.execute("ALTER TABLE smsdesk.send_task SET (fillfactor = 70)")
    op.execute("ALTER TABLE smsdesk.channel SET (fillfactor = 50)")
    # Default failure map (REP-6 categories, GW-4 transient or permanent). A channel overrides a row by adding
    # one with its channel_id. Sources: 'submit' = submit_sm_resp command_status name, 'error' = no usable
    # response (the session's error), 'stat' = receipt stat, 'err' = receipt err (GSM MAP error values).
    op.execute(
        """
        INSERT INTO smsdesk.failure_map (channel_id, source, code, category, transient, note) VALUES
          (NULL, 'submit', 'ESME_RSYSERR', 'gateway_error', true, 'system error'),
          (NULL, 'submit', 'ESME_RMSGQFUL', 'gateway_error', true, 'message queue full'),
          (NULL, 'submit', 'ESME_RTHROTTLED', 'gateway_error', true, 'throttled beyond the session''s retries'),
          (NULL, 'submit', 'ESME_RSUBMITFAIL', 'gateway_error', true, 'submit failed'),
          (NULL, 'submit', 'ESME_RX_T_APPN', 'gateway_error', true, 'temporary application error'),
          (NULL, 'submit', 'ESME_RUNKNOWNERR', 'gateway_error', true, 'unknown error'),
          (NULL, 'submit', 'ESME_RINVBNDSTS', 'gateway_error', true, 'not bound'),
          (NULL, 'submit', 'ESME_RINVDSTADR', 'invalid_number', false, 'invalid destination address'),
          (NULL, 'submit', 'ESME_RINVDSTTON', 'invalid_number', false, 'invalid destination TON'),
          (NULL, 'submit', 'ESME_RINVDSTNPI', 'invalid_number', false, 'invalid destination NPI'),
          (NULL, 'submit', 'ESME_RINVSRCADR', 'gateway_error', false, 'invalid source address'),
          (NULL, 'submit', 'ESME_RINVMSGLEN', 'content_blocked', false, 'invalid message length'),
          (NULL, 'submit', 'ESME_RX_R_APPN', 'content_blocked', false, 'rejected by the SMSC''s application'),
          (NULL, 'submit', 'ESME_RX_P_APPN', 'other', false, 'permanent application error'),
          (NULL, 'error', 'timeout', 'timeout', true, 'no submit_sm_resp in time'),
          (NULL, 'error', 'connection_lost', 'gateway_error', true, 'link lost with the submit outstanding'),
          (NULL, 'error', 'closed', 'gateway_error', true, 'session closed with the submit outstanding'),
          (NULL, 'error', 'malformed_response', 'gateway_error', true, 'unreadable submit_sm_resp'),
          (NULL, 'error', 'encode', 'content_blocked', false, 'the message cannot be encoded for SMPP'),
          (NULL, 'error', 'sensitive', 'content_blocked', false, 'sensitive words found by the dispatcher (SEC-4)'),
          (NULL, 'error', 'blacklisted', 'blacklisted', false, 'number blacklisted after the task was queued'),
          (NULL, 'error', 'segments', 'quota', false, 'content measures more segments than were reserved'),
          (NULL, 'stat', 'EXPIRED', 'timeout', false, 'validity period expired'),
          (NULL, 'stat', 'UNDELIV', 'other', false, 'undeliverable'),
          (NULL, 'stat', 'REJECTD', 'content_blocked', false, 'rejected'),
          (NULL, 'stat', 'DELETED', 'other', false, 'deleted'),
          (NULL, 'stat', 'UNKNOWN', 'other', false, 'unknown'),
          (NULL, 'err', '001', 'invalid_number', false, 'unknown subscriber'),
          (NULL, 'err', '005', 'invalid_number', false, 'unidentified subscriber'),
          (NULL, 'err', '009', 'invalid_number', false, 'illegal subscriber'),
          (NULL, 'err', '011', 'invalid_number', false, 'teleservice not provisioned (suspended)'),
          (NULL, 'err', '012', 'invalid_number', false, 'illegal equipment'),
          (NULL, 'err', '013', 'blacklisted', false, 'call barred'),
          (NULL, 'err', '027', 'timeout', false, 'absent subscriber'),
          (NULL, 'err', '006', 'timeout', false, 'absent subscriber for SM'),
          (NULL, 'err', '031', 'timeout', false, 'subscriber busy'),
          (NULL, 'err', '032', 'gateway_error', false, 'SM delivery failure'),
          (NULL, 'err', '034', 'gateway_error', false, 'system failure'),
          (NULL, 'err', '036', 'other', false, 'data missing')
        """
    )
    sqlfiles.apply(op.get_bind(), revision, *SQL)


def downgrade() -> None:
    sqlfiles.remove(op.get_bind(), *reversed(SQL))
    op.drop_constraint(op.f("ck_quota_movement_account_known"), "quota_movement", schema="smsdesk")
    op.drop_column("quota_movement", "account", schema="smsdesk")
    op.drop_index("ix_message_task_id_id", table_name="message", schema="smsdesk")
    op.drop_index("ix_message_number", table_name="message", schema="smsdesk")
    op.drop_table("message", schema="smsdesk")
    op.drop_index("ix_send_task_owner_id_created_at", table_name="send_task", schema="smsdesk")
    op.drop_index("ix_send_task_group_id_created_at", table_name="send_task", schema="smsdesk")
    op.drop_index(
        "ix_send_task_active",
        table_name="send_task",
        schema="smsdesk",
        postgresql_where=sa.text("status in ('scheduled', 'queued', 'sending')"),
    )
    op.drop_table("send_task", schema="smsdesk")
    op.drop_index(op.f("ix_route_rule_channel_id"), table_name="route_rule", schema="smsdesk")
    op.drop_table("route_rule", schema="smsdesk")
    op.drop_index("uq_failure_map_channel_source_code", table_name="failure_map", schema="smsdesk")
    op.drop_table("failure_map", schema="smsdesk")
    op.drop_index("ix_channel_event_channel_id_at", table_name="channel_event", schema="smsdesk")
    op.drop_table("channel_event", schema="smsdesk")
    op.drop_table("channel", schema="smsdesk")
    op.drop_index(
        "ix_receipt_unmatched", table_name="receipt", schema="smsdesk", postgresql_where=sa.text("message_id is null")
    )
    op.drop_table("receipt", schema="smsdesk")
    op.drop_index("ix_message_queue_task_id_message_id", table_name="message_queue", schema="smsdesk")
    op.drop_table("message_queue", schema="smsdesk")
    op.drop_table("message_part", schema="smsdesk")
    op.drop_index("ix_inbound_reply_task_id", table_name="inbound_reply", schema="smsdesk")
    op.drop_index("ix_inbound_reply_number_received_at", table_name="inbound_reply", schema="smsdesk")
    op.drop_index("ix_inbound_reply_group_id_received_at", table_name="inbound_reply", schema="smsdesk")
    op.drop_table("inbound_reply", schema="smsdesk")
    op.drop_table("dispatcher_instance", schema="smsdesk")
