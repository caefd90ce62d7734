"""The one export writer (services/exports.py): CSV with BOM and formula-safe cells, XLSX, the side file that a
cancel or a failure removes, and the location checked before any work."""

from __future__ import annotations

import csv
import errno
import os
import zipfile

import pytest

from smsdesk.services import exports
from smsdesk.services.errors import ServiceError


class Stop(Exception):
    pass


def test_csv_has_a_bom_and_formulas_are_text(tmp_path):
    path = tmp_path / "out.csv"
    rows = [["=1+1", "+86138", "-5", "@SUM(A1)", "\tx", "\rx", "普通", -5]]
    assert exports.write_table(path, ["a", "b", "c", "d", "e", "f", "g", "h"], rows) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        got = list(csv.reader(fh))[1]
    assert got[:6] == ["'=1+1", "'+86138", "'-5", "'@SUM(A1)", "'\tx", "'\rx"]
    assert got[6:] == ["普通", "-5"]  # a number stays a number


def test_xlsx_cells_are_text(tmp_path):
    path = tmp_path / "out.xlsx"
    exports.write_table(path, ["a"], [["=cmd|' /C calc'!A0"], ["0013800"]])
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert 't="inlineStr"' in sheet and "<f>" not in sheet and "0013800" in sheet


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_cancel_or_failure_leaves_no_file(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"

    def rows():
        for i in range(10_000):
            if i == 5000:
                raise Stop()
            yield [str(i)]

    with pytest.raises(Stop):
        exports.write_table(path, ["n"], rows())
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_is_said_plainly(tmp_path):
    def rows():
        yield ["1"]
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(ServiceError) as err:
        exports.write_table(tmp_path / "out.csv", ["n"], rows())
    assert err.value.code == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_the_location_is_checked_first(tmp_path):
    with pytest.raises(ServiceError) as err:
        exports.check_target(tmp_path / "out.txt")
    assert err.value.code == "export_format"
    with pytest.raises(ServiceError) as err:
        exports.check_target(tmp_path / "missing" / "out.csv")
    assert err.value.code == "file_write"
    assert exports.check_target(tmp_path / "ok.xlsx").name == "ok.xlsx"
    assert list(tmp_path.iterdir()) == []  # the probe is gone
    if os.geteuid() == 0:
        return  # root writes into a folder without write permission; the read-only mount below still fails
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(ServiceError) as err:
            exports.check_target(locked / "out.csv")
        assert err.value.code == "file_write"
    finally:
        locked.chmod(0o700)


def test_a_read_only_mount(tmp_path):
    """/proc is read-only even for root: the check fails before any work."""
    with pytest.raises(ServiceError) as err:
        exports.check_target("/proc/out.csv")
    assert err.value.code == "file_write"


# -- the streamed exports: COPY output into CSV or XLSX ----------------------------------------------------------


def _sheet_rows(path):
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}


def test_copy_text_becomes_rows_of_text_cells(tmp_path):
    from smsdesk.infra.xlsx_writer import XlsxStream

    # COPY text: tab between cells, a backslash escaping backslash, tab, newline, CR, \b \f \v; \N is NULL
    block = ("1\t=1+1&<b>\t\\\\n\t\n2\ta\\tb\\nc\\r\\bd\t\\N\tx\x01y\ufffe\n").encode()
    path = tmp_path / "s.xlsx"
    sheet = XlsxStream(path, ["n", "a", "b", "c"], sheet="明细")
    sheet.write_copy_text(block)
    sheet.close()
    assert sheet.rows == 2
    rows = _sheet_rows(path)["明细"]
    assert rows[0] == ["n", "a", "b", "c"]
    assert rows[1][:3] == ["1", "=1+1&<b>", "\\n"] and rows[1][3] in ("", None)
    assert rows[2][:2] == ["2", "a\tb\nc\rd"] and rows[2][2] in ("", None) and rows[2][3] == "xy"
    with zipfile.ZipFile(path) as z:
        assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()


def test_a_sheet_full_continues_on_the_next(tmp_path, monkeypatch):
    from smsdesk.infra import xlsx_writer

    monkeypatch.setattr(xlsx_writer, "MAX_ROWS", 4)  # the header and 3 rows a sheet
    path = tmp_path / "m.xlsx"
    sheet = xlsx_writer.XlsxStream(path, ["n"], sheet="rows")
    sheet.write_copy_text(b"1\n2\n")
    sheet.write_copy_text(b"3\n4\n5\n6\n7\n")
    sheet.close()
    got = _sheet_rows(path)
    assert list(got) == ["rows", "rows 2", "rows 3"] and sheet.rows == 7
    assert got["rows"] == [["n"], ["1"], ["2"], ["3"]] and got["rows 3"] == [["n"], ["7"]]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_writer_thread_says_a_full_disk(tmp_path, monkeypatch, fmt):
    from smsdesk.infra import xlsx_writer

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsx_writer.XlsxStream, "write_copy_text", full)
    writer = exports._Writer(tmp_path / f"w.{fmt}", fmt, ["a"], "s", ())
    if fmt == "csv":
        writer._file.close()
        writer._file = open(os.devnull, "rb")  # writing to it fails like a full disk would  # noqa: SIM115
    with pytest.raises(OSError):
        for _ in range(100):
            writer.put(b"x\n")
            import time

            time.sleep(0.01)
    writer.abort()
