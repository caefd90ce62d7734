"""CSV files the product writes (exports, rejected rows, reports): cells that a spreadsheet would run as a formula are
written as text (SEC-7, OWASP "CSV injection": a leading single quote before =, +, -, @, tab or carriage return)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """``value`` unchanged unless it is text a spreadsheet would read as a formula; then the same text after a quote.
    Numbers stay numbers: a negative amount is data, not a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvWriter:
    """``csv.writer`` whose every text cell passes through ``safe_cell``."""

    def __init__(self, out: IO[str], **kwargs: Any) -> None:
        self._writer = csv.writer(out, **kwargs)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([safe_cell(v) for v in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self._writer.writerow([safe_cell(v) for v in row])


def safe_writer(out: IO[str], **kwargs: Any) -> SafeCsvWriter:
    return SafeCsvWriter(out, **kwargs)
