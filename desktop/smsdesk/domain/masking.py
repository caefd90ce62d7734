"""Masking of phone numbers in displays and exports (SEC-3): 13812341234 -> 138****1234."""

from __future__ import annotations


def mask_number(number: str | None) -> str:
    if not number:
        return ""
    digits_at = [i for i, ch in enumerate(number) if ch.isdigit()]
    if len(digits_at) < 7:
        return "*" * len(number)
    # keep the last 4 digits and the 3 before the middle four, like the carriers' own receipts
    hide = set(digits_at[-8:-4])
    return "".join("*" if i in hide else ch for i, ch in enumerate(number))
