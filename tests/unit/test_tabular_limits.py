"""Files built to hurt (infra/tabular.py, infra/sheet_reader.py): every limit is checked before the work it
guards, memory stays bounded, and each refusal names the limit and the row, line, cell or sheet.

Reads that once aborted the process or took gigabytes run in a child process with a memory cap, so a regression
fails the test instead of the test run."""

from __future__ import annotations

import multiprocessing
import os
import resource
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

from smsdesk.infra.tabular import TableError, read_table
from tests.hostile_files import MOBILES, _bomb_sheet, _lie_about_size, _xls, cells_xml, peak_mb, table_xml, write_xlsx

GOOD = [["姓名", "手机"], *[[f"客户{i}", m] for i, m in enumerate(MOBILES)]]


def _child_read(path: str, kwargs: dict, send) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))
    start = time.perf_counter()
    try:
        table = read_table(path, **kwargs)
        result = ("ok", table.rows[:20], table.sheet, table.encoding)
    except TableError as exc:
        result = ("refused", exc.reason, exc.detail, exc.params)
    peak = peak_mb()  # this process's own peak (ru_maxrss would carry the test run's across the spawn)
    send.send((result, time.perf_counter() - start, peak))


def in_child(path: Path, **kwargs):
    """(result, seconds, peak MB) of read_table in a spawned child capped at 3 GB; fails the test if it dies."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child_read, args=(str(path), kwargs, send))
    child.start()
    send.close()
    got = receive.recv() if receive.poll(120) else None
    child.join(10)
    if child.is_alive():
        child.kill()
    assert got is not None, f"reading {path.name} killed the process (exit {child.exitcode})"
    return got


def refused(path: Path, reason: str, **kwargs) -> TableError:
    with pytest.raises(TableError) as err:
        read_table(path, **kwargs)
    assert err.value.reason == reason, err.value.detail
    assert path.name in err.value.detail
    return err.value


# ------------------------------------------------------------------------------------- sheets and grids


def test_cells_in_a1_and_xfd1048576_are_refused_by_column_without_building_a_grid(tmp_path):
    # calamine asked for 549,755,813,888 bytes here and aborted the process (the console).
    path = write_xlsx(tmp_path / "far.xlsx", [("名单", cells_xml([("A1", "手机"), ("XFD1048576", "x")]))])
    (result, seconds, _peak) = in_child(path)
    assert result[0] == "refused" and result[1] == "too_many_columns"
    assert "XFD1048576" in result[2] and "名单" in result[2] and "1,000" in result[2]
    assert result[3]["sheet"] == "名单" and result[3]["cell"] == "XFD1048576"
    assert seconds < 5


def test_a_far_cell_is_read_sparsely_in_bounded_memory(tmp_path):
    # A1 and CV1000000 took 3.9 GB and 22-28 s.
    path = write_xlsx(
        tmp_path / "sparse.xlsx", [("名单", cells_xml([("A1", "手机"), ("A2", MOBILES[0]), ("CV1000000", "x")]))]
    )
    (result, seconds, peak) = in_child(path)
    assert result[0] == "ok" and [MOBILES[0]] + [""] * 99 in result[1]
    assert seconds < 5 and peak < 400


def test_a_column_far_to_the_right_is_named_in_the_refusal(tmp_path):
    path = write_xlsx(tmp_path / "xfd.xlsx", [("词表", cells_xml([("A1", "赌博"), ("XFD1", "x")]))])
    err = refused(path, "too_many_columns")
    assert err.params == {"sheet": "词表", "cell": "XFD1", "limit": "1,000"}
    wide = write_xlsx(tmp_path / "wide.xlsx", [("s", table_xml([[str(j) for j in range(1001)]] * 2))])
    refused(wide, "too_many_columns")


def test_zip_bombs_are_refused_from_the_central_directory(tmp_path):
    bomb = write_xlsx(tmp_path / "bomb.xlsx", [("名单", _bomb_sheet(100 << 20))], level=9)
    assert bomb.stat().st_size < 1 << 20
    start = time.perf_counter()
    err = refused(bomb, "unpacked_too_large")
    assert time.perf_counter() - start < 0.5 and "MB" in err.params["limit"]
    strings = write_xlsx(tmp_path / "sst.xlsx", [("名单", table_xml(GOOD))], shared=_bomb_sheet(96 << 20), level=9)
    refused(strings, "unpacked_too_large")


def test_a_zip_header_that_lies_about_its_size_is_not_believed(tmp_path):
    path = write_xlsx(tmp_path / "liar.xlsx", [("名单", _bomb_sheet(32 << 20))], level=9)
    _lie_about_size(path, "xl/worksheets/sheet1.xml", 4096)
    (result, _seconds, peak) = in_child(path)
    assert result[0] == "refused" and result[1] in ("not_spreadsheet", "unpacked_too_large")
    assert peak < 400


def test_too_many_zip_parts(tmp_path):
    path = write_xlsx(tmp_path / "parts.xlsx", [("名单", table_xml(GOOD))])
    with zipfile.ZipFile(path, "a") as z:
        for i in range(10_001):
            z.writestr(f"junk/{i}", b"")
    refused(path, "unpacked_too_large")


def test_the_first_visible_sheet_is_read_and_others_can_be_picked(tmp_path):
    path = write_xlsx(
        tmp_path / "hidden.xlsx",
        [("隐藏", table_xml([["秘密"], ["不该导入"]])), ("名单", table_xml(GOOD))],
        hidden=[0],
    )
    table = read_table(path)
    assert table.sheet == "名单" and table.sheets == ["隐藏", "名单"] and table.column("手机")[0] == MOBILES[0]
    assert read_table(path, sheet="隐藏").column(0) == ["秘密", "不该导入"]


def test_workbooks_are_read_by_their_content_not_their_name(tmp_path):
    xls = _xls(tmp_path / "real.xlsx", GOOD)  # an Excel 97-2003 file renamed .xlsx: was "invalid Zip archive"
    if xls is None:
        pytest.skip("xlwt (a test dependency) writes the .xls")
    assert read_table(xls).column("手机") == MOBILES
    renamed = write_xlsx(tmp_path / "book.xls", [("名单", table_xml(GOOD))])
    assert read_table(renamed).column("手机") == MOBILES
    as_text = write_xlsx(tmp_path / "book.csv", [("名单", table_xml(GOOD))])
    assert read_table(as_text).sheet == "名单"


def test_an_xls_with_a_far_cell_stays_small(tmp_path):
    path = _xls(tmp_path / "far.xls", GOOD, far=(65535, 255))  # calamine built 16.7 million cells: 1.2 GB
    if path is None:
        pytest.skip("xlwt (a test dependency) writes the .xls")
    (result, _seconds, peak) = in_child(path)
    assert result[0] == "ok" and peak < 400


def test_cells_over_excels_limit_and_nul_are_named(tmp_path):
    long_cell = write_xlsx(
        tmp_path / "long.xlsx", [("名单", table_xml([["手机", "备注"], [MOBILES[0], "长" * 40_000]]))]
    )
    err = refused(long_cell, "cell_too_long")
    assert err.params == {"row": 2, "column": "B", "sheet": "名单", "limit": "32,767"}
    nul = write_xlsx(tmp_path / "nul.xlsx", [("名单", table_xml([["手机", "备注"], [MOBILES[0], "a_x0000_b"]]))])
    assert refused(nul, "nul").params["row"] == 2


# ---------------------------------------------------------------------------------------------- text


def test_one_enormous_line_is_refused_before_parsing(tmp_path):
    # 4.1 million numbers on one 50 MB line ran past 300 s and 6 GB.
    path = tmp_path / "line.csv"
    path.write_text(",".join(str(13_800_000_000 + i) for i in range(400_000)))
    start = time.perf_counter()
    err = refused(path, "line_too_long")
    assert err.params == {"line": 1, "limit": "1 MB"} and time.perf_counter() - start < 1
    later = tmp_path / "later.txt"
    later.write_text("手机\n" + "13800138000\n" * 100 + "x" * 1_100_000 + "\n")
    assert refused(later, "line_too_long").params["line"] == 102


def test_a_huge_quoted_field_is_a_message_not_a_traceback(tmp_path):
    # "_csv.Error: field larger than field limit (131072)" in every path.
    path = tmp_path / "ragged.csv"
    path.write_text('姓名,手机\n张三,13800138000,"' + "x" * 200_000 + '"\n李四,13900139000\n')
    assert refused(path, "cell_too_long").params["row"] == 2
    even = tmp_path / "even.csv"  # the same cell in a file the fast parser takes
    even.write_text('姓名,手机\n张三,"' + "x" * 40_000 + '"\n')
    assert refused(even, "cell_too_long").params == {"row": 2, "column": "B", "limit": "32,767"}


def test_columns_and_cells_are_counted_before_parsing(tmp_path):
    wide = tmp_path / "wide.csv"  # 100,000 columns did not finish in 300 s in a words import
    wide.write_text(",".join(f"c{i}" for i in range(100_000)) + "\n" + "1," * 99_999 + "1\n")
    start = time.perf_counter()
    assert refused(wide, "too_many_columns").params["row"] == 1
    assert time.perf_counter() - start < 1
    later = tmp_path / "later.csv"
    later.write_text("姓名,手机\n张三,13800138000\n" + "x," * 5000 + "x\n")
    assert refused(later, "too_many_columns").params["row"] == 3
    cells = tmp_path / "cells.csv"
    cells.write_text(("1," * 11 + "1\n") * 1_000_001)
    assert refused(cells, "too_many_cells").params["limit"] == "10,000,000"


# ----------------------------------------------------------------------------------------- encodings


def test_mixed_encodings_are_refused_naming_the_line(tmp_path):
    # read as cp1251: 张三 became "еј дё‰", silently.
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "张三,13800138000\n".encode()
        + "李四,13900139000\n".encode("gbk")
        + "José Müller,15000150000\n".encode("latin-1")
    )
    assert refused(path, "encoding").params["line"] == 3


def test_a_gbk_file_with_one_bad_byte_names_the_line(tmp_path):
    # read as koi8_t.
    data = ("姓名,手机\n" + "".join(f"客户{i},{m}\n" for i, m in enumerate(MOBILES * 20))).encode("gbk")
    path = tmp_path / "bad.csv"
    path.write_bytes(data[:200] + b"\xff" + data[200:])
    assert refused(path, "encoding").params["line"] == data[:200].count(b"\n") + 1


def test_an_encoding_outside_the_supported_set_is_not_read_as_mojibake(tmp_path):
    # Shift-JIS was read as GB18030 mojibake; Windows-1251 as mac_cyrillic.
    sjis = tmp_path / "sjis.csv"
    sjis.write_bytes(
        ("名前,携帯\n" + "".join(f"山田たろう{i},{m}\n" for i, m in enumerate(MOBILES))).encode("shift_jis")
    )
    assert refused(sjis, "encoding_unsure").params == {"encoding": "GBK/GB18030"}
    cyrillic = tmp_path / "cp1251.csv"
    cyrillic.write_bytes(("Имя,Телефон\n" + "".join(f"Иван,{m}\n" for m in MOBILES)).encode("cp1251"))
    assert refused(cyrillic, "encoding").reason == "encoding"


def test_big5_is_read_and_an_encoding_can_be_chosen(tmp_path):
    path = tmp_path / "big5.csv"
    path.write_bytes(("姓名,手機\n陳大文,13800138000\n黃小明,13900139000\n").encode("big5"))
    table = read_table(path)
    assert table.encoding == "big5" and table.encoding_label == "Big5" and table.column("姓名") == ["陳大文", "黃小明"]
    gbk = tmp_path / "gbk.csv"
    gbk.write_bytes("姓名,手机\n张三,13800138000\n".encode("gbk"))
    assert read_table(gbk).encoding_confidence == 1.0
    chosen = read_table(gbk, encoding="gb18030")
    assert chosen.column("姓名") == ["张三"] and chosen.encoding_confidence == 1.0
    assert refused(gbk, "encoding", encoding="utf-8").params == {"line": 1, "encoding": "UTF-8"}


def test_nul_bytes_anywhere_are_refused_with_the_line(tmp_path):
    # after the first 256 KB they reached the database: "invalid byte sequence", no row named.
    path = tmp_path / "nul.csv"
    path.write_text("姓名,手机\n" + "客户,13800138000\n" * 20_000 + "坏\x00行,13800138000\n")
    assert refused(path, "nul").params == {"line": 20_002}


# --------------------------------------------------------------------------------- the file itself


def test_a_symlink_is_refused_and_its_target_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:$6$hash:19000:0:99999:7:::\n")
    link = tmp_path / "contacts.csv"
    link.symlink_to(secret)
    err = refused(link, "symlink")
    assert err.params["target"] == str(secret) and "$6$hash" not in err.detail


def _read_as_nobody(path: str, send) -> None:
    if os.geteuid() == 0:
        os.setgid(65534)
        os.setuid(65534)
    try:
        read_table(path)
        send.send(("read", ""))
    except TableError as exc:
        send.send((exc.reason, exc.detail))
    except BaseException as exc:
        send.send(("crash", repr(exc)))


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_an_unreadable_file_is_a_message_not_a_traceback(locked):
    folder = Path(tempfile.mkdtemp(prefix="smsdesk-locked-"))
    folder.chmod(0o755)
    path = folder / "locked.csv"
    path.write_text("手机\n13800138000\n")
    (path if locked == "file" else folder).chmod(0)
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_read_as_nobody, args=(str(path), send))
    child.start()
    send.close()
    reason, detail = receive.recv()
    child.join()
    folder.chmod(0o755)
    path.chmod(0o644)
    assert reason == "unreadable" and "permission denied" in detail, detail


def test_opendocument_is_read_in_a_child_whose_death_is_a_message(tmp_path, monkeypatch):
    import shutil
    import sys

    from tests.hostile_files import ods_row, write_ods

    path = write_ods(tmp_path / "list.ods", ods_row("姓名", "手机") + ods_row("张三", MOBILES[0]))
    assert read_table(path).rows == [["张三", MOBILES[0]]]
    monkeypatch.setattr(sys, "executable", shutil.which("false"))  # a child that dies at once
    err = refused(path, "reader_died")
    assert "exit status 1" in err.detail


def test_the_cell_by_cell_reader_reads_what_calamine_reads(tmp_path, monkeypatch):
    import pandas as pd

    from smsdesk.infra import sheet_reader

    path = tmp_path / "book.xlsx"
    frame = pd.DataFrame(
        {
            "姓名": ["张三", "李四", None, "王五"],
            "手机": [13800138000, "+86 139 0013 9000", 15000150000, None],
            "金额": [1.5, 2, 1e20, -3.25],
            "是否": [True, False, None, True],
        }
    )
    frame.to_excel(path, index=False, sheet_name="名单")  # shared strings, numbers, booleans, an empty cell
    fast = read_table(path)
    monkeypatch.setattr(sheet_reader, "GRID_FLOOR", 0)
    monkeypatch.setattr(sheet_reader, "GRID_RATIO", 0)  # every sheet is "too sparse": read cell by cell
    slow = read_table(path)
    assert slow.rows == fast.rows and slow.headers == fast.headers
    assert list(slow.row_numbers) == list(fast.row_numbers) == [2, 3, 4, 5]
