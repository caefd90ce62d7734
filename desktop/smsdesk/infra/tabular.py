"""Reads the tables people import (CSV, TXT, XLSX, XLS) into text cells, with errors a user can act on.

Pure file reading: no Qt, no database. Used by contact, blacklist and sensitive-word imports.

    table = read_table(path)                # TableError (a ServiceError, code "invalid") on a bad file
    table.headers                           # ["姓名", "手机"] — or ["A", "B"] when the file has no header row
    table.column("手机")                     # list[str]; also "B", "2" (1-based) or an int index (0-based)
    table.guess_column(("mobile", "手机"))   # best index for a role, by header name then by content
    table.frame                             # pandas DataFrame of str ("" for empty cells), columns = headers
    table.rows                              # list[list[str]] (built on first use; prefer column() for big files)
    table.row_numbers                       # per row: its 1-based row in the file, for error reports ("row 17")

Every cell is text exactly as the file holds it: "+86 138…", "0086…" and leading zeros survive. Numeric
spreadsheet cells become their shortest exact text ("13800138000", not "13800138000.0"); what Excel had
already rounded ("1.38E+10") is left for the number rules (domain.numbers) to judge.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import numpy as np
import pandas as pd
from charset_normalizer import from_bytes

from smsdesk.errors import ServiceError

TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})
SUFFIXES = TEXT_SUFFIXES | SHEET_SUFFIXES
MAX_BYTES = 200 * 1024 * 1024  # far above 1,000,000 numbers (~15 MB as CSV); stops a wrong file early
DELIMITERS = ",\t;|"

# Why a file was refused; TableError.reason, translated by the console (ui/messages.py, "file_<reason>").
REASONS: tuple[str, ...] = (
    "missing",  # no such file, or a folder
    "unsupported",  # not one of SUFFIXES
    "too_large",  # over MAX_BYTES
    "empty",  # no bytes, or only blank lines / empty cells
    "header_only",  # a header row and nothing under it
    "not_text",  # a .csv/.txt that is binary or in no encoding we know
    "not_spreadsheet",  # a .xlsx/.xls that is not a workbook (damaged, or renamed)
    "encrypted",  # a password-protected workbook
    "no_sheet",  # the named sheet does not exist
    "no_column",  # column() was asked for a column the table does not have
)

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: .xls, and encrypted .xlsx
_ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_SAMPLE = 256 * 1024
_DECODE_SLICE = 1 << 20
_CHUNK_ROWS = 50_000  # rows per C call in bulk steps, so that no one call holds the GIL for long
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_DIGITS = re.compile(r"\d")
_UTF8_CJK = re.compile(rb"[\xe3-\xe9][\x80-\xbf]{2}")
_NUMBERISH = re.compile(r"\s*[+(]?[0-9][0-9 ()\-.eE+]{4,}\s*")


class TableError(ServiceError):
    """A file that cannot be read as a table. ``code`` is "invalid"; ``reason`` is one of REASONS."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__("invalid", detail)
        self.reason = reason


@dataclass
class Table:
    """The cells of one sheet or text file, every one a str."""

    frame: pd.DataFrame
    path: Path
    has_header: bool
    row_numbers: Sequence[int] = field(default_factory=list)  # per row of frame: its 1-based row in the file/sheet
    encoding: str | None = None  # text files: the codec used ("utf-8", "utf-8-sig", "gb18030", "utf-16")
    delimiter: str | None = None  # text files: the delimiter found
    sheet: str | None = None  # workbooks: the sheet read
    sheets: list[str] = field(default_factory=list)  # workbooks: every sheet name
    _rows: list[list[str]] | None = field(default=None, repr=False)

    @property
    def headers(self) -> list[str]:
        return [str(c) for c in self.frame.columns]

    def __len__(self) -> int:
        return len(self.frame)

    @property
    def rows(self) -> list[list[str]]:
        if self._rows is None:
            self._rows = self.frame.to_numpy(dtype=object).tolist()
        return self._rows

    def column_index(self, spec: str | int) -> int:
        """Index of a column given as a header (case-insensitive), a letter ("B"), "2" (1-based) or an int (0-based)."""
        headers = self.headers
        if isinstance(spec, int):
            if 0 <= spec < len(headers):
                return spec
        else:
            wanted = spec.strip()
            folded = [h.strip().casefold() for h in headers]
            if wanted.casefold() in folded:
                return folded.index(wanted.casefold())
            if wanted.isdigit() and 1 <= int(wanted) <= len(headers):
                return int(wanted) - 1
            if wanted and len(wanted) <= 3 and all(ch in string.ascii_letters for ch in wanted):
                index = _letters_to_index(wanted)
                if index < len(headers):
                    return index
        raise TableError(
            "no_column", f"There is no column {spec!r} in {self.path.name}; its columns are: {', '.join(headers)}."
        )

    def column(self, spec: str | int) -> list[str]:
        return self.frame.iloc[:, self.column_index(spec)].tolist()

    def guess_column(self, names: Sequence[str] = (), *, numbers: bool = True) -> int:
        """The column most likely meant: a header containing one of ``names``, else (``numbers``) the column
        whose cells look most like phone numbers, else the first."""
        folded = [h.casefold() for h in self.headers]
        if self.has_header:
            for name in names:
                for i, header in enumerate(folded):
                    if name.casefold() in header:
                        return i
        if numbers and len(self.frame):
            sample = self.frame.head(200)
            scores = [sample.iloc[:, i].str.fullmatch(_NUMBERISH).sum() for i in range(sample.shape[1])]
            best = max(range(len(scores)), key=lambda i: scores[i])
            if scores[best]:
                return best
        return 0


def read_table(path: str | Path, *, sheet: str | int | None = None, header: bool | None = None) -> Table:
    """Read a CSV/TXT/TSV or XLSX/XLS/XLSM/XLSB/ODS file.

    ``sheet``: a workbook's sheet name or 0-based index (default: the first). ``header``: True when the first
    row names the columns, False when it is data, None to decide from the contents (a first row whose cells
    hold no digits over columns that do is a header). Raises TableError with an English detail.
    """
    path = Path(path)
    if not path.is_file():
        raise TableError("missing", f"{path} does not exist or is not a file.")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TableError("unsupported", f"{path.name}: only {', '.join(sorted(SUFFIXES))} files can be imported.")
    size = path.stat().st_size
    if size == 0:
        raise TableError("empty", f"{path.name} is empty.")
    if size > MAX_BYTES:
        raise TableError(
            "too_large", f"{path.name} is {size / 1048576:.0f} MB; files over {MAX_BYTES // 1048576} MB are refused."
        )
    if suffix in TEXT_SUFFIXES:
        frame, meta = _read_text(path)
    else:
        frame, meta = _read_sheet(path, sheet)
    return _build(path, frame, header, meta)


# ---------------------------------------------------------------- text files


def _read_text(path: Path) -> tuple[list[Sequence[str]], dict]:
    data = path.read_bytes()
    text, encoding = _decode(data, path.name)
    delimiter = _sniff_delimiter(text)
    return _parse_text(text, delimiter), {"encoding": encoding, "delimiter": delimiter}


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(data, codec, name), codec
    head = data[:_SAMPLE]
    utf16 = _utf16_without_bom(head)
    if utf16:
        return _checked(data, utf16, name), utf16
    if b"\x00" in head:
        raise TableError("not_text", f"{name} is not a text file (it holds binary data).")
    try:
        return _checked(data, "utf-8", name), "utf-8"
    except TableError:
        pass
    mixed = _decode_mixed(data)  # lines pasted together from a UTF-8 file and a GBK one
    if mixed is not None:
        return _checked(mixed.encode("utf-8"), "utf-8", name), "utf-8+gb18030"
    # Not UTF-8: mainland files are almost always GBK. gb18030 is its superset and decodes everything GBK does.
    for codec in ("gb18030", _guess_codec(head)):
        if codec:
            try:
                return _checked(data, codec, name), codec
            except TableError:
                continue
    raise TableError("not_text", f"{name} is in no text encoding SMS Desk knows (UTF-8, GBK/GB18030, UTF-16).")


def _decode_mixed(data: bytes) -> str | None:
    """Line by line, when some lines are plainly UTF-8 Chinese (three-byte sequences) and the others are not
    UTF-8 at all; None when the file is not such a mix. A GBK line is practically never valid UTF-8 with
    three-byte sequences, so each line's own encoding is clear."""
    lines = data.split(b"\n")
    if not _mixed_sample(lines[:500] + lines[-500:]):
        return None  # a whole GBK file, say: no need to look at each of its lines
    utf8_cjk = bad = 0
    decoded = []
    for line in lines:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            bad += 1
            try:
                text = line.decode("gb18030")
            except UnicodeDecodeError:
                return None
        else:
            if _UTF8_CJK.search(line):
                utf8_cjk += 1
        decoded.append(text)
    return "\n".join(decoded) if utf8_cjk and bad else None


def _mixed_sample(lines: list[bytes]) -> bool:
    utf8_cjk = bad = False
    for line in lines:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad = True
        else:
            utf8_cjk = utf8_cjk or bool(_UTF8_CJK.search(line))
        if bad and utf8_cjk:
            return True
    return False


def _utf16_without_bom(head: bytes) -> str | None:
    even, odd = head[0:2000:2], head[1:2000:2]
    if len(head) >= 4:
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def _guess_codec(head: bytes) -> str | None:
    best = from_bytes(head).best()
    return best.encoding if best is not None else None


def _checked(data: bytes, codec: str, name: str) -> str:
    try:
        text = _decoded(data, codec)
    except (UnicodeDecodeError, LookupError) as exc:
        raise TableError("not_text", f"{name} cannot be read as {codec}.") from exc
    sample = text[:_SAMPLE]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise TableError("not_text", f"{name} is not a text file (it holds binary data).")
    return text


def _decoded(data: bytes, codec: str) -> str:
    """data.decode(codec), a megabyte at a time: one call over a 25 MB file holds the GIL for ~40 ms."""
    decoder = codecs.getincrementaldecoder(codec)()
    parts = [decoder.decode(data[start : start + _DECODE_SLICE]) for start in range(0, len(data), _DECODE_SLICE)]
    parts.append(decoder.decode(b"", final=True))
    return "".join(parts)


def _sniff_delimiter(text: str) -> str | None:
    lines = [line for line in text[:65536].splitlines()[:200] if line.strip()]
    if not lines:
        return None
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=DELIMITERS).delimiter
    except csv.Error:
        pass
    # The sniffer wants the same count on every line; settle for the delimiter most lines have.
    counts = {d: sum(1 for line in lines if d in line) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] >= max(1, len(lines) // 2) else None


class _TextReader:
    """A file over ``text`` without copying it: ``io.StringIO`` converts a 25 MB text in one C call that holds the
    GIL for ~80 ms; the parser reads a slice at a time."""

    def __init__(self, text: str) -> None:
        self.text, self.pos = text, 0

    def read(self, size: int | None = -1) -> str:
        if size is None or size < 0:
            size = len(self.text) - self.pos
        out = self.text[self.pos : self.pos + size]
        self.pos += len(out)
        return out

    def __iter__(self):
        return iter(self.read().splitlines(True))


def _parse_text(text: str, delimiter: str | None) -> list[Sequence[str]]:
    """The text's columns, each a list or an object array of cells."""
    if delimiter is None:
        return [text.splitlines()]
    try:
        # The C parser is ten times faster than the csv module; it refuses ragged rows, which csv takes. Read
        # in chunks: one C call over a million rows would hold the GIL (and freeze the console) for ~150 ms.
        # The chunks' columns are gathered as object arrays: pd.concat of the chunk frames is another long
        # hold, and lists of a million cells cost every garbage collection that meets them ~15 ms.
        chunks = pd.read_csv(
            _TextReader(text),
            sep=delimiter,
            header=None,
            dtype=object,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=False,  # keep row positions equal to line numbers for error reports
            engine="c",
            chunksize=_CHUNK_ROWS,
        )
        pieces: list[list[np.ndarray]] = []
        for chunk in chunks:
            if pieces and chunk.shape[1] != len(pieces):
                raise ValueError("ragged rows")
            if not pieces:
                pieces = [[] for _ in range(chunk.shape[1])]
            for column, j in zip(pieces, chunk.columns, strict=True):
                column.append(chunk[j].to_numpy(dtype=object))
        return [np.concatenate(column) for column in pieces]
    except (pd.errors.ParserError, ValueError):
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        width = max((len(row) for row in rows), default=1)
        return [[row[j] if j < len(row) else "" for row in rows] for j in range(width)]


# ---------------------------------------------------------------- workbooks


def _read_sheet(path: Path, sheet: str | int | None) -> tuple[list[list], dict]:
    with path.open("rb") as f:
        magic = f.read(8)
    if magic.startswith(_OLE_MAGIC) and _is_encrypted(path):
        raise TableError(
            "encrypted", f"{path.name} is protected by a password; save a copy without one and import that."
        )
    if not (magic.startswith(_OLE_MAGIC) or magic.startswith(_ZIP_MAGIC)):
        raise TableError("not_spreadsheet", f"{path.name} is not an Excel workbook (it may be damaged or renamed).")
    try:
        # python-calamine straight, not through pandas.read_excel: that converts every cell once more in
        # Python, which doubles the time of a 100,000-row workbook.
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # calamine raises its own types for every kind of damage
        raise _sheet_error(path, exc) from exc
    names = [str(n) for n in book.sheet_names]
    if not names:
        raise TableError("empty", f"{path.name} has no sheets.")
    if sheet is None:
        chosen = names[0]
    elif isinstance(sheet, int):
        if not 0 <= sheet < len(names):
            raise TableError("no_sheet", f"{path.name} has {len(names)} sheet(s); there is no sheet {sheet + 1}.")
        chosen = names[sheet]
    elif sheet in names:
        chosen = sheet
    else:
        raise TableError("no_sheet", f"{path.name} has no sheet named {sheet!r}; its sheets are: {', '.join(names)}.")
    try:
        # Row by row, not to_python(): that builds the whole sheet in one call holding the GIL (almost a second
        # for 100,000 rows), and the console's GUI thread would wait that long for it. iter_rows() starts at
        # the first used column; the columns before it are put back so letters and positions stay right.
        # The cells are gathered column by column, for the same reason: one DataFrame() of 100,000 row lists
        # is another long hold.
        worksheet = book.get_sheet_by_name(chosen)
        lead = (worksheet.start or (0, 0))[1]
        columns: list[list[str]] = []
        for count, row in enumerate(worksheet.iter_rows()):
            texts = [""] * lead + [_cell_text(c) for c in row]
            while len(columns) < len(texts):
                columns.append([""] * count)  # a row wider than those before it
            texts += [""] * (len(columns) - len(texts))
            for column, text in zip(columns, texts, strict=True):
                column.append(text)
    except Exception as exc:
        raise _sheet_error(path, exc) from exc
    return columns, {"sheet": chosen, "sheets": names}


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as f:
        head = f.read(1024 * 1024)
    return any(marker in head for marker in _ENCRYPTED_MARKERS)


def _sheet_error(path: Path, exc: Exception) -> TableError:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return TableError(
            "encrypted", f"{path.name} is protected by a password; save a copy without one and import that."
        )
    return TableError("not_spreadsheet", f"{path.name} cannot be read as an Excel workbook: {exc}")


def _cell_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, pd.Timestamp):
        return _cell_text(value.to_pydatetime())
    return str(value).strip()


# ---------------------------------------------------------------- both


def _build(path: Path, columns: list[Sequence], header: bool | None, meta: dict) -> Table:
    """The frame of the file's columns (lists or object arrays of cells). Every bulk step runs a slice at a
    time, and the frame keeps one block per column (no consolidation): no single C call holds the GIL for long."""
    if not columns or not len(columns[0]):
        raise TableError("empty", f"{path.name} has no data in it.")
    cells = [_stripped(values) for values in columns]
    filled = [_nonblank(values) for values in cells]
    keep = np.logical_or.reduce(filled)
    if not keep.any():
        raise TableError("empty", f"{path.name} has no data in it.")
    if keep.all():
        index = pd.RangeIndex(len(keep))
    else:  # blank rows go, but each row keeps its position in the file (the index)
        cells = [_kept(values, keep) for values in cells]
        index = pd.Index(np.flatnonzero(keep))
    raw = pd.DataFrame(dict(enumerate(cells)), index=index, dtype=object, copy=False)
    raw = _without_title_rows(raw)
    # Trailing columns that are empty everywhere come from stray delimiters or formatting; drop them.
    used = [i for i, column_filled in enumerate(filled) if column_filled.any()]
    raw = raw.iloc[:, : used[-1] + 1]
    if header is None:
        header = _looks_like_header(raw.head(201).to_numpy(dtype=object).tolist())
    width = raw.shape[1]
    if header:
        names = raw.iloc[0].tolist()
        raw = raw.iloc[1:]
        if raw.empty:
            raise TableError("header_only", f"{path.name} has a header row but no data under it.")
        columns = _unique_headers(names)
    else:
        columns = [_index_to_letters(i) for i in range(width)]
    index = raw.index
    if isinstance(index, pd.RangeIndex) and index.step == 1:  # no blank rows: a range, not a million ints
        row_numbers: Sequence[int] = range(index.start + 1, index.stop + 1)
    else:
        row_numbers = (index.to_numpy() + 1).tolist()
    raw = raw.reset_index(drop=True)
    raw.columns = columns
    return Table(frame=raw, path=path, has_header=bool(header), row_numbers=row_numbers, **meta)


def _without_title_rows(raw: pd.DataFrame) -> pd.DataFrame:
    """Drops leading rows with one filled cell above a table of several columns: a title such as "客户通讯录"
    typed into cells merged across the sheet (Excel keeps the text in the first cell only)."""
    if raw.shape[1] < 2:
        return raw
    filled = (raw.head(10) != "").sum(axis=1).tolist()
    skip = 0
    while skip < len(filled) - 1 and filled[skip] == 1 and max(filled[skip + 1 :]) >= 2:
        skip += 1
    return raw.iloc[skip:] if skip else raw


def _nonblank(cells: np.ndarray) -> np.ndarray:
    """Which cells are not empty, a slice at a time: pandas' ``frame != ""`` over a million cells is one C loop
    that holds the GIL for ~100 ms."""
    out = np.empty(len(cells), dtype=bool)
    for start in range(0, len(cells), _CHUNK_ROWS):
        out[start : start + _CHUNK_ROWS] = cells[start : start + _CHUNK_ROWS] != ""
    return out


def _kept(cells: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """cells[keep], a slice at a time."""
    out = np.empty(int(keep.sum()), dtype=object)
    at = 0
    for start in range(0, len(cells), _CHUNK_ROWS):
        part = cells[start : start + _CHUNK_ROWS][keep[start : start + _CHUNK_ROWS]]
        out[at : at + len(part)] = part
        at += len(part)
    return out


def _stripped(values: Sequence) -> np.ndarray:
    """The cells as stripped text, in an object array (a garbage collection does not walk its million cells, as
    it walks a list's), a slice at a time."""
    out = np.empty(len(values), dtype=object)
    for start in range(0, len(values), _CHUNK_ROWS):
        part = values[start : start + _CHUNK_ROWS]
        try:
            out[start : start + _CHUNK_ROWS] = [v.strip() for v in part]  # every cell is a str already: the fast way
        except AttributeError:
            out[start : start + _CHUNK_ROWS] = [v.strip() if isinstance(v, str) else str(v).strip() for v in part]
    return out


def _looks_like_header(rows: list[list[str]]) -> bool:
    first, rest = rows[0], rows[1:201]
    if not any(cell.strip() for cell in first):
        return False
    if not rest:
        # One row: a header only if nothing in it is a number.
        return not any(_DIGITS.search(cell) for cell in first)
    for i, cell in enumerate(first):
        if cell.strip() and not _DIGITS.search(cell):
            with_digits = sum(1 for row in rest if _DIGITS.search(row[i]))
            if with_digits * 2 > len(rest):
                return True
    # A first row of distinct labels over rows of anything else (e.g. names and free text).
    labels = [c.strip() for c in first]
    if all(labels) and len(set(labels)) == len(labels) and not any(_DIGITS.search(c) for c in labels):
        return (
            not any(row == first for row in rest)
            and len(first) > 1
            and all(len(c) <= 20 for c in labels)
            and (sum(1 for row in rest if any(_DIGITS.search(c) for c in row)) * 2 > len(rest))
        )
    return False


def _unique_headers(names: list[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for i, name in enumerate(names):
        base = name or _index_to_letters(i)
        candidate, n = base, 2
        while candidate.casefold() in seen:
            candidate, n = f"{base} ({n})", n + 1
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


def _index_to_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def _letters_to_index(letters: str) -> int:
    index = 0
    for ch in letters.upper():
        index = index * 26 + (ord(ch) - ord("A") + 1)
    return index - 1
