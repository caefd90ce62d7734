"""Trust boundary (SEC-1, SEC-2): audit rows only by the functions that act, sign-in failures capped per login and
source with floods summarised, the sign-in lockout, a password changed outside the audited function noticed,
contact imports checked with the console's rules, and dispatcher coordination out of client roles' reach.

Dispatchers no longer coordinate with advisory locks, which any role can take (an operator could hold a channel's
key and stall it, or hold a dead dispatcher's key and make it look alive): an instance is alive while the
connection that registered it lives (backend pid and start time, signed in as a dispatcher login), and a channel
is bound by its owner instance while that instance is alive.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-07 15:58:34.301882
"""


import sqlalchemy as sa
from alembic import op

from smsdesk.store import sqlfiles

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

# What this revision loads from db/sql/ (db/sql/README.md), in order: each object needs only those before it.
SQL: tuple[str, ...] = (
    "policies/sign_in_throttle",
    "policies/login_password_seen",
    "functions/_lock_held",
    "functions/dispatcher_register",
    "functions/channel_claim",
    "functions/channel_release",
    "functions/dispatcher_stop",
    "functions/audit_event",
    "functions/_sign_in_flush",
    "functions/record_sign_in_failure",
    "functions/sign_in",
    "functions/contact_import_finish",
    "policies/export_ticket",
    "functions/export_begin",
    "functions/_export_ticket_ok",
    "functions/export_contact_rows",
    "functions/export_task_rows",
)
# Of those, these existed before: a downgrade puts back what the revision before left; it removes the others.
CHANGED: tuple[str, ...] = (
    "functions/_lock_held",
    "functions/dispatcher_register",
    "functions/channel_claim",
    "functions/channel_release",
    "functions/dispatcher_stop",
    "functions/audit_event",
    "functions/record_sign_in_failure",
    "functions/sign_in",
    "functions/contact_import_finish",
)


def upgrade() -> None:
    op.add_column("dispatcher_instance", sa.Column("backend_pid", sa.Integer(), nullable=True), schema="smsdesk")
    op.add_column(
        "dispatcher_instance", sa.Column("backend_start", sa.DateTime(timezone=True), nullable=True), schema="smsdesk"
    )
    # Instances registered before this revision hold advisory locks nobody reads any more: they are stopped, and
    # their processes register again at their next reconnect.
    op.execute("UPDATE smsdesk.dispatcher_instance SET stopped_at = now() WHERE stopped_at IS NULL")
    op.execute("UPDATE smsdesk.channel SET owner_id = NULL, status = CASE WHEN enabled THEN 'idle' ELSE 'disabled' END"
               " WHERE owner_id IS NOT NULL")
    op.create_table(
        "sign_in_throttle",
        sa.Column("minute", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("actor", sa.Text(), server_default=sa.text("session_user"), nullable=False),
        sa.Column("login", sa.Text(), nullable=False),
        sa.Column("recorded", sa.Integer(), server_default="0", nullable=False),
        sa.Column("suppressed", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("minute", "source", "actor", "login", name=op.f("pk_sign_in_throttle")),
        schema="smsdesk",
    )
    op.create_table(
        "login_password_seen",
        sa.Column("role_name", sa.Text(), nullable=False),
        sa.Column("digest", sa.Text(), nullable=True),
        sa.Column("seen_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("role_name", name=op.f("pk_login_password_seen")),
        schema="smsdesk",
    )
    op.create_table(
        "export_ticket",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("role_name", sa.Text(), server_default=sa.text("session_user"), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("subject", sa.BigInteger(), nullable=True),
        sa.Column("xact", sa.BigInteger(), nullable=False),  # the xid8 of the transaction that made it
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_ticket")),
        schema="smsdesk",
    )
    sqlfiles.apply(op.get_bind(), revision, *SQL)
    # The gate's password is public: give it its public value again (anyone could have changed it with ALTER ROLE)
    # and record it, so that smsdesk.sign_in notices the next change and undoes it.
    op.execute("""
        DO $$
        DECLARE gate text := (SELECT role_prefix FROM smsdesk.installation WHERE id = 1) || 'gate';
        BEGIN
          IF gate IS NOT NULL AND has_table_privilege('pg_catalog.pg_authid', 'SELECT') THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', gate, 'smsdesk-gate');
            INSERT INTO smsdesk.login_password_seen (role_name, digest)
            SELECT a.rolname, md5(coalesce(a.rolpassword, '')) FROM pg_authid a WHERE a.rolname = gate
            ON CONFLICT (role_name) DO UPDATE SET digest = excluded.digest, seen_at = now();
          END IF;
        END $$
    """)


def downgrade() -> None:
    sqlfiles.restore(op.get_bind(), revision, *CHANGED)
    sqlfiles.remove(op.get_bind(), *(name for name in reversed(SQL) if name not in CHANGED))
    op.drop_table("export_ticket", schema="smsdesk")
    op.drop_table("login_password_seen", schema="smsdesk")
    op.drop_table("sign_in_throttle", schema="smsdesk")
    op.drop_column("dispatcher_instance", "backend_start", schema="smsdesk")
    op.drop_column("dispatcher_instance", "backend_pid", schema="smsdesk")
