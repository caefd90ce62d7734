"""Dates, times and numbers as the console shows them: one format per language, taken from QLocale (the
language's short date with a four-digit year, and its short time), so every tab writes a moment the same way."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit


def date_format(locale: QLocale | None = None) -> str:
    """The language's short date with the year in full (zh_CN 2026/12/6, en 12/6/2026)."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def time_format(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    text = (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in text:
        text = text.replace(":mm", ":mm:ss")
    return text


def datetime_format(locale: QLocale | None = None, *, seconds: bool = False) -> str:
    return f"{date_format(locale)} {time_format(locale, seconds=seconds)}"


def when(value: datetime | None, *, seconds: bool = False) -> str:
    """A moment in the workstation's time zone, or "" for none."""
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo is not None else value
    return QLocale().toString(QDateTime(local), datetime_format(seconds=seconds))


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
