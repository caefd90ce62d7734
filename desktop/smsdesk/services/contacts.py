"""Address book use cases (BOOK-1..BOOK-3): group trees, contacts, search, and demo data.

Imports and exports live in services/contacts_transfer.py. Every function takes the signed-in user's
Session; the database decides what they may see and change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_contacts import (
    SORT_COLUMNS,
    BookOwner,
    ContactGroupRow,
    ContactRepository,
    ContactRow,
    FieldRow,
)

SEARCH_LIMIT = 5000  # a search shows at most this many contacts; the console says when there are more
FIRST_ROWS = 200  # rows that come with a list of ids, so a table shows something at once


@dataclass(frozen=True)
class Book:
    """Everything the group tree shows: the owners whose address books the caller sees, their groups, fields."""

    owners: list[BookOwner]
    groups: list[ContactGroupRow]
    fields: list[FieldRow]

    def children(self) -> dict[int | None, list[ContactGroupRow]]:
        out: dict[int | None, list[ContactGroupRow]] = {}
        for g in self.groups:
            out.setdefault(g.parent_id, []).append(g)
        return out

    def subtree(self, group_id: int) -> list[int]:
        kids = self.children()
        out, stack = [], [group_id]
        while stack:
            gid = stack.pop()
            out.append(gid)
            stack.extend(g.id for g in kids.get(gid, []))
        return out

    def groups_of(self, owner_id: int) -> list[int]:
        return [g.id for g in self.groups if g.owner_id == owner_id]

    def path(self, group_id: int) -> str:
        by_id = {g.id: g for g in self.groups}
        parts = []
        g = by_id.get(group_id)
        while g is not None:
            parts.append(g.name)
            g = by_id.get(g.parent_id) if g.parent_id is not None else None
        return "/".join(reversed(parts))

    def fields_of(self, owner_id: int) -> list[FieldRow]:
        return [f for f in self.fields if f.owner_id == owner_id]


@dataclass(frozen=True)
class View:
    """What the contact table shows: the contacts of some groups, or a search; and its order."""

    group_ids: tuple[int, ...] = ()
    search: str = ""
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class Listing:
    """A view's contact ids in display order, with the first rows already read."""

    ids: list[int]
    first_rows: list[ContactRow]
    truncated: bool = False  # a search that found more than SEARCH_LIMIT


@dataclass
class ContactDraft:
    """What the edit dialog sends. ``mobile`` None keeps the stored mobile (and ``phone`` None the phone)."""

    name: str = ""
    mobile: str | None = ""
    phone: str | None = ""
    email: str = ""
    notes: str = ""
    custom: dict[str, str] = field(default_factory=dict)


def load_book(session: Session) -> Book:
    repo = ContactRepository(session)
    return Book(owners=repo.owners(), groups=repo.groups(), fields=repo.fields())


def list_view(session: Session, view: View, full_numbers: bool = False) -> Listing:
    repo = ContactRepository(session)
    if view.sort not in SORT_COLUMNS and not view.sort.startswith("custom:"):
        raise ServiceError("invalid", f"cannot sort by {view.sort!r}")
    truncated = False
    with translate_db_errors():
        if view.search.strip():
            ids = repo.search(view.search, SEARCH_LIMIT + 1)
            truncated = len(ids) > SEARCH_LIMIT
            ids = ids[:SEARCH_LIMIT]
            if (view.sort, view.descending) != ("name", False):
                ids = repo.order(ids, view.sort, view.descending)
        elif view.group_ids:
            ids = repo.ids(view.group_ids, view.sort, view.descending)
        else:
            ids = []
    return Listing(ids=ids, first_rows=read_rows(session, ids[:FIRST_ROWS], full_numbers), truncated=truncated)


def read_rows(session: Session, ids: Sequence[int], full_numbers: bool = False) -> list[ContactRow]:
    """The contacts with these ids, in that order; with full numbers when asked (and allowed: SEC-3)."""
    repo = ContactRepository(session)
    rows = repo.rows(ids)
    if not full_numbers or not rows:
        return rows
    with translate_db_errors():
        full = repo.numbers([r.id for r in rows])
    out = []
    for r in rows:
        mobile, e164, phone = full.get(r.id, (r.mobile, None, r.phone))
        out.append(ContactRow(**{**r.__dict__, "mobile": mobile, "phone": phone, "masked": False, "mobile_e164": e164}))
    return out


def contact(session: Session, contact_id: int, full_numbers: bool = False) -> ContactRow:
    rows = read_rows(session, [contact_id], full_numbers)
    if not rows:
        raise ServiceError("not_found", "that contact no longer exists")
    return rows[0]


def subtree_stats(session: Session, group_id: int) -> tuple[int, int]:
    return ContactRepository(session).subtree_stats(group_id)


# -- groups ---------------------------------------------------------------------------------------------


def create_group(session: Session, owner_id: int, parent_id: int | None, name: str) -> int:
    with translate_db_errors():
        return ContactRepository(session).create_group(owner_id, parent_id, name)


def rename_group(session: Session, group_id: int, name: str) -> None:
    with translate_db_errors():
        ContactRepository(session).rename_group(group_id, name)


def move_group(session: Session, group_id: int, parent_id: int | None) -> None:
    with translate_db_errors():
        ContactRepository(session).move_group(group_id, parent_id)


def delete_group(session: Session, group_id: int) -> dict[str, int]:
    with translate_db_errors():
        return ContactRepository(session).delete_group(group_id)


def ensure_group_path(session: Session, owner_id: int, path: str) -> int:
    with translate_db_errors():
        return ContactRepository(session).ensure_group_path(owner_id, path)


# -- fields ---------------------------------------------------------------------------------------------


def save_field(session: Session, owner_id: int | None, field_id: int | None, label: str) -> int:
    with translate_db_errors():
        return ContactRepository(session).save_field(owner_id, field_id, label)


def delete_field(session: Session, field_id: int) -> None:
    with translate_db_errors():
        ContactRepository(session).delete_field(field_id)


# -- contacts -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MobileCheck:
    e164: str | None
    reason: str | None  # domain.numbers.REASONS, when not valid

    @property
    def valid(self) -> bool:
        return self.e164 is not None


def check_mobile(raw: str) -> MobileCheck:
    """The mobile as the rules engine reads it (SEND-6), for the edit dialog and saving. Through clean(), not
    normalize(): that also looks up carrier and region, whose data (phonenumbers' geodata) takes a second and
    a garbage collection that stops every thread to load."""
    from smsdesk.domain import numbers  # numpy: loaded when first needed, not with the tab

    result = numbers.clean([raw])
    if result.valid:
        return MobileCheck(result.valid[0], None)
    return MobileCheck(None, result.invalid[0][1] if result.invalid else "empty")


def _values(draft: ContactDraft) -> dict:
    values = {
        "name": draft.name.strip(),
        "email": draft.email.strip(),
        "notes": draft.notes,
        "custom": {k: v for k, v in draft.custom.items() if str(v).strip()},
        "phone": None if draft.phone is None else draft.phone.strip(),
        "mobile_raw": None,
        "mobile_e164": None,
    }
    if draft.mobile is not None:
        raw = draft.mobile.strip()
        values["mobile_raw"] = raw
        values["mobile_e164"] = check_mobile(raw).e164 if raw else None
    return values


class _specific_conflicts:
    """The database says SD409 for several things; the console wants to tell them apart."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if isinstance(exc, ServiceError) and exc.code == "conflict":
            if "changed this contact" in exc.detail:
                raise ServiceError("contact_changed", exc.detail) from exc
            if "already in this group" in exc.detail:
                raise ServiceError("number_in_group", exc.detail) from exc
        return False


def create_contact(session: Session, group_id: int, draft: ContactDraft) -> int:
    values = _values(draft)
    if values["mobile_raw"] is None:
        values["mobile_raw"] = ""
    if values["phone"] is None:
        values["phone"] = ""
    with _specific_conflicts(), translate_db_errors():
        return ContactRepository(session).create(group_id, values)


def update_contact(session: Session, contact_id: int, version: int, draft: ContactDraft) -> int:
    """Saves over the version the editor started from only: a contact somebody else changed meanwhile is
    refused with "contact_changed" (no lost update, no lost row); the editor reloads theirs."""
    with _specific_conflicts(), translate_db_errors():
        return ContactRepository(session).update(contact_id, version, _values(draft))


def delete_contacts(session: Session, ids: Sequence[int]) -> int:
    with translate_db_errors():
        return ContactRepository(session).delete(ids)


def move_contacts(session: Session, ids: Sequence[int], group_id: int, copy: bool = False) -> dict[str, int]:
    with translate_db_errors():
        return ContactRepository(session).move(ids, group_id, copy)
