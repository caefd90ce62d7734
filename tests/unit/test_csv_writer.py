"""CSV files the product writes never carry a live formula (SEC-7)."""

from __future__ import annotations

import csv
import io

import pytest

from smsdesk.infra.csv_writer import safe_cell, safe_writer


@pytest.mark.parametrize(
    "text",
    ["=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=", "+86138"],
)
def test_a_cell_a_spreadsheet_would_run_is_written_as_text(text):
    assert safe_cell(text) == "'" + text
    out = io.StringIO()
    safe_writer(out).writerow(["张三", text, 5, -3])
    row = next(csv.reader(io.StringIO(out.getvalue())))
    assert row == ["张三", "'" + text, "5", "-3"]


@pytest.mark.parametrize("value", ["张三", "138****5678", "a=b", " =1", "", None, 12, -1.5, "8613800138000"])
def test_other_cells_are_unchanged(value):
    assert safe_cell(value) == value
