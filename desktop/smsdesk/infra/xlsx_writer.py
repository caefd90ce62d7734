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
