"""ORM models of the address book (BOOK-1..BOOK-3): each user's tree of contact groups, contacts, custom fields.

Written only by the SECURITY DEFINER functions of db/sql/functions/ (contact_*); read under RLS. Clients
may read the masked number columns only; full numbers come from smsdesk.contact_numbers() (SEC-3).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Computed,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from smsdesk.store.models import Base


def _now() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


class ContactGroup(Base):
    """A group in one user's address-book tree; any depth, like user groups (id_path kept by a trigger)."""

    __tablename__ = "contact_group"
    __table_args__ = (
        CheckConstraint("length(name) between 1 and 100 and position('/' in name) = 0", name="name_ok"),
        CheckConstraint("contact_count >= 0", name="count_not_negative"),
        Index("ix_contact_group_id_path", "id_path", postgresql_using="gin"),
        Index("uq_contact_group_owner_parent_name", "owner_id", text("coalesce(parent_id, 0)"), "name", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False, index=True)
    # NO ACTION (checked at the end of the statement): one DELETE removes a group with its whole subtree.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("contact_group.id"), index=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    id_path: Mapped[list[int]] = mapped_column(ARRAY(BigInteger), nullable=False, server_default="{}")
    # contacts directly in this group, kept by statement triggers on contact
    contact_count: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()


class ContactField(Base):
    """A custom field of one user's address book; contacts keep its values in ``custom`` under str(id)."""

    __tablename__ = "contact_field"
    __table_args__ = (
        CheckConstraint("length(label) between 1 and 60", name="label_ok"),
        Index("uq_contact_field_owner_label", "owner_id", "label", unique=True),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="RESTRICT"), nullable=False)
    label: Mapped[str] = mapped_column(Text, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    created_at: Mapped[datetime] = _now()


class Contact(Base):
    """One person in an address book. ``mobile_e164`` is the normalised mobile (NULL when the raw text is not
    a valid number; ``mobile_raw`` keeps what was typed or imported). ``version`` grows with every change, for
    optimistic concurrency."""

    __tablename__ = "contact"
    __table_args__ = (
        # "^\+[1-9][0-9]{6,14}$" without the bounded repeat, 3 times slower in PostgreSQL's regex engine (every
        # imported row is checked)
        CheckConstraint(
            "mobile_e164 ~ '^\\+[1-9][0-9]*$' and length(mobile_e164) between 8 and 16", name="e164_format"
        ),
        CheckConstraint(
            "length(name) <= 200 and length(mobile_raw) <= 64 and length(phone) <= 64 and length(email) <= 254 "
            "and length(notes) <= 2000",
            name="lengths_ok",
        ),
        CheckConstraint("jsonb_typeof(custom) = 'object'", name="custom_is_object"),
        CheckConstraint("name <> '' or mobile_raw <> ''", name="name_or_mobile"),
        # the default order of a group's table, and its count; owner_id rides along for row-level security
        Index("ix_contact_group_name", "group_id", "name", "id", postgresql_include=["owner_id"]),
        # One number once per group (import duplicates). group_id first: an import into a group writes into one
        # region of the index instead of at random over a million entries.
        Index(
            "uq_contact_group_mobile",
            "group_id",
            "mobile_e164",
            unique=True,
            postgresql_where=text("mobile_e164 IS NOT NULL"),
        ),
        # created by the SQL file (it calls a function defined there): the search (smsdesk.contact_search)
        Index(
            "ix_contact_search",
            text("smsdesk.contact_search_terms(name, mobile_e164, email)"),
            postgresql_using="gin",
            postgresql_with={"gin_pending_list_limit": 65536},
        ),
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    # No foreign keys here: their row-by-row checks cost a 100,000-row import more than a second, and only the
    # contact_* functions of db/sql/functions/ write this table: they put contacts in existing, locked groups, set
    # owner_id to the group's owner (copied so row-level security needs no join), and delete a group's
    # contacts before the group. Users are never deleted (their status changes).
    owner_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    group_id: Mapped[int] = mapped_column(BigInteger, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    mobile_e164: Mapped[str | None] = mapped_column(Text(collation="C"))
    mobile_raw: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    phone: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    email: Mapped[str] = mapped_column(Text(collation="C"), nullable=False, server_default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    custom: Mapped[dict] = mapped_column(JSONB, nullable=False, server_default=text("'{}'::jsonb"))
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = _now()
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    # Added by the SQL file (they call its functions); what clients read instead of the numbers.
    mobile_masked: Mapped[str | None] = mapped_column(
        Text,
        Computed("smsdesk.mask_number(smsdesk.contact_display_number(mobile_e164, mobile_raw))", persisted=True),
    )
    phone_masked: Mapped[str | None] = mapped_column(Text, Computed("smsdesk.mask_number(phone)", persisted=True))
    mobile_state: Mapped[str | None] = mapped_column(
        Text,
        Computed(
            "CASE WHEN mobile_e164 IS NOT NULL THEN 'valid' WHEN mobile_raw <> '' THEN 'invalid' ELSE 'none' END",
            persisted=True,
        ),
    )
