"""The XLSX writer (infra/xlsx_writer.py): every value lands in its own cell, whatever characters it holds."""

from __future__ import annotations

from openpyxl import load_workbook

from smsdesk.infra.xlsx_writer import write_xlsx


def test_a_value_holding_the_join_character_stays_in_its_cell(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [
        ["张\x1f三", "138****8000", "note"],  # U+001F inside a name: it once split the name and shifted the row
        ["李四\x1f\x1f", None, "a<b&c"],
        ["王五", "139****9000", "\x00\x0bcontrol"],
    ]
    assert write_xlsx(path, ["姓名", "手机", "备注"], rows) == 3
    sheet = load_workbook(path, read_only=True).active
    got = [[c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    assert got == [
        ["姓名", "手机", "备注"],
        ["张三", "138****8000", "note"],
        ["李四", "", "a<b&c"],
        ["王五", "139****9000", "control"],
    ]
