"""Phone numbers as people read them: a mainland mobile as 138 0013 8000 (masked: 138 **** 8000), other numbers
in their international form; masked unless the viewer has the right to see full numbers (SEC-3)."""

from __future__ import annotations

import re

from smsdesk.domain.masking import mask_number

# +86 / 0086 / 86 and eleven digits (or stars where masked) starting with 1
_MAINLAND = re.compile(r"^(?:\+?86|0086)?[ -]?(1[0-9*]{2})[ -]?([0-9*]{4})[ -]?([0-9*]{4})$")
_NUMBER = re.compile(r"^\+?[0-9*][0-9* -]{6,}$")


def display_number(number: str | None, full: bool = True) -> str:
    """``number`` (E.164, bare digits or already masked) grouped for reading, masked unless ``full``."""
    if not number:
        return ""
    text = number if full or "*" in number else mask_number(number)
    match = _MAINLAND.match(text.strip())
    if match:
        return " ".join(match.groups())
    return text


def display_target(target: str | None, full: bool) -> str:
    """An audit row's target: a phone number is shown as ``display_number`` does; anything else as it is."""
    if not target:
        return ""
    return display_number(target, full) if _NUMBER.match(target.strip()) else target
