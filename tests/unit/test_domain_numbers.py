"""Number hygiene (SEND-6, CHK-1): normalising, validating, deduplicating and blacklisting."""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal
from unittest import mock

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsdesk.domain import numbers
from smsdesk.domain.numbers import REASONS, Cleaned, Number, clean, normalize

E164 = "+8613800138000"


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "+8613800138000",
        "+86 138 0013 8000",
        "0086-138-0013-8000",
        "0086 13800138000",
        "8613800138000",
        "86 138 0013 8000",
        "(+86) 138-0013-8000",
        "+86(138)00138000",
        "138.0013.8000",
        "'13800138000",
        "  13800138000\t",
        "\ufeff13800138000",
        "１３８００１３８０００",
        "＋８６ １３８ ００１３ ８０００",
        "13800138000.0",
        "1.38001380000E+10",
        "1.3800138000E+10",
        "8.6138001380000E+12",
        "013800138000",
        13800138000,
        13800138000.0,
        np.int64(13800138000),
        np.float64(13800138000.0),
        Decimal("13800138000"),
        8613800138000,
        b"13800138000",
    ],
)
def test_mainland_forms_normalise_to_one_e164(raw):
    number = normalize(raw)
    assert (number.e164, number.national, number.valid, number.reason) == (E164, "13800138000", True, None)
    assert number.country == "CN"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "empty"),
        ("", "empty"),
        ("   ", "empty"),
        (float("nan"), "empty"),
        (pd.NA, "empty"),
        (Decimal("NaN"), "empty"),
        ("---", "not_a_number"),
        (True, "not_a_number"),
        (-13800138000, "not_a_number"),
        (13800138000.5, "not_a_number"),
        (float("inf"), "not_a_number"),
        ([13800138000], "not_a_number"),
        ("abc", "bad_chars"),
        ("138abc00138", "bad_chars"),
        ("138+00138000", "bad_chars"),
        ("\x00\x01", "bad_chars"),
        ("١٣٨٠٠١٣٨٠٠٠", "bad_chars"),  # Arabic-Indic digits are no carrier's digits
        (b"\xff\xfe", "bad_chars"),
        ("1.38E+10", "imprecise"),
        ("1.38001E+10", "imprecise"),
        ("1380013800", "too_short"),
        ("1234", "too_short"),
        ("138001380001", "too_long"),
        ("1" * 10_000, "too_long"),
        ("9" * 10_000, "too_long"),
        ("+86" + "1" * 30, "too_long"),
        ("12345678901", "invalid_prefix"),
        ("10086000000", "invalid_prefix"),
        ("010-12345678", "not_mobile"),
        ("02012345678", "not_mobile"),
        ("+86 400 123 4567", "not_mobile"),
        ("+442079460000", "not_mobile"),
        ("+999123456789", "unknown_country"),
        ("+13800138000", "invalid_number"),
    ],
)
def test_refused_numbers_give_a_reason(raw, reason):
    number = normalize(raw)
    assert (number.valid, number.reason, number.e164) == (False, reason, None)
    assert reason in REASONS


@pytest.mark.parametrize(
    ("raw", "carrier"),
    [
        ("13800138000", "China Mobile"),
        ("13012345678", "China Unicom"),
        ("13312345678", "China Telecom"),
        ("18912345678", "China Telecom"),
        ("19212345678", "China Broadnet"),
    ],
)
def test_mainland_carrier(raw, carrier):
    assert normalize(raw).carrier == carrier


def test_region_in_chinese():
    assert normalize("13800138000").region == "北京市"
    assert normalize("+86 138 0265 1234").region.startswith("广东省")


def test_international_mobiles():
    hk = normalize("+852 9123 4567")
    assert (hk.valid, hk.e164, hk.country, hk.region) == (True, "+85291234567", "HK", "香港")
    assert normalize("0085291234567").e164 == "+85291234567"  # 00 is the mainland's international prefix
    us = normalize("+1 (212) 555-1234")
    assert (us.valid, us.e164, us.country) == (True, "+12125551234", "US")


def test_region_decides_numbers_without_country_code():
    assert normalize("91234567", region="HK").e164 == "+85291234567"
    assert normalize("91234567").reason in REASONS
    assert not normalize("91234567").valid
    assert normalize("13800138000", region=None).reason == "unknown_country"
    assert normalize("+8613800138000", region=None).e164 == E164


def test_number_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        normalize(E164).e164 = "+8613900139000"  # type: ignore[misc]


NATIONALS = st.builds(
    lambda second, rest: f"1{second}{rest:09d}", st.sampled_from("3456789"), st.integers(0, 10**9 - 1)
)


def dress(national: str, style: int) -> object:
    forms = [
        national,
        f"+86{national}",
        f"+86 {national[:3]} {national[3:7]} {national[7:]}",
        f"0086-{national}",
        f"86{national}",
        f"({national[:3]}) {national[3:7]}-{national[7:]}",
        f"'{national}",
        national.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        f"{national}.0",
        f"{national[0]}.{national[1:]}E+10",
        int(national),
        float(national),
        f" {national} ",
    ]
    return forms[style % len(forms)]


@settings(max_examples=200, deadline=None)
@given(national=NATIONALS, style=st.integers(0, 100))
def test_normalize_is_idempotent_on_its_output(national, style):
    number = normalize(dress(national, style))
    assert number.e164 == "+86" + national
    again = normalize(number.e164)
    assert again == number
    assert normalize(number.national).e164 == number.e164


ANY_INPUT = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.text(alphabet="0123456789+-() .'eE１２３", max_size=25),
    st.binary(max_size=30),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True),
    st.booleans(),
    st.lists(st.integers(), max_size=2),
)


@settings(max_examples=500, deadline=None)
@given(raw=ANY_INPUT)
def test_any_input_gives_a_number_or_a_reason(raw):
    number = normalize(raw)
    assert isinstance(number, Number)
    if number.valid:
        assert number.reason is None
        assert number.e164.startswith("+") and number.e164[1:].isdigit() and number.e164.isascii()
        assert normalize(number.e164).e164 == number.e164
    else:
        assert number.reason in REASONS
        assert number.e164 is None


@settings(max_examples=150, deadline=None)
@given(raws=st.lists(st.one_of(ANY_INPUT, st.builds(dress, NATIONALS, st.integers(0, 100))), max_size=40))
def test_clean_agrees_with_normalize_on_both_paths(raws):
    expected_valid = list(dict.fromkeys(n.e164 for n in map(normalize, raws) if n.valid))
    expected_invalid = [(r, normalize(r).reason) for r in raws if not normalize(r).valid]
    for vector_min in (10**9, 1):  # the per-item loop, then the numpy path
        with mock.patch.object(numbers, "_VECTOR_MIN", vector_min):
            result = clean(raws)
        assert result.valid == expected_valid
        assert [(repr(r), reason) for r, reason in result.invalid] == [
            (repr(r), reason) for r, reason in expected_invalid
        ]
        assert result.duplicates == sum(n.valid for n in map(normalize, raws)) - len(expected_valid)


TRICKY = [
    "tel:13800138000",
    "138abc00138000",
    "13800138000x",
    "1380013800.0",  # Excel's 1380013800: ten digits, however the dot is read
    "13800138000.00",
    "13800138000.0.0",
    "138001380000.5",
    "138.0013.8000",
    "-13800138000",
    "+86+13800138000",
    "86-+13800138000",
    "(+86)",
    "+",
    "\u200b13800138000",
    "13800138000\u3000",
    "１３８００１３８０００",
    "１３８００１３８０００.0",
    "\x0013800138000",
    "13800138000\x00",
    "13800138000\r",
    "13800138000\n",
    "138\n00138000",
    "0086 (138) 0013-8000",
    "86 86 13800138000",
    -13800138000,
    -13800138000.0,
    13800138000.5,
    float("nan"),
    True,
    Decimal("13800138000"),
]


@pytest.mark.parametrize("raw", TRICKY, ids=repr)
def test_vector_path_agrees_with_normalize_on_tricky_input(raw):
    number = normalize(raw)
    with mock.patch.object(numbers, "_VECTOR_MIN", 1):
        vector = clean([raw, "13900139000"])
    with mock.patch.object(numbers, "_VECTOR_MIN", 10**9):
        per_item = clean([raw, "13900139000"])
    assert vector == per_item
    expected = [number.e164] if number.valid else []
    assert vector.valid == [*expected, "+8613900139000"]


def test_clean_counts_each_outcome_in_order():
    raws = ["13800138000", "bad", "+86 139 0013 9000", "13800138000", None, "13700137000", "8613700137000"]
    result = clean(raws, blacklist={"+8613700137000"})
    assert result == Cleaned(
        valid=["+8613800138000", "+8613900139000"],
        invalid=[("bad", "bad_chars"), (None, "empty")],
        duplicates=2,
        blacklisted=["+8613700137000"],
    )
    assert result.counts() == {"valid": 2, "invalid": 2, "duplicates": 2, "blacklisted": 1}
    assert result.total == len(raws)


@pytest.mark.parametrize(
    "blacklist",
    [
        ["+8613700137000"],
        ("+8613700137000",),
        {"+8613700137000": "global"},
        pd.Series(["+8613700137000"]),
        np.array(["+8613700137000"]),
        iter(["+8613700137000"]),
        "+8613700137000",
    ],
)
def test_blacklist_can_be_any_container(blacklist):
    result = clean(["13700137000", "13800138000"], blacklist=blacklist)
    assert (result.valid, result.blacklisted) == (["+8613800138000"], ["+8613700137000"])


@pytest.mark.parametrize(
    "raws",
    [
        pd.Series(["13800138000", "13800138000", None, "13900139000"]),
        pd.Series([13800138000.0, 13800138000.0, float("nan"), 13900139000.0]),
        np.array([13800138000, 13800138000, -1, 13900139000], dtype=np.int64),
        iter(["13800138000", "+8613800138000", "", "13900139000"]),
    ],
)
def test_clean_accepts_series_arrays_and_iterables(raws):
    result = clean(raws)
    assert result.valid == ["+8613800138000", "+8613900139000"]
    assert (len(result.invalid), result.duplicates) == (1, 1)


def test_clean_odd_arguments():
    assert clean("13800138000").valid == [E164]
    assert clean(None) == Cleaned()
    assert clean([]) == Cleaned()
    with pytest.raises(TypeError):
        clean(["13800138000"], blacklist=42)


def test_big_batch_takes_the_vector_path_and_matches_per_item():
    rng = random.Random(5)
    raws: list[object] = []
    for _ in range(6000):
        national = f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"
        raws.append(
            dress(national, rng.randrange(13))
            if rng.random() < 0.9
            else rng.choice(["", None, "1234", "12345678901", "010-12345678", "x", "+852 9123 4567", "1.38E+10"])
        )
    raws += raws[:500]  # duplicates in other dress
    assert len(raws) >= numbers._VECTOR_MIN
    with mock.patch.object(numbers, "_vector_mainland", wraps=numbers._vector_mainland) as vector:
        fast = clean(raws, blacklist={normalize(raws[0]).e164})
    assert vector.called
    with mock.patch.object(numbers, "_VECTOR_MIN", 10**9):
        slow = clean(raws, blacklist={normalize(raws[0]).e164})
    assert fast == slow
    assert len(fast.blacklisted) == 1 and fast.duplicates >= 500


def test_a_big_batch_asks_whether_to_go_on_between_slices_and_stops_when_told():
    raws = [f"139{i:08d}" for i in range(300_000)]
    asked = []
    assert len(numbers.clean(raws, check=lambda: asked.append(1)).valid) == 300_000
    assert len(asked) >= 3  # every slice of 131,072, and before the deduplication

    class Stop(Exception):
        pass

    calls = []

    def stop_at_second() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        numbers.clean(raws, check=stop_at_second)
    assert len(calls) == 2  # nothing was asked after the stop
