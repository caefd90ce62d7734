"""Connection tests of channels (issue 17, revision 0012): the console asks, a running dispatcher answers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Identity, Index, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from smsdesk.store.models import Base
from smsdesk.store.models_outbox import Channel


class ChannelTest(Base):
    """One "test connection" request: who asked, which dispatcher took it, and what happened (JSON in detail)."""

    __tablename__ = "channel_test"
    __table_args__ = (Index("ix_channel_test_open", "id", postgresql_where=text("taken_at is null")),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey(Channel.id, ondelete="CASCADE"), nullable=False)
    requested_by: Mapped[int | None] = mapped_column(BigInteger)
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=text("now()"),
                                                   nullable=False)
    dispatcher_id: Mapped[int | None] = mapped_column(BigInteger)
    taken_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    ok: Mapped[bool | None] = mapped_column(Boolean)
    detail: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
