"""Writes a one-sheet XLSX of text cells, streamed: 100,000 rows in about a second.

openpyxl's write-only mode needs lxml to be fast; without it a 100,000-row export took over ten seconds.
Exports only need text (numbers must stay text so leading zeros and "+86" survive), which SpreadsheetML
holds as inline strings, so the sheet is plain XML written straight into the zip.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_CELL_OPEN = '<c t="inlineStr"><is><t xml:space="preserve">'
_CELL_CLOSE = "</t></is></c>"
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG}">'
    f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# style 1: bold, for the header row
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<styleSheet xmlns="{_MAIN}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _text(value: object) -> str:
    text = "" if value is None else str(value)
    if _INVALID_XML.search(text):
        text = _INVALID_XML.sub("", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def write_xlsx(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    sheet: str = "Sheet1",
    widths: Sequence[float] = (),
) -> int:
    """Writes ``header`` (bold) and ``rows`` as text cells; returns the number of data rows."""
    name = _text(sheet[:31] or "Sheet1").replace('"', "&quot;")
    workbook = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
        f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    count = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/styles.xml", _STYLES)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as out:
            cols = "".join(
                f'<col min="{i + 1}" max="{i + 1}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(widths)
            )
            out.write(
                (
                    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    f'<worksheet xmlns="{_MAIN}">'
                    '<sheetViews><sheetView workbookViewId="0">'
                    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                    "</sheetView></sheetViews>" + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>"
                ).encode("utf-8")
            )
            head = "".join(f'<c t="inlineStr" s="1"><is><t>{_text(h)}</t></is></c>' for h in header)
            buffer = [f'<row r="1">{head}</row>']
            for n, row in enumerate(rows, start=2):
                # One escape per row, not per cell: the values joined by U+001F. XML cannot hold that character,
                # so no value may keep it; a row where one had it is escaped cell by cell instead (joined, a
                # name holding it would split into two cells and shift the rest of the row).
                values = ["" if v is None else str(v) for v in row]
                joined = "\x1f".join(values)
                if joined.count("\x1f") != len(values) - 1 or _INVALID_XML.search(joined.replace("\x1f", "")):
                    parts = [_text(v) for v in values]
                else:
                    if "&" in joined or "<" in joined or ">" in joined:  # (str.translate is slow on CJK text)
                        joined = joined.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                    parts = joined.split("\x1f")
                cells = "".join(_CELL_OPEN + v + _CELL_CLOSE if v else "<c/>" for v in parts)
                buffer.append(f'<row r="{n}">{cells}</row>')
                count += 1
                if len(buffer) >= 2000:
                    out.write("".join(buffer).encode("utf-8"))
                    buffer.clear()
            buffer.append("</sheetData></worksheet>")
            out.write("".join(buffer).encode("utf-8"))
    return count


# -- streaming from PostgreSQL's COPY text format -------------------------------------------------------------
#
# An export of a million rows gets its rows as COPY ... TO STDOUT text: one line per row, cells separated by a tab,
# a backslash escaping a backslash, tab, newline, carriage return, backspace, form feed or vertical tab in a value
# (\N is NULL). A block of whole lines becomes SpreadsheetML rows with a few bytes.replace over the block, no work
# per cell in Python: XML-escape &, < and >, drop the control characters XML cannot hold, turn the separators into
# cell and row boundaries, then undo COPY's escapes. Rows and cells carry no reference (``r`` is optional: they are
# consecutive); every cell is an inline string, as above.

_OPEN = b'<c t="inlineStr"><is><t xml:space="preserve">'
_CLOSE = b"</t></is></c>"
_CELL_SEP = _CLOSE + _OPEN
_ROW_SEP = _CLOSE + b"</row><row>" + _OPEN
_DROP = bytes([*range(0, 9), 11, 12, *range(14, 32)])  # not XML (tab, newline and carriage return are)
_ESCAPED = {b"\\": b"\\", b"t": b"&#9;", b"n": b"&#10;", b"r": b"&#13;", b"b": b"", b"f": b"", b"v": b"", b"N": b""}
_ESCAPE = re.compile(rb"\\(.)", re.DOTALL)
MAX_ROWS = 1_048_576  # a worksheet's rows, the header's included


def copy_text_rows(block: bytes) -> bytes:
    """``block`` (whole lines of COPY text format, each ending in a newline) as SpreadsheetML ``<row>`` elements."""
    if not block:
        return b""
    b = block.translate(None, _DROP)
    if b"&" in b:
        b = b.replace(b"&", b"&amp;")
    if b"<" in b:
        b = b.replace(b"<", b"&lt;")
    if b">" in b:
        b = b.replace(b">", b"&gt;")
    if b"\xef\xbf\xbe" in b or b"\xef\xbf\xbf" in b:  # U+FFFE, U+FFFF
        b = b.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    b = b"<row>" + _OPEN + b[:-1].replace(b"\t", _CELL_SEP).replace(b"\n", _ROW_SEP) + _CLOSE + b"</row>"
    if b"\\" in b:
        b = _ESCAPE.sub(lambda m: _ESCAPED.get(m.group(1), m.group(1)), b)
    return b


class XlsxStream:
    """A workbook written as it streams: ``write_copy_text(block)`` appends whole lines of COPY text as rows;
    past a worksheet's 1,048,576 rows the next sheet begins (named ``sheet`` 2, 3, …, each with the header).
    ``close()`` finishes the file; ``rows`` counts the data rows written."""

    def __init__(self, path: str | Path, header: Sequence[str], *, sheet: str = "Sheet1",
                 widths: Sequence[float] = ()) -> None:
        self.path = path
        self.header = list(header)
        self.sheet = sheet[:28] or "Sheet1"
        self.widths = list(widths)
        self.rows = 0
        self.sheets = 0
        self._in_sheet = 0  # rows in the current sheet, its header included
        self._zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1)
        self._out = None
        self._begin_sheet()

    def _begin_sheet(self) -> None:
        self.sheets += 1
        self._out = self._zip.open(f"xl/worksheets/sheet{self.sheets}.xml", "w", force_zip64=True)
        cols = "".join(
            f'<col min="{i + 1}" max="{i + 1}" width="{w:g}" customWidth="1"/>' for i, w in enumerate(self.widths)
        )
        head = "".join(f'<c t="inlineStr" s="1"><is><t>{_text(h)}</t></is></c>' for h in self.header)
        self._out.write(
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<worksheet xmlns="{_MAIN}">'
                '<sheetViews><sheetView workbookViewId="0">'
                '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
                "</sheetView></sheetViews>" + (f"<cols>{cols}</cols>" if cols else "") + "<sheetData>"
                + f"<row>{head}</row>"
            ).encode("utf-8")
        )
        self._in_sheet = 1

    def _end_sheet(self) -> None:
        self._out.write(b"</sheetData></worksheet>")
        self._out.close()
        self._out = None

    def write_copy_text(self, block: bytes) -> None:
        lines = block.count(b"\n")
        while lines:
            room = MAX_ROWS - self._in_sheet
            if room == 0:
                self._end_sheet()
                self._begin_sheet()
                continue
            if lines <= room:
                part, block, taken = block, b"", lines
            else:
                cut = -1
                for _ in range(room):
                    cut = block.index(b"\n", cut + 1)
                part, block, taken = block[: cut + 1], block[cut + 1 :], room
            self._out.write(copy_text_rows(part))
            self._in_sheet += taken
            self.rows += taken
            lines -= taken

    def close(self) -> None:
        self._end_sheet()
        names = [self.sheet if n == 1 else f"{self.sheet} {n}" for n in range(1, self.sheets + 1)]
        sheets = "".join(
            f'<sheet name="{_text(name).replace(chr(34), "&quot;")}" sheetId="{n}" r:id="rId{n}"/>'
            for n, name in enumerate(names, start=1)
        )
        rels = "".join(
            f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, self.sheets + 1)
        )
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, self.sheets + 1)
        )
        z = self._zip
        z.writestr("[Content_Types].xml", _CONTENT_TYPES.replace(
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>', overrides))
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<workbook xmlns="{_MAIN}" xmlns:r="{_REL}"><sheets>{sheets}</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<Relationships xmlns="{_PKG}">{rels}'
                   f'<Relationship Id="rId{self.sheets + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
                   "</Relationships>")
        z.writestr("xl/styles.xml", _STYLES)
        z.close()

    def abort(self) -> None:
        try:
            if self._out is not None:
                self._out.close()
            self._zip.close()
        except Exception:  # the file is removed anyway
            pass
