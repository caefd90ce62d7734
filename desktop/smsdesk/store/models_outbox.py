"""Tables of sending and gateways: tasks, messages and their queue, channels and routes, receipts, replies.

Written only by the SECURITY DEFINER functions of db/sql/functions/ (task_*, claim_batch, record_*, ...); read through
row-level security (operators their own tasks, administrators and reviewers their subtree's).
"""

from __future__ import annotations

import uuid
from datetime import datetime

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
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import Mapped, mapped_column

from smsdesk.domain.statuses import CHANNEL_STATUSES, FAILURE_CATEGORIES, MESSAGE_STATUSES, TASK_STATUSES
from smsdesk.store.models import Base


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} in ({', '.join(repr(v) for v in values)})"


def _now() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class DispatcherInstance(Base):
    """One running (or once running) dispatcher process; alive while the connection that registered it (its
    backend pid and start time) lives (smsdesk._lock_held)."""

    __tablename__ = "dispatcher_instance"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    role_name: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("session_user"))
    host: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    pid: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    version: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    started_at: Mapped[datetime] = _now()
    seen_at: Mapped[datetime] = _now()
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    stats: Mapped[dict] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    backend_pid: Mapped[int | None] = mapped_column(Integer)
    backend_start: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Channel(Base):
    """An SMPP 3.4 account at an SMSC (GW-2); bound by one dispatcher at a time (its owner, while alive)."""

    __tablename__ = "channel"
    __table_args__ = (
        CheckConstraint("length(name) between 1 and 64", name="name_ok"),
        CheckConstraint("port between 1 and 65535", name="port_ok"),
        CheckConstraint("bind_mode in ('trx', 'tx+rx')", name="bind_mode_known"),
        CheckConstraint("window_size between 1 and 1000", name="window_ok"),
        CheckConstraint("tps >= 0", name="tps_ok"),
        CheckConstraint("enquire_link_s between 1 and 3600", name="enquire_link_ok"),
        CheckConstraint("receipt_ids in ('auto', 'exact', 'hex_dec', 'dec_hex')", name="receipt_ids_known"),
        CheckConstraint("max_attempts between 1 and 20 and retry_interval_s between 0 and 86400", name="retry_ok"),
        CheckConstraint(_in("status", CHANNEL_STATUSES), name="status_known"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    host: Mapped[str] = mapped_column(Text, nullable=False)
    port: Mapped[int] = mapped_column(Integer, nullable=False)
    system_id: Mapped[str] = mapped_column(Text, nullable=False)
    password: Mapped[str] = mapped_column(Text, nullable=False, server_default="")  # read only by the dispatcher
    system_type: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    bind_mode: Mapped[str] = mapped_column(Text, nullable=False, server_default="trx")
    source_addr: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    source_ton: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    source_npi: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    tps: Mapped[float] = mapped_column(Numeric, nullable=False, server_default="0")  # 0: unlimited
    window_size: Mapped[int] = mapped_column(Integer, nullable=False, server_default="10")
    enquire_link_s: Mapped[int] = mapped_column(Integer, nullable=False, server_default="30")
    submit_timeout_s: Mapped[int] = mapped_column(Integer, nullable=False, server_default="15")
    tls: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    # How receipt ids relate to submit_sm_resp ids: SMSCs write them in hex or decimal (see smpp/receipt.py).
    receipt_ids: Mapped[str] = mapped_column(Text, nullable=False, server_default="auto")
    max_attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="3")
    retry_interval_s: Mapped[int] = mapped_column(Integer, nullable=False, server_default="30")
    receipt_timeout_s: Mapped[int] = mapped_column(Integer, nullable=False, server_default="172800")
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="idle")
    status_at: Mapped[datetime] = _now()
    status_reason: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("dispatcher_instance.id", ondelete="SET NULL"))
    heartbeat_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    stats: Mapped[dict] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()


class RouteRule(Base):
    """Which channel carries a carrier's and a kind's messages (GW-3); null carrier or kind matches any."""

    __tablename__ = "route_rule"
    __table_args__ = (
        CheckConstraint(
            "kind is null or kind in ('verification', 'notification', 'marketing', 'alert')", name="kind_known"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id", ondelete="CASCADE"), nullable=False, index=True)
    carrier: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(Text)
    priority: Mapped[int] = mapped_column(Integer, nullable=False, server_default="100")  # lower wins
    backup_channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id", ondelete="SET NULL"))
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="true")
    created_at: Mapped[datetime] = _now()


class ChannelEvent(Base):
    """Every change of a channel's state: bound, down, failing, failed over, taken over (GW-3)."""

    __tablename__ = "channel_event"
    __table_args__ = (Index("ix_channel_event_channel_id_at", "channel_id", "at"),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=text("clock_timestamp()"), nullable=False
    )
    channel_id: Mapped[int] = mapped_column(ForeignKey("channel.id", ondelete="CASCADE"), nullable=False)
    dispatcher_id: Mapped[int | None] = mapped_column(BigInteger)
    old_status: Mapped[str] = mapped_column(Text, nullable=False)
    new_status: Mapped[str] = mapped_column(Text, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class FailureMap(Base):
    """SMSC codes to REP-6 categories; rows with a channel override the defaults (channel_id null)."""

    __tablename__ = "failure_map"
    __table_args__ = (
        CheckConstraint("source in ('submit', 'error', 'stat', 'err')", name="source_known"),
        CheckConstraint(_in("category", FAILURE_CATEGORIES), name="category_known"),
        Index("uq_failure_map_channel_source_code", text("coalesce(channel_id, 0)"), "source", "code", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    channel_id: Mapped[int | None] = mapped_column(ForeignKey("channel.id", ondelete="CASCADE"))
    source: Mapped[str] = mapped_column(Text, nullable=False)  # submit status, local error, receipt stat or err
    code: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(Text, nullable=False)
    transient: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")  # retried (GW-4)
    note: Mapped[str] = mapped_column(Text, nullable=False, server_default="")


class SendTask(Base):
    """One submission (SEND-1): its content, recipients' count, schedule and the quota it moved."""

    __tablename__ = "send_task"
    __table_args__ = (
        CheckConstraint(_in("status", TASK_STATUSES), name="status_known"),
        CheckConstraint("kind in ('verification', 'notification', 'marketing', 'alert')", name="kind_known"),
        CheckConstraint(
            "reserved >= 0 and charged >= 0 and refunded >= 0 and charged + refunded <= reserved", name="quota_ok"
        ),
        Index("ix_send_task_active", "send_at", postgresql_where=text("status in ('scheduled', 'queued', 'sending')")),
        Index("ix_send_task_send_at", "send_at"),  # retention (0017) and the rollups' rebuild find tasks by it
        Index("ix_send_task_owner_id_created_at", "owner_id", "created_at"),
        Index("ix_send_task_group_id_created_at", "group_id", "created_at"),
        # the message detail's walk (0027): where a range that ends in the past starts, and a user's tasks by id
        Index("ix_send_task_send_at_id", "send_at", "id"),
        Index("ix_send_task_owner_id_id", "owner_id", "id"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    task_key: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), nullable=False, unique=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False)
    group_id: Mapped[int] = mapped_column(ForeignKey("user_group.id", ondelete="RESTRICT"), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    signature: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    opt_out: Mapped[str | None] = mapped_column(Text)  # the suffix marketing content was measured with
    template_id: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(Text, nullable=False)
    send_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    recipient_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    segments_per_message: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    reserved: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    charged: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    refunded: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    # Progress, kept by the dispatcher's batched functions; finished when done_count reaches recipient_count.
    submitted_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    delivered_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    failed_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    expired_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    cancelled_count: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # its first message claimed
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    notified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reviewed_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    review_reason: Mapped[str | None] = mapped_column(Text)
    # The prices per segment in force when it was submitted (task_prices): carrier -> price, "" for any other.
    prices: Mapped[dict] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))


class OutboundMessage(Base):
    """One recipient of a task: its state from queued to delivered or failed (and why)."""

    __tablename__ = "message"
    __table_args__ = (
        CheckConstraint(_in("status", MESSAGE_STATUSES), name="status_known"),
        CheckConstraint(
            f"failure_category is null or {_in('failure_category', FAILURE_CATEGORIES)}", name="failure_category_known"
        ),
        CheckConstraint("segments between 1 and 30", name="segments_ok"),
        Index("ix_message_task_id_id", "task_id", "id"),
        # the report's number search: the last digits or the whole number, one range of the reversed text
        Index("ix_message_number_reversed", text("reverse(number) text_pattern_ops")),
        # no index on the number: replies find their message through message_part (revision 0007), so a
        # submit of a million recipients does not pay 1.7 s for index entries of messages not yet sent
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    # send_task.id, kept by triggers (db/sql/triggers/message.sql, send_task.sql) that check it once per statement (a
    # FOREIGN KEY checks it per row: 5 to 20 s of a million-recipient submit) and delete a task's messages with it.
    task_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    number: Mapped[str] = mapped_column(Text, nullable=False)  # E.164
    carrier: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)  # personalised text; null: the task's content
    segments: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="queued")
    attempts: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lease_owner: Mapped[int | None] = mapped_column(BigInteger)  # dispatcher_instance.id
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    smsc_ids: Mapped[list[str] | None] = mapped_column(ARRAY(Text))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    error_code: Mapped[str | None] = mapped_column(Text)
    failure_category: Mapped[str | None] = mapped_column(Text)
    duplicate_suspect: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    # Bit i set: part i has its final receipt (done) / was delivered (ok). Duplicate receipts count once.
    parts_done: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    parts_ok: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")


class MessageQueue(Base):
    """Messages put back for another attempt (retries, messages given back, leases taken back), and the slices of
    tasks whose routes several dispatchers share: leased while a dispatcher holds them. A task's fresh messages are
    leased straight in ``message`` when one dispatcher takes all its routes (revision 0025, ``MessageLease``).
    """

    __tablename__ = "message_queue"
    __table_args__ = (Index("ix_message_queue_task_id_message_id", "task_id", "message_id"),)

    message_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    task_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    carrier: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    ready_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    lease_owner: Mapped[int | None] = mapped_column(BigInteger)
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class MessageLease(Base):
    """One claim of a task's fresh messages (``claim_batch``): the id range it leased in ``message``, so that the
    leases of a dispatcher that died or stopped, or that outlived their time, are found and taken back."""

    __tablename__ = "message_lease"

    dispatcher_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    task_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    first_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    last_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    lease_until: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class TaskFeed(Base):
    """Where a task's messages not yet handed out start: a dispatcher leases them from here (``claim_batch``) or
    moves them into ``message_queue`` a slice at a time (``_task_feed``), so queueing a task writes its messages and
    this one row."""

    __tablename__ = "task_feed"

    task_id: Mapped[int] = mapped_column(ForeignKey("send_task.id", ondelete="CASCADE"), primary_key=True)
    next_id: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    ready_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class MessagePart(Base):
    """One accepted submit_sm (a segment): how a receipt's id finds its message (GW-2, our own correlation).

    Insert-only; the receipt itself is kept in ``receipt`` and its effect in the message's part bits.
    """

    __tablename__ = "message_part"
    # replies are matched by equality on the number (hash: a number has few parts to sort by message id)
    __table_args__ = (
        Index("ix_message_part_number", "number", postgresql_using="hash"),
        Index("ix_message_part_submitted_at", "submitted_at"),  # retention (0017)
    )

    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    smsc_key: Mapped[str] = mapped_column(Text, primary_key=True)  # canonical form of the SMSC's id
    message_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    part_no: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    submitted_at: Mapped[datetime] = _now()
    number: Mapped[str | None] = mapped_column(Text)  # the message's, for matching replies


class Receipt(Base):
    """Every delivery receipt as it arrived, matched or not (an unknown id is kept, never dropped)."""

    __tablename__ = "receipt"
    __table_args__ = (
        Index("ix_receipt_unmatched", "received_at", postgresql_where=text("message_id is null")),
        Index("ix_receipt_received_at", "received_at"),  # retention (0017)
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    received_at: Mapped[datetime] = _now()
    channel_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    smsc_id: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    id_keys: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    stat: Mapped[str | None] = mapped_column(Text)
    err: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(Text)
    raw: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    task_id: Mapped[int | None] = mapped_column(BigInteger)
    part_no: Mapped[int | None] = mapped_column(SmallInteger)


class InboundReply(Base):
    """An MO message (REP-1), matched to the latest send to its number: task, user, group and kind."""

    __tablename__ = "inbound_reply"
    __table_args__ = (
        Index("ix_inbound_reply_task_id", "task_id"),
        Index("ix_inbound_reply_number_received_at", "number", "received_at"),
        Index("ix_inbound_reply_group_id_received_at", "group_id", "received_at"),
        # replies stored before the part of their number: matched by record_submit_results
        Index("ix_inbound_reply_unmatched", "received_at", postgresql_where=text("message_id is null")),
        Index("ix_inbound_reply_received_at", "received_at"),  # retention (0017)
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    received_at: Mapped[datetime] = _now()
    channel_id: Mapped[int | None] = mapped_column(BigInteger)
    number: Mapped[str] = mapped_column(Text, nullable=False)  # E.164 when it normalised, else as received
    dest_addr: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    text: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    task_id: Mapped[int | None] = mapped_column(BigInteger)
    owner_id: Mapped[int | None] = mapped_column(BigInteger)
    group_id: Mapped[int | None] = mapped_column(BigInteger)
    kind: Mapped[str | None] = mapped_column(Text)
    opt_out: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    blacklisted: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")


__all__ = [
    "CHANNEL_STATUSES",
    "FAILURE_CATEGORIES",
    "MESSAGE_STATUSES",
    "TASK_STATUSES",
    "Channel",
    "ChannelEvent",
    "DispatcherInstance",
    "FailureMap",
    "InboundReply",
    "MessagePart",
    "MessageQueue",
    "OutboundMessage",
    "Receipt",
    "RouteRule",
    "SendTask",
]
