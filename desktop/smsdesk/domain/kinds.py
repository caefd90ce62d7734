"""Message kinds: they drive routing, limits, blacklists, quiet hours and reports (SEND-9)."""

from __future__ import annotations

VERIFICATION = "verification"
NOTIFICATION = "notification"
MARKETING = "marketing"
ALERT = "alert"

KINDS: tuple[str, ...] = (VERIFICATION, NOTIFICATION, MARKETING, ALERT)


def check_kind(kind: object) -> str:
    """Return ``kind`` if it is one of KINDS, else raise ValueError naming the allowed kinds."""
    if isinstance(kind, str) and kind in KINDS:
        return kind
    raise ValueError(f"unknown message kind {kind!r}; expected one of {', '.join(KINDS)}")
