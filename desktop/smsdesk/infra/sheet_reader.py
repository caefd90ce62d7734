"""Reads workbooks so that no file can exhaust memory or abort the process; used by infra/tabular.py.

python-calamine is fast, but it builds a sheet as one dense grid from the first to the last cell present: a 2 KB
workbook with cells in A1 and XFD1048576 asks it for 512 GB and aborts the process (the console's GUI). So, before
calamine sees a file:

- the zip's central directory is checked: the number of parts, and the uncompressed size of every part and of all
  of them against fixed limits and against the file's size (a zip bomb is refused before one byte is inflated);
- the chosen sheet's XML is streamed once (never more than its declared size: a part that inflates past what the
  zip header says is refused), its cells counted and the last row and column that hold one found. Only a sheet
  whose grid is at most a few times the cells present goes to calamine; any other (a far-away cell, cells
  without references) is read cell by cell from its XML, keeping only the cells that exist.

Legacy .xls goes through xlrd (rows kept ragged, so a far cell costs one row, not a grid); .xlsb and .ods through
calamine in a child process with a memory cap, whose death is reported as a clear error.
"""

from __future__ import annotations

import math
import re
import struct
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import XMLPullParser, fromstring

MAX_COLUMNS = 1_000
MAX_CELLS = 10_000_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_ZIP_PARTS = 10_000
MAX_PART_BYTES = 512 * 1024 * 1024  # one part of a workbook, uncompressed
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # all parts together
UNPACK_FLOOR = 64 * 1024 * 1024  # small files may unpack to this much ...
UNPACK_RATIO = 100  # ... or this many times their size (real workbooks: 5-20 times; bombs: thousands)
GRID_FLOOR = 100_000  # calamine may build a grid of this many cells ...
GRID_RATIO = 10  # ... or this many times the cells present (the bound on its rows is up to 10 times loose)
CHILD_MEMORY = 2 * 1024 * 1024 * 1024  # address space of the child that reads .xlsb/.ods

_CHUNK = 1 << 20
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"([A-Z]{1,3})(\d{1,7})$")
_CELL_STARTS = (b"<c ", b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r")


class SheetLimit(Exception):
    """A workbook refused by a limit or as damaged; tabular turns it into a TableError of ``reason``."""

    def __init__(self, reason: str, detail: str, **params: object) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.params = params


@dataclass
class SheetInfo:
    name: str
    part: str  # the sheet's path inside the zip
    visible: bool


@dataclass
class Sheet:
    columns: list[list[str]]
    row_numbers: list[int] | None  # 1-based rows of the file, when only the rows present were kept
    method: str  # "calamine", "cells" (read cell by cell), "xlrd", "child"


# ------------------------------------------------------------------------------------------------ the zip


def check_zip(path: Path, name: str) -> dict[str, zipfile.ZipInfo]:
    """The parts of a workbook by name, after checking their count and sizes against the limits (SheetLimit)."""
    size = path.stat().st_size
    count = _zip_entry_count(path)
    if count > MAX_ZIP_PARTS:
        raise SheetLimit(
            "unpacked_too_large",
            f"{name} holds {count:,} parts; a workbook has at most {MAX_ZIP_PARTS:,}.",
            limit=f"{MAX_ZIP_PARTS:,}",
        )
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, struct.error) as exc:
        raise SheetLimit("not_spreadsheet", f"{name} is not a readable workbook: {exc}") from exc
    allowed = min(MAX_UNPACKED_BYTES, max(UNPACK_FLOOR, UNPACK_RATIO * size))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART_BYTES or total > allowed:
            raise SheetLimit(
                "unpacked_too_large",
                f"{name} is {size / 1048576:.1f} MB but unpacks to more than {allowed / 1048576:,.0f} MB "
                f"(its part {info.filename} alone is {info.file_size / 1048576:,.0f} MB).",
                limit=f"{allowed / 1048576:,.0f} MB",
            )
    return {info.filename: info for info in infos}


def _zip_entry_count(path: Path) -> int:
    """Entries recorded in the end-of-central-directory record (read before zipfile lists them all)."""
    with path.open("rb") as f:
        f.seek(0, 2)
        end = f.tell()
        f.seek(max(0, end - 66_000))
        tail = f.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return 0  # zipfile will say what is wrong
    count = struct.unpack_from("<H", tail, at + 10)[0]
    locator = tail.rfind(b"PK\x06\x07", 0, at)
    if count == 0xFFFF and locator >= 0:
        record = struct.unpack_from("<Q", tail, locator + 8)[0]
        start = len(tail) - (end - record)
        if start >= 0 and tail[start : start + 4] == b"PK\x06\x06":
            count = struct.unpack_from("<Q", tail, start + 32)[0]
    return count


def stream(path: Path, info: zipfile.ZipInfo, name: str) -> Iterator[bytes]:
    """A part's bytes a megabyte at a time; never more than the size the zip declares for it."""
    with zipfile.ZipFile(path) as z:
        try:
            with z.open(info) as f:
                produced = 0
                while True:
                    chunk = f.read(_CHUNK)
                    if not chunk:
                        break
                    produced += len(chunk)
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise SheetLimit(
                "not_spreadsheet", f"{name}: the part {info.filename} is damaged or not what its header says ({exc})."
            ) from exc
    if produced != info.file_size:
        raise SheetLimit("not_spreadsheet", f"{name}: the part {info.filename} is not the size its header says.")


def _read_part(path: Path, parts: dict[str, zipfile.ZipInfo], part: str, name: str) -> bytes:
    info = parts.get(part)
    if info is None:
        raise SheetLimit("not_spreadsheet", f"{name} has no {part}; it is not an Excel workbook.")
    return b"".join(stream(path, info, name))


def sheets_of(path: Path, parts: dict[str, zipfile.ZipInfo], name: str) -> list[SheetInfo]:
    """The workbook's sheets in order, with their parts and whether they are visible."""
    workbook = _xml(_read_part(path, parts, "xl/workbook.xml", name), name)
    rels_xml = _xml(_read_part(path, parts, "xl/_rels/workbook.xml.rels", name), name)
    targets = {}
    for rel in rels_xml.iter(f"{_PKG_NS}Relationship"):
        target = rel.get("Target", "")
        resolved = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
        targets[rel.get("Id")] = _normalise(resolved)
    out = []
    for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
        part = targets.get(sheet.get(f"{_REL_NS}id"), "")
        out.append(SheetInfo(sheet.get("name", ""), part, sheet.get("state", "visible") == "visible"))
    return out


def _normalise(part: str) -> str:
    stack: list[str] = []
    for piece in part.split("/"):
        if piece == "..":
            if stack:
                stack.pop()
        elif piece not in ("", "."):
            stack.append(piece)
    return "/".join(stack)


def _xml(data: bytes, name: str):
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise SheetLimit("not_spreadsheet", f"{name} holds XML declarations no workbook has (entities).")
    try:
        return fromstring(data)
    except Exception as exc:  # ParseError and expat's own errors
        raise SheetLimit("not_spreadsheet", f"{name}: damaged XML ({exc}).") from exc


# -------------------------------------------------------------------------------------- sizing a sheet


@dataclass
class Scan:
    cells: int  # cells present
    grid: int  # cells in the grid calamine would build (when known)
    safe: bool  # the grid is proven to be within the limits
    escapes: bool = True  # the sheet or its shared strings may hold "_x0000_", which calamine turns into NUL


def scan_sheet(path: Path, info: zipfile.ZipInfo, name: str, sheet: str) -> Scan:
    """Streams the sheet once, counting its cells and bounding the grid calamine would build, in two C-speed
    searches per megabyte (nothing is parsed into objects). Cells come in row order in every writer's files, so
    a megabyte's rows end at the row of its last cell: one regex search proves that no cell of it lies in a later
    column than those seen so far, or in a row with more digits, and that every cell has its reference; only a
    megabyte where one does is read reference by reference. The grid is then at most (last column) x (the largest
    number of as many digits as the last row). The <dimension> a sheet declares is not used: many writers leave it
    out, and a hostile one lies."""
    cells = 0
    max_col = max_row = 0
    tail = b""
    first = True
    escapes = False
    for chunk in stream(path, info, name):
        data = tail + chunk
        if first:
            first = False
            head = data[:65536]
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head or b":sheetData" in head:
                return Scan(0, 0, False)
        cut = data.rfind(b"<")
        if cut < 0:
            cut = len(data)
        body, tail = data[:cut], data[cut:]
        escapes = escapes or b"_x0000_" in body
        with_refs = body.count(b'<c r="')
        cells += with_refs
        bounds = _bounds(body, with_refs, max_col, max_row)
        if bounds is None:
            return Scan(cells, 0, False)
        max_col, max_row = bounds
    bounds = _bounds(tail, tail.count(b'<c r="'), max_col, max_row)
    if bounds is None:
        return Scan(cells, 0, False)
    cells += tail.count(b'<c r="')
    max_col, max_row = bounds
    rows = min(10 ** len(str(max_row)) - 1, 1_048_576) if max_row else 0
    grid = max_col * rows
    escapes = escapes or b"_x0000_" in tail or _shared_escapes(path, name)
    return Scan(cells, grid, max_col <= MAX_COLUMNS and grid <= max(GRID_FLOOR, GRID_RATIO * cells), escapes)


def _shared_escapes(path: Path, name: str) -> bool:
    with zipfile.ZipFile(path) as z:
        info = next((i for i in z.infolist() if i.filename == "xl/sharedStrings.xml"), None)
    if info is None:
        return False
    tail = b""
    for chunk in stream(path, info, name):
        if b"_x0000_" in tail + chunk[:8]:
            return True
        if b"_x0000_" in chunk:
            return True
        tail = chunk[-8:]
    return False


_LAST_REF = re.compile(rb'([A-Z]{1,3})(\d{1,7})"')
_ALL_REFS = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')
_BARE_CELL = re.compile(rb"<c[>/\t\n\r]")  # a cell with no attributes, or odd spacing


def _bounds(body: bytes, with_refs: int, max_col: int, max_row: int) -> tuple[int, int] | None:
    """(last column, last row) holding a cell, given those before ``body`` and the cells in it (1-based); None
    when a cell has no reference (calamine then places it after the one before, and a row of them can be as wide
    as it likes)."""
    if body.count(b"<c ") != with_refs:  # a cell whose first attribute is not its reference
        return None
    last = body.rfind(b'<c r="')
    found = _LAST_REF.match(body, last + 6) if last >= 0 else None
    row = max(max_row, int(found.group(2)) if found else 0)
    if found and max_col:
        hit = _beyond(max_col, len(str(row))).search(body)  # one pass: bare cells and cells out of bounds
        if hit is None:
            return max_col, row
        if not hit.group(0).startswith(b'<c r="'):
            return None
    elif _BARE_CELL.search(body):
        return None
    if last < 0:
        return max_col, max_row
    refs = _ALL_REFS.findall(body)  # the first megabyte, or one with a cell beyond the bounds: every reference
    if refs:
        max_col = max(max_col, max(_letters_to_index(letters.decode()) + 1 for letters in {c for c, _ in refs}))
        max_row = max(row, max(int(r) for r in {r for _, r in refs}))
    return max_col, max_row


@lru_cache(maxsize=256)
def _beyond(columns: int, digits: int) -> re.Pattern[bytes]:
    """Matches a bare cell (no attributes, odd spacing), or one beyond column ``columns`` (1-based) or with more
    than ``digits`` digits in its row."""
    col_gt = _greater(_index_to_letters(columns - 1), "ABCDEFGHIJKLMNOPQRSTUVWXYZ", max_len=3)
    return re.compile(rf'<c(?:[>/\t\n\r]| r="(?:(?:{col_gt})\d|[A-Z]{{1,3}}\d{{{digits + 1}}}))'.encode())


def _greater(value: str, alphabet: str, max_len: int) -> str:
    """A regex for the strings over ``alphabet`` (no leading zero digits) that sort after ``value`` as numbers do."""
    first = alphabet[1] if alphabet[0] == "0" else alphabet[0]
    cls = f"[{alphabet[0]}-{alphabet[-1]}]"
    options = []
    if len(value) < max_len:
        options.append(f"[{first}-{alphabet[-1]}]{cls}{{{len(value)},{max_len - 1}}}")
    for i, ch in enumerate(value):
        rest = len(value) - i - 1
        above = alphabet[alphabet.index(ch) + 1 :]
        if above:
            options.append(re.escape(value[:i]) + f"[{above[0]}-{above[-1]}]" + (f"{cls}{{{rest}}}" if rest else ""))
    return "|".join(options) or "(?!)"


# ------------------------------------------------------------------------------------------ cell by cell


def read_cells(
    path: Path, parts: dict[str, zipfile.ZipInfo], info: zipfile.ZipInfo, name: str, sheet: str, check: Callable
) -> Sheet:
    """The cells present in a sheet's XML, by their references; rows with no cell are not kept."""
    shared = _shared_strings(path, parts, name)
    parser = XMLPullParser(events=("start", "end"))
    by_column: dict[int, tuple[array, list[str]]] = {}  # column -> (rows, texts): 80 bytes or so a cell
    count = 0
    row_no = 0
    col_no = -1
    cell: dict | None = None
    texts: list[str] = []
    for chunk in stream(path, info, name):
        if b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk:
            raise SheetLimit("not_spreadsheet", f"{name} holds XML declarations no workbook has (entities).")
        for event, element in _events(parser, chunk, f"{name}: the sheet {sheet!r}"):
            tag = element.tag.rpartition("}")[2]
            if event == "start":
                if tag == "row":
                    r = element.get("r")
                    row_no = int(r) if r and r.isdigit() else row_no + 1
                    col_no = -1
                elif tag == "c":
                    ref = _REF.match(element.get("r") or "")
                    if ref:
                        col_no = _letters_to_index(ref.group(1))
                        row_no = int(ref.group(2))
                    else:
                        col_no += 1
                    cell = {"t": element.get("t", "n"), "v": None}
                    texts = []
                continue
            if tag == "v" and cell is not None:
                cell["v"] = element.text or ""
            elif tag == "t" and cell is not None:
                texts.append(element.text or "")
            elif tag == "c" and cell is not None:
                text = _cell_value(cell["t"], cell["v"], texts, shared)
                if text:
                    if col_no >= MAX_COLUMNS:
                        ref = f"{_index_to_letters(col_no)}{row_no}"
                        raise SheetLimit(
                            "too_many_columns",
                            f"{name}, sheet {sheet!r}: cell {ref} is in column {col_no + 1:,}; "
                            f"at most {MAX_COLUMNS:,} columns are read.",
                            sheet=sheet,
                            cell=ref,
                            limit=f"{MAX_COLUMNS:,}",
                        )
                    count += 1
                    if count > MAX_CELLS:
                        raise SheetLimit(
                            "too_many_cells",
                            f"{name}, sheet {sheet!r}: more than {MAX_CELLS:,} cells hold data.",
                            sheet=sheet,
                            limit=f"{MAX_CELLS:,}",
                        )
                    where, texts_of = by_column.setdefault(col_no, (array("l"), []))
                    where.append(row_no)
                    texts_of.append(text)
                cell = None
                element.clear()
            elif tag == "row":
                element.clear()
                check()
    order = sorted(set().union(*(where for where, _ in by_column.values())))
    position = {row: i for i, row in enumerate(order)}
    width = max(by_column, default=-1) + 1
    columns = []
    for j in range(width):
        column = [""] * len(order)
        where, texts_of = by_column.get(j, ((), ()))
        for row, text in zip(where, texts_of, strict=True):
            column[position[row]] = text
        columns.append(column)
    return Sheet(columns, order, "cells")


def _shared_strings(path: Path, parts: dict[str, zipfile.ZipInfo], name: str) -> list[str]:
    info = parts.get("xl/sharedStrings.xml")
    if info is None:
        return []
    parser = XMLPullParser(events=("start", "end"))
    out: list[str] = []
    texts: list[str] = []
    phonetic = False
    for chunk in stream(path, info, name):
        if b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk:
            raise SheetLimit("not_spreadsheet", f"{name} holds XML declarations no workbook has (entities).")
        for event, element in _events(parser, chunk, f"{name}: its shared strings"):
            tag = element.tag.rpartition("}")[2]
            if event == "start":
                if tag == "si":
                    texts = []
                elif tag == "rPh":  # a phonetic reading: not the cell's text
                    phonetic = True
            elif tag == "t" and not phonetic:
                texts.append(element.text or "")
            elif tag == "rPh":
                phonetic = False
                element.clear()
            elif tag == "si":
                out.append("".join(texts))
                element.clear()
    return out


def _events(parser: XMLPullParser, chunk: bytes, what: str) -> list:
    try:
        parser.feed(chunk)
        return list(parser.read_events())
    except Exception as exc:  # ParseError, and expat's own errors
        raise SheetLimit("not_spreadsheet", f"{what} is damaged XML ({exc}).") from exc


def _cell_value(kind: str, value: str | None, texts: list[str], shared: list[str]) -> str:
    if kind == "inlineStr":
        return "".join(texts).strip()
    if value is None:
        return ""
    if kind == "s":
        try:
            return shared[int(value)].strip()
        except (ValueError, IndexError):
            return ""
    if kind == "b":
        return "TRUE" if value.strip() == "1" else "FALSE"
    if kind in ("str", "e", "d"):
        return value.strip()
    try:
        return cell_text(float(value))
    except ValueError:
        return value.strip()


# ------------------------------------------------------------------------------------------- .xls, child


def read_xls(path: Path, name: str, sheet: str | int | None, check: Callable) -> tuple[Sheet, str, list[str]]:
    """A legacy .xls through xlrd, rows kept ragged. Returns (sheet, chosen name, every sheet name)."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True, ragged_rows=True)
    except Exception as exc:  # xlrd raises its own types (XLRDError, CompDocError, struct.error ...)
        text = str(exc).lower()
        reason = "encrypted" if "encrypt" in text or "password" in text else "not_spreadsheet"
        raise SheetLimit(reason, f"{name} cannot be read as an Excel 97-2003 workbook: {exc}") from exc
    try:
        names = list(book.sheet_names())
        visibility = list(getattr(book, "_sheet_visibility", [0] * len(names)))
        index = pick_sheet(name, names, [v == 0 for v in visibility], sheet)
        ws = book.sheet_by_index(index)
        width = max((ws.row_len(r) for r in range(ws.nrows)), default=0)
        if width > MAX_COLUMNS:
            far = next(r for r in range(ws.nrows) if ws.row_len(r) > MAX_COLUMNS)
            ref = f"{_index_to_letters(ws.row_len(far) - 1)}{far + 1}"
            raise SheetLimit(
                "too_many_columns",
                f"{name}, sheet {names[index]!r}: cell {ref} is in column {ws.row_len(far):,}; "
                f"at most {MAX_COLUMNS:,} columns are read.",
                sheet=names[index],
                cell=ref,
                limit=f"{MAX_COLUMNS:,}",
            )
        rows: list[int] = []
        values: list[list[str]] = []
        for r in range(ws.nrows):
            if not ws.row_len(r):
                continue
            cells = [_xls_text(c, book.datemode) for c in ws.row(r)]
            if any(cells):
                rows.append(r + 1)
                values.append(cells)
            if r % 5000 == 0:
                check()
        width = max((len(v) for v in values), default=0)
        columns = [[v[j] if j < len(v) else "" for v in values] for j in range(width)]
        return Sheet(columns, rows, "xlrd"), names[index], names
    finally:
        book.release_resources()


def _xls_text(cell, datemode: int) -> str:
    import xlrd

    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_TEXT:
        return value.strip()
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "")
    if kind == xlrd.XL_CELL_DATE:
        try:
            return cell_text(xlrd.xldate.xldate_as_datetime(value, datemode))
        except Exception:
            return cell_text(value)
    return cell_text(value)


def pick_sheet(name: str, names: list[str], visible: list[bool], sheet: str | int | None) -> int:
    """The index of the sheet asked for; by default the first visible one (else the first)."""
    if not names:
        raise SheetLimit("empty", f"{name} has no sheets.")
    if sheet is None:
        return next((i for i, v in enumerate(visible) if v), 0)
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return sheet
        raise SheetLimit(
            "no_sheet", f"{name} has {len(names)} sheet(s); there is no sheet {sheet + 1}.", sheet=str(sheet + 1)
        )
    if sheet in names:
        return names.index(sheet)
    raise SheetLimit(
        "no_sheet", f"{name} has no sheet named {sheet!r}; its sheets are: {', '.join(names)}.", sheet=sheet
    )


def read_in_child(path: Path, name: str, sheet: str | int | None) -> tuple[Sheet, str, list[str]]:
    """calamine in a child process whose address space is capped (``python -m smsdesk.infra.sheet_reader``,
    as the console starts its other children): whatever the file does to it, this process lives. The child
    answers in JSON on its standard output."""
    import json
    import subprocess
    import sys

    command = [sys.executable, "-m", "smsdesk.infra.sheet_reader", str(path), json.dumps(sheet)]
    try:
        done = subprocess.run(command, capture_output=True, timeout=300, stdin=subprocess.DEVNULL, check=False)
        result = json.loads(done.stdout.decode("utf-8")) if done.returncode == 0 else None
    except (subprocess.TimeoutExpired, ValueError, OSError):
        result, done = None, None
    if not isinstance(result, dict):
        status = done.returncode if done is not None else "none"
        raise SheetLimit(
            "reader_died",
            f"{name}: reading the workbook failed (exit status {status}); it may be damaged or built to exhaust "
            "memory.",
        )
    if "error" in result:
        raise SheetLimit(result["error"], result["detail"], **result.get("params", {}))
    return Sheet(result["columns"], None, "child"), result["sheet"], result["sheets"]


def _child_read(path: str, sheet: str | int | None) -> dict:
    """The child's work: one sheet through calamine, the cells as text."""
    name = Path(path).name
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(path)
        names = [str(n) for n in book.sheet_names]
        visible = ["hidden" not in str(m.visible).lower() for m in book.sheets_metadata]
        index = pick_sheet(name, names, visible, sheet)
        ws = book.get_sheet_by_index(index)
        if ws.width > MAX_COLUMNS:
            raise SheetLimit(
                "too_many_columns",
                f"{name}, sheet {names[index]!r}: {ws.width:,} columns; at most {MAX_COLUMNS:,}.",
                sheet=names[index],
                limit=f"{MAX_COLUMNS:,}",
            )
        if ws.width * ws.height > MAX_CELLS:
            raise SheetLimit(
                "too_many_cells",
                f"{name}, sheet {names[index]!r}: more than {MAX_CELLS:,} cells.",
                sheet=names[index],
                limit=f"{MAX_CELLS:,}",
            )
        lead = (ws.start or (0, 0))[1]
        rows = [[""] * lead + [cell_text(c) for c in row] for row in ws.iter_rows()]
        width = max((len(r) for r in rows), default=0)
        columns = [[r[j] if j < len(r) else "" for r in rows] for j in range(width)]
        return {"columns": columns, "sheet": names[index], "sheets": names}
    except SheetLimit as exc:
        return {"error": exc.reason, "detail": exc.detail, "params": exc.params}
    except MemoryError:
        return {"error": "reader_died", "detail": f"{name}: reading the workbook needed more memory than allowed."}
    except Exception as exc:
        return {"error": "not_spreadsheet", "detail": f"{name} cannot be read as a workbook: {exc}"}


def _child_main() -> None:  # pragma: no cover - runs in the child
    import json
    import sys

    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    except (ImportError, ValueError, OSError):
        pass  # Windows: no address-space limit; the console lives whatever the child does
    result = _child_read(sys.argv[1], json.loads(sys.argv[2]))
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=False).encode("utf-8"))


# ----------------------------------------------------------------------------------------------- cells


def cell_text(value: object) -> str:
    """A cell's value as text: numbers in their shortest exact form ("13800138000", not "13800138000.0")."""
    if value.__class__ is float:  # the most common non-text cell first: a column of phone numbers
        if value != value or value in (math.inf, -math.inf):
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return ""
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds") if value.time() != time() else value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if hasattr(value, "to_pydatetime"):
        return cell_text(value.to_pydatetime())
    return str(value).strip()


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


if __name__ == "__main__":
    _child_main()
