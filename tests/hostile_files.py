"""A corpus of hostile import files, generated into a folder at test time (small on disk, nothing committed).

    for item in generate(folder): item.path, item.expect, item.reasons

Each file stands for a kind of trouble people (or attackers) send: workbooks whose used range is far beyond their
cells, zip bombs and lying zip headers, endless lines, huge fields, mixed and foreign encodings, NUL bytes, links,
and also files that are odd but fine and must import correctly. ``expect`` is "ok" (the file must be read, with
``rows`` data rows when given) or "refused" (a clear message; ``reasons`` lists the TableError reasons that fit).
"""

from __future__ import annotations

import codecs
import os
import struct
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

MOBILES = ["13800138000", "13900139000", "15000150000", "18600186000", "13300133000"]


@dataclass
class Hostile:
    name: str
    path: Path
    expect: str  # "ok" or "refused"
    reasons: tuple[str, ...] = ()  # for "refused": the TableError reasons that fit
    rows: int | None = None  # for "ok": the data rows the table reader must find
    contains: tuple[str, ...] = ()  # for "ok": cell texts that must come back exactly
    note: str = ""
    words_ok: bool = field(default=True)  # a sensitive-word import may take every cell as a word


# ------------------------------------------------------------------------------------------ workbook parts

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def _col(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cells_xml(cells: Iterable[tuple[str, object]], dimension: str | None = None) -> bytes:
    """Sheet XML of inline-string / number cells given as (ref, value), grouped into rows in the order given."""
    rows: dict[int, list[str]] = {}
    for ref, value in cells:
        row = int("".join(ch for ch in ref if ch.isdigit()))
        if isinstance(value, int | float):
            rows.setdefault(row, []).append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            rows.setdefault(row, []).append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>')
    body = "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in rows.items())
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">{dim}'
    return f"{head}<sheetData>{body}</sheetData></worksheet>".encode()


def table_xml(rows: list[list[object]]) -> bytes:
    return cells_xml((f"{_col(j)}{i + 1}", v) for i, row in enumerate(rows) for j, v in enumerate(row) if v != "")


def write_xlsx(
    path: Path,
    sheets: list[tuple[str, bytes | Iterable[bytes]]],
    *,
    hidden: Iterable[int] = (),
    shared: bytes | Iterable[bytes] | None = None,
    level: int = 6,
) -> Path:
    """A workbook of the given sheet XMLs (bytes, or chunks streamed into the zip: a bomb is never held whole)."""
    hidden = set(hidden)
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(len(sheets))
    )
    if shared is not None:
        overrides += (
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        )
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        f"{overrides}</Types>"
    )
    sheet_list = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"'
        + (' state="hidden"' if i in hidden else "")
        + "/>"
        for i, (name, _) in enumerate(sheets)
    )
    rels = "".join(
        f'<Relationship Id="rId{i + 1}" Type="{_REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
        for i in range(len(sheets))
    )
    if shared is not None:
        rels += f'<Relationship Id="rId{len(sheets) + 1}" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f"<sheets>{sheet_list}</sheets></workbook>",
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{_PKG}">{rels}</Relationships>',
        )
        for i, (_, xml) in enumerate(sheets):
            _put(z, f"xl/worksheets/sheet{i + 1}.xml", xml)
        if shared is not None:
            _put(z, "xl/sharedStrings.xml", shared)
    return path


def _put(z: zipfile.ZipFile, name: str, data: bytes | Iterable[bytes]) -> None:
    if isinstance(data, bytes):
        z.writestr(name, data)
        return
    with z.open(name, "w", force_zip64=True) as out:
        for chunk in data:
            out.write(chunk)


def _bomb_sheet(total: int, filler: bytes = b" ") -> Iterable[bytes]:
    """A sheet whose XML is ``total`` bytes, nearly all of it ``filler`` inside one cell (or between tags)."""
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData><row r="1">'.encode()
    yield b'<c r="A1" t="inlineStr"><is><t>'
    block = filler * (1 << 20)
    left = total
    while left > 0:
        yield block[: min(left, len(block))]
        left -= len(block)
    yield b"</t></is></c></row></sheetData></worksheet>"


def _lie_about_size(path: Path, member: str, claimed: int) -> None:
    """Rewrites the uncompressed size a zip records for ``member`` (local header and central directory)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            break
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, claimed)
            local = struct.unpack_from("<I", data, at + 42)[0]
            struct.pack_into("<I", data, local + 22, claimed)
        at += 4
    path.write_bytes(bytes(data))


def _xls(path: Path, rows: list[list[object]], far: tuple[int, int] | None = None, sheets: int = 1) -> Path | None:
    try:
        import xlwt  # a test-only dependency that writes real BIFF8 workbooks
    except ImportError:
        return None
    book = xlwt.Workbook(encoding="utf-8")
    for n in range(sheets):
        sheet = book.add_sheet(f"名单{n + 1}")
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                sheet.write(i, j, value)
        if far:
            sheet.write(far[0], far[1], "x")
    book.save(str(path))
    return path


def write_ods(path: Path, body: str) -> Path:
    """An OpenDocument spreadsheet of one sheet whose table XML is ``body``."""
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="名单">{body}</table:table></office:spreadsheet>'
        "</office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def ods_row(*cells: str, repeat: int = 1) -> str:
    attr = f' table:number-rows-repeated="{repeat}"' if repeat > 1 else ""
    texts = "".join(
        f'<table:table-cell office:value-type="string"><text:p>{escape(c)}</text:p></table:table-cell>' for c in cells
    )
    return f"<table:table-row{attr}>{texts}</table:table-row>"


# ----------------------------------------------------------------------------------------------- corpus


def generate(folder: Path, *, big: bool = True) -> list[Hostile]:
    """Writes the corpus into ``folder``; ``big`` adds the files of several megabytes (zip bombs, long lines)."""
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Hostile] = []

    def add(name: str, data: bytes | str | None, expect: str, *reasons: str, encoding: str = "utf-8", **kw) -> Path:
        path = folder / name
        if data is not None:
            path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
        out.append(Hostile(name, path, expect, tuple(reasons), **kw))
        return path

    contacts = "姓名,手机\n" + "".join(f"客户{i},{m}\n" for i, m in enumerate(MOBILES))
    good_rows = [["姓名", "手机"], *[[f"客户{i}", m] for i, m in enumerate(MOBILES)]]

    # --- workbooks whose used range is far beyond the cells present
    far = [("A1", "手机"), ("A2", MOBILES[0])]
    write_xlsx(folder / "range_a1_xfd1048576.xlsx", [("名单", cells_xml([*far, ("XFD1048576", "x")]))])
    out.append(
        Hostile("range_a1_xfd1048576.xlsx", folder / "range_a1_xfd1048576.xlsx", "refused", ("too_many_columns",))
    )
    write_xlsx(folder / "range_a1_cv1000000.xlsx", [("名单", cells_xml([*far, ("CV1000000", "x")]))])
    out.append(Hostile("range_a1_cv1000000.xlsx", folder / "range_a1_cv1000000.xlsx", "ok", contains=(MOBILES[0],)))
    write_xlsx(folder / "cell_in_xfd1.xlsx", [("名单", cells_xml([*far, ("XFD1", "x")]))])
    out.append(Hostile("cell_in_xfd1.xlsx", folder / "cell_in_xfd1.xlsx", "refused", ("too_many_columns",)))
    write_xlsx(folder / "row_1048576.xlsx", [("名单", cells_xml([*far, ("B1048576", MOBILES[1])]))])
    out.append(Hostile("row_1048576.xlsx", folder / "row_1048576.xlsx", "ok", contains=(MOBILES[1],)))
    write_xlsx(folder / "lying_dimension.xlsx", [("名单", cells_xml([*far, ("ZZ900000", "x")], dimension="A1:B2"))])
    out.append(Hostile("lying_dimension.xlsx", folder / "lying_dimension.xlsx", "ok", contains=(MOBILES[0],)))
    write_xlsx(folder / "cells_out_of_order.xlsx", [("名单", cells_xml([("A3", MOBILES[2]), *far, ("A900000", "x")]))])
    out.append(Hostile("cells_out_of_order.xlsx", folder / "cells_out_of_order.xlsx", "ok", contains=(MOBILES[2],)))
    no_refs = (
        f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData>'
        + "".join(
            f'<row><c t="inlineStr"><is><t>客户{i}</t></is></c><c><v>{m}</v></c></row>' for i, m in enumerate(MOBILES)
        )
        + "</sheetData></worksheet>"
    ).encode()
    write_xlsx(folder / "cells_without_refs.xlsx", [("名单", no_refs)])
    out.append(
        Hostile("cells_without_refs.xlsx", folder / "cells_without_refs.xlsx", "ok", rows=5, contains=(MOBILES[4],))
    )
    wide = [[f"列{j}" for j in range(1001)], [MOBILES[0]] * 1001]
    write_xlsx(folder / "columns_1001.xlsx", [("名单", table_xml(wide))])
    out.append(Hostile("columns_1001.xlsx", folder / "columns_1001.xlsx", "refused", ("too_many_columns",)))
    row_without_refs_wide = (
        f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData><row r="1">'
        + "<c><v>1</v></c>" * 5000
        + "</row></sheetData></worksheet>"
    ).encode()
    write_xlsx(folder / "wide_row_without_refs.xlsx", [("名单", row_without_refs_wide)])
    out.append(
        Hostile("wide_row_without_refs.xlsx", folder / "wide_row_without_refs.xlsx", "refused", ("too_many_columns",))
    )

    # --- zip bombs and lying zip headers
    if big:
        # (1 GiB and 512 MiB in the findings; a quarter of that is as far over the limits and 4 times cheaper to make)
        write_xlsx(folder / "bomb_256mib.xlsx", [("名单", _bomb_sheet(256 << 20))], level=9)
        out.append(Hostile("bomb_256mib.xlsx", folder / "bomb_256mib.xlsx", "refused", ("unpacked_too_large",)))
        write_xlsx(folder / "bomb_cell_128mib.xlsx", [("名单", _bomb_sheet(128 << 20, b"9"))], level=9)
        out.append(
            Hostile("bomb_cell_128mib.xlsx", folder / "bomb_cell_128mib.xlsx", "refused", ("unpacked_too_large",))
        )
    write_xlsx(
        folder / "bomb_shared_strings.xlsx", [("名单", table_xml(good_rows))], shared=_bomb_sheet(96 << 20), level=9
    )
    out.append(
        Hostile("bomb_shared_strings.xlsx", folder / "bomb_shared_strings.xlsx", "refused", ("unpacked_too_large",))
    )
    lying = write_xlsx(folder / "lying_zip_size.xlsx", [("名单", _bomb_sheet(64 << 20))], level=9)
    _lie_about_size(lying, "xl/worksheets/sheet1.xml", 4096)
    out.append(Hostile("lying_zip_size.xlsx", lying, "refused", ("unpacked_too_large", "not_spreadsheet")))
    # a cell over Excel's own 32,767-character limit, in a small file
    write_xlsx(folder / "cell_40000_chars.xlsx", [("名单", table_xml([["手机", "备注"], [MOBILES[0], "长" * 40000]]))])
    out.append(Hostile("cell_40000_chars.xlsx", folder / "cell_40000_chars.xlsx", "refused", ("cell_too_long",)))
    many_entries = folder / "zip_20000_entries.xlsx"
    write_xlsx(many_entries, [("名单", table_xml(good_rows))])
    with zipfile.ZipFile(many_entries, "a", zipfile.ZIP_STORED) as z:
        for i in range(20000):
            z.writestr(f"junk/{i}", b"")
    out.append(Hostile("zip_20000_entries.xlsx", many_entries, "refused", ("unpacked_too_large",)))
    entity = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
        f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&f;&f;&f;&f;</t></is></c>'
        f"</row></sheetData></worksheet>"
    ).encode()
    write_xlsx(folder / "xml_entities.xlsx", [("名单", entity)])
    out.append(Hostile("xml_entities.xlsx", folder / "xml_entities.xlsx", "refused", ("not_spreadsheet", "empty")))

    # --- sheets
    write_xlsx(
        folder / "hidden_first_sheet.xlsx",
        [("隐藏", table_xml([["秘密"], ["不该导入"]])), ("名单", table_xml(good_rows))],
        hidden=[0],
    )
    out.append(
        Hostile("hidden_first_sheet.xlsx", folder / "hidden_first_sheet.xlsx", "ok", rows=5, contains=(MOBILES[0],))
    )
    write_xlsx(folder / "all_sheets_hidden.xlsx", [("隐藏", table_xml(good_rows))], hidden=[0])
    out.append(Hostile("all_sheets_hidden.xlsx", folder / "all_sheets_hidden.xlsx", "ok", rows=5))
    write_xlsx(folder / "empty_sheet.xlsx", [("空", cells_xml([]))])
    out.append(Hostile("empty_sheet.xlsx", folder / "empty_sheet.xlsx", "refused", ("empty",)))
    write_xlsx(folder / "many_sheets.xlsx", [(f"表{i}", table_xml(good_rows)) for i in range(300)])
    out.append(Hostile("many_sheets.xlsx", folder / "many_sheets.xlsx", "ok", rows=5))
    nul_xml = table_xml([["手机", "备注"], [MOBILES[0], "a-NUL-b"]]).replace(b"-NUL-", b"&#0;")
    write_xlsx(folder / "nul_in_cell.xlsx", [("名单", nul_xml)])
    out.append(Hostile("nul_in_cell.xlsx", folder / "nul_in_cell.xlsx", "refused", ("nul", "not_spreadsheet")))
    write_xlsx(folder / "single_cell.xlsx", [("名单", table_xml([[MOBILES[0]]]))])
    out.append(Hostile("single_cell.xlsx", folder / "single_cell.xlsx", "ok", rows=1, contains=(MOBILES[0],)))
    write_xlsx(folder / "truncated.xlsx", [("名单", table_xml(good_rows * 200))])
    data = (folder / "truncated.xlsx").read_bytes()
    (folder / "truncated.xlsx").write_bytes(data[: len(data) // 2])
    out.append(Hostile("truncated.xlsx", folder / "truncated.xlsx", "refused", ("not_spreadsheet",)))
    add("empty_zip.xlsx", b"PK\x05\x06" + bytes(18), "refused", "not_spreadsheet", "empty")
    add("random.xlsx", os.urandom(3000), "refused", "not_spreadsheet")

    # --- workbooks named for another format
    if _xls(folder / "real_xls_renamed.xlsx", good_rows):
        out.append(
            Hostile("real_xls_renamed.xlsx", folder / "real_xls_renamed.xlsx", "ok", rows=5, contains=(MOBILES[0],))
        )
    if _xls(folder / "xls_far_cell.xls", good_rows, far=(65535, 255)):
        out.append(Hostile("xls_far_cell.xls", folder / "xls_far_cell.xls", "ok", rows=6))
    if _xls(folder / "real.xls", good_rows):
        out.append(Hostile("real.xls", folder / "real.xls", "ok", rows=5, contains=("客户0",)))
    write_xlsx(folder / "xlsx_renamed.xls", [("名单", table_xml(good_rows))])
    out.append(Hostile("xlsx_renamed.xls", folder / "xlsx_renamed.xls", "ok", rows=5))
    write_xlsx(folder / "xlsx_named.csv", [("名单", table_xml(good_rows))])
    out.append(Hostile("xlsx_named.csv", folder / "xlsx_named.csv", "ok", rows=5))
    write_ods(
        folder / "list.ods", ods_row("姓名", "手机") + "".join(ods_row(f"客户{i}", m) for i, m in enumerate(MOBILES))
    )
    out.append(Hostile("list.ods", folder / "list.ods", "ok", rows=5, contains=("客户0", MOBILES[0])))
    repeated = (
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16000"'
        ' office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>'
    )
    write_ods(folder / "repeated_cells.ods", ods_row("手机") + repeated)
    out.append(
        Hostile(
            "repeated_cells.ods",
            folder / "repeated_cells.ods",
            "refused",
            ("not_spreadsheet", "too_many_cells", "too_many_columns", "reader_died"),
        )
    )
    encrypted = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    encrypted += "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(4000)
    add("encrypted.xlsx", encrypted, "refused", "encrypted")
    add("ole_garbage.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(5000), "refused", "not_spreadsheet")
    add("report.pdf", b"%PDF-1.4\n", "refused", "unsupported")

    # --- text: lines, fields, columns, cells
    if big:
        line = ",".join(str(13_800_000_000 + i) for i in range(1_500_000))  # one 18 MB line
        add("one_line_1500000_numbers.csv", line, "refused", "line_too_long")
    ragged = "姓名,手机\n" + '张三,13800138000,"' + "x" * 200_000 + '"\n李四,13900139000\n'
    add("quoted_field_200kb.csv", ragged, "refused", "cell_too_long")
    add("unclosed_quote.csv", '姓名,手机\n张三,"13800138000\n' + ("y," * 30 + "\n") * 3000, "refused", "cell_too_long")
    add(
        "columns_100000.csv",
        ",".join(f"c{i}" for i in range(100_000)) + "\n" + "1," * 99_999 + "1\n",
        "refused",
        "too_many_columns",
        "line_too_long",
    )
    add(
        "columns_1001.csv",
        ",".join(f"c{i}" for i in range(1001)) + "\n" + ",".join(MOBILES[0] for _ in range(1001)),
        "refused",
        "too_many_columns",
    )
    wide_later = "姓名,手机\n张三,13800138000\n" + "x," * 5000 + "x\n"
    add("wide_row_later.csv", wide_later, "refused", "too_many_columns")
    if big:
        add("cells_12_million.csv", ("1," * 11 + "1\n") * 1_000_001, "refused", "too_many_cells")
        add("blank_lines_2m.txt", "\n" * 2_000_000 + MOBILES[0] + "\n", "ok", rows=1, contains=(MOBILES[0],))
    add("only_delimiters.csv", ",,,,\n,,,\n,\n", "refused", "empty")
    add("cr_only.csv", contacts.replace("\n", "\r"), "ok", rows=5, contains=(MOBILES[4],))
    add("crlf.csv", contacts.replace("\n", "\r\n"), "ok", rows=5)
    add("long_number_cell.csv", "手机\n" + "1" * 20000 + "\n" + MOBILES[0] + "\n", "ok", rows=2)
    add("quotes_only.csv", '""""""""\n' * 100, "ok", rows=100)
    add("tsv_with_bom.tsv", "\ufeff" + contacts.replace(",", "\t"), "ok", rows=5, contains=("客户0",))
    add("emoji_and_marks.csv", "姓名,手机\n😀\u202e张三\u200b,13800138000\n𠀀李四,13900139000\n", "ok", rows=2)
    add("formula_cells.csv", '姓名,手机\n=cmd|"/c calc"!A1,13800138000\n@SUM(1),13900139000\n', "ok", rows=2)

    # --- the header row and one-line lists
    add("one_number.txt", MOBILES[0] + "\n", "ok", rows=1, contains=(MOBILES[0],))
    add("one_word.txt", "博彩\n", "refused", "header_only", note="a word list: the words import reads it")
    add("header_only.csv", "姓名,手机\n", "refused", "header_only")
    add("empty.csv", b"", "refused", "empty")
    add("blank.txt", " \n\t\n\r\n", "refused", "empty")

    # --- encodings
    add("utf8.csv", contacts, "ok", rows=5, contains=("客户0",))
    add("utf8_bom.csv", contacts, "ok", encoding="utf-8-sig", rows=5, contains=("客户0",))
    add("gbk.csv", contacts, "ok", encoding="gbk", rows=5, contains=("客户0",))
    add("gb18030_4byte.csv", "姓名,手机\n㐀𠀀,13800138000\n", "ok", encoding="gb18030", rows=1, contains=("㐀𠀀",))
    add("utf16_bom.csv", contacts, "ok", encoding="utf-16", rows=5, contains=("客户0",))
    add("utf16le.csv", contacts, "ok", encoding="utf-16-le", rows=5, contains=("客户0",))
    add("utf16be.csv", contacts, "ok", encoding="utf-16-be", rows=5, contains=("客户0",))
    big5 = "姓名,手機\n" + "".join(f"陳大文{i},{m}\n" for i, m in enumerate(MOBILES)) + "黃小明,13700137000\n"
    add("big5.csv", big5, "ok", encoding="big5", rows=6, contains=("陳大文0", "黃小明"))
    mixed = (
        "张三,13800138000\n".encode()
        + "李四,13900139000\n".encode("gbk")
        + "José Müller,15000150000\n".encode("latin-1")
    )
    add("mixed_utf8_gbk_latin1.csv", mixed, "refused", "encoding", "encoding_unsure")
    gbk_bad = ("姓名,手机\n" + "".join(f"客户{i},{m}\n" for i, m in enumerate(MOBILES * 20))).encode("gbk")
    gbk_bad = gbk_bad[:200] + b"\xff" + gbk_bad[200:]
    add("gbk_one_bad_byte.csv", gbk_bad, "refused", "encoding", "encoding_unsure")
    sjis = "名前,携帯\n" + "".join(f"山田たろう{i},{m}\n" for i, m in enumerate(MOBILES)) + "カタカナ,13700137000\n"
    add("shift_jis.csv", sjis, "refused", "encoding", "encoding_unsure", encoding="shift_jis")
    # (EUC-KR is not here: Korean syllables are byte for byte common GB2312 characters, and read as GBK.)
    add(
        "cp1251.csv",
        "Имя,Телефон\n" + "".join(f"Иван{i},{m}\n" for i, m in enumerate(MOBILES)),
        "refused",
        "encoding",
        "encoding_unsure",
        encoding="cp1251",
    )
    add(
        "utf8_then_gbk_lines.csv",
        contacts.encode() + "王五,18600186001\n".encode("gbk"),
        "ok",
        rows=6,
        contains=("王五",),
    )
    add("utf16_odd_length.csv", contacts.encode("utf-16-le") + b"\x00", "refused", "encoding", "not_text")
    add("utf8_bom_then_gbk.csv", codecs.BOM_UTF8 + contacts.encode("gbk"), "refused", "encoding", "encoding_unsure")

    # --- NUL and binary
    nul_late = contacts + "".join(f"客户{i},{MOBILES[i % 5]}\n" for i in range(20000)) + "坏\x00行,13800138000\n"
    add("nul_after_256kb.csv", nul_late, "refused", "nul")
    add("nul_first_line.csv", "姓名\x00,手机\n张三,13800138000\n", "refused", "nul", "not_text")
    add("binary.csv", bytes(range(256)) * 64, "refused", "not_text", "nul", "encoding")
    add("png_named.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(2000), "refused", "not_text", "nul", "encoding")
    return out


def make_links(folder: Path, target: Path) -> list[Hostile]:
    """A symlink named like an import file (pointing at ``target``), and a dangling one."""
    out = []
    link = folder / "contacts_link.csv"
    link.symlink_to(target)
    out.append(Hostile("contacts_link.csv", link, "refused", ("symlink",)))
    dangling = folder / "dangling_link.csv"
    dangling.symlink_to(folder / "nowhere.csv")
    out.append(Hostile("dangling_link.csv", dangling, "refused", ("symlink", "missing")))
    fifo = folder / "fifo.csv"
    os.mkfifo(fifo)
    out.append(Hostile("fifo.csv", fifo, "refused", ("missing",)))
    folder_named = folder / "folder.xlsx"
    folder_named.mkdir()
    out.append(Hostile("folder.xlsx", folder_named, "refused", ("missing",)))
    return out


def long_name(folder: Path) -> Hostile:
    """A 234-character file name whose rows are partly invalid, so a contacts import writes rejected rows."""
    name = "客户名单_" + "x" * 225 + ".csv"  # 234 characters, 246 bytes: near the file system's 255
    path = folder / name
    path.write_text("姓名,手机\n张三,13800138000\n李四,12345\n", encoding="utf-8")
    return Hostile(name, path, "ok", rows=2)


# ------------------------------------------------------------------------------------ every import path

# Codes an import may end with besides a TableError ("invalid" with a reason): each has its own sentence.
CLEAR_CODES = frozenset({"no_numbers", "no_words", "no_mobile_column"})
PATHS = ("table", "contacts", "blacklist", "words", "send", "template")


@dataclass
class Targets:
    """Where a child imports one file: the database, and this file's own contact group and blacklist's group (so
    that row counts before and after tell exactly what it saved, whatever the other children do)."""

    target: object  # DatabaseTarget
    su: object  # DatabaseTarget of the superuser
    password: str
    admin_password: str
    contact_group: int
    user_group: int


def _status_mb(key: str) -> float:
    """VmRSS (resident now) or VmHWM (the peak) of this process from /proc, in MB. The peak is the memory map's
    own: unlike getrusage's ru_maxrss it does not carry the peak of the process this one was forked or spawned
    from (Linux keeps ru_maxrss across exec)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return _status_mb("VmHWM")


def run_everywhere(path: str, targets: Targets, words_lock, contains: tuple[str, ...] = ()) -> dict:
    """Runs one file through every import path in this (child) process: the table reader, contacts import,
    blacklist import, sensitive-word import, the send tab's file read and the template send's. Returns per path
    (outcome, detail, seconds, saved) and the peak memory this process grew by."""
    import resource
    import time

    import psycopg

    from smsdesk.infra import tabular
    from smsdesk.infra.jobs import QuietJob
    from smsdesk.services import blacklist, contacts_transfer, library, sending, template_send
    from smsdesk.services import session as session_service
    from smsdesk.services.auth import sign_in
    from smsdesk.services.errors import ServiceError

    start_rss = _status_mb("VmRSS")
    soft = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/status") as f:
        vm = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))
    resource.setrlimit(resource.RLIMIT_AS, (vm + (4 << 30), soft[1]))  # a regression fails, not the machine

    counter = psycopg.connect(**targets.su.conninfo(), autocommit=True)

    def count(sql: str, *args) -> int:
        return int(counter.execute(sql, args).fetchone()[0])

    contacts_sql = "select count(*) from smsdesk.contact where group_id = %s"
    blacklist_sql = (
        "select count(*) from smsdesk.blacklist_entry e join smsdesk.blacklist_list l on l.id = e.list_id"
        " where l.scope = 'group' and l.group_id = %s"
    )
    words_sql = "select count(*) from smsdesk.sensitive_word"
    results: dict[str, tuple] = {}

    def attempt(name: str, work, counter=None) -> None:
        before = counter() if counter else 0
        began = time.perf_counter()
        try:
            value = work()
            outcome, detail = "ok", value
        except tabular.TableError as exc:
            outcome, detail = f"refused:{exc.reason}", exc.detail
        except ServiceError as exc:
            outcome, detail = f"error:{exc.code}", exc.detail
        except BaseException as exc:  # what the test must never see
            outcome, detail = f"crash:{type(exc).__name__}", str(exc)[:300]
        seconds = time.perf_counter() - began
        saved = (counter() - before) if counter else 0
        results[name] = (outcome, str(detail)[:300], seconds, saved)

    def table_read():
        table = tabular.read_table(path)
        cells = set(table.frame.to_numpy(dtype=object).ravel().tolist()[:100_000])
        missing = [text for text in contains if text not in cells]
        if missing:
            raise ValueError(f"read, but without {missing}")
        return len(table)

    attempt("table", table_read)
    operator = sign_in(targets.target, "east-op", targets.password, pool_size=1)
    boss = sign_in(targets.target, "boss", targets.admin_password, pool_size=1)
    try:

        def contacts_import():
            preview = contacts_transfer.preview(QuietJob(), path)
            mobile = preview.guess.get("mobile")
            if mobile is None:
                raise ServiceError("no_mobile_column", "no column looks like mobiles")
            request = contacts_transfer.ImportRequest(
                path=path, group_id=targets.contact_group, mapping={"mobile": mobile}
            )
            result = session_service.run(
                operator, lambda s: contacts_transfer.import_contacts(s, None, request, preview.table)
            )
            return result.imported + result.updated

        attempt("contacts", contacts_import, lambda: count(contacts_sql, targets.contact_group))
        attempt(
            "blacklist",
            lambda: (
                session_service.run(
                    boss, lambda s: blacklist.import_file(s, None, path, "group", group_id=targets.user_group)
                ).added
            ),
            lambda: count(blacklist_sql, targets.user_group),
        )
        with words_lock:  # the installation's one list: counted with no other child importing into it
            attempt(
                "words",
                lambda: session_service.run(boss, lambda s: library.import_words(s, None, path)).added,
                lambda: count(words_sql),
            )
    finally:
        operator.close()
        boss.close()
        counter.close()

    def send_read():
        info = sending.file_info(path)
        cells, _ = sending.read_file_numbers(path, None, info.sheet)
        return len(cells)

    attempt("send", send_read)
    attempt("template", lambda: template_send.read_data_file(QuietJob(), path).row_count)
    return {"paths": results, "grew_mb": max(0.0, peak_mb() - start_rss)}
