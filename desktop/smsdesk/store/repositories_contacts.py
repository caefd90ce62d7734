"""Every query of the address book: group trees, contacts (masked, or full numbers for those with the right),
search, and the staging of bulk imports."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import any_, bindparam, func, select, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.types import BigInteger, Text

from smsdesk.store.models import AppUser
from smsdesk.store.models_contacts import Contact, ContactField, ContactGroup

# Columns the contact table can be sorted by; custom fields sort as "custom:<field id>".
SORT_COLUMNS = {
    "name": Contact.name,
    "mobile": Contact.mobile_masked,
    "phone": Contact.phone_masked,
    "email": Contact.email,
    "notes": Contact.notes,
    "updated_at": Contact.updated_at,
    "group": Contact.group_id,
}
STAGE_COLUMNS = ("row_no", "name", "mobile_e164", "mobile_raw", "phone", "email", "notes", "custom")


@dataclass(frozen=True)
class BookOwner:
    """A user whose address book the caller sees."""

    id: int
    login: str
    operator_name: str
    group_id: int


@dataclass(frozen=True)
class ContactGroupRow:
    id: int
    owner_id: int
    parent_id: int | None
    name: str
    contact_count: int  # directly in this group


@dataclass(frozen=True)
class FieldRow:
    id: int
    owner_id: int
    label: str
    position: int

    @property
    def key(self) -> str:
        return str(self.id)


@dataclass(frozen=True)
class ContactRow:
    id: int
    owner_id: int
    group_id: int
    name: str
    mobile: str  # masked ("138****5678") unless the caller may see full numbers
    mobile_state: str  # valid, invalid, none
    phone: str
    email: str
    notes: str
    custom: dict
    updated_at: datetime
    version: int
    masked: bool = True
    mobile_e164: str | None = None  # only with full numbers


class ContactRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- reading ------------------------------------------------------------------------------------

    def owners(self) -> list[BookOwner]:
        mine = select(func.unnest(func.smsdesk.my_contact_owners())).scalar_subquery()
        rows = self.session.execute(
            select(AppUser.id, AppUser.login, AppUser.operator_name, AppUser.group_id)
            .where(AppUser.id.in_(mine))
            .order_by(AppUser.login)
        ).all()
        return [BookOwner(*row) for row in rows]

    def groups(self) -> list[ContactGroupRow]:
        """Every contact group the caller sees, parents before children."""
        rows = self.session.execute(
            select(
                ContactGroup.id,
                ContactGroup.owner_id,
                ContactGroup.parent_id,
                ContactGroup.name,
                ContactGroup.contact_count,
            ).order_by(func.cardinality(ContactGroup.id_path), ContactGroup.name, ContactGroup.id)
        ).all()
        return [ContactGroupRow(*row) for row in rows]

    def fields(self) -> list[FieldRow]:
        rows = self.session.execute(
            select(ContactField.id, ContactField.owner_id, ContactField.label, ContactField.position).order_by(
                ContactField.owner_id, ContactField.position, ContactField.id
            )
        ).all()
        return [FieldRow(*row) for row in rows]

    def subtree_stats(self, group_id: int) -> tuple[int, int]:
        """(groups, contacts) in the group and every group below it."""
        row = self.session.execute(
            select(func.count(), func.coalesce(func.sum(ContactGroup.contact_count), 0)).where(
                any_(ContactGroup.id_path) == group_id
            )
        ).one()
        return int(row[0]), int(row[1])

    def group_owner(self, group_id: int) -> int | None:
        return self.session.scalar(select(ContactGroup.owner_id).where(ContactGroup.id == group_id))

    def group_path(self, group_id: int) -> str | None:
        return self.session.scalar(select(func.smsdesk.contact_group_path(group_id)))

    def ids(self, group_ids: Sequence[int], sort: str = "name", descending: bool = False) -> list[int]:
        """Ids of the contacts in the groups, in display order: one array, so a million ids cost one row."""
        key = _sort_expression(sort)
        direction = "DESC" if descending else "ASC"
        query = text(
            f"SELECT coalesce(array_agg(id ORDER BY {key} {direction} NULLS LAST, id {direction}), '{{}}') "
            "FROM smsdesk.contact WHERE group_id = ANY(:groups)"
        ).bindparams(bindparam("groups", type_=ARRAY(BigInteger)))
        return list(self.session.execute(query, {"groups": list(group_ids)}).scalar_one())

    def order(self, ids: Sequence[int], sort: str = "name", descending: bool = False) -> list[int]:
        """The given ids (a search result, a selection) re-ordered by another column."""
        key = _sort_expression(sort)
        direction = "DESC" if descending else "ASC"
        query = text(
            f"SELECT coalesce(array_agg(id ORDER BY {key} {direction} NULLS LAST, id {direction}), '{{}}') "
            "FROM smsdesk.contact WHERE id = ANY(:ids)"
        ).bindparams(bindparam("ids", type_=ARRAY(BigInteger)))
        return list(self.session.execute(query, {"ids": list(ids)}).scalar_one())

    def count(self, group_ids: Sequence[int]) -> int:
        return int(
            self.session.scalar(
                select(func.coalesce(func.sum(ContactGroup.contact_count), 0)).where(ContactGroup.id.in_(group_ids))
            )
        )

    def rows(self, ids: Sequence[int]) -> list[ContactRow]:
        """The contacts with these ids that the caller sees, masked numbers, in the order of ``ids``."""
        if not ids:
            return []
        found = self.session.execute(
            select(
                Contact.id,
                Contact.owner_id,
                Contact.group_id,
                Contact.name,
                Contact.mobile_masked,
                Contact.mobile_state,
                Contact.phone_masked,
                Contact.email,
                Contact.notes,
                Contact.custom,
                Contact.updated_at,
                Contact.version,
            ).where(Contact.id == func.any(bindparam("ids", list(ids), type_=ARRAY(BigInteger))))
        ).all()
        by_id = {row[0]: ContactRow(*row) for row in found}
        return [by_id[i] for i in ids if i in by_id]

    def numbers(self, ids: Sequence[int]) -> dict[int, tuple[str, str | None, str]]:
        """id -> (mobile as dialled, E.164, phone); raises (SD403) for users without the right (SEC-3)."""
        if not ids:
            return {}
        rows = self.session.execute(
            text("SELECT id, mobile, mobile_e164, phone FROM smsdesk.contact_numbers(:ids)").bindparams(
                bindparam("ids", type_=ARRAY(BigInteger))
            ),
            {"ids": list(ids)},
        ).all()
        return {row[0]: (row[1] or "", row[2], row[3] or "") for row in rows}

    def export_count(self, group_ids: Sequence[int], ids: Sequence[int]) -> int:
        where = Contact.id.in_(list(ids)) if ids else Contact.group_id.in_(list(group_ids))
        return int(self.session.scalar(select(func.count()).select_from(Contact).where(where)))

    def export_begin(self, kind: str, subject: int | None, target: str, details: dict) -> int:
        """Records the export (audit row and ticket) and commits it: the rows come only with a committed ticket."""
        ticket = int(
            self.session.scalar(
                text("SELECT smsdesk.export_begin(:k, :s, :t, cast(:d as jsonb))"),
                {"k": kind, "s": subject, "t": target, "d": json.dumps(details, ensure_ascii=False)},
            )
        )
        self.session.commit()
        return ticket

    def export_rows(
        self, ticket: int, group_ids: Sequence[int], ids: Sequence[int], custom_keys: Sequence[str], block: int
    ) -> Iterator[list[tuple]]:
        """Blocks of (id, group_id, name, mobile, phone, email, notes, *custom values) in name order, from
        smsdesk.export_contact_rows (the export's ticket) through a server-side cursor."""
        conn = self.session.connection().connection.driver_connection
        with conn.cursor(name="contact_export") as cursor:
            cursor.itersize = block
            cursor.execute(
                "SELECT id, group_id, name, mobile, phone, email, notes, custom "
                "FROM smsdesk.export_contact_rows(%(t)s, %(g)s, %(i)s, %(f)s)",
                {"t": ticket, "g": list(group_ids), "i": list(ids), "f": [str(int(k)) for k in custom_keys]},
            )
            while rows := cursor.fetchmany(block):
                yield [(*r[:7], *r[7]) for r in rows]

    def search(self, query: str, limit: int) -> list[int]:
        return list(self.session.scalars(text("SELECT smsdesk.contact_search(:q, :n)"), {"q": query, "n": limit}).all())

    # -- groups -------------------------------------------------------------------------------------

    def create_group(self, owner_id: int, parent_id: int | None, name: str) -> int:
        return int(self.session.scalar(select(func.smsdesk.contact_group_create(owner_id, parent_id, name))))

    def rename_group(self, group_id: int, name: str) -> None:
        self.session.execute(select(func.smsdesk.contact_group_rename(group_id, name)))

    def move_group(self, group_id: int, parent_id: int | None) -> None:
        self.session.execute(
            text("SELECT smsdesk.contact_group_move(:g, CAST(:p AS bigint))"), {"g": group_id, "p": parent_id}
        )

    def delete_group(self, group_id: int) -> dict[str, int]:
        return dict(self.session.scalar(select(func.smsdesk.contact_group_delete(group_id))))

    def ensure_group_path(self, owner_id: int, path: str) -> int:
        return int(self.session.scalar(select(func.smsdesk.contact_group_ensure_path(owner_id, path))))

    # -- fields -------------------------------------------------------------------------------------

    def save_field(self, owner_id: int | None, field_id: int | None, label: str) -> int:
        return int(
            self.session.scalar(
                text("SELECT smsdesk.contact_field_save(CAST(:o AS bigint), CAST(:f AS bigint), :l)"),
                {"o": owner_id, "f": field_id, "l": label},
            )
        )

    def delete_field(self, field_id: int) -> None:
        self.session.execute(select(func.smsdesk.contact_field_delete(field_id)))

    # -- contacts -----------------------------------------------------------------------------------

    def create(self, group_id: int, values: dict[str, Any]) -> int:
        return int(
            self.session.scalar(
                text(
                    "SELECT smsdesk.contact_create(:g, :name, :e164, :raw, :phone, :email, :notes, "
                    "CAST(:custom AS jsonb))"
                ),
                {"g": group_id, **_contact_params(values)},
            )
        )

    def update(self, contact_id: int, version: int, values: dict[str, Any]) -> int:
        return int(
            self.session.scalar(
                text(
                    "SELECT smsdesk.contact_update(:c, :v, :name, :e164, :raw, :phone, :email, :notes, "
                    "CAST(:custom AS jsonb))"
                ),
                {"c": contact_id, "v": version, **_contact_params(values)},
            )
        )

    def delete(self, ids: Sequence[int]) -> int:
        return int(
            self.session.scalar(
                text("SELECT smsdesk.contact_delete(:ids)").bindparams(bindparam("ids", type_=ARRAY(BigInteger))),
                {"ids": list(ids)},
            )
        )

    def move(self, ids: Sequence[int], group_id: int, copy: bool) -> dict[str, int]:
        return dict(
            self.session.scalar(
                text("SELECT smsdesk.contact_move(:ids, :g, :copy)").bindparams(
                    bindparam("ids", type_=ARRAY(BigInteger))
                ),
                {"ids": list(ids), "g": group_id, "copy": copy},
            )
        )

    # -- bulk import --------------------------------------------------------------------------------

    def import_begin(self) -> None:
        self.session.execute(text("SELECT smsdesk.contact_import_begin()"))

    def import_stage(self, rows: Iterable[Sequence[Any]]) -> None:
        """COPY rows (STAGE_COLUMNS) into the session's staging table, in this transaction."""
        cursor = self.session.connection().connection.driver_connection.cursor()
        columns = ", ".join(STAGE_COLUMNS)
        with cursor.copy(f"COPY pg_temp.contact_import_stage ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def import_stage_text(self, payload: str | Iterable[str]) -> None:
        """COPY rows already in COPY's text format (tab-separated, escaped, \\N for NULL, one per line), as one
        string or as blocks of whole lines (each encoded on its own: no long hold of the GIL)."""
        cursor = self.session.connection().connection.driver_connection.cursor()
        columns = ", ".join(STAGE_COLUMNS)
        with cursor.copy(f"COPY pg_temp.contact_import_stage ({columns}) FROM STDIN") as copy:
            for block in [payload] if isinstance(payload, str) else payload:
                data = block.encode("utf-8")
                for start in range(0, len(data), 1 << 20):
                    copy.write(data[start : start + (1 << 20)])

    def import_finish(self, group_id: int, update: bool, fields: Sequence[str], source: str) -> dict[str, Any]:
        value = self.session.execute(
            text("SELECT smsdesk.contact_import_finish(:g, :u, :f, :s)").bindparams(bindparam("f", type_=ARRAY(Text))),
            {"g": group_id, "u": update, "f": list(fields), "s": source},
        ).scalar_one()
        return dict(value)


def _sort_expression(sort: str) -> str:
    if sort.startswith("custom:") and sort[7:].isdigit():
        return f"custom ->> '{int(sort[7:])}'"
    column = SORT_COLUMNS.get(sort)
    if column is None:
        raise ValueError(f"cannot sort contacts by {sort!r}")
    return column.key


def _contact_params(values: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": values.get("name", ""),
        "e164": values.get("mobile_e164"),
        "raw": values.get("mobile_raw"),
        "phone": values.get("phone"),
        "email": values.get("email", ""),
        "notes": values.get("notes", ""),
        "custom": json.dumps(values.get("custom") or {}, ensure_ascii=False),
    }
