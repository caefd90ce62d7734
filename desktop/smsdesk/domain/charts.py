"""The arithmetic behind the delivery charts (REP-6): time bins over any range and the same period before (the
latency percentiles are domain/latency.py's, as the reports read them). No Qt, no SQL."""

from __future__ import annotations

import datetime as dt

BINS = ("hour", "day", "month")
COMPARES = ("none", "day", "week", "month", "year")
# outcomes as the rollups record them; "failed" in every chart and figure means failed or expired
OUTCOMES = ("pending", "delivered", "failed", "expired", "cancelled")
FAILED_OUTCOMES = ("failed", "expired")
# The seed's expected delivery times (seed 003): verification codes 5-10 s, notifications within a minute,
# marketing within 1-3 minutes; alerts are held to notifications' minute. Drawn as reference lines.
EXPECTED_LATENCY_S: dict[str, tuple[float, float]] = {
    "verification": (5.0, 10.0),
    "notification": (60.0, 60.0),
    "alert": (60.0, 60.0),
    "marketing": (60.0, 180.0),
}


def auto_bin(date_from: dt.date, date_to: dt.date) -> str:
    """Hours for up to three days, days for up to ~three months, months beyond (as Huawei and Baidu do)."""
    days = (date_to - date_from).days + 1
    if days <= 3:
        return "hour"
    if days <= 92:
        return "day"
    return "month"


def check_range(date_from: dt.date, date_to: dt.date) -> None:
    """A reversed range is refused; any length is allowed (no cap)."""
    if date_to < date_from:
        raise ValueError("the range ends before it starts")
    if date_from.year < 1970 or date_to.year > 9998:
        raise ValueError("the range lies outside the years the console can show")


def _add_months(day: dt.date, months: int) -> dt.date:
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def shift_back(day: dt.date, compare: str) -> dt.date:
    """``day`` in the period before: a day, a week, a calendar month or a year earlier."""
    if compare == "day":
        return day - dt.timedelta(days=1)
    if compare == "week":
        return day - dt.timedelta(days=7)
    if compare == "month":
        return _add_months(day, -1)
    if compare == "year":
        return _add_months(day, -12)
    raise ValueError(f"unknown comparison {compare!r}")


def periods(date_from: dt.date, date_to: dt.date, by: str) -> list[dt.datetime]:
    """Every bin's start (local wall time, naive) from ``date_from`` to the end of ``date_to``."""
    if by not in BINS:
        raise ValueError(f"unknown bin {by!r}")
    out: list[dt.datetime] = []
    if by == "hour":
        start = dt.datetime.combine(date_from, dt.time())
        end = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time())
        n = int((end - start).total_seconds() // 3600)
        return [start + dt.timedelta(hours=i) for i in range(n)]
    if by == "day":
        n = (date_to - date_from).days + 1
        return [dt.datetime.combine(date_from + dt.timedelta(days=i), dt.time()) for i in range(n)]
    day = date_from.replace(day=1)
    while day <= date_to:
        out.append(dt.datetime.combine(day, dt.time()))
        day = _add_months(day, 1)
    return out


def bin_count(date_from: dt.date, date_to: dt.date, by: str) -> int:
    days = (date_to - date_from).days + 1
    if by == "hour":
        return days * 24
    if by == "day":
        return days
    return (date_to.year - date_from.year) * 12 + date_to.month - date_from.month + 1


def rate(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to divide (an empty chart says so rather than 0 %)."""
    return None if whole <= 0 else part / whole


def change(now: float | None, before: float | None) -> float | None:
    """The relative change against the period before (0.25 = +25 %); None when there was nothing before."""
    if now is None or before is None or before == 0:
        return None
    return (now - before) / before
