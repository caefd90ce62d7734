"""Address-book imports (CSV, TXT, XLSX, XLS) and exports (CSV with BOM, XLSX), for console and command line.

An import reads the file (infra/tabular.py), normalises the mobile column in bulk (SEND-6), drops rows it
cannot take (each with its reason, written to a "rejected rows" CSV the user can open), COPYs the rest into a
staging table and lets one database function move them into the group: all or nothing, in one transaction.
Functions whose second parameter is ``job`` report progress and stop when the user cancels (ui/jobs.py).
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from smsdesk import paths
from smsdesk.infra.csv_writer import safe_writer
from smsdesk.infra.jobs import QuietJob
from smsdesk.services import exports
from smsdesk.services.contacts import check_mobile
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_contacts import ContactRepository, FieldRow

STANDARD_FIELDS = ("name", "mobile", "phone", "email", "notes")
# Header words that say what a column holds (lower case; matched as substrings, in this order of fields).
HEADER_HINTS: dict[str, tuple[str, ...]] = {
    "mobile": ("手机", "mobile", "cell", "移动电话", "号码", "msisdn"),
    "name": ("姓名", "名字", "name", "联系人", "客户"),
    "phone": ("电话", "座机", "phone", "tel", "固话"),
    "email": ("邮箱", "邮件", "email", "e-mail", "mail"),
    "notes": ("备注", "说明", "note", "remark", "comment"),
}
UPDATABLE = ("name", "phone", "email", "notes")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
LIMITS = {"name": 200, "mobile": 64, "phone": 64, "email": 254, "notes": 2000}
PREVIEW_ROWS = 20


@dataclass(frozen=True)
class Preview:
    """What the mapping dialog shows: the file's columns, its first rows and a guessed mapping."""

    path: str
    headers: list[str]
    rows: list[list[str]]
    row_count: int
    guess: dict[str, int | None]  # field -> column index
    sheets: list[str]
    sheet: str | None
    encoding: str | None
    has_header: bool = True
    table: Any = field(default=None, repr=False, compare=False)  # the Table read, handed on to the import
    encoding_label: str | None = None  # text files: the encoding as the console shows it ("GBK/GB18030")
    encoding_chosen: str | None = None  # the encoding the user chose (None: detected)


@dataclass(frozen=True)
class ImportRequest:
    path: str
    group_id: int
    # field -> 0-based column: "name", "mobile", "phone", "email", "notes", "custom:<field id>", "new:<label>"
    mapping: dict[str, int]
    sheet: str | None = None
    encoding: str | None = None  # a text file's encoding as chosen in the preview (None: detected)
    update: bool = False  # duplicate policy: update the contact already in the group (else skip the row)
    keep_invalid: bool = False  # import rows whose mobile is invalid, marked so (else reject them)
    rejects_dir: str | None = None  # where the rejected rows go (default: next to the file, else the data folder)


@dataclass(frozen=True)
class ImportResult:
    rows: int  # data rows in the file
    imported: int  # new contacts
    updated: int  # contacts already in the group, updated
    invalid: int  # rows whose mobile number is not valid (rejected, or imported marked invalid)
    duplicates: int  # repeated in the file, or already in the group and skipped
    rejected: int  # rows not imported
    rejected_file: str | None
    seconds: float

    def summary(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "imported": self.imported,
            "updated": self.updated,
            "invalid": self.invalid,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "rejected_file": self.rejected_file or "",
            "seconds": f"{self.seconds:.2f}",
        }


@dataclass(frozen=True)
class ExportRequest:
    path: str
    group_ids: tuple[int, ...] = ()  # a group (with its sub-groups when the caller lists them), or
    ids: tuple[int, ...] = ()  # a selection
    full_numbers: bool = False  # only for users with the right (SEC-3); the database refuses the others
    headers: dict[str, str] = field(default_factory=dict)  # column key -> header text (the user's language)
    group_paths: dict[int, str] = field(default_factory=dict)
    fields: tuple[FieldRow, ...] = ()
    description: str = ""  # what was exported, for the audit trail


@dataclass(frozen=True)
class ExportResult:
    path: str
    rows: int
    masked: bool


# -- reading ---------------------------------------------------------------------------------------------


def preview(
    job, path: str, sheet: str | None = None, header: bool | None = None, encoding: str | None = None
) -> Preview:
    """Reads the file (an io job: no database) and guesses which column holds what. ``header``: whether the
    first row names the columns (None: decided from the contents); ``encoding``: a text file's (None: detected)."""
    job.progress(0, 1, "", force=True)
    table = read_file(path, sheet, header, encoding)
    job.check()
    return Preview(
        path=str(path),
        headers=table.headers,
        rows=table.frame.head(PREVIEW_ROWS).to_numpy(dtype=object).tolist(),
        row_count=len(table),
        guess=guess_mapping(table),
        sheets=list(table.sheets),
        sheet=table.sheet,
        encoding=table.encoding,
        has_header=table.has_header,
        table=table,
        encoding_label=table.encoding_label,
        encoding_chosen=encoding,
    )


def read_file(path: str, sheet: str | None = None, header: bool | None = None, encoding: str | None = None):
    from smsdesk.infra import tabular  # pandas: imported when a file is read, not with the console

    return tabular.read_table(path, sheet=sheet, header=header, encoding=encoding)


def guess_mapping(table) -> dict[str, int | None]:
    """Field -> column, from the headers first, then (for the mobile) from what the cells look like."""
    headers = [h.casefold() for h in table.headers]
    guess: dict[str, int | None] = dict.fromkeys(STANDARD_FIELDS)
    taken: set[int] = set()
    if table.has_header:
        for name, hints in HEADER_HINTS.items():
            for hint in hints:
                hit = next((i for i, h in enumerate(headers) if hint in h and i not in taken), None)
                if hit is not None:
                    guess[name] = hit
                    taken.add(hit)
                    break
    if guess["mobile"] is None or not _mostly_numbers(table.frame.iloc[:, guess["mobile"]].head(200).tolist()):
        guess["mobile"] = _number_column(table)
        for key in ("phone", "name", "email", "notes"):  # a header such as "电话号码" over the mobiles
            if guess[key] is not None and guess[key] == guess["mobile"]:
                guess[key] = None
    if guess["name"] is None and guess["mobile"] is not None and table.frame.shape[1] > 1:
        # a file of "name, number" without headers: the first other column with text in it
        for i in range(table.frame.shape[1]):
            if i != guess["mobile"] and i not in taken and table.frame.iloc[:, i].head(50).str.len().gt(0).any():
                guess["name"] = i
                break
    return guess


def _number_column(table) -> int | None:
    """The column where most of the first 200 cells are valid mobile numbers, if any."""
    best, best_score = None, 0
    for i in range(table.frame.shape[1]):
        sample = [c for c in table.frame.iloc[:, i].head(200).tolist() if c]
        if not sample:
            continue
        score = sum(1 for c in sample if check_mobile(c).valid) / len(sample)
        if score > best_score:
            best, best_score = i, score
    return best if best_score >= 0.3 else None


def _mostly_numbers(cells: list[str]) -> bool:
    sample = [c for c in cells if c]
    return bool(sample) and sum(1 for c in sample if check_mobile(c).valid) * 3 >= len(sample)


# -- importing -------------------------------------------------------------------------------------------


def normalise_mobiles(raws: Sequence[str]) -> tuple[list[str | None], list[str | None]]:
    """E.164 (or None) and the refusal reason (or None) of every raw number, aligned with ``raws``.

    domain.numbers offers a fast vectorised clean() that deduplicates (so loses the row of each number) and a
    per-item normalize() that also looks up carrier and region (ten times slower). This pairs them: clean()
    on the distinct raw texts keeps its order exactly when no two texts are the same number, and the parts
    where two are get split until they are not.
    """
    from smsdesk.domain import numbers  # numpy and phonenumbers: loaded when first needed

    distinct = list(dict.fromkeys(raws))
    e164_of: dict[str, str] = {}
    reason_of: dict[str, str] = {}

    def settle(part: list[str]) -> None:
        if not part:
            return
        result = numbers.clean(part)
        if result.duplicates and len(part) > 1:
            half = len(part) // 2
            settle(part[:half])
            settle(part[half:])
            return
        bad = {raw: reason for raw, reason in result.invalid}
        reason_of.update(bad)
        valid = [raw for raw in part if raw not in bad]
        if result.duplicates:  # one text, one number, seen once: cannot happen; keep it safe anyway
            valid = valid[:1]
        e164_of.update(zip(valid, result.valid, strict=True))

    settle(distinct)
    return [e164_of.get(r) for r in raws], [reason_of.get(r) for r in raws]


@dataclass
class _Rejects:
    rows: list[tuple[int, list[str], str]] = field(default_factory=list)

    def add(self, row_no: int, cells: list[str], reason: str) -> None:
        self.rows.append((row_no, cells, reason))


def import_contacts(session: Session, job, request: ImportRequest, table=None) -> ImportResult:
    """All or nothing: any error, or a cancel, leaves the group as it was. The checks run column-wise (pandas),
    so 100,000 rows cost a fraction of a second before the database sees them."""
    # numpy and pandas: loaded by the first import, in the background, not when the Contacts tab is built
    import numpy as np
    import pandas as pd

    job = job or QuietJob()
    started = time.perf_counter()
    job.progress(0, 100, "read", force=True)
    if table is None:
        table = read_file(request.path, request.sheet, encoding=request.encoding)
    job.progress(25, 100, "check", force=True)
    mapping = dict(request.mapping)
    width = len(table.headers)
    if mapping.get("mobile") is None:
        raise ServiceError("no_mobile_column", "choose the column that holds the mobile numbers")
    for key, index in mapping.items():
        if not 0 <= index < width:
            raise ServiceError("invalid", f"{key} is mapped to column {index + 1}, but the file has {width} columns")
    repo = ContactRepository(session)
    owner_id = _group_owner(session, request.group_id)
    frame = table.frame.reset_index(drop=True)
    n = len(frame)
    blank = pd.Series([""] * n, dtype=object)

    def column(key: str, strip: bool = True) -> pd.Series:
        # Plain Python over the cells: pandas' .str methods cost ~0.1 s per column of 100,000 (cells from
        # infra/tabular are str already; anything else reads as str() as astype(str) would).
        if key not in mapping:
            return blank
        values = frame.iloc[:, mapping[key]].tolist()
        if strip:
            values = [v.strip() if type(v) is str else str(v).strip() for v in values]
        else:
            values = [v if type(v) is str else str(v) for v in values]
        return pd.Series(values, dtype=object)

    raw = column("mobile")
    e164s, reasons = normalise_mobiles(raw.tolist())
    e164 = pd.Series(e164s, dtype=object)
    if n and not e164.notna().any():
        header = table.headers[mapping["mobile"]]
        raise ServiceError("no_numbers", f"column {header!r} holds no mobile numbers; choose the column that does")
    job.progress(40, 100, "check", force=True)
    names, phones, notes = column("name"), column("phone"), column("notes", strip=False)
    emails = column("email")
    row_no = pd.Series(table.row_numbers, dtype="int64")

    empty = (raw == "") & (names == "")  # nothing to import: a line with only unmapped cells
    reason = pd.Series([None] * n, dtype=object)
    invalid = e164.isna() & ~empty
    if not request.keep_invalid:
        reason[invalid] = "invalid mobile: " + pd.Series(reasons, dtype=object)[invalid].fillna("empty")
    for key, series in (("name", names), ("mobile", raw), ("phone", phones), ("email", emails), ("notes", notes)):
        lengths = np.fromiter(map(len, series.tolist()), dtype=np.int64, count=n)
        too_long = reason.isna() & ~empty & (lengths > LIMITS[key])
        reason[too_long] = f"{key} is longer than {LIMITS[key]} characters"
    fullmatch = _EMAIL.fullmatch
    email_ok = pd.Series([not e or fullmatch(e) is not None for e in emails.tolist()], dtype=bool)
    bad_email = reason.isna() & ~empty & ~email_ok
    reason[bad_email] = "not an email address: " + emails[bad_email]
    # the same number twice in the file: the first row wins, or the last when the file updates the group
    candidates = reason.isna() & ~empty & e164.notna()
    numbers_kept = e164[candidates]
    twice = numbers_kept.duplicated(keep="last" if request.update else "first")
    if twice.any():
        winner = row_no[candidates].groupby(numbers_kept).transform("last" if request.update else "first")
        text = "duplicate: replaced by row " if request.update else "duplicate of row "
        reason[twice[twice].index] = text + winner[twice].astype(str)
    duplicates = int(twice.sum())
    keep = reason.isna() & ~empty
    job.progress(50, 100, "check", force=True)

    with translate_db_errors():
        custom_ids = _custom_fields(repo, owner_id, mapping)
    custom_keys = [key for key in mapping if key.startswith(("custom:", "new:"))]
    kept = int(keep.sum())
    if custom_keys:
        cells = [(custom_ids[key], column(key)[keep].str.strip().tolist()) for key in custom_keys]
        custom = [
            json.dumps({fid: values[i] for fid, values in cells if values[i]}, ensure_ascii=False) for i in range(kept)
        ]
    else:
        custom = ["{}"] * kept
    columns = [
        row_no[keep].astype(str).tolist(),
        _copy_text(names[keep].tolist()),
        ["\\N" if v is None else v for v in e164[keep].tolist()],
        _copy_text(raw[keep].tolist()),
        _copy_text(phones[keep].tolist()),
        _copy_text([e.lower() for e in emails[keep].tolist()]),
        _copy_text(notes[keep].tolist()),
        _copy_text(custom),
    ]
    # In blocks: one str.join over 100,000 rows would hold the GIL (and stall the console's GUI thread) ~70 ms.
    rows = zip(*columns, strict=True)
    payload = []
    while block := list(islice(rows, 5000)):
        payload.append("\n".join(map("\t".join, block)) + "\n")
    job.progress(60, 100, "load", force=True)

    with translate_db_errors():
        repo.import_begin()
        job.check()
        repo.import_stage_text(payload)
        job.progress(80, 100, "load", force=True)
        job.check()
        fields = [f for f in UPDATABLE if f in mapping]
        outcome = repo.import_finish(request.group_id, request.update, fields, Path(request.path).name)
    skipped = outcome.get("skipped_rows") or []
    if skipped:
        already = row_no.isin(skipped) & keep
        reason[already] = "already in the group"
        duplicates += int(already.sum())
    job.progress(95, 100, "report", force=True)
    rejected = reason.notna()
    rejected_file = None
    if rejected.any():
        values = frame.to_numpy(dtype=object)
        rows = [(int(row_no[i]), values[i].tolist(), reason[i]) for i in rejected[rejected].index]
        rejected_file = _write_rejects(request, table, _Rejects(rows))
    job.progress(100, 100, "done", force=True)
    return ImportResult(
        rows=n,
        imported=int(outcome.get("inserted", 0)),
        updated=int(outcome.get("updated", 0)),
        invalid=int(invalid.sum()),
        duplicates=duplicates,
        rejected=int(rejected.sum()),
        rejected_file=rejected_file,
        seconds=time.perf_counter() - started,
    )


def _copy_text(values: list[str]) -> list[str]:
    """Values for COPY's text format; the escaping is skipped for the (usual) column that needs none."""
    joined = "".join(values)
    if "\\" in joined or "\t" in joined or "\n" in joined or "\r" in joined:
        return [v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") for v in values]
    return values


def load_rows(session: Session, group_id: int, rows: Sequence[dict[str, Any]], *, source: str = "") -> dict:
    """Programmatic bulk load (demo data, tests): dicts of name, mobile, phone, email, notes, custom."""
    repo = ContactRepository(session)
    e164s, _ = normalise_mobiles([str(r.get("mobile", "")) for r in rows])
    staged = [
        (
            n + 1,
            r.get("name", ""),
            e164,
            str(r.get("mobile", "")),
            r.get("phone", ""),
            r.get("email", ""),
            r.get("notes", ""),
            json.dumps(r.get("custom") or {}, ensure_ascii=False),
        )
        for n, (r, e164) in enumerate(zip(rows, e164s, strict=True))
    ]
    with translate_db_errors():
        repo.import_begin()
        repo.import_stage(staged)
        return repo.import_finish(group_id, False, [], source)


def _group_owner(session: Session, group_id: int) -> int:
    owner = ContactRepository(session).group_owner(group_id)
    if owner is None:
        raise ServiceError("not_found", "that contact group no longer exists")
    return int(owner)


def _custom_fields(repo: ContactRepository, owner_id: int, mapping: dict[str, int]) -> dict[str, str]:
    """Mapping key -> the field id (as custom's key); "new:<label>" fields are created (or found) now."""
    existing = {f.label: f.key for f in repo.fields() if f.owner_id == owner_id}
    out = {}
    for key in mapping:
        if key.startswith("custom:"):
            out[key] = key[7:]
        elif key.startswith("new:"):
            label = key[4:].strip()
            out[key] = existing.get(label) or str(repo.save_field(owner_id, None, label))
    return out


_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def rejects_stem(stem: str) -> str:
    """A file stem safe on every file system: no reserved characters, at most 60 characters (180 bytes)."""
    cleaned = _UNSAFE_NAME.sub("_", stem).strip(" .") or "import"
    return cleaned[:60]


def _write_rejects(request: ImportRequest, table, rejects: _Rejects) -> str:
    """Next to the file (else in the data folder's "imports"), under a name that is always valid: the file's own
    name cut to 60 characters and cleaned of characters Windows refuses, whatever the file was called."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    source = Path(request.path)
    name = f"{rejects_stem(source.stem)}_rejected_{stamp}.csv"
    candidates = [Path(request.rejects_dir)] if request.rejects_dir else []
    candidates += [source.parent, paths.user_data_dir() / "imports"]
    for folder in candidates:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / name
            with target.open("w", encoding="utf-8-sig", newline="") as out:
                writer = safe_writer(out)
                writer.writerow(["row", "reason", *table.headers])
                for row_no, cells, reason in sorted(rejects.rows, key=lambda r: r[0]):
                    writer.writerow([row_no, reason, *cells])
            return str(target)
        except OSError:
            continue
    raise ServiceError("invalid", "the rejected rows could not be written anywhere")


# -- exporting -------------------------------------------------------------------------------------------

EXPORT_BLOCK = 1000  # rows per fetch: psycopg builds each block holding the GIL
DEFAULT_HEADERS = {
    "group": "Group",
    "name": "Name",
    "mobile": "Mobile",
    "phone": "Phone",
    "email": "Email",
    "notes": "Notes",
    "sheet": "Contacts",
}


def export_contacts(session: Session, job, request: ExportRequest) -> ExportResult:
    """CSV (UTF-8 with BOM, for Excel) or XLSX by the file's suffix; audited by the database (SEC-2): the rows come
    from smsdesk.export_contact_rows with the ticket of the committed smsdesk.export_begin."""
    job = job or QuietJob()
    target = exports.check_target(request.path)  # a read-only or missing folder fails before anything is read
    suffix = target.suffix.lower()
    repo = ContactRepository(session)
    with translate_db_errors():
        total = repo.export_count(request.group_ids, request.ids)
    headers = {**DEFAULT_HEADERS, **request.headers}  # "sheet": the workbook's sheet name
    keys = ["group", "name", "mobile", "phone", "email", "notes"]
    head = [headers[k] for k in keys] + [f.label for f in request.fields]
    paths = request.group_paths
    with translate_db_errors():
        # audited first, in its own committed transaction: the database gives the rows only for this ticket
        ticket = repo.export_begin(
            "contacts",
            None,
            request.description or target.name,
            {"rows": total, "format": suffix[1:], "masked": not request.full_numbers, "file": target.name},
        )
    job.progress(0, max(total, 1), "", force=True)

    def records():
        """Rows straight from a server-side cursor, in name order; full numbers block by block when allowed."""
        done = 0
        stream = repo.export_rows(ticket, request.group_ids, request.ids, [f.key for f in request.fields],
                                  EXPORT_BLOCK)
        for block in stream:
            job.check()
            if request.full_numbers:
                with translate_db_errors():
                    full = repo.numbers([row[0] for row in block])
                block = [(r[0], r[1], r[2], *full.get(r[0], (r[3], None, r[4]))[::2], *r[5:]) for r in block]
            for row in block:
                yield [paths.get(row[1], ""), *row[2:]]
            done += len(block)
            job.progress(done, max(total, 1), "")

    widths = [24, 12, 16, 16, 24, 24] + [14] * len(request.fields)
    try:
        written = exports.write_table(target, head, records(), sheet=headers.get("sheet", "Contacts"),
                                      widths=widths)
    except BaseException as exc:
        exports.export_finish(session, ticket, "cancelled" if type(exc).__name__ == "Cancelled" else "failed",
                              0)
        raise
    exports.export_finish(session, ticket, "done", written)
    return ExportResult(path=str(target), rows=written, masked=not request.full_numbers)
