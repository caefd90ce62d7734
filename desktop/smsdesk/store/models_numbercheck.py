"""Number checks (CHK-1, REP-5; revision 0021): check tasks and their per-number results, the live-status cache
and the lookup queue the dispatcher works through, and the status provider's configuration."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    Numeric,
    SmallInteger,
    Text,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from smsdesk.store.models import AppUser, Base, UserGroup


class CheckTask(Base):
    """One check of a list of numbers (号码检测任务组): whose, when, and its counts (kept by the functions)."""

    __tablename__ = "check_task"
    __table_args__ = (
        CheckConstraint("status IN ('checking', 'done', 'cancelled')", name="status"),
        Index("ix_check_task_owner", "owner_id", "created_at"),
        Index("ix_check_task_group", "group_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey(AppUser.id), nullable=False)
    group_id: Mapped[int] = mapped_column(ForeignKey(UserGroup.id), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("now()"),
                                                 nullable=False)
    scheduled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    with_status: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="checking")
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    given: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    duplicates: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    numbers: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")  # result rows
    valid: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    pending: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")  # waiting for a live status
    lookups: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    cost: Mapped[Decimal] = mapped_column(Numeric(14, 4), nullable=False, server_default="0")


class CheckResult(Base):
    """One number of a check: valid numbers once each (``number``, E.164 digits), refused inputs as given."""

    __tablename__ = "check_result"
    __table_args__ = (
        CheckConstraint("(number IS NULL) = (reason IS NOT NULL)", name="valid_or_reason"),
        CheckConstraint("status IS NULL OR status IN ('pending', 'empty', 'suspended', 'powered_off', 'active', "
                        "'unknown', 'cancelled')", name="status"),
        CheckConstraint("source IN ('typed', 'file', 'contacts')", name="source"),
        # one row per number in a check; rows go in sorted by number, so this index and the primary key grow at
        # their right edge (a (number, …) index took a million random insertions: 16 s against 3 s)
        Index("ix_check_result_task_number", "task_id", "number", unique=True),
        Index("ix_check_result_pending", "number", postgresql_where=text("status = 'pending'")),
        # the results page's rare filters, which would otherwise walk most of a big check to fill a page
        Index("ix_check_result_listed", "task_id", "row_no", postgresql_where=text("lists IS NOT NULL")),
        Index("ix_check_result_virtual", "task_id", "row_no", postgresql_where=text("carrier = 'virtual'")),
    )

    # no foreign key: its check per inserted row doubled the time to store a million results; check_create and
    # check_delete are the only writers and keep the reference
    task_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    row_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    number: Mapped[int | None] = mapped_column(BigInteger)
    shown: Mapped[str] = mapped_column(Text, nullable=False)  # E.164, or masked for a contact the caller may not see
    raw: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    masked: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    carrier: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str | None] = mapped_column(Text)
    province: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    lists: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    status: Mapped[str | None] = mapped_column(Text)
    status_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    price: Mapped[Decimal | None] = mapped_column(Numeric(10, 4))


class NumberStatus(Base):
    """The last live status a provider gave for a number: reused for ``cache_days`` and by the Send preview."""

    __tablename__ = "number_status"
    __table_args__ = (
        CheckConstraint("status IN ('empty', 'suspended', 'powered_off', 'active', 'unknown')", name="status"),
    )

    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("now()"),
                                                 nullable=False)
    provider: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class StatusLookup(Base):
    """A number waiting for a live status: due when, tried how often, leased by which worker until when."""

    __tablename__ = "status_lookup"
    __table_args__ = (Index("ix_status_lookup_due", "due_at"),)

    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("now()"), nullable=False)
    attempts: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    leased_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class CheckConfig(Base):
    """The installation's status provider and cache (one row): what the dispatcher's lookup worker reads."""

    __tablename__ = "check_config"
    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, server_default="1")
    provider: Mapped[dict] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    cache_days: Mapped[int] = mapped_column(Integer, nullable=False, server_default="30")
    max_attempts: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="5")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("now()"),
                                                 nullable=False)
