"""The place names normalize() reports come from our own table (domain/place_names_zh.py), not from phonenumbers'
every-language geocoder data: the table must give exactly phonenumbers' Chinese answer, and normal use must not load
phonenumbers.geodata (~170 MB in the console)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType, geocoder

from smsdesk.domain import numbers

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def test_every_mainland_block_matches_phonenumbers():
    """All 700,000 7-digit blocks of 1[3-9]xxxxxxxxx: the table answers what phonenumbers' geocoder answers in
    Chinese ("中国" alone, or nothing, is no place: None)."""
    table = numbers._place_names()
    wrong = []
    named = 0
    for prefix7 in range(1_300_000, 2_000_000):
        number = phonenumbers.PhoneNumber(country_code=86, national_number=prefix7 * 10_000)
        described = geocoder.description_for_valid_number(number, "zh")
        expected = described if described and described != "中国" else None
        got = table.mainland(prefix7)
        named += expected is not None
        if got != expected:
            wrong.append((prefix7, expected, got))
    assert wrong[:5] == [] and len(wrong) == 0
    assert named > 300_000  # phonenumbers knows most blocks: the comparison is not between two empty tables


@pytest.mark.parametrize("raw", ["13800138000", "+86 138 0265 1234", "008619912345678", "16200000000"])
def test_normalize_mainland_region_is_phonenumbers_answer(raw):
    got = numbers.normalize(raw)
    parsed = phonenumbers.parse(got.e164, None)
    described = geocoder.description_for_valid_number(parsed, "zh")
    assert got.region == (described if described and described != "中国" else None)


def _mobile_examples():
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None and example.country_code != 86:
                yield region, phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)


def test_numbers_outside_the_mainland_get_phonenumbers_answer():
    """Every region's example mobile, Taiwan and Korea (Chinese names below country level) and the shared +1 plan
    included: the region is geocoder.description_for_number(..., "zh") or None."""
    wrong, seen = [], 0
    for region, e164 in _mobile_examples():
        got = numbers.normalize(e164)
        if not got.valid:
            continue
        seen += 1
        expected = geocoder.description_for_number(phonenumbers.parse(e164, None), "zh") or None
        if expected is not None and expected.startswith("*"):
            expected = None  # phonenumbers' Samoa points at itself ("*zh"): not a name to show
        if got.region != expected:
            wrong.append((region, e164, expected, got.region))
    assert wrong == []
    assert seen > 200
    assert numbers.normalize("+44 7400 123456").region == "英国"
    assert numbers.normalize("+1 650 253 0000").region == geocoder.description_for_number(
        phonenumbers.parse("+16502530000"), "zh"
    )


def test_normal_use_does_not_load_every_languages_place_names():
    code = (
        "import sys\n"
        "from smsdesk.domain import numbers\n"
        "assert numbers.normalize('13800138000').region == '北京市'\n"
        "assert numbers.normalize('+44 7400 123456').region == '英国'\n"
        "numbers.normalize('+1 650 253 0000')\n"
        "numbers.normalize('+852 9123 4567')\n"
        "numbers.clean(['13800138000', '+44 7700 900123', '12345'] * 3000)\n"
        "loaded = [m for m in sys.modules if m.startswith(('phonenumbers.geodata', 'phonenumbers.geocoder'))]\n"
        "print(','.join(sorted(loaded)))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(DESKTOP), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
