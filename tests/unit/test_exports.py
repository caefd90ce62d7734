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
