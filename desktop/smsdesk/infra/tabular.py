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
import os
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from smsdesk.errors import ServiceError
from smsdesk.infra import sheet_reader
from smsdesk.infra.sheet_reader import MAX_CELL_CHARS, MAX_CELLS, MAX_COLUMNS, SheetLimit, cell_text
from smsdesk.infra.text_encodings import ENCODINGS
from smsdesk.infra.text_encodings import LABELS as _LABELS

TEXT_SUFFIXES = frozenset({".csv", ".txt", ".tsv"})
SHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"})
SUFFIXES = TEXT_SUFFIXES | SHEET_SUFFIXES
MAX_BYTES = 200 * 1024 * 1024  # far above 1,000,000 numbers (~15 MB as CSV); stops a wrong file early
MAX_LINE_BYTES = 1024 * 1024  # one line of a text file
DELIMITERS = ",\t;|"

SURE = 0.8  # below this share of ordinary characters a guessed encoding is not trusted

# Why a file was refused; TableError.reason, translated by the console (ui/messages.py, "file_<reason>").
REASONS: tuple[str, ...] = (
    "missing",  # no such file, or a folder
    "unsupported",  # not one of SUFFIXES
    "too_large",  # over MAX_BYTES
    "empty",  # no bytes, or only blank lines / empty cells
    "header_only",  # a header row and nothing under it
    "not_text",  # a .csv/.txt that is binary
    "not_spreadsheet",  # a .xlsx/.xls that is not a workbook (damaged, or renamed)
    "encrypted",  # a password-protected workbook
    "no_sheet",  # the named sheet does not exist
    "no_column",  # column() was asked for a column the table does not have
    "symlink",  # a link: the file it points to is not read (params: target)
    "unreadable",  # no permission to read the file, or another error of the operating system
    "encoding",  # a line that no supported encoding decodes (params: line, encoding)
    "encoding_unsure",  # decodes, but most likely not in the encoding it decodes in (params: encoding)
    "nul",  # a NUL character (params: line or row)
    "line_too_long",  # a line over MAX_LINE_BYTES (params: line, limit)
    "cell_too_long",  # a cell over MAX_CELL_CHARS (params: row, column, limit)
    "too_many_columns",  # over MAX_COLUMNS (params: row or cell, limit)
    "too_many_cells",  # over MAX_CELLS (params: limit)
    "unpacked_too_large",  # a workbook whose parts unpack to more than the limits (a zip bomb)
    "reader_died",  # the child process reading a workbook died
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
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
# Characters GB2312 has that Chinese text hardly ever uses: what Big5 or Shift-JIS bytes become when read as GBK.
_GB_ODD = re.compile(r"[\u0370-\u04ff\u2460-\u24ff\u2500-\u257f\u3040-\u30ff\u3200-\u32ff\ue000-\uf8ff]")


class TableError(ServiceError):
    """A file that cannot be read as a table. ``code`` is "invalid"; ``reason`` is one of REASONS; ``params``
    name what the message shows (row, line, sheet, limit, ...)."""

    def __init__(self, reason: str, detail: str, **params: object) -> None:
        super().__init__("invalid", detail)
        self.reason = reason
        self.params = {k: v for k, v in params.items() if v is not None}


@dataclass
class Table:
    """The cells of one sheet or text file, every one a str."""

    frame: pd.DataFrame
    path: Path
    has_header: bool
    row_numbers: Sequence[int] = field(default_factory=list)  # per row of frame: its 1-based row in the file/sheet
    encoding: str | None = None  # text files: the codec used ("utf-8", "utf-8-sig", "gb18030", "big5", "utf-16")
    encoding_confidence: float | None = None  # text files: 1.0 when certain, else the share of ordinary characters
    delimiter: str | None = None  # text files: the delimiter found
    sheet: str | None = None  # workbooks: the sheet read
    sheets: list[str] = field(default_factory=list)  # workbooks: every sheet name
    _rows: list[list[str]] | None = field(default=None, repr=False)

    @property
    def headers(self) -> list[str]:
        return [str(c) for c in self.frame.columns]

    @property
    def encoding_label(self) -> str | None:
        return _LABELS.get(self.encoding or "", self.encoding)

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
            "no_column",
            f"There is no column {spec!r} in {self.path.name}; its columns are: {', '.join(headers)}.",
            column=str(spec),
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


def read_table(
    path: str | Path,
    *,
    sheet: str | int | None = None,
    header: bool | None = None,
    encoding: str | None = None,
    check: Callable[[], None] | None = None,
) -> Table:
    """Read a CSV/TXT/TSV or XLSX/XLS/XLSM/XLSB/ODS file, by its content (an .xls renamed .xlsx is read as .xls).

    ``sheet``: a workbook's sheet name or 0-based index (default: the first visible one). ``header``: True when the
    first row names the columns, False when it is data, None to decide from the contents (see _looks_like_header).
    ``encoding``: a text file's encoding (a key of ENCODINGS), None to detect it. ``check``: called now and then
    (a job's cancel check). Every limit is checked before the work it guards. Raises TableError with an English
    detail and ``params`` for the user's message.
    """
    path = Path(path)
    name = path.name
    check = check or (lambda: None)
    try:
        if os.path.islink(path):
            target = os.path.realpath(path)
            raise TableError("symlink", f"{name} is a link to {target}; choose the file itself.", target=target)
        if not path.is_file():
            raise TableError("missing", f"{path} does not exist or is not a file.")
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            raise TableError("unsupported", f"{name}: only {', '.join(sorted(SUFFIXES))} files can be imported.")
        size = path.stat().st_size
        if size == 0:
            raise TableError("empty", f"{name} is empty.")
        if size > MAX_BYTES:
            raise TableError(
                "too_large",
                f"{name} is {size / 1048576:.0f} MB; files over {MAX_BYTES // 1048576} MB are refused.",
                limit=f"{MAX_BYTES // 1048576} MB",
            )
        with path.open("rb") as f:
            magic = f.read(8)
        if magic.startswith(_OLE_MAGIC) or magic.startswith(_ZIP_MAGIC) or suffix in SHEET_SUFFIXES:
            columns, rows, meta = _read_sheet(path, magic, sheet, check)
        else:
            columns, rows, meta = _read_text(path, encoding, check)
        return _build(path, columns, header, meta, rows)
    except SheetLimit as exc:
        raise TableError(exc.reason, exc.detail, **exc.params) from None
    except PermissionError as exc:
        raise TableError("unreadable", f"{name} cannot be read: permission denied ({exc.strerror}).") from exc
    except MemoryError as exc:
        raise TableError("too_large", f"{name} needs more memory to read than this computer has free.") from exc
    except OSError as exc:
        raise TableError("unreadable", f"{name} cannot be read: {exc.strerror or exc}.") from exc


# ---------------------------------------------------------------- text files


def _read_text(path: Path, encoding: str | None, check: Callable) -> tuple[list[Sequence[str]], None, dict]:
    name = path.name
    data = path.read_bytes()
    longest = _check_lines(data, name)
    check()
    text, codec, confidence = _decode(data, name, encoding)
    del data
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        raise TableError("nul", f"Line {line:,} of {name} holds a NUL character (binary data).", line=line)
    delimiter = _sniff_delimiter(text)
    check()
    columns = _parse_text(text, delimiter, name)
    checks = {
        "nul": False,  # the whole text was searched above
        # a cell is no longer than its line, unless a quoted cell spans lines
        "length": longest > MAX_CELL_CHARS or '"' in text,
    }
    meta = {"encoding": codec, "encoding_confidence": confidence, "delimiter": delimiter}
    return columns, None, {**meta, "_checks": checks}


def _check_lines(data: bytes, name: str) -> int:
    """Refuses a line longer than MAX_LINE_BYTES, before anything is decoded or parsed (numpy over the bytes, a
    slice at a time); returns the longest line's length in bytes."""
    raw = np.frombuffer(data, dtype=np.uint8)
    newline = 10 if data.find(b"\n") >= 0 else 13  # old Mac files end lines with CR alone
    last = -1
    longest = 0
    for start in range(0, len(raw), 4 * _DECODE_SLICE):
        breaks = np.flatnonzero(raw[start : start + 4 * _DECODE_SLICE] == newline) + start
        if breaks.size:
            gaps = np.diff(breaks, prepend=last)
            worst = int(gaps.argmax())
            longest = max(longest, int(gaps[worst]) - 1)
            if gaps[worst] - 1 > MAX_LINE_BYTES:
                _line_too_long(data, name, last if worst == 0 else int(breaks[worst - 1]))
            last = int(breaks[-1])
    if len(raw) - last - 1 > MAX_LINE_BYTES:
        _line_too_long(data, name, last)
    return max(longest, len(raw) - last - 1)


def _line_too_long(data: bytes, name: str, before: int) -> None:
    line = data.count(b"\n", 0, before + 1) + 1 if before >= 0 else 1
    limit = f"{MAX_LINE_BYTES // 1048576} MB"
    raise TableError(
        "line_too_long",
        f"Line {line:,} of {name} is longer than {limit}; a table's lines are far shorter.",
        line=line,
        limit=limit,
    )


def _decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str, float]:
    """(text, codec, confidence). Only the encodings of ENCODINGS are tried: a file in any other is refused, never
    read as mojibake, and so is a file whose lines do not decode consistently (the line is named)."""
    if encoding:
        codec = {"utf-8": "utf-8-sig", "utf-16": "utf-16"}.get(encoding, encoding)
        if encoding not in ENCODINGS and encoding not in _LABELS:
            raise TableError("encoding", f"{encoding} is not an encoding SMS Desk reads.", encoding=encoding)
        return _strict(data, codec, name), codec, 1.0
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _strict(data, codec, name), codec, 1.0
    head = data[:_SAMPLE]
    utf16 = _utf16_without_bom(head)
    if utf16:
        return _strict(data, utf16, name), utf16, 1.0
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        if nul < _SAMPLE and head.count(b"\x00") > 8:
            raise TableError("not_text", f"{name} is not a text file (it holds binary data).")
        raise TableError("nul", f"Line {line:,} of {name} holds a NUL character (binary data).", line=line)
    try:
        return _checked(_decoded(data, "utf-8"), name), "utf-8", 1.0
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n") if _mixed_sample(data) else None
    if lines is None:
        guesses = []
        for codec in ("gb18030", "big5"):
            try:
                text = _decoded(data, codec)
            except UnicodeDecodeError:
                continue
            score = _ordinary_share(text, codec)
            if score >= SURE or (score >= 0.5 and _few_characters(text)):
                return _checked(text, name), codec, score
            guesses.append((score, codec))
        lines = data.split(b"\n")
        if guesses and _all_decode(lines, "gb18030"):
            best = max(guesses)[1]
            raise TableError(
                "encoding_unsure",
                f"{name} reads as {_LABELS[best]}, but its characters look wrong: it may be in an encoding SMS Desk "
                "does not read (such as Shift-JIS, EUC-KR or a Windows code page). Save it as UTF-8, or choose its "
                "encoding.",
                encoding=_LABELS[best],
            )
    return _decode_lines(lines, name)


def _decode_lines(lines: list[bytes], name: str) -> tuple[str, str, float]:
    """Line by line: UTF-8 lines (plainly so: three-byte Chinese) and GBK lines pasted together are both read;
    the first line in neither is named."""
    decoded = []
    gbk: list[str] = []
    first_gbk = 0
    for number, line in enumerate(lines, start=1):
        try:
            decoded.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        try:
            text = line.decode("gb18030")
        except UnicodeDecodeError:
            raise TableError(
                "encoding",
                f"Line {number:,} of {name} is neither UTF-8 nor GBK (nor any encoding SMS Desk reads); "
                "the file may be damaged or mix encodings.",
                line=number,
            ) from None
        first_gbk = first_gbk or number
        gbk.append(text)
        decoded.append(text)
    share = _ordinary_share("".join(gbk), "gb18030")
    if share < SURE:
        raise TableError(
            "encoding",
            f"Line {first_gbk:,} of {name} is not UTF-8 like the lines before it, and does not read as GBK either.",
            line=first_gbk,
        )
    return _checked("\n".join(decoded), name), "utf-8+gb18030", share


def _all_decode(lines: list[bytes], codec: str) -> bool:
    try:
        for line in lines:
            line.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _ordinary_share(text: str, codec: str) -> float:
    """The share of a decoded text's non-ASCII characters that text in ``codec`` ordinarily holds: for GBK, the
    6,763 common characters and punctuation of GB2312 (Big5 or Shift-JIS read as GBK turns into rare characters,
    kana and box drawing); for Big5, its common characters (level 1, lead bytes up to 0xC6)."""
    sample = _ASCII_RUNS.sub("", text[:400_000])[:50_000]
    if len(sample) < 2:
        return 1.0
    if codec == "gb18030":
        common = len(sample.encode("gb2312", "ignore").decode("gb2312")) - len(_GB_ODD.findall(sample))
    else:
        common = 0
        for ch in sample:
            try:
                encoded = ch.encode("big5")
            except UnicodeEncodeError:
                continue
            common += len(encoded) == 2 and 0xA1 <= encoded[0] <= 0xC6
    return max(0.0, common / len(sample))


def _few_characters(text: str) -> bool:
    """Too few non-ASCII characters for their share to say much (a handful of names, one of them rare)."""
    return len(_ASCII_RUNS.sub("", text[:400_000])) < 30


def _strict(data: bytes, codec: str, name: str) -> str:
    try:
        return _checked(_decoded(data, codec), name)
    except (UnicodeDecodeError, LookupError) as exc:
        start = getattr(exc, "start", 0) + (getattr(exc, "offset", 0) or 0)
        line = data.count(b"\n", 0, start) + 1 if not codec.startswith("utf-16") else data[:start].count(b"\n\x00") + 1
        label = _LABELS.get(codec, codec)
        raise TableError(
            "encoding", f"Line {line:,} of {name} cannot be read as {label}.", line=line, encoding=label
        ) from exc


def _mixed_sample(data: bytes) -> bool:
    """Whether some lines are plainly UTF-8 Chinese (three-byte sequences) and others are not UTF-8 at all: a UTF-8
    file and a GBK one pasted together. A GBK line is practically never valid UTF-8 with three-byte sequences."""
    lines = data[:_SAMPLE].split(b"\n")[:-1] + data[-_SAMPLE:].split(b"\n")[1:]
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


def _checked(text: str, name: str) -> str:
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


def _parse_text(text: str, delimiter: str | None, name: str) -> list[Sequence[str]]:
    """The text's columns, each a list or an object array of cells. Columns and cells are counted before parsing."""
    if delimiter is None:
        return [text.splitlines()]
    cells = text.count(delimiter) + text.count("\n") + 1  # at most: a quoted cell may hold delimiters
    if cells > MAX_CELLS:
        raise TableError(
            "too_many_cells",
            f"{name} has more than {MAX_CELLS:,} cells; split it into smaller files.",
            limit=f"{MAX_CELLS:,}",
        )
    first = text[: text.find("\n") if "\n" in text else len(text)]
    if first.count(delimiter) >= MAX_COLUMNS and len(next(csv.reader([first], delimiter=delimiter), [])) > MAX_COLUMNS:
        _too_many_columns(name, 1)
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
        return _parse_ragged(text, delimiter, name)


def _parse_ragged(text: str, delimiter: str, name: str) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                _too_many_columns(name, reader.line_num)
            rows.append(row)
    except csv.Error as exc:
        line = reader.line_num
        if "field larger" in str(exc):
            raise TableError(
                "cell_too_long",
                f"A cell in row {len(rows) + 1:,} of {name} is longer than {MAX_CELL_CHARS:,} characters "
                "(or a quote is never closed).",
                row=len(rows) + 1,
                limit=f"{MAX_CELL_CHARS:,}",
            ) from None
        raise TableError(
            "not_text", f"{name} cannot be read as a table near line {line:,}: {exc}.", line=line
        ) from None
    width = max((len(row) for row in rows), default=1)
    return [[row[j] if j < len(row) else "" for row in rows] for j in range(width)]


def _too_many_columns(name: str, line: int) -> None:
    raise TableError(
        "too_many_columns",
        f"Line {line:,} of {name} has more than {MAX_COLUMNS:,} columns; at most {MAX_COLUMNS:,} are read.",
        row=line,
        limit=f"{MAX_COLUMNS:,}",
    )


# ---------------------------------------------------------------- workbooks


def _read_sheet(path: Path, magic: bytes, sheet: str | int | None, check: Callable) -> tuple[list, list | None, dict]:
    name = path.name
    if magic.startswith(_OLE_MAGIC):
        if _is_encrypted(path):
            raise TableError(
                "encrypted", f"{name} is protected by a password; save a copy without one and import that."
            )
        read, chosen, names = sheet_reader.read_xls(path, name, sheet, check)
        return read.columns, read.row_numbers, {"sheet": chosen, "sheets": names}
    if not magic.startswith(_ZIP_MAGIC):
        raise TableError("not_spreadsheet", f"{name} is not an Excel workbook (it may be damaged or renamed).")
    parts = sheet_reader.check_zip(path, name)
    if "xl/workbook.xml" not in parts:
        if "content.xml" in parts or "xl/workbook.bin" in parts:  # OpenDocument, or Excel's binary format
            read, chosen, names = sheet_reader.read_in_child(path, name, sheet)
            return read.columns, read.row_numbers, {"sheet": chosen, "sheets": names}
        raise TableError("not_spreadsheet", f"{name} is not an Excel workbook (it may be damaged or renamed).")
    infos = sheet_reader.sheets_of(path, parts, name)
    names = [info.name for info in infos]
    index = sheet_reader.pick_sheet(name, names, [info.visible for info in infos], sheet)
    chosen = infos[index]
    part = parts.get(chosen.part)
    if part is None:
        raise TableError("not_spreadsheet", f"{name}: the sheet {chosen.name!r} is missing from the workbook.")
    scan = sheet_reader.scan_sheet(path, part, name, chosen.name)
    check()
    if scan.cells > MAX_CELLS:
        raise TableError(
            "too_many_cells",
            f"{name}, sheet {chosen.name!r}: {scan.cells:,} cells; at most {MAX_CELLS:,} are read.",
            sheet=chosen.name,
            limit=f"{MAX_CELLS:,}",
        )
    if not scan.safe:  # a grid far beyond its cells, or one that cannot be proven small: only the cells present
        read = sheet_reader.read_cells(path, parts, part, name, chosen.name, check)
        return read.columns, read.row_numbers, {"sheet": chosen.name, "sheets": names}
    try:
        # python-calamine straight, not through pandas.read_excel: that converts every cell once more in
        # Python, which doubles the time of a 100,000-row workbook.
        from python_calamine import CalamineWorkbook

        with path.open("rb") as f:  # by content, not by name: an .xlsx renamed .xls is still a zip
            book = CalamineWorkbook.from_filelike(f)
        # Row by row, not to_python(): that builds the whole sheet in one call holding the GIL (almost a second
        # for 100,000 rows), and the console's GUI thread would wait that long for it. iter_rows() starts at
        # the first used column; the columns before it are put back so letters and positions stay right.
        # The cells are gathered column by column, for the same reason: one DataFrame() of 100,000 row lists
        # is another long hold.
        worksheet = book.get_sheet_by_name(chosen.name)
        lead = (worksheet.start or (0, 0))[1]
        # The values are gathered as they come and turned into text a column at a time afterwards: a column of
        # text is kept as it is (_build strips it), only the others go through cell_text.
        columns: list[list] = []
        appends: list = []
        for count, row in enumerate(worksheet.iter_rows()):
            if len(row) != len(appends):
                while len(columns) < len(row):
                    columns.append([""] * count)  # a row wider than those before it
                appends = [column.append for column in columns]
                row = [*row, *[""] * (len(columns) - len(row))]
            for append, value in zip(appends, row, strict=True):
                append(value)
        if columns:
            columns = [[""] * len(columns[0]) for _ in range(lead)] + [_texts(column) for column in columns]
    except Exception as exc:  # calamine raises its own types for every kind of damage
        raise _sheet_error(path, exc) from exc
    # calamine turns the escape _x0000_ into NUL; a sheet without one (nor its shared strings) has none
    return columns, None, {"sheet": chosen.name, "sheets": names, "_checks": {"nul": scan.escapes}}


def _texts(values: list) -> list[str]:
    """A column of calamine's values as text, a slice at a time; a slice of text only is kept as it is."""
    for start in range(0, len(values), _CHUNK_ROWS):
        part = values[start : start + _CHUNK_ROWS]
        if set(map(type, part)) != {str}:
            values[start : start + _CHUNK_ROWS] = [v if v.__class__ is str else cell_text(v) for v in part]
    return values


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


# ---------------------------------------------------------------- both


def _build(path: Path, columns: list[Sequence], header: bool | None, meta: dict, rows: list[int] | None) -> Table:
    """The frame of the file's columns (lists or object arrays of cells); ``rows``: each entry's 1-based row in the
    file when the reader kept only the rows present (else entry i is row i + 1). Every bulk step runs a slice at a
    time, and the frame keeps one block per column (no consolidation): no single C call holds the GIL for long."""
    if not columns or not len(columns[0]):
        raise TableError("empty", f"{path.name} has no data in it.")
    if len(columns) > MAX_COLUMNS:
        row = next(
            (i for i in range(len(columns[0])) if columns[MAX_COLUMNS:] and any(c[i] for c in columns[MAX_COLUMNS:])), 0
        )
        raise TableError(
            "too_many_columns",
            f"{path.name}{_sheet_part(meta)}: row {_row(rows, row):,} has more than {MAX_COLUMNS:,} columns; "
            f"at most {MAX_COLUMNS:,} are read.",
            row=_row(rows, row),
            sheet=meta.get("sheet"),
            limit=f"{MAX_COLUMNS:,}",
        )
    checks = meta.pop("_checks", {})
    cells = [_stripped(values) for values in columns]
    for j, values in enumerate(cells):
        _check_cells(path, values, j, rows, meta, **checks)
    filled = [_nonblank(values) for values in cells]
    keep = np.logical_or.reduce(filled)
    if not keep.any():
        raise TableError("empty", f"{path.name} has no data in it.")
    positions = np.asarray(rows, dtype=np.int64) - 1 if rows is not None else None
    if keep.all() and positions is None:
        index = pd.RangeIndex(len(keep))
    elif keep.all():
        index = pd.Index(positions)
    else:  # blank rows go, but each row keeps its position in the file (the index)
        cells = [_kept(values, keep) for values in cells]
        index = pd.Index(np.flatnonzero(keep) if positions is None else positions[keep])
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


def _row(rows: list[int] | None, i: int) -> int:
    return rows[i] if rows is not None else i + 1


def _sheet_part(meta: dict) -> str:
    return f", sheet {meta['sheet']!r}" if meta.get("sheet") else ""


def _check_cells(
    path: Path, cells: np.ndarray, j: int, rows: list[int] | None, meta: dict, *, length: bool = True, nul: bool = True
) -> None:
    """Refuses a cell over MAX_CELL_CHARS or holding NUL (which the database refuses), naming its row and column.
    A reader that has ruled either out already says so (``length``, ``nul``): over a million cells each costs
    about 0.1 s."""
    if not (length or nul):
        return
    for start in range(0, len(cells), _CHUNK_ROWS):
        part = cells[start : start + _CHUNK_ROWS]
        if not len(part):
            continue
        if length and max(map(len, part)) > MAX_CELL_CHARS:
            i = start + next(k for k, cell in enumerate(part) if len(cell) > MAX_CELL_CHARS)
            raise TableError(
                "cell_too_long",
                f"{path.name}{_sheet_part(meta)}: the cell in row {_row(rows, i):,}, column {_index_to_letters(j)} "
                f"is longer than {MAX_CELL_CHARS:,} characters.",
                row=_row(rows, i),
                column=_index_to_letters(j),
                sheet=meta.get("sheet"),
                limit=f"{MAX_CELL_CHARS:,}",
            )
        if nul and "\x00" in "".join(part):
            i = start + next(k for k, cell in enumerate(part) if "\x00" in cell)
            raise TableError(
                "nul",
                f"{path.name}{_sheet_part(meta)}: the cell in row {_row(rows, i):,}, column {_index_to_letters(j)} "
                "holds a NUL character (binary data).",
                row=_row(rows, i),
                column=_index_to_letters(j),
                sheet=meta.get("sheet"),
            )


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
