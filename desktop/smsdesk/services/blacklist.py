"""Blacklists (SET-2): global, per user group, per message kind; add, import, delete, search, and the set-wise
check a send makes against a whole recipient list (SEND-6)."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from smsdesk.domain.kinds import KINDS
from smsdesk.infra.jobs import JobLike, QuietJob
from smsdesk.services.admin import find_group
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_library import BlacklistListRow, BlacklistRow, LibraryRepository, Stored

__all__ = ["BlacklistListRow", "BlacklistRow", "Stored"]

SCOPES = ("global", "group", "kind")
CHUNK = 1_000_000  # numbers per database call: one sorted insert is faster than several interleaved ones;
# progress and cancel come between calls (bigger files) and between reading the file and storing it
PAGE = 500
REASON_MAX = 200
INVALID_SAMPLE = 1000  # invalid rows kept for the report; the count is always complete
PHONE_HEADERS = ("手机", "号码", "电话", "mobile", "phone", "number", "tel", "msisdn")


@dataclass(frozen=True)
class ListRef:
    """One blacklist: ("global", None, None), ("group", 12, None) or ("kind", None, "marketing")."""

    scope: str
    group_id: int | None = None
    kind: str | None = None


def check_list(scope: str, group_id: int | None = None, kind: str | None = None) -> ListRef:
    if scope == "global" and group_id is None and kind is None:
        return ListRef("global")
    if scope == "group" and group_id is not None and kind is None:
        return ListRef("group", group_id)
    if scope == "kind" and group_id is None and kind in KINDS:
        return ListRef("kind", None, kind)
    raise ServiceError("invalid", f"not a blacklist: scope={scope!r} group={group_id!r} kind={kind!r}")


def parse_list(session: Session, spec: str) -> ListRef:
    """The command line's ``global``, ``group:华东/上海`` or ``kind:marketing``."""
    head, _, rest = spec.strip().partition(":")
    if head == "global" and not rest:
        return ListRef("global")
    if head == "group" and rest.strip():
        return ListRef("group", find_group(session, rest.strip()))
    if head == "kind" and rest.strip() in KINDS:
        return ListRef("kind", None, rest.strip())
    raise ServiceError(
        "invalid", f"--scope is global, group:PATH or kind:KIND (one of {', '.join(KINDS)}), not {spec!r}"
    )


# ------------------------------------------------------------------------------------------------ reading


@dataclass
class NumberFile:
    """The numbers of an import file after the number rules (SEND-6): normalised, validated, deduplicated."""

    source: str
    column: str
    rows: int
    valid: list[str]  # unique E.164, in file order
    duplicates: int
    invalid_count: int
    invalid: list[tuple[int, str, str]] = field(default_factory=list)  # (row, cell, reason), the first 1000


def read_numbers(
    path: str | Path, column: str | None = None, *, sheet: str | None = None, encoding: str | None = None
) -> NumberFile:
    """Read a CSV/TXT/XLSX/XLS file of numbers. ``column`` is a header, a letter or a 1-based position; by
    default the column headed like a phone column, else the one whose cells look most like numbers.
    Raises ServiceError("invalid") for a bad file, and ServiceError("no_numbers") when no row holds a number."""
    # phonenumbers and pandas: loaded by the first import, in the background, not when the Library tab is built
    from smsdesk.domain import numbers as number_rules
    from smsdesk.infra import tabular

    table = tabular.read_table(path, sheet=sheet, encoding=encoding)
    if column is not None:
        try:
            index = table.column_index(column)
        except tabular.TableError:
            if table.has_header:
                raise
            table = tabular.read_table(path, header=True, sheet=sheet, encoding=encoding)  # a header taken for data
            index = table.column_index(column)
    else:
        index = table.guess_column(PHONE_HEADERS)
    cells = table.column(index)
    cleaned = number_rules.clean(cells)
    name = table.path.name
    result = NumberFile(
        source=name,
        column=table.headers[index],
        rows=len(cells),
        valid=cleaned.valid,
        duplicates=cleaned.duplicates,
        invalid_count=len(cleaned.invalid),
    )
    if cleaned.invalid:
        reasons: dict[object, str] = {}
        for raw, reason in cleaned.invalid:
            reasons.setdefault(raw, reason)
        for row_number, cell in zip(table.row_numbers, cells, strict=True):
            if cell in reasons:
                result.invalid.append((row_number, cell, reasons[cell]))
                if len(result.invalid) >= INVALID_SAMPLE:
                    break
    if not result.valid:
        first = result.invalid[0] if result.invalid else None
        hint = f"; row {first[0]}: {first[1][:40]!r} is {first[2]}" if first else ""
        raise ServiceError(
            "no_numbers", f"{name}: none of its {result.rows} rows holds a phone number (column {result.column}){hint}"
        )
    return result


# ------------------------------------------------------------------------------------------------ writing


@dataclass
class BlacklistImport:
    """What an import did, for the console's report and the command line's one line."""

    list: ListRef
    source: str
    rows: int = 0
    valid: int = 0
    duplicates: int = 0
    invalid_count: int = 0
    invalid: list[tuple[int, str, str]] = field(default_factory=list)
    added: int = 0
    existing: int = 0
    rejected: int = 0  # refused by the database (never happens with this client's number rules)

    def summary(self) -> dict[str, Any]:
        return {
            "file": self.source,
            "rows": self.rows,
            "valid": self.valid,
            "invalid": self.invalid_count,
            "duplicates": self.duplicates,
            "added": self.added,
            "existing": self.existing,
        }


def store_numbers(
    session: Session,
    job: JobLike | None,
    scope: str,
    numbers: list[str],
    *,
    group_id: int | None = None,
    kind: str | None = None,
    reason: str = "",
    source: str = "",
) -> Stored:
    """Adds E.164 numbers ("+8613800138000") to one list, a million per database call (progress and cancel between
    calls), all in the caller's one transaction."""
    job = job or QuietJob()
    ref = check_list(scope, group_id, kind)
    reason = (reason or "").strip()
    if len(reason) > REASON_MAX:
        raise ServiceError("reason_too_long", f"a reason has at most {REASON_MAX} characters")
    repo = LibraryRepository(session)
    digits = _digits(numbers)
    if len(digits) == 1 and not digits[0]:
        # one number that is not E.164: the database refuses it with its own message
        with translate_db_errors():
            return repo.import_blacklist(ref.scope, ref.group_id, ref.kind, digits, reason, source)
    # Sorted and unique, as the database inserts them (its sort of a sorted array is one pass). Numbers given twice
    # count as existing, text that is not E.164 as rejected, as the database would count them.
    not_e164 = int((digits == 0).sum())
    unique = np.unique(digits[digits != 0])
    added, existing, rejected = 0, len(digits) - not_e164 - len(unique), not_e164
    total = len(unique)
    for start in range(0, total, CHUNK):
        job.check()
        with translate_db_errors():
            stored = repo.import_blacklist(
                ref.scope, ref.group_id, ref.kind, unique[start : start + CHUNK], reason, source
            )
        added, existing, rejected = added + stored.added, existing + stored.existing, rejected + stored.rejected
        job.progress(min(start + CHUNK, total), total, source)
    return Stored(added, existing, rejected)


def e164(raw: str) -> tuple[str | None, str | None]:
    """(E.164, None) for a number as typed, or (None, why not). Unlike normalize() it never looks up the carrier
    or the region, whose data phonenumbers loads on first use (a third of a second in which no thread runs)."""
    from smsdesk.domain import numbers as number_rules  # phonenumbers: as in read_numbers

    cleaned = number_rules.clean([raw])
    if cleaned.valid:
        return cleaned.valid[0], None
    return None, cleaned.invalid[0][1] if cleaned.invalid else "empty"


def add_number(
    session: Session, scope: str, raw: str, *, group_id: int | None = None, kind: str | None = None, reason: str = ""
) -> str:
    """Blacklists one number as typed; returns its E.164. Raises "number_invalid" or "number_listed"."""
    number, why = e164(raw)
    if number is None:
        raise ServiceError("number_invalid", f"{raw!r} is not a phone number ({why})")
    stored = store_numbers(session, None, scope, [number], group_id=group_id, kind=kind, reason=reason)
    if not stored.added:
        raise ServiceError("number_listed", f"{number} is already on that list")
    return number


def import_file(
    session: Session,
    job: JobLike | None,
    path: str | Path,
    scope: str,
    *,
    group_id: int | None = None,
    kind: str | None = None,
    column: str | None = None,
    reason: str = "",
    sheet: str | None = None,
    encoding: str | None = None,
) -> BlacklistImport:
    """Bulk import (SET-2) with the same file reading as the other imports. Importing the same list twice
    adds nothing the second time."""
    job = job or QuietJob()
    ref = check_list(scope, group_id, kind)
    name = Path(path).name
    job.progress(0, 0, name, force=True)
    found = read_numbers(path, column, sheet=sheet, encoding=encoding)
    job.check()
    report = BlacklistImport(
        list=ref,
        source=name,
        rows=found.rows,
        valid=len(found.valid),
        duplicates=found.duplicates,
        invalid_count=found.invalid_count,
        invalid=found.invalid,
    )
    stored = store_numbers(
        session, job, ref.scope, found.valid, group_id=ref.group_id, kind=ref.kind, reason=reason, source=name
    )
    report.added, report.existing, report.rejected = stored.added, stored.existing, stored.rejected
    return report


def _digits(numbers) -> np.ndarray:
    """E.164 text as the database stores it (+8613800138000 is 8613800138000), as int64; anything that is not
    E.164 (``^\\+[1-9][0-9]{6,14}$``) becomes 0, which the database rejects and counts. Column-wise with numpy:
    a million numbers in a tenth of a second, in slices so that no one numpy call holds the GIL (and the
    console's GUI thread) for long."""
    numbers = list(numbers) if not isinstance(numbers, list) else numbers
    if len(numbers) <= _DIGITS_SLICE:
        return _digits_slice(numbers)
    return np.concatenate(
        [_digits_slice(numbers[i : i + _DIGITS_SLICE]) for i in range(0, len(numbers), _DIGITS_SLICE)]
    )


_DIGITS_SLICE = 1 << 16


def _digits_slice(numbers: list) -> np.ndarray:
    count = len(numbers)
    if not count:
        return np.zeros(0, dtype=np.int64)
    try:
        text = np.array(numbers, dtype=str)
    except (TypeError, ValueError):
        text = np.array([n if isinstance(n, str) else "" for n in numbers], dtype=str)
    if text.ndim != 1:
        text = np.array([n if isinstance(n, str) else "" for n in numbers], dtype=str)
    width = max(text.dtype.itemsize // 4, 1)
    codes = text.view(np.uint32).reshape(count, width)
    too_long = (codes[:, 16:] != 0).any(axis=1) if width > 16 else np.zeros(count, dtype=bool)
    if width < 16:
        codes = np.pad(codes, ((0, 0), (0, 16 - width)))
    codes = codes[:, :16]
    body = codes[:, 1:]
    is_digit = (body >= 48) & (body <= 57)
    ended = np.logical_or.accumulate(body == 0, axis=1)  # past the end: only padding may follow
    well_formed = np.where(ended, body == 0, is_digit).all(axis=1)
    length = is_digit.sum(axis=1)
    valid = (codes[:, 0] == 43) & (codes[:, 1] >= 49) & well_formed & (length >= 7) & ~too_long
    value = np.zeros(count, dtype=np.int64)
    digit = body.astype(np.int64) - 48
    for column in range(15):
        value = np.where(is_digit[:, column], value * 10 + digit[:, column], value)
    value[~valid] = 0
    return value


def delete(session: Session, entries: list[tuple[int, str]]) -> int:
    """Removes (list id, E.164 number) entries."""
    with translate_db_errors():
        numbers = _digits([n for _, n in entries]).tolist()
        return LibraryRepository(session).delete_blacklist(
            [(list_id, number) for (list_id, _), number in zip(entries, numbers, strict=True)]
        )


# ------------------------------------------------------------------------------------------------ reading lists


def lists(session: Session) -> list[BlacklistListRow]:
    """The lists the caller may see (administrators only), with their sizes."""
    return LibraryRepository(session).blacklist_lists()


def search(
    session: Session,
    list_ids: list[int],
    *,
    number: str = "",
    after: tuple[int, str] | None = None,
    offset: int = 0,
    limit: int = PAGE,
) -> list[BlacklistRow]:
    """Entries of these lists in (list, number) order, ``limit`` at a time after ``after`` (list id, number) or,
    for a caller who sees numbers only masked, after ``offset`` rows. ``number``: a whole number in any usual form
    finds that number (shown in full: the caller typed it); digits find the numbers that start with them (a mainland
    mobile counts from its 1), and up to six digits also those that end with them ("尾号"); a masked caller finds
    numbers only by the digits they see."""
    typed = (number or "").strip()
    exact: int | None = None
    fragment = ""
    if typed:
        number, _why = e164(typed)
        if number is not None:
            exact = int(_digits([number])[0])
        else:
            fragment = "".join(ch for ch in typed if ch.isdigit())
            if not fragment:
                return []
    if not list_ids:
        return []
    return LibraryRepository(session).blacklist(
        list(list_ids),
        number=exact,
        fragment=fragment,
        after=None if after is None else (after[0], int(_digits([after[1]])[0])),
        offset=offset,
        limit=limit,
    )


def hits(session: Session, numbers: list[str], kind: str, group_id: int | None = None) -> dict[str, str]:
    """{E.164: the list that blocks it — "global", "kind" or "group"} for the numbers a send of ``kind`` from
    ``group_id`` (the caller's group by default) may not reach. One query for the whole recipient list."""
    if kind not in KINDS:
        raise ServiceError("invalid", f"unknown message kind {kind!r}")
    if not len(numbers):
        return {}
    digits = _digits(numbers)
    probe, where = np.unique(digits, return_inverse=True)  # sorted: the database's join reads it in one pass
    if probe[0] == 0:  # not E.164: never blacklisted
        probe = probe[1:]
        where = where - 1
    if not len(probe):
        return {}
    with translate_db_errors():
        found = LibraryRepository(session).blacklist_hits(probe, kind, group_id)
    hits: dict[str, str] = {}
    # a number on several lists: the list that blocks it first wins, so those are written last
    for scope, listed in sorted(found, key=lambda f: -_PRIORITY[f[0]]):
        on_list = np.zeros(len(probe) + 1, dtype=bool)
        on_list[np.searchsorted(probe, listed)] = True
        # valid E.164 text is exactly "+" and its digits, so the caller's own strings are the keys
        hits.update(dict.fromkeys(compress(numbers, on_list[where]), scope))
    return hits


_PRIORITY = {"global": 0, "kind": 1, "group": 2, "none": 3}
