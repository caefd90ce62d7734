"""Import file reading (infra/tabular.py): encodings, delimiters, workbooks, and the bad files people send."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pandas as pd
import pytest

from smsdesk.infra.tabular import TableError, read_table

ROWS = "姓名,手机,备注\n张三,+86 138 0013 8000,老客户\n李四,013900139000,\n"


def write(tmp_path, name: str, data: bytes | str, encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
    return path


def refused(path, reason: str) -> TableError:
    with pytest.raises(TableError) as err:
        read_table(path)
    assert err.value.reason == reason and err.value.code == "invalid"
    assert path.name in err.value.detail
    return err.value


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("gbk", "gb18030"),
        ("gb18030", "gb18030"),
        ("utf-16", "utf-16"),  # with its BOM, as Excel's "Unicode text" writes it
        ("utf-16-le", "utf-16-le"),
    ],
)
def test_chinese_text_in_every_encoding_people_save(tmp_path, encoding, expected):
    table = read_table(write(tmp_path, "list.csv", ROWS, encoding))
    assert table.encoding == expected
    assert table.headers == ["姓名", "手机", "备注"]
    assert table.rows == [["张三", "+86 138 0013 8000", "老客户"], ["李四", "013900139000", ""]]
    assert table.column("手机") == ["+86 138 0013 8000", "013900139000"]
    assert list(table.row_numbers) == [2, 3]


def test_a_character_only_gb18030_has(tmp_path):
    table = read_table(write(tmp_path, "list.txt", "名字\t手机\n㐀𠀀\t13800138000\n", "gb18030"))
    assert table.rows == [["㐀𠀀", "13800138000"]] and table.delimiter == "\t"


@pytest.mark.parametrize("delimiter", [",", "\t", ";", "|"])
def test_delimiters_are_sniffed(tmp_path, delimiter):
    table = read_table(write(tmp_path, "list.txt", ROWS.replace(",", delimiter)))
    assert table.delimiter == delimiter and table.column("B") == ["+86 138 0013 8000", "013900139000"]


def test_a_bare_list_of_numbers_has_no_header_and_keeps_line_numbers(tmp_path):
    table = read_table(write(tmp_path, "numbers.txt", "13800138000\n\n  13900139000  \n0086 137 0013 7000\n"))
    assert not table.has_header and table.headers == ["A"]
    assert table.column(0) == ["13800138000", "13900139000", "0086 137 0013 7000"]
    assert list(table.row_numbers) == [1, 3, 4]


def test_columns_by_header_letter_position_and_guess(tmp_path):
    table = read_table(write(tmp_path, "list.csv", ROWS))
    assert (
        table.column_index("手机") == table.column_index("b") == table.column_index("2") == table.column_index(1) == 1
    )
    assert table.guess_column(("mobile", "手机")) == 1
    anonymous = read_table(write(tmp_path, "anon.csv", "张三,13800138000\n李四,13900139000\n"))
    assert not anonymous.has_header and anonymous.guess_column(("手机",)) == 1
    with pytest.raises(TableError) as err:
        table.column("电话")
    assert err.value.reason == "no_column" and "姓名, 手机, 备注" in err.value.detail


def test_ragged_rows_and_quoted_cells(tmp_path):
    table = read_table(write(tmp_path, "ragged.csv", 'a,b\n1,"x, y",3\n4\n'))
    assert table.headers == ["a", "b", "C"]
    assert table.rows == [["1", "x, y", "3"], ["4", "", ""]]


def test_workbook_cells_stay_text(tmp_path):
    path = tmp_path / "list.xlsx"
    pd.DataFrame(
        {"手机": ["+8613800138000", "013800138000", 13700137000, 1.38e10], "日期": [pd.Timestamp("2026-11-21")] * 4}
    ).to_excel(path, index=False, sheet_name="名单")
    table = read_table(path)
    assert table.sheet == "名单" and table.sheets == ["名单"]
    assert table.column("手机") == ["+8613800138000", "013800138000", "13700137000", "13800000000"]
    assert table.column("日期")[0] == "2026-11-21"


def test_an_excel_97_workbook_is_read():
    """.xls (BIFF8, as old Excel and many exports save it) is read by xlrd with ragged rows: calamine builds one
    dense grid, 1.2 GB for a 5 KB file with a cell in IV65536 (tests/unit/test_tabular_limits.py).
    The file was written by xlwt: text, integer and float cells, a second (empty) sheet."""
    table = read_table(Path(__file__).parent / "files" / "customers.xls")
    assert table.sheets == ["客户", "空白"] and table.sheet == "客户"
    assert table.headers == ["姓名", "手机", "编号"]
    assert table.column("手机") == ["13800138000", "+86 139 0013 9000", "15000150005"]
    assert table.column("编号") == ["007", "42", ""]


def test_sheets_by_name_and_index(tmp_path):
    path = tmp_path / "book.xlsx"
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"a": ["1"]}).to_excel(writer, sheet_name="one", index=False)
        pd.DataFrame({"手机": ["13800138000"]}).to_excel(writer, sheet_name="two", index=False)
    assert read_table(path, sheet="two").headers == ["手机"]
    assert read_table(path, sheet=1).column(0) == ["13800138000"]
    with pytest.raises(TableError) as err:
        read_table(path, sheet="three")
    assert err.value.reason == "no_sheet" and "one, two" in err.value.detail


def test_empty_files(tmp_path):
    refused(write(tmp_path, "empty.csv", b""), "empty")
    refused(write(tmp_path, "blank.txt", "\n \n\t\n"), "empty")
    refused(write(tmp_path, "header.csv", "姓名,手机\n"), "header_only")
    path = tmp_path / "empty.xlsx"
    pd.DataFrame({"手机": []}).to_excel(path, index=False)
    refused(path, "header_only")


def test_garbage_named_like_a_workbook_or_a_table(tmp_path):
    refused(write(tmp_path, "list.xlsx", os.urandom(4096)), "not_spreadsheet")
    refused(write(tmp_path, "zip.xlsx", b"PK\x03\x04" + os.urandom(4096)), "not_spreadsheet")
    refused(write(tmp_path, "list.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096)), "not_spreadsheet")
    refused(write(tmp_path, "list.csv", bytes(range(256)) * 64), "not_text")
    refused(write(tmp_path, "list.pdf", b"%PDF-1.4"), "unsupported")
    refused(tmp_path / "missing.csv", "missing")


def test_a_password_protected_workbook(tmp_path):
    # Excel saves an encrypted .xlsx as a compound file holding EncryptionInfo and EncryptedPackage streams.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    body = "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(4000)
    err = refused(write(tmp_path, "secret.xlsx", header + body), "encrypted")
    assert "password" in err.detail


def test_fifty_megabytes_of_garbage_is_refused_quickly(tmp_path):
    blob = os.urandom(50 * 1024 * 1024)
    for name in ("huge.csv", "huge.xlsx"):
        path = write(tmp_path, name, blob)
        start = time.perf_counter()
        refused(path, "not_text" if name.endswith(".csv") else "not_spreadsheet")
        assert time.perf_counter() - start < 2.0
