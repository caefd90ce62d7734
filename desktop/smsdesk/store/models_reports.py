"""Tables of the reports: the exact hourly, daily and monthly rollups of messages, and the dated price list.

Written only by SECURITY DEFINER functions (the recording functions stage their changes, tg_stat_hour_delta_flush
adds them at commit; stat_rebuild; price_set); read through row-level security like send_task.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Identity,
    Integer,
    Numeric,
    Table,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from smsdesk.store.models import Base


def _count() -> Mapped[int]:
    return mapped_column(BigInteger, nullable=False, server_default="0")


class _HourKey:
    """The rollup key: what reports and charts group by."""

    hour: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)  # UTC, whole hours
    group_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, server_default="0")  # 0 while pending
    carrier: Mapped[str] = mapped_column(Text, primary_key=True, server_default="")
    template_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, server_default="0")
    # pending | delivered | failed | expired | cancelled; '' for the rows that count replies
    outcome: Mapped[str] = mapped_column(Text, primary_key=True)
    category: Mapped[str] = mapped_column(Text, primary_key=True, server_default="")  # failed / expired only


class StatHour(_HourKey, Base):
    """Messages per hour of their task's send time and key; equal at every commit to a GROUP BY over the raw rows
    (``_stat_from_raw``)."""

    __tablename__ = "stat_hour"

    messages: Mapped[int] = _count()
    segments: Mapped[int] = _count()
    refunded_segments: Mapped[int] = _count()
    cost: Mapped[Decimal] = mapped_column(Numeric, nullable=False, server_default="0")  # delivered, at task prices
    # delivered messages per submit-to-receipt bucket (stat_latency_bounds); NULL: none
    latency_hist: Mapped[list[int] | None] = mapped_column(ARRAY(BigInteger))
    replies: Mapped[int] = _count()
    opt_outs: Mapped[int] = _count()


# Rollup changes staged by a transaction's recording functions, added to the rollups at its commit. No key: a
# transaction stages a few rows and deletes them at its own commit.
stat_hour_delta = Table(
    "stat_hour_delta",
    Base.metadata,
    Column("hour", DateTime(timezone=True), nullable=False),
    Column("group_id", BigInteger, nullable=False),
    Column("user_id", BigInteger, nullable=False),
    Column("kind", Text, nullable=False),
    Column("channel_id", BigInteger, nullable=False, server_default="0"),
    Column("carrier", Text, nullable=False, server_default=""),
    Column("template_id", BigInteger, nullable=False, server_default="0"),
    Column("outcome", Text, nullable=False),
    Column("category", Text, nullable=False, server_default=""),
    *(
        Column(name, BigInteger, nullable=False, server_default="0")
        for name in ("messages", "segments", "refunded_segments")
    ),
    Column("cost", Numeric, nullable=False, server_default="0"),
    Column("bucket", Integer, nullable=False, server_default="0"),
    *(Column(name, BigInteger, nullable=False, server_default="0") for name in ("replies", "opt_outs")),
    prefixes=["UNLOGGED"],
)


class StatDay(Base):
    """stat_hour summed per day of ``stat_day_zone()`` for group, user, kind and outcome: the daily, monthly and
    cost reports over years read a few thousand rows."""

    __tablename__ = "stat_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    group_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    outcome: Mapped[str] = mapped_column(Text, primary_key=True)
    messages: Mapped[int] = _count()
    segments: Mapped[int] = _count()
    refunded_segments: Mapped[int] = _count()
    cost: Mapped[Decimal] = mapped_column(Numeric, nullable=False, server_default="0")


class _WideKey:
    """The wide rollups' key: a period of ``stat_day_zone()`` and what charts group by."""

    group_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, server_default="0")  # 0 while pending
    carrier: Mapped[str] = mapped_column(Text, primary_key=True, server_default="")
    template_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, server_default="0")  # 0: free text
    # the outcomes as columns
    messages: Mapped[int] = _count()
    delivered: Mapped[int] = _count()
    failed: Mapped[int] = _count()
    expired: Mapped[int] = _count()
    pending: Mapped[int] = _count()
    cancelled: Mapped[int] = _count()
    segments: Mapped[int] = _count()
    delivered_segments: Mapped[int] = _count()
    refunded_segments: Mapped[int] = _count()
    cost: Mapped[Decimal] = mapped_column(Numeric, nullable=False, server_default="0")
    latency_hist: Mapped[list[int] | None] = mapped_column(ARRAY(BigInteger))  # stat_latency_bounds buckets
    causes: Mapped[list[int] | None] = mapped_column(ARRAY(BigInteger))  # failed + expired per stat_causes()
    replies: Mapped[int] = _count()
    opt_outs: Mapped[int] = _count()


class StatDayWide(_WideKey, Base):
    """stat_hour summed per day of ``stat_day_zone()``, one row per key with the outcomes as columns."""

    __tablename__ = "stat_day_wide"

    day: Mapped[date] = mapped_column(Date, primary_key=True)


class StatMonthWide(_WideKey, Base):
    """stat_hour summed per month (its first day) of ``stat_day_zone()``, like stat_day_wide."""

    __tablename__ = "stat_month_wide"

    month: Mapped[date] = mapped_column(Date, primary_key=True)


class StatHourKind(Base):
    """Messages per hour, group, user and kind by outcome: the hourly volume and the peaks chart."""

    __tablename__ = "stat_hour_kind"

    hour: Mapped[datetime] = mapped_column(DateTime(timezone=True), primary_key=True)  # UTC, whole hours
    group_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    kind: Mapped[str] = mapped_column(Text, primary_key=True)
    messages: Mapped[int] = _count()
    delivered: Mapped[int] = _count()
    failed: Mapped[int] = _count()
    pending: Mapped[int] = _count()
    cancelled: Mapped[int] = _count()


class PriceRow(Base):
    """A price per segment for a kind ('' any) and carrier ('' any) from a date on (REP-2)."""

    __tablename__ = "price_list"
    __table_args__ = (
        CheckConstraint("price >= 0", name="price_ok"),
        UniqueConstraint("kind", "carrier", "effective_from"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    kind: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    carrier: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    price: Mapped[Decimal] = mapped_column(Numeric, nullable=False)
    effective_from: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
