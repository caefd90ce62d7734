"""ORM models of the content and compliance library: phrases, signatures, templates, sensitive words, blacklists.

Written only by the SECURITY DEFINER functions of db/sql/functions/ (phrase_*, signature_*, template_*, word_*,
blacklist_*); read under RLS (db/sql/policies/).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    SmallInteger,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from smsdesk.store.models import Base

KIND_CHECK = "kind in ('verification', 'notification', 'marketing', 'alert')"


def _now() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class PhraseGroup(Base):
    """A named group of phrases (SET-3): public to a user group (owner_id null) or one user's own."""

    __tablename__ = "phrase_group"
    __table_args__ = (
        CheckConstraint("length(name) between 1 and 50", name="name_ok"),
        Index("uq_phrase_group_name", "user_group_id", text("coalesce(owner_id, 0)"), "name", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    user_group_id: Mapped[int] = mapped_column(
        ForeignKey("user_group.id", ondelete="RESTRICT"), nullable=False, index=True
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = _now()


class Phrase(Base):
    __tablename__ = "phrase"
    __table_args__ = (CheckConstraint("length(content) between 1 and 500", name="content_ok"),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    phrase_group_id: Mapped[int] = mapped_column(
        ForeignKey("phrase_group.id", ondelete="CASCADE"), nullable=False, index=True
    )
    content: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()


class Signature(Base):
    """A sender signature (SET-5), stored without its 【】; one default per user group."""

    __tablename__ = "signature"
    __table_args__ = (
        CheckConstraint(
            "length(text) between 2 and 8 and position('【' in text) = 0 and position('】' in text) = 0"
            " and text !~ '[[:cntrl:]]' and text = btrim(text)",
            name="text_ok",
        ),
        Index("uq_signature_group_text", "group_id", "text", unique=True),
        Index("uq_signature_group_default", "group_id", unique=True, postgresql_where=text("is_default")),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("user_group.id", ondelete="RESTRICT"), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    is_default: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = _now()


class MessageTemplate(Base):
    """A template with 【variables】 (SET-4, TPL-1); only approved ones may be sent (TPL-3)."""

    __tablename__ = "message_template"
    __table_args__ = (
        CheckConstraint("length(name) between 1 and 100", name="name_ok"),
        CheckConstraint("length(content) between 1 and 1000", name="content_ok"),
        CheckConstraint(KIND_CHECK, name="kind_known"),
        CheckConstraint("status in ('pending', 'approved', 'rejected')", name="status_known"),
        Index("ix_message_template_group_status", "group_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    variables: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False, server_default="{}")
    group_id: Mapped[int] = mapped_column(ForeignKey("user_group.id", ondelete="RESTRICT"), nullable=False)
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True)
    is_public: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default="false")
    status: Mapped[str] = mapped_column(Text, nullable=False, server_default="pending")
    reviewer_id: Mapped[int | None] = mapped_column(BigInteger)
    review_reason: Mapped[str | None] = mapped_column(Text)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()


class SensitiveWord(Base):
    """A sensitive word (SET-1); ``folded`` (lower case, half width) is what duplicates are judged by."""

    __tablename__ = "sensitive_word"
    __table_args__ = (
        CheckConstraint(
            "length(word) between 1 and 50 and word = btrim(word) and word !~ '[[:cntrl:]]'", name="word_ok"
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    word: Mapped[str] = mapped_column(Text, nullable=False)
    folded: Mapped[str] = mapped_column(Text, nullable=False, unique=True)
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = _now()


class BlacklistList(Base):
    """One blacklist (SET-2): global, a user group's (it also blocks sends from the group's subtree), or a
    message kind's. Created by the first number put on it; ``entries`` is kept by the functions that write."""

    __tablename__ = "blacklist_list"
    __table_args__ = (
        CheckConstraint(
            "(scope = 'global' and group_id is null and kind is null)"
            " or (scope = 'group' and group_id is not null and kind is null)"
            " or (scope = 'kind' and group_id is null and kind is not null)",
            name="scope_ok",
        ),
        CheckConstraint(f"kind is null or {KIND_CHECK}", name="kind_known"),
        Index(
            "uq_blacklist_list_scope", "scope", text("coalesce(group_id, 0)"), text("coalesce(kind, '')"), unique=True
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    scope: Mapped[str] = mapped_column(Text, nullable=False)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("user_group.id", ondelete="RESTRICT"))
    kind: Mapped[str | None] = mapped_column(Text)
    entries: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_at: Mapped[datetime] = _now()


class BlacklistBatch(Base):
    """One addition to a list — a single number or an imported file: why, who, when, from which file."""

    __tablename__ = "blacklist_batch"
    __table_args__ = (CheckConstraint("length(reason) <= 200", name="reason_ok"),)

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    list_id: Mapped[int] = mapped_column(
        ForeignKey("blacklist_list.id", ondelete="CASCADE"), nullable=False, index=True
    )
    reason: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    source: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    added: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_by: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = _now()


class BlacklistEntry(Base):
    """A blocked number, as the digits of its E.164 form (+8613800138000 is 8613800138000).

    Narrow rows, one index and no foreign keys, because a million of them arrive in one import; only the
    database functions write here, and they keep list_id and batch_id right.
    """

    __tablename__ = "blacklist_entry"
    __table_args__ = (CheckConstraint("number between 1000000 and 999999999999999", name="number_e164"),)

    list_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    batch_id: Mapped[int] = mapped_column(BigInteger, nullable=False)


class BlacklistTail(Base):
    """The numbers of a list filed by their last four digits, so a search by the end of a number ("尾号") reads
    one row instead of the whole list. Kept by statement triggers on blacklist_entry
    (db/sql/triggers/blacklist_entry.sql)."""

    __tablename__ = "blacklist_tail"
    __table_args__ = (CheckConstraint("tail between 0 and 9999", name="tail_ok"),)

    list_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    tail: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    numbers: Mapped[list[int]] = mapped_column(ARRAY(BigInteger), nullable=False)
