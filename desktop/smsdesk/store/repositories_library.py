"""Queries of the content and compliance library. Reads go through row-level security, writes through the
SECURITY DEFINER functions of db/sql/functions/."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from psycopg.adapt import Dumper, Loader
from psycopg.pq import Format
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, aliased

from smsdesk.store.models import AppUser
from smsdesk.store.models_library import (
    BlacklistList,
    MessageTemplate,
    Phrase,
    PhraseGroup,
    SensitiveWord,
    Signature,
)

INT8_OID = 20
INT8_ARRAY_OID = 1016


@dataclass(frozen=True, slots=True)
class Rights:
    user_id: int | None
    group_id: int | None
    is_admin: bool
    is_top_admin: bool
    can_review: bool


@dataclass(frozen=True, slots=True)
class PhraseGroupRow:
    id: int
    name: str
    public: bool
    user_group_id: int
    group_path: str
    owner_id: int | None
    created_by: int | None


@dataclass(frozen=True, slots=True)
class PhraseRow:
    id: int
    phrase_group_id: int
    content: str
    created_by: int | None
    author: str | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class SignatureRow:
    id: int
    group_id: int
    group_path: str
    text: str
    is_default: bool
    depth: int  # 1 for a top-level group: the deepest default is the one a user sends with
    created_at: datetime

    @property
    def bracketed(self) -> str:
        return f"【{self.text}】"


@dataclass(frozen=True, slots=True)
class TemplateRow:
    id: int
    name: str
    kind: str
    content: str
    variables: list[str]
    group_id: int
    group_path: str
    owner_id: int
    owner_login: str | None
    is_public: bool
    status: str
    reviewer_login: str | None
    review_reason: str | None
    reviewed_at: datetime | None
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class WordRow:
    id: int
    word: str
    author: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class BlacklistListRow:
    """One blacklist and how many numbers it holds."""

    id: int
    scope: str
    group_id: int | None
    group_path: str | None
    kind: str | None
    entries: int


@dataclass(frozen=True, slots=True)
class BlacklistRow:
    list_id: int
    digits: int | None  # the E.164 number without its "+"; None when the caller sees it only masked (SEC-3)
    shown: str  # "+8613800138000", or "+86138****8000" for a caller without the right to full numbers
    reason: str
    source: str
    author: str | None
    created_at: datetime

    @property
    def number(self) -> str:
        return self.shown


@dataclass(frozen=True, slots=True)
class Stored:
    """What a list import did: new rows, rows that were already there, inputs the database refused."""

    added: int
    existing: int
    rejected: int


class BigintArray:
    """A bigint[] parameter built in one go with numpy: psycopg's own list dumper takes a second per million ints."""

    __slots__ = ("payload",)

    def __init__(self, values) -> None:
        values = np.asarray(values, dtype=np.int64)
        items = np.empty(len(values), dtype=[("size", ">i4"), ("value", ">i8")])
        items["size"] = 8
        items["value"] = values
        # PostgreSQL's binary array: dimensions, has-nulls flag, element type (int8), then length and lower bound
        header = (
            struct.pack(">iiIii", 1, 0, INT8_OID, len(values), 1)
            if len(values)
            else struct.pack(">iiI", 0, 0, INT8_OID)
        )
        self.payload = header + items.tobytes()


class _BigintArrayDumper(Dumper):
    format = Format.BINARY
    oid = INT8_ARRAY_OID

    def dump(self, obj: BigintArray) -> bytes:
        return obj.payload


class _BigintArrayLoader(Loader):
    """A binary bigint[] without nulls as a numpy array (half a million numbers in a millisecond)."""

    format = Format.BINARY

    def load(self, data) -> np.ndarray:
        ndim, _flags, _oid = struct.unpack_from(">iiI", data, 0)
        if ndim == 0:
            return np.zeros(0, dtype=np.int64)
        (length,) = struct.unpack_from(">i", data, 12)
        items = np.frombuffer(data, dtype=[("size", ">i4"), ("value", ">i8")], count=length, offset=20)
        if (items["size"] != 8).any():
            raise ValueError("a bigint[] with nulls")
        return items["value"].astype(np.int64)


def _like(fragment: str) -> str:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class LibraryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _driver(self):
        """The session's psycopg connection, for binary array parameters (a connection made before this module
        was imported does not know BigintArray yet, so it learns it here)."""
        raw = self.session.connection().connection.driver_connection
        raw.adapters.register_dumper(BigintArray, _BigintArrayDumper)
        return raw

    def _call(self, sql: str, **params):
        return self.session.execute(text(sql), params)

    # -- who am I ------------------------------------------------------------------------------------

    def rights(self) -> Rights:
        row = self.session.execute(
            select(
                func.smsdesk.my_user_id(),
                select(AppUser.group_id).where(AppUser.id == func.smsdesk.my_user_id()).scalar_subquery(),
                func.smsdesk.i_am_admin(),
                func.smsdesk.i_am_top_admin() | func.smsdesk.is_system(),
                func.smsdesk.i_oversee(),
            )
        ).one()
        return Rights(row[0], row[1], bool(row[2]), bool(row[3]), bool(row[4]))

    # -- phrases ---------------------------------------------------------------------------------------

    def phrase_groups(self) -> list[PhraseGroupRow]:
        rows = self.session.execute(
            select(
                PhraseGroup.id,
                PhraseGroup.name,
                PhraseGroup.owner_id.is_(None),
                PhraseGroup.user_group_id,
                func.smsdesk.group_path(PhraseGroup.user_group_id),
                PhraseGroup.owner_id,
                PhraseGroup.created_by,
            ).order_by(PhraseGroup.owner_id.is_(None).desc(), PhraseGroup.name)
        ).all()
        return [PhraseGroupRow(*r) for r in rows]

    def phrases(self, text_filter: str = "", limit: int = 5000) -> list[PhraseRow]:
        author = aliased(AppUser)
        query = (
            select(
                Phrase.id,
                Phrase.phrase_group_id,
                Phrase.content,
                Phrase.created_by,
                author.login,
                Phrase.updated_at,
            )
            .outerjoin(author, author.id == Phrase.created_by)
            .order_by(Phrase.phrase_group_id, Phrase.id)
            .limit(limit)
        )
        if text_filter:
            query = query.where(Phrase.content.ilike(_like(text_filter)))
        return [PhraseRow(*r) for r in self.session.execute(query).all()]

    def create_phrase_group(self, name: str, public: bool) -> int:
        return self._call("select smsdesk.phrase_group_create(:n, :p)", n=name, p=public).scalar_one()

    def rename_phrase_group(self, group_id: int, name: str) -> None:
        self._call("select smsdesk.phrase_group_rename(:g, :n)", g=group_id, n=name)

    def delete_phrase_group(self, group_id: int) -> None:
        self._call("select smsdesk.phrase_group_delete(:g)", g=group_id)

    def add_phrase(self, group_id: int, content: str) -> int:
        return self._call("select smsdesk.phrase_add(:g, :c)", g=group_id, c=content).scalar_one()

    def update_phrase(self, phrase_id: int, content: str) -> None:
        self._call("select smsdesk.phrase_update(:i, :c)", i=phrase_id, c=content)

    def delete_phrase(self, phrase_id: int) -> None:
        self._call("select smsdesk.phrase_delete(:i)", i=phrase_id)

    # -- signatures ------------------------------------------------------------------------------------

    def signatures(self) -> list[SignatureRow]:
        from smsdesk.store.models import UserGroup

        rows = self.session.execute(
            select(
                Signature.id,
                Signature.group_id,
                func.smsdesk.group_path(Signature.group_id),
                Signature.text,
                Signature.is_default,
                func.cardinality(UserGroup.id_path),
                Signature.created_at,
            )
            .join(UserGroup, UserGroup.id == Signature.group_id)
            .order_by(
                func.cardinality(UserGroup.id_path), Signature.group_id, Signature.is_default.desc(), Signature.id
            )
        ).all()
        return [SignatureRow(*r) for r in rows]

    def my_signatures(self) -> list[tuple[SignatureRow, bool]]:
        """The signatures the caller may send with, nearest group first, and which one they send with by default."""
        rows = self._call("select * from smsdesk.my_signatures()").all()
        return [(SignatureRow(r.id, r.group_id, r.group_path, r.text, r.is_default, r.depth, r.created_at),
                 bool(r.sends_by_default)) for r in rows]

    def my_default_signature(self) -> str | None:
        return self._call("select smsdesk.my_default_signature()").scalar_one()

    def create_signature(self, group_id: int, text_: str, default: bool) -> int:
        return self._call("select smsdesk.signature_create(:g, :t, :d)", g=group_id, t=text_, d=default).scalar_one()

    def update_signature(self, signature_id: int, text_: str) -> None:
        self._call("select smsdesk.signature_update(:i, :t)", i=signature_id, t=text_)

    def set_default_signature(self, signature_id: int) -> None:
        self._call("select smsdesk.signature_set_default(:i)", i=signature_id)

    def delete_signature(self, signature_id: int) -> None:
        self._call("select smsdesk.signature_delete(:i)", i=signature_id)

    # -- templates -------------------------------------------------------------------------------------

    def templates(
        self, *, text_filter: str = "", status: str | None = None, template_id: int | None = None, limit: int = 2000
    ) -> list[TemplateRow]:
        owner = aliased(AppUser)
        reviewer = aliased(AppUser)
        query = (
            select(
                MessageTemplate.id,
                MessageTemplate.name,
                MessageTemplate.kind,
                MessageTemplate.content,
                MessageTemplate.variables,
                MessageTemplate.group_id,
                func.smsdesk.group_path(MessageTemplate.group_id),
                MessageTemplate.owner_id,
                owner.login,
                MessageTemplate.is_public,
                MessageTemplate.status,
                reviewer.login,
                MessageTemplate.review_reason,
                MessageTemplate.reviewed_at,
                MessageTemplate.updated_at,
            )
            .outerjoin(owner, owner.id == MessageTemplate.owner_id)
            .outerjoin(reviewer, reviewer.id == MessageTemplate.reviewer_id)
            .order_by(MessageTemplate.updated_at.desc(), MessageTemplate.id.desc())
            .limit(limit)
        )
        if text_filter:
            like = _like(text_filter)
            query = query.where(MessageTemplate.name.ilike(like) | MessageTemplate.content.ilike(like))
        if status:
            query = query.where(MessageTemplate.status == status)
        if template_id is not None:
            query = query.where(MessageTemplate.id == template_id)
        return [TemplateRow(*r) for r in self.session.execute(query).all()]

    def create_template(self, name: str, kind: str, content: str, public: bool, group_id: int | None) -> int:
        return self._call(
            "select smsdesk.template_create(:n, :k, :c, :p, :g)", n=name, k=kind, c=content, p=public, g=group_id
        ).scalar_one()

    def update_template(self, template_id: int, name: str, kind: str, content: str, public: bool) -> None:
        self._call(
            "select smsdesk.template_update(:i, :n, :k, :c, :p)", i=template_id, n=name, k=kind, c=content, p=public
        )

    def delete_template(self, template_id: int) -> None:
        self._call("select smsdesk.template_delete(:i)", i=template_id)

    def review_template(self, template_id: int, approve: bool, reason: str | None) -> None:
        self._call("select smsdesk.template_review(:i, :a, :r)", i=template_id, a=approve, r=reason)

    def template_usable(self, template_id: int) -> bool:
        return bool(self._call("select smsdesk.template_usable(:i)", i=template_id).scalar_one())

    # -- sensitive words -------------------------------------------------------------------------------

    def words(self, text_filter: str = "", limit: int | None = None) -> list[WordRow]:
        author = aliased(AppUser)
        query = (
            select(SensitiveWord.id, SensitiveWord.word, author.login, SensitiveWord.created_at)
            .outerjoin(author, author.id == SensitiveWord.created_by)
            .order_by(SensitiveWord.id.desc())
        )
        if text_filter:
            query = query.where(func.strpos(SensitiveWord.folded, func.smsdesk.word_fold(text_filter)) > 0)
        if limit:
            query = query.limit(limit)
        return [WordRow(*r) for r in self.session.execute(query).all()]

    def all_words(self) -> list[str]:
        return list(self.session.scalars(select(SensitiveWord.word).order_by(SensitiveWord.id)))

    def words_version(self) -> tuple:
        """Changes whenever the list does: ids only grow, and every change adds or removes rows."""
        row = self.session.execute(
            select(
                func.current_database(),
                func.pg_postmaster_start_time(),
                func.count(),
                func.coalesce(func.max(SensitiveWord.id), 0),
            ).select_from(SensitiveWord)
        ).one()
        return tuple(row)

    def import_words(self, words: list[str], source: str) -> Stored:
        row = self._call(
            "select added, existing, rejected from smsdesk.word_import(cast(:w as text[]), :s)", w=words, s=source
        ).one()
        return Stored(*row)

    def delete_words(self, ids: list[int]) -> int:
        return int(self._call("select smsdesk.word_delete(cast(:i as bigint[]))", i=ids).scalar_one())

    # -- blacklists ------------------------------------------------------------------------------------

    def blacklist_lists(self) -> list[BlacklistListRow]:
        from smsdesk.store.models import UserGroup

        rows = self.session.execute(
            select(
                BlacklistList.id,
                BlacklistList.scope,
                BlacklistList.group_id,
                func.smsdesk.group_path(BlacklistList.group_id),
                BlacklistList.kind,
                BlacklistList.entries,
            )
            .outerjoin(UserGroup, UserGroup.id == BlacklistList.group_id)
            .order_by(BlacklistList.scope, BlacklistList.kind, func.cardinality(UserGroup.id_path), BlacklistList.id)
        ).all()
        return [BlacklistListRow(*r) for r in rows]

    def blacklist(
        self,
        list_ids: list[int],
        *,
        number: int | None = None,
        fragment: str = "",
        after: tuple[int, int] | None = None,
        offset: int = 0,
        limit: int = 500,
    ) -> list[BlacklistRow]:
        """Entries of these lists in (list, number) order (blacklist_page: masked unless the caller may see full
        numbers, SEC-3). ``number`` finds one number, ``fragment`` (digits) the numbers that start with it and, up to
        six digits, also those that end with it. Pages continue after ``after`` (list id, number) for callers
        who see numbers, after ``offset`` rows for the others."""
        rows = self.session.execute(
            text(
                "SELECT list_id, number, shown, reason, source, author, created_at"
                "  FROM smsdesk.blacklist_page(CAST(:lists AS bigint[]), :number, :fragment, :after_list,"
                "                              :after_number, :offset, :limit)"
            ),
            {
                "lists": list(list_ids),
                "number": number,
                "fragment": fragment,
                "after_list": after[0] if after else None,
                "after_number": after[1] if after else None,
                "offset": offset,
                "limit": limit,
            },
        ).all()
        return [BlacklistRow(*r) for r in rows]

    def import_blacklist(
        self, scope: str, group_id: int | None, kind: str | None, numbers: list[int], reason: str, source: str
    ) -> Stored:
        """``numbers`` are E.164 digits as ints, sent as one binary bigint array."""
        raw = self._driver()
        row = raw.execute(
            "select added, existing, rejected from smsdesk.blacklist_import(%s, %s, %s, %s, %s, %s)",
            (scope, group_id, kind, BigintArray(numbers), reason, source),
        ).fetchone()
        return Stored(*row)

    def delete_blacklist(self, entries: list[tuple[int, int]]) -> int:
        return int(
            self._call(
                "select smsdesk.blacklist_delete(cast(:l as bigint[]), cast(:n as bigint[]))",
                l=[e[0] for e in entries],
                n=[e[1] for e in entries],
            ).scalar_one()
        )

    def blacklist_hits(self, numbers, kind: str, group_id: int | None) -> list[tuple[str, np.ndarray]]:
        """(scope, the numbers on it) per list that blocks some of ``numbers`` (E.164 digits, best sorted)."""
        raw = self._driver()
        with raw.cursor(binary=True) as cursor:
            cursor.adapters.register_loader(INT8_ARRAY_OID, _BigintArrayLoader)
            cursor.execute(
                "select scope, numbers from smsdesk.blacklist_hits(%s, %s, %s::bigint)",
                (BigintArray(numbers), kind, group_id),
            )
            return cursor.fetchall()
