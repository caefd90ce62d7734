"""Number check (CHK-1) without a network: carrier (virtual operators' segments with their host network), province
and city, for one number or a million at once.

The bulk path never asks phonenumbers per number: it turns phonenumbers' own Chinese carrier and geocoder data into
two arrays indexed by a mainland mobile's first 4 and first 7 national digits (carriers and geography are allocated
per block), built once per process, and looks every number up with numpy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import phonenumbers

from smsdesk.domain import numbers as number_rules

# Carriers as stored and printed (the console labels them): the four mainland networks, virtual operators, others.
CARRIERS: tuple[str, ...] = ("mobile", "unicom", "telecom", "broadnet", "virtual", "other")
HOSTS: tuple[str, ...] = ("mobile", "unicom", "telecom")
CARRIER_ZH = {"mobile": "中国移动", "unicom": "中国联通", "telecom": "中国电信", "broadnet": "中国广电",
              "virtual": "虚拟运营商", "other": "其他"}
# Live status of a number as a provider reports it (空号, 停机, 关机, 正常, 未知); "pending" while it is looked up.
STATUSES: tuple[str, ...] = ("empty", "suspended", "powered_off", "active", "unknown")
STATUS_ZH = {"empty": "空号", "suspended": "停机", "powered_off": "关机", "active": "正常", "unknown": "未知"}

# Virtual operators (MVNO) use these segments of a host network; phonenumbers names the host for some and
# nothing for others, so the table is ours (MIIT allocations: 170/171 in 2013, 162/165/167 in 2016).
_VIRTUAL: dict[str, str] = {
    **{f"170{d}": "telecom" for d in "012"},
    **{f"170{d}": "mobile" for d in "356"},
    **{f"170{d}": "unicom" for d in "4789"},
    **{f"171{d}": "unicom" for d in "0123456789"},
    **{f"162{d}": "telecom" for d in "0123456789"},
    **{f"165{d}": "mobile" for d in "0123456789"},
    **{f"167{d}": "unicom" for d in "0123456789"},
}
_BY_ENGLISH = {"China Mobile": "mobile", "China Unicom": "unicom", "China Telecom": "telecom",
               "China Broadnet": "broadnet"}
_CARRIER_CODE = {name: i for i, name in enumerate(CARRIERS)}
_HOST_CODE = {name: i + 1 for i, name in enumerate(HOSTS)}  # 0: no host
_PROVINCE = re.compile(r"^(.+?(?:省|自治区|特别行政区))(.*)$")
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
# the autonomous regions as phonenumbers' Chinese data writes them ("广西南宁市", "内蒙古呼和浩特市")
_SHORT_PROVINCES = ("内蒙古", "广西", "西藏", "宁夏", "新疆")
_SLICE = 1 << 17


@dataclass(frozen=True, slots=True)
class Segment:
    """What a mainland mobile's first digits say: its carrier, and for a virtual operator its host network."""

    carrier: str | None
    host: str | None = None


@dataclass(frozen=True, slots=True)
class Place:
    province: str | None
    city: str | None


def split_region(description: str | None) -> Place:
    """'广东省深圳市' -> (广东省, 深圳市); '北京市' -> (北京市, 北京市);
    '内蒙古自治区呼和浩特市' -> (内蒙古自治区, 呼和浩特市)."""
    if not description or description == "中国":
        return Place(None, None)
    if description in _MUNICIPALITIES:
        return Place(description, description)
    m = _PROVINCE.match(description)
    if m is not None:
        return Place(m.group(1), m.group(2) or None)
    for short in _SHORT_PROVINCES:
        if description.startswith(short):
            return Place(short, description[len(short) :] or None)
    return Place(description, None)


@lru_cache(maxsize=2048)
def segment(prefix4: str) -> Segment:
    """Carrier of a mainland mobile by its first four national digits ('1701' -> virtual, host telecom)."""
    host = _VIRTUAL.get(prefix4)
    if host is not None:
        return Segment("virtual", host)
    number = phonenumbers.PhoneNumber(country_code=86, national_number=int(prefix4 + "0000000"))
    name = phonenumbers.carrier.name_for_number(number, "en")
    code = _BY_ENGLISH.get(name)
    if code is None:
        zh = phonenumbers.carrier.name_for_number(number, "zh")
        code = {"中国移动": "mobile", "中国联通": "unicom", "中国电信": "telecom", "中国广电": "broadnet"}.get(zh)
    return Segment(code or "other")


@dataclass(frozen=True, slots=True)
class Checked:
    """One number as the offline check sees it (for a handful of numbers; bulk work uses ``check_many``)."""

    raw: object
    e164: str | None
    valid: bool
    reason: str | None
    carrier: str | None = None
    host: str | None = None
    province: str | None = None
    city: str | None = None


def check_one(raw: object) -> Checked:
    n = number_rules.normalize(raw)
    if not n.valid:
        return Checked(raw, None, False, n.reason)
    if n.country == "CN" and n.national:
        seg = segment(n.national[:4])
        place = _places()[_region_index()[int(n.national[:7]) - 1_000_000]]
        return Checked(raw, n.e164, True, None, seg.carrier, seg.host, place.province, place.city)
    place = split_region(n.region)
    return Checked(raw, n.e164, True, None, "other", None, place.province, place.city)


# ------------------------------------------------------------------------------------------------ bulk


@dataclass(slots=True)
class Offline:
    """A batch checked offline: the distinct valid numbers (E.164 digits as int64, first-seen order) with their
    carrier, host and place as indexes into CARRIERS, (None,)+HOSTS and ``places``; the refused inputs; duplicates."""

    numbers: np.ndarray
    carriers: np.ndarray  # int8 index into CARRIERS
    hosts: np.ndarray  # int8: 0 none, else 1 + index into HOSTS
    places: np.ndarray  # int32 index into place_names
    place_names: list[Place]
    invalid: list[tuple[object, str]] = field(default_factory=list)
    duplicates: int = 0

    def __len__(self) -> int:
        return len(self.numbers)


def check_many(raws: object, check: Callable[[], object] | None = None) -> Offline:
    """Normalise, deduplicate and describe a batch (typed, a file's column, a million rows); never raises on
    bad values (they come back in ``invalid`` with their reason). ``check`` is called between slices: a
    cancelled job raises from it."""
    check = check or (lambda: None)
    cleaned = number_rules.clean(raws, check=check)
    n = len(cleaned.valid)
    numbers = np.empty(n, dtype=np.int64)
    for start in range(0, n, _SLICE):
        check()
        numbers[start : start + _SLICE] = [int(e[1:]) for e in cleaned.valid[start : start + _SLICE]]
    carriers = np.full(n, _CARRIER_CODE["other"], dtype=np.int8)
    hosts = np.zeros(n, dtype=np.int8)
    places = np.zeros(n, dtype=np.int32)
    names = list(_places())
    mainland = (numbers >= 8613000000000) & (numbers < 8620000000000)
    if mainland.any():
        check()
        national = numbers[mainland] - 86 * 10**11
        carrier_table, host_table = _segment_tables()
        p4 = national // 10**7 - 1000
        carriers[mainland] = carrier_table[p4]
        hosts[mainland] = host_table[p4]
        places[mainland] = _region_index()[national // 10**4 - 1_000_000]
    others = np.flatnonzero(~mainland)
    if len(others):
        extra: dict[Place, int] = {}
        for i in others.tolist():
            parsed = number_rules.normalize(f"+{numbers[i]}")
            place = split_region(parsed.region)
            if place not in extra:
                extra[place] = len(names)
                names.append(place)
            places[i] = extra[place]
    return Offline(numbers, carriers, hosts, places, names, cleaned.invalid, cleaned.duplicates)


@lru_cache(maxsize=1)
def _segment_tables() -> tuple[np.ndarray, np.ndarray]:
    carriers = np.full(1000, _CARRIER_CODE["other"], dtype=np.int8)
    hosts = np.zeros(1000, dtype=np.int8)
    for p in range(1000):
        seg = segment(str(1000 + p))
        carriers[p] = _CARRIER_CODE[seg.carrier or "other"]
        hosts[p] = _HOST_CODE.get(seg.host or "", 0)
    return carriers, hosts


_region_cache: list = []


def _places() -> list[Place]:
    _region_index()
    return _region_cache[1]


def _region_index() -> np.ndarray:
    if not _region_cache:
        _region_cache[:] = list(build_region_table())
    return _region_cache[0]


def set_region_table(table: np.ndarray, names: list[Place]) -> None:
    """A table build_region_table() made earlier (infra/number_tables.py keeps it on disk)."""
    _region_cache[:] = [table, names]


def build_region_table() -> tuple[np.ndarray, list[Place]]:
    """Place index per 7-digit mainland block 1000000..1999999 (index 0 is "unknown"), from phonenumbers' Chinese
    geocoder data, longer prefixes over shorter ones as its longest-prefix rule says."""
    from phonenumbers.geodata import GEOCODE_DATA  # about a second: loaded once, by the first check

    table = np.zeros(1_000_000, dtype=np.int32)
    names: list[Place] = [Place(None, None)]
    index: dict[str, int] = {}
    keys = sorted((k for k in GEOCODE_DATA if k.startswith("861") and len(k) <= 9), key=len)
    for key in keys:
        described = GEOCODE_DATA[key].get("zh")
        digits = key[2:]
        width = 10 ** (7 - len(digits))
        start = int(digits) * width - 1_000_000
        if described is None:
            continue
        slot = index.get(described)
        if slot is None:
            place = split_region(described)
            slot = index[described] = len(names) if place.province else 0
            if place.province:
                names.append(place)
        table[start : start + width] = slot
    return table, names


def warm_up() -> None:
    """Builds the lookup tables now (the console calls it in the background, so the first check is quick)."""
    _region_index()
    _segment_tables()


def carrier_label(carrier: str | None, host: str | None) -> str:
    """'中国移动', or '虚拟运营商(中国联通)' for a virtual operator's number: the command line's carrier column."""
    if not carrier:
        return ""
    if carrier == "virtual" and host:
        return f"{CARRIER_ZH['virtual']}({CARRIER_ZH[host]})"
    return CARRIER_ZH.get(carrier, carrier)


def host_name(code: int) -> str | None:
    return HOSTS[code - 1] if code else None
