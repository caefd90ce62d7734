"""Quiet hours (SEND-8): marketing waits for the allowed window, other kinds never wait."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from smsdesk.domain.kinds import KINDS
from smsdesk.domain.schedule import DEFAULT, QuietHours, next_allowed

SH = ZoneInfo("Asia/Shanghai")


def at(day: int, hour: int, minute: int = 0, tz: dt.tzinfo = SH) -> dt.datetime:
    return dt.datetime(2024, 5, day, hour, minute, tzinfo=tz)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        (at(1, 0, 0), at(1, 8)),
        (at(1, 7, 59), at(1, 8)),
        (at(1, 8, 0), at(1, 8, 0)),
        (at(1, 12, 30), at(1, 12, 30)),
        (at(1, 19, 59), at(1, 19, 59)),
        (at(1, 20, 0), at(2, 8)),
        (at(1, 23, 30), at(2, 8)),
    ],
)
def test_marketing_waits_for_the_window(when, expected):
    assert next_allowed(when, "marketing") == expected


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "marketing"])
def test_other_kinds_go_at_once(kind):
    night = at(1, 3)
    assert next_allowed(night, kind) is night


def test_answer_keeps_the_callers_timezone():
    utc_evening = dt.datetime(2024, 5, 1, 13, 0, tzinfo=dt.UTC)  # 21:00 in Beijing
    result = next_allowed(utc_evening, "marketing")
    assert result == dt.datetime(2024, 5, 2, 0, 0, tzinfo=dt.UTC)  # 08:00 in Beijing
    assert result.tzinfo is dt.UTC


def test_naive_datetimes_and_unknown_kinds_are_refused():
    with pytest.raises(ValueError, match="naive"):
        next_allowed(dt.datetime(2024, 5, 1, 12), "marketing")
    with pytest.raises(ValueError, match="unknown message kind"):
        next_allowed(at(1, 12), "spam")


def test_configurable_window_across_midnight():
    night = QuietHours("22:00", "06:00", "Asia/Shanghai")
    assert next_allowed(at(1, 23), "marketing", night) == at(1, 23)
    assert next_allowed(at(1, 5, 59), "marketing", night) == at(1, 5, 59)
    assert next_allowed(at(1, 6), "marketing", night) == at(1, 22)
    assert next_allowed(at(1, 12), "marketing", night) == at(1, 22)


def test_equal_start_and_end_means_no_restriction():
    always = QuietHours(dt.time(9), dt.time(9), SH)
    assert next_allowed(at(1, 3), "marketing", always) == at(1, 3)


def test_window_start_in_a_dst_gap_is_a_real_instant():
    london = ZoneInfo("Europe/London")
    hours = QuietHours("01:30", "05:00", london)  # 01:30 does not exist on 2024-03-31
    result = next_allowed(dt.datetime(2024, 3, 31, 0, 30, tzinfo=london), "marketing", hours)
    assert result > dt.datetime(2024, 3, 31, 0, 30, tzinfo=london)
    assert hours.allows(result)


def test_quiet_hours_values():
    assert (DEFAULT.start, DEFAULT.end, DEFAULT.tz) == (dt.time(8), dt.time(20), SH)
    assert QuietHours("8:00".zfill(5), "20:00") == DEFAULT
    with pytest.raises(ValueError):
        QuietHours("8 o'clock", "20:00")
    with pytest.raises(TypeError):
        QuietHours(8, 20)  # type: ignore[arg-type]
