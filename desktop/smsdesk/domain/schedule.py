"""When a message may go out: marketing only inside the allowed window, 08:00-20:00 Beijing time by default (SEND-8)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from smsdesk.domain.kinds import MARKETING, check_kind

QUIET_KINDS: frozenset[str] = frozenset({MARKETING})
BEIJING = ZoneInfo("Asia/Shanghai")  # China has one civil time zone


def _aware(when: object) -> dt.datetime:
    if not isinstance(when, dt.datetime):
        raise TypeError(f"expected a datetime, not {type(when).__name__}")
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("a naive datetime is ambiguous; give it a timezone")
    return when


def _as_time(value: object, name: str) -> dt.time:
    if isinstance(value, dt.time):
        return value.replace(tzinfo=None)
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{name} must look like HH:MM, not {value!r}") from None
    raise TypeError(f"{name} must be a time or 'HH:MM', not {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class QuietHours:
    """The window in which quiet-hours kinds may be sent: from ``start`` (inclusive) to ``end``
    (exclusive), local to ``tz``. A window may cross midnight (start after end); start == end
    means no restriction. Times may be given as "HH:MM" and the zone as its IANA name.
    """

    start: dt.time = dt.time(8, 0)
    end: dt.time = dt.time(20, 0)
    tz: dt.tzinfo = BEIJING

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", _as_time(self.start, "start"))
        object.__setattr__(self, "end", _as_time(self.end, "end"))
        if isinstance(self.tz, str):
            object.__setattr__(self, "tz", ZoneInfo(self.tz))
        elif not isinstance(self.tz, dt.tzinfo):
            raise TypeError(f"tz must be a zone name or a tzinfo, not {type(self.tz).__name__}")

    def allows(self, when: dt.datetime) -> bool:
        """True when ``when`` (timezone-aware) falls inside the window."""
        local = _aware(when).astimezone(self.tz).time().replace(tzinfo=None)
        if self.start == self.end:
            return True
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end


DEFAULT = QuietHours()


def next_allowed(when: dt.datetime, kind: str, hours: QuietHours = DEFAULT) -> dt.datetime:
    """The earliest moment at or after ``when`` at which a message of ``kind`` may be sent.

    Kinds other than marketing are never held back. The answer keeps ``when``'s timezone.
    Raises ValueError for a naive datetime or an unknown kind.
    """
    _aware(when)
    check_kind(kind)
    if kind not in QUIET_KINDS or hours.allows(when):
        return when
    local = when.astimezone(hours.tz)
    opening = dt.datetime.combine(local.date(), hours.start, tzinfo=hours.tz)
    if opening <= local:
        opening = dt.datetime.combine(local.date() + dt.timedelta(days=1), hours.start, tzinfo=hours.tz)
    # Through UTC so that a window start falling in a DST gap lands on a real instant.
    return opening.astimezone(dt.UTC).astimezone(when.tzinfo)
