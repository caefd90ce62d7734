"""Chart periods in the language's one date format (ui/formats.py), never a translated format string."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale

from smsdesk.ui import formats

START = dt.datetime(2026, 12, 6, 14, 0)


@pytest.mark.parametrize(
    ("name", "day_month", "month", "hour", "day"),
    [
        ("zh_CN", "M/d", "yyyy/M", "2026/12/6 14:00", "2026/12/6 周日"),
        ("en_GB", "dd/MM", "MM/yyyy", "06/12/2026 14:00", "06/12/2026 Sun"),
        ("de_DE", "dd.MM", "MM.yyyy", "06.12.2026 14:00", "06.12.2026 So."),
    ],
)
def test_periods_follow_the_short_date(name, day_month, month, hour, day):
    loc = QLocale(name)
    assert formats.day_month_format(loc) == day_month
    assert formats.month_format(loc) == month
    assert formats.period(START, "hour", locale=loc) == hour
    assert formats.period(START, "day", locale=loc) == day
    assert formats.period(START, "day", short=True, locale=loc) == loc.toString(START.date(), day_month)
    assert formats.period(START, "month", locale=loc) == loc.toString(START.date(), month)


def test_en_us_keeps_month_before_day():
    loc = QLocale("en_US")
    assert formats.date_format(loc) == "M/d/yyyy"
    assert formats.day_month_format(loc) == "M/d"
    assert formats.month_format(loc) == "M/yyyy"
    assert formats.period(START, "day", short=True, locale=loc) == "12/6"
