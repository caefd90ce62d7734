"""What a send costs (SEND-3, GW-5): billed segments times a unit price per kind and channel, in Decimal."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from smsdesk.domain.kinds import check_kind


def as_price(value: object) -> Decimal:
    """A non-negative finite Decimal from a Decimal, int or numeric string; floats are refused."""
    if isinstance(value, float):
        raise TypeError("prices must not be floats (binary rounding); pass a Decimal, int or str like '0.045'")
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise TypeError(f"a price must be a Decimal, int or str, not {type(value).__name__}")
    try:
        price = Decimal(value.strip() if isinstance(value, str) else value)
    except InvalidOperation:
        raise ValueError(f"not a price: {value!r}") from None
    if not price.is_finite() or price < 0:
        raise ValueError(f"a price must be a finite amount of zero or more, not {value!r}")
    return price


class PriceList:
    """Unit price per billed segment: a default, overridden per kind or per (kind, channel).

    Overrides are keyed by (kind, channel) with channel None meaning "any channel of that kind";
    the most specific one wins.
    """

    __slots__ = ("_overrides", "default")

    def __init__(self, default: object, overrides: Mapping[tuple[str, str | None], object] | None = None) -> None:
        self.default = as_price(default)
        self._overrides: dict[tuple[str, str | None], Decimal] = {}
        for key, price in (overrides or {}).items():
            if not (isinstance(key, tuple) and len(key) == 2):
                raise TypeError(f"override keys are (kind, channel) pairs, not {key!r}")
            kind, channel = key
            check_kind(kind)
            self._overrides[(kind, channel)] = as_price(price)

    def __repr__(self) -> str:
        return f"PriceList(default={self.default!r}, overrides={self._overrides!r})"

    @property
    def overrides(self) -> Mapping[tuple[str, str | None], Decimal]:
        return dict(self._overrides)

    def unit_price(self, kind: str, channel: str | None = None) -> Decimal:
        check_kind(kind)
        overrides = self._overrides
        if channel is not None and (kind, channel) in overrides:
            return overrides[(kind, channel)]
        return overrides.get((kind, None), self.default)

    def cost(self, segments: int, kind: str, channel: str | None = None) -> Decimal:
        """Exact cost of ``segments`` billed segments (a message's segments times its recipients)."""
        return _whole_count(segments) * self.unit_price(kind, channel)


def _whole_count(segments: object) -> int:
    if isinstance(segments, float):
        raise TypeError("segments must be a whole number, not a float")
    if isinstance(segments, bool) or not isinstance(segments, int):
        raise TypeError(f"segments must be an int, not {type(segments).__name__}")
    if segments < 0:
        raise ValueError("segments cannot be negative")
    return segments
