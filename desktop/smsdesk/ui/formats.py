"""Dates, times and numbers as the console shows them: one format per language, taken from QLocale (the
language's short date with a four-digit year, and its short time), so every tab writes a moment the same way."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit


def date_format(locale: QLocale | None = None) -> str:
    """The language's short date with the year in full (zh_CN 2026/12/6, en 12/6/2026)."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def _without(fmt: str, field: str) -> str:
    """A numeric date format without one of its fields ("yyyy", "M" or "d", in any width) and the separator that
    joined it to the rest: "yyyy/M/d" without the year is "M/d", "M/d/yyyy" without the day is "M/yyyy"."""
    parts = re.split(r"(y+|M+|d+)", fmt)  # separators at even places, fields at odd ones
    fields = [i for i in range(1, len(parts), 2) if parts[i][0] == field[0]]
    if not fields:
        return fmt
    at = fields[0]
    if at + 2 < len(parts):  # a field follows: drop this one with the separator after it
        del parts[at:at + 2]
    else:  # the last field: drop it with the separator before it (unless that is the format's start)
        del parts[max(at - 1, 1) if at > 1 else at:at + 1]
    return "".join(parts).strip()


def day_month_format(locale: QLocale | None = None) -> str:
    """The language's short date without the year (zh_CN 12/6, en 12/6): chart axes of days."""
    return _without(date_format(locale), "yyyy")


def month_format(locale: QLocale | None = None) -> str:
    """The language's short date without the day (zh_CN 2026/12, en 12/2026): months."""
    return _without(date_format(locale), "d")


def period(start: datetime, by: str, *, short: bool = False, locale: QLocale | None = None) -> str:
    """A period of a chart (an hour, a day or a month beginning at start) in the one date format of the language:
    short for axis labels (the hour's clock time, the day without its year)."""
    loc = locale or QLocale()
    qdt = QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, 0))
    if by == "hour":
        fmt = time_format(loc) if short else datetime_format(loc)
    elif by == "day":
        fmt = day_month_format(loc) if short else f"{date_format(loc)} ddd"
    else:
        fmt = month_format(loc)
    return loc.toString(qdt, fmt)


def time_format(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    text = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in text:
        text = text.replace(":mm", ":mm:ss")
    return text


def datetime_format(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    return f"{date_format(locale)} {time_format(locale, seconds=seconds)}"


_TOKENS = re.compile(r"yyyy|MM|M|dd|d|HH|H|hh|h|mm|ss|AP|Ap|ap|A|a|[^a-zA-Z]+")
_cached: dict[bool, Callable[[datetime], str] | str] = {}


def forget_formats() -> None:
    """The language changed (i18n.Translations.install): formats are made again from the new default locale."""
    _cached.clear()


def _python_writer(fmt: str) -> Callable[[datetime], str] | None:
    """QLocale's numeric date-time format as a plain Python function (a table asks for every cell, and a Qt
    conversion per cell costs a third of a millisecond); None when the format has names (month names…)."""
    parts = []
    pos = 0
    for match in _TOKENS.finditer(fmt):
        if match.start() != pos:
            return None
        parts.append(match.group())
        pos = match.end()
    if pos != len(fmt):
        return None
    twelve = any(p in ("AP", "Ap", "ap", "A", "a") for p in parts)
    am, pm = QLocale().amText(), QLocale().pmText()

    def write(v: datetime) -> str:
        hour12 = v.hour % 12 or 12
        out = []
        for p in parts:
            out.append({
                "yyyy": f"{v.year:04d}", "MM": f"{v.month:02d}", "M": str(v.month), "dd": f"{v.day:02d}",
                "d": str(v.day), "HH": f"{v.hour:02d}", "H": str(v.hour),
                "hh": f"{(hour12 if twelve else v.hour):02d}", "h": str(hour12 if twelve else v.hour),
                "mm": f"{v.minute:02d}", "ss": f"{v.second:02d}",
                "AP": (am if v.hour < 12 else pm).upper(), "A": (am if v.hour < 12 else pm).upper(),
                "Ap": am if v.hour < 12 else pm, "ap": (am if v.hour < 12 else pm).lower(),
                "a": (am if v.hour < 12 else pm).lower(),
            }.get(p, p))
        return "".join(out)

    return write


def when(value: datetime | None, *, seconds: bool = False) -> str:
    """A moment in the workstation's time zone, or "" for none."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    writer = _cached.get(seconds)
    if writer is None:
        fmt = datetime_format(seconds=seconds)
        writer = _cached[seconds] = _python_writer(fmt) or fmt
    if isinstance(writer, str):
        return QLocale().toString(QDateTime(local), writer)
    return writer(local)


def day(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def clock(value: QTime) -> str:
    return QLocale().toString(value, time_format())


def number(value: int | float) -> str:
    return QLocale().toString(value)


def percent(share: float | None, decimals: int = 1) -> str:
    """A share 0..1 as "97.5%" in the user's number format; "" when there is none."""
    if share is None:
        return ""
    return QLocale().toString(share * 100, "f", decimals) + "%"


def style_date_edit(edit: QDateEdit | QDateTimeEdit) -> QDateEdit | QDateTimeEdit:
    """A date picker that writes the date as the tables do."""
    edit.setDisplayFormat(datetime_format() if type(edit) is QDateTimeEdit else date_format())
    edit.setCalendarPopup(True)
    return edit
