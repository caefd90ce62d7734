"""ORM models of the shared database (schema ``smsdesk``); the migrations in db/ are their source of truth."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

SCHEMA = "smsdesk"

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(schema=SCHEMA, naming_convention=NAMING_CONVENTION)


def _now() -> Any:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class Installation(Base):
    """One row: which role prefix this database's roles carry, and installation-wide settings."""

    __tablename__ = "installation"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    role_prefix: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = _now()
    settings: Mapped[dict] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))


class SettingDefault(Base):
    """The default of each installation setting, recorded by the revision that introduced the key; a value chosen
    by a top-level administrator lives in ``Installation.settings`` (read both with ``smsdesk.setting(key)``)."""

    __tablename__ = "setting_default"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[Any] = mapped_column(JSONB, nullable=False)


class UserGroup(Base):
    __tablename__ = "user_group"
    __table_args__ = (
        CheckConstraint("length(name) between 1 and 100 and position('/' in name) = 0", name="name_ok"),
        CheckConstraint("quota_balance >= 0", name="quota_not_negative"),
        Index("ix_user_group_id_path", "id_path", postgresql_using="gin"),
        # names are unique among live groups; a deleted group keeps its row for the history that refers to it
        Index(
            "uq_user_group_parent_name",
            text("coalesce(parent_id, 0)"),
            "name",
            unique=True,
            postgresql_where=text("deleted_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("user_group.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    # ids from the root down to this group, kept by a trigger: subtree checks are one GIN lookup.
    id_path: Mapped[list[int]] = mapped_column(ARRAY(BigInteger), nullable=False, server_default="{}")
    quota_balance: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    review_mode: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AppUser(Base):
    __tablename__ = "app_user"
    __table_args__ = (
        CheckConstraint("login ~ '^[a-z0-9][a-z0-9_.-]{0,31}$'", name="login_format"),
        CheckConstraint("kind in ('admin', 'user')", name="kind_known"),
        CheckConstraint("status in ('normal', 'disabled', 'deleted')", name="status_known"),
        CheckConstraint("quota_used >= 0 and quota_limit >= 0 and quota_used <= quota_limit", name="quota_ok"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    login: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    role_name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    operator_name: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    group_id: Mapped[int] = mapped_column(ForeignKey("user_group.id", ondelete="RESTRICT"), nullable=False, index=True)
    mobile: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(Text, nullable=False, server_default="user")
    is_reviewer: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="normal")
    review_mode: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    see_full_numbers: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    # set by an administrator's password reset, cleared when the user sets their own (user_set_password)
    must_change_password: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    quota_limit: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    quota_used: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class QuotaMovement(Base):
    """Every change of a quota, so that a balance always equals the sum of its movements."""

    __tablename__ = "quota_movement"
    __table_args__ = (
        CheckConstraint("(group_id is null) <> (user_id is null)", name="one_holder"),
        CheckConstraint("amount <> 0", name="amount_nonzero"),
        # A user's quota_limit is the sum of their 'limit' movements and quota_used that of their 'used' ones
        # (reservations, refunds); a group's balance is the sum of its movements, all 'limit'. (revision 0004)
        CheckConstraint(
            "account in ('limit', 'used') and (account = 'limit' or user_id is not null)", name="account_known"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)
    actor_role: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("session_user"))
    actor_user_id: Mapped[int | None] = mapped_column(BigInteger)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("user_group.id", ondelete="RESTRICT"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"), index=True)
    amount: Mapped[int] = mapped_column(BigInteger, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    reference: Mapped[str | None] = mapped_column(Text)
    account: Mapped[str] = mapped_column(Text, nullable=False, server_default="limit")


class AuditLog(Base):
    """Append-only trail of sensitive actions (SEC-2); the actor is always the session's real role."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_at", "at"), Index("ix_audit_log_action_at", "action", "at"))

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=text("clock_timestamp()"), nullable=False
    )
    actor_role: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("session_user"))
    actor_user_id: Mapped[int | None] = mapped_column(BigInteger)
    # the group the action concerns: administrators see the audit rows of their subtree
    group_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    action: Mapped[str] = mapped_column(Text, nullable=False)
    target: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    details: Mapped[dict] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))


class SignInThrottle(Base):
    """Failed sign-ins counted per minute, source, calling role and login (login '' is the source's own total):
    the caps of smsdesk.record_sign_in_failure and the summaries of what was over them. Only those functions read
    it."""

    __tablename__ = "sign_in_throttle"

    minute: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)
    source: Mapped[str] = mapped_column(Text, primary_key=True)
    actor: Mapped[str] = mapped_column(Text, primary_key=True, server_default=text("session_user"))
    login: Mapped[str] = mapped_column(Text, primary_key=True)
    recorded: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    suppressed: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class LoginPasswordSeen(Base):
    """A digest of each login's password verifier at its last sign-in: smsdesk.sign_in notices (and audits) a
    password changed without the audited function. Only sign_in reads it."""

    __tablename__ = "login_password_seen"

    role_name: Mapped[str] = mapped_column(Text, primary_key=True)
    digest: Mapped[str | None] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=text("now()"))


class ExportTicket(Base):
    """An export begun (smsdesk.export_begin, audited); its rows are read only with a committed ticket."""

    __tablename__ = "export_ticket"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    role_name: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("session_user"))
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    subject: Mapped[int | None] = mapped_column(BigInteger)
    xact: Mapped[int] = mapped_column(BigInteger, nullable=False)  # the xid8 of the transaction that made it
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=text("now()"))
    rows: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")  # served by report functions
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # export_finish


def load_all_models() -> None:
    """Imports every ``store/models_<area>.py`` so Base.metadata knows all tables (Alembic, tests)."""
    import importlib
    import pkgutil

    import smsdesk.store as store

    for info in pkgutil.iter_modules(store.__path__):
        if info.name.startswith("models_"):
            importlib.import_module(f"smsdesk.store.{info.name}")
