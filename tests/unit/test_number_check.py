"""The offline number check (CHK-1): carriers by segment, virtual operators with their host network, places."""

from __future__ import annotations

import pytest

from smsdesk.domain import number_check as nc


@pytest.mark.parametrize(
    ("number", "carrier", "host"),
    [
        ("13800138000", "mobile", None),
        ("13012345678", "unicom", None),
        ("18912345678", "telecom", None),
        ("19212345678", "broadnet", None),
        ("17001234567", "virtual", "telecom"),
        ("17031234567", "virtual", "mobile"),
        ("17041234567", "virtual", "unicom"),
        ("17112345678", "virtual", "unicom"),
        ("16212345678", "virtual", "telecom"),
        ("16512345678", "virtual", "mobile"),
        ("16712345678", "virtual", "unicom"),
    ],
)
def test_every_carrier_and_virtual_segment(number, carrier, host):
    one = nc.check_one(number)
    assert (one.valid, one.carrier, one.host) == (True, carrier, host)
    many = nc.check_many([number, "+86" + number])
    assert many.duplicates == 1 and nc.CARRIERS[many.carriers[0]] == carrier
    assert nc.host_name(int(many.hosts[0])) == host


def test_places_split_into_province_and_city():
    assert nc.split_region("广东省深圳市") == nc.Place("广东省", "深圳市")
    assert nc.split_region("北京市") == nc.Place("北京市", "北京市")
    assert nc.split_region("广西南宁市") == nc.Place("广西", "南宁市")
    assert nc.split_region("内蒙古呼和浩特市") == nc.Place("内蒙古", "呼和浩特市")
    assert nc.split_region("中国") == nc.Place(None, None)
    one = nc.check_one("13412345678")
    assert (one.province, one.city) == ("广东省", "东莞市")


def test_bad_input_comes_back_with_its_reason_and_nothing_is_lost():
    raws = ["", "abc", "1.38E+10", 13800138000.0, "13800138000", "12345", None, b"\xff\xfe", "+44 7700 900123"]
    many = nc.check_many(raws)
    reasons = {str(raw): reason for raw, reason in many.invalid}
    assert reasons["abc"] == "bad_chars" and reasons["1.38E+10"] == "imprecise" and reasons["12345"] == "too_short"
    assert len(many) + len(many.invalid) + many.duplicates == len(raws)
    assert nc.carrier_label("virtual", "unicom") == "虚拟运营商(中国联通)"
