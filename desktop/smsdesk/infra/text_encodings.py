"""The encodings a text file may be in: what Chinese, Hong Kong and Taiwan software saves. No other is read.

The keys are what infra/tabular.read_table(encoding=...) takes; the values are the names the console shows
(they are the encodings' own names, the same in every language)."""

from __future__ import annotations

ENCODINGS: dict[str, str] = {
    "utf-8": "UTF-8",
    "gb18030": "GBK/GB18030",
    "big5": "Big5",
    "utf-16-le": "UTF-16 LE",
    "utf-16-be": "UTF-16 BE",
}
LABELS: dict[str, str] = {**ENCODINGS, "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-8+gb18030": "UTF-8 + GBK"}
