"""Number hygiene (SEND-6, CHK-1): normalise, validate, deduplicate and blacklist recipients.

Mainland mobiles take fast paths (numpy for big batches, regexes, per-prefix caches); the rest goes to phonenumbers.
"""

from __future__ import annotations

import math
import numbers as _abc
import re
import sys
from array import array
from base64 import b64decode
from bisect import bisect_right
from collections.abc import Callable, Container, Iterable, KeysView, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import numpy as np
import phonenumbers
from phonenumbers import (
    COUNTRY_CODE_TO_REGION_CODE,
    NumberParseException,
    PhoneNumberType,
    ValidationResult,
    carrier,
)

from smsdesk.domain.carriers import CARRIER_NAMES  # noqa: F401  (Number.carrier's names; read here by many)

# Why a number was refused; the UI translates these codes.
REASONS: tuple[str, ...] = (
    "empty",  # nothing there: None, "", blanks, NaN
    "not_a_number",  # not text or a whole number: bool, 13.5, inf, a list, only punctuation
    "bad_chars",  # letters or symbols that no phone number has, or a "+" in the middle
    "imprecise",  # Excel scientific notation that rounded digits away, e.g. "1.38E+10"
    "too_short",
    "too_long",
    "invalid_prefix",  # mainland 11 digits starting 10, 11 or 12
    "unknown_country",  # country calling code that does not exist
    "invalid_number",  # right shape, but no such number plan entry
    "not_mobile",  # a real number that cannot receive SMS (landline, toll-free…)
)


# ASCII digits only: \d would also accept Arabic-Indic and other digits that no carrier takes.
_MAINLAND_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# The forms most imports use, tried before any cleaning. Everything they accept, normalize() accepts
# with the same result; anything else goes the slow way.
_PLAIN_CN = re.compile(r"(?:\+86|0086|86)?(1[3-9][0-9]{9})")
_PLAIN_NOT_CN = re.compile(r"(?:\+86|0086)(1[3-9][0-9]{9})")
_FAST_CN = re.compile(r"[ ']*\(?(?:(?:\+|00)?86)?\)?[ -]?\(?(1[3-9][0-9])\)?[ -]?([0-9]{4})[ -]?([0-9]{4})(?:\.0*)? *")
_FAST_NOT_CN = re.compile(r"[ ']*\(?(?:\+|00)86\)?[ -]?\(?(1[3-9][0-9])\)?[ -]?([0-9]{4})[ -]?([0-9]{4})(?:\.0*)? *")
_DIGITS = re.compile(r"\+?[0-9]+")
_EXCEL_DECIMAL = re.compile(r"(\+?[0-9]+)\.0*")
_EXCEL_SCIENTIFIC = re.compile(r"([0-9])(?:\.([0-9]*))?[eE]\+?([0-9]{1,2})")

# Separators people and spreadsheets put inside numbers; dots are handled apart because
# "13800138000.0" is an Excel decimal, not a separator.
_BLANKS = (
    " \t\r\n\v\f\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u3000"
    "\u200b\u200c\u200d\u2060\ufeff"
)
_SEPARATORS = _BLANKS + "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d()\uff08\uff09'\u2018\u2019`/"
_FOLD_TABLE: dict[int, int | None] = {ord(ch): None for ch in _SEPARATORS}
_FOLD_TABLE.update({0xFF10 + i: 0x30 + i for i in range(10)})  # full-width digits
_FOLD_TABLE[0xFF0B] = ord("+")  # full-width plus
_FOLD_TABLE[0xFF0E] = ord(".")  # full-width full stop
_FOLD_TABLE[0xFF25] = ord("E")  # full-width E, for Excel notation typed in full-width
_FOLD_TABLE[0xFF45] = ord("e")
_ASCII_SEPARATORS = re.compile("[" + re.escape("".join(ch for ch in _SEPARATORS if ch.isascii())) + "]")
_DOT_TABLE = {ord("."): None}

_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
_POSSIBLE_REASONS = {
    ValidationResult.TOO_SHORT: "too_short",
    ValidationResult.TOO_LONG: "too_long",
    ValidationResult.INVALID_COUNTRY_CODE: "unknown_country",
    ValidationResult.INVALID_LENGTH: "invalid_number",
}
_PARSE_REASONS = {
    NumberParseException.INVALID_COUNTRY_CODE: "unknown_country",
    NumberParseException.NOT_A_NUMBER: "too_short",  # our text is digits by now: too few to be one
    NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
    NumberParseException.TOO_SHORT_NSN: "too_short",
    NumberParseException.TOO_LONG: "too_long",
}
# Byte classes for the vectorised mainland path (see _vector_mainland).
_BAD, _DIGIT, _PLUS, _SEP, _NEWLINE = 0, 1, 2, 3, 4
_BYTE_CLASS = np.zeros(256, dtype=np.uint8)
_BYTE_CLASS[ord("0") : ord("9") + 1] = _DIGIT
_BYTE_CLASS[ord("+")] = _PLUS
_BYTE_CLASS[[ord(ch) for ch in " -()'"]] = _SEP  # a subset of _SEPARATORS, so normalize() agrees
_BYTE_CLASS[ord("\n")] = _NEWLINE
_POW10 = 10 ** np.arange(10, -1, -1, dtype=np.int64)
_VECTOR_MIN = 4096  # below this the per-item loop is as fast and far simpler
_VECTOR_CHUNK = 1 << 17
_CARRIER_BY_ZH = {"中国移动": "China Mobile", "中国联通": "China Unicom", "中国电信": "China Telecom"}
_MAX_E164_DIGITS = 15


@dataclass(frozen=True, slots=True)
class Number:
    """One normalised recipient. ``reason`` is None exactly when ``valid``."""

    e164: str | None
    national: str | None  # national significant number, digits only ("13800138000")
    valid: bool
    reason: str | None
    country: str | None = None  # ISO 3166 code, "CN" for mainland
    carrier: str | None = None
    region: str | None = None  # province and city in Chinese where known, e.g. "广东省深圳市"


@dataclass(slots=True)
class Cleaned:
    """The outcome of cleaning one batch of raw numbers.

    Checks run in order: invalid, then duplicate, then blacklisted. Only the first sighting of a
    number is checked against the blacklist, so a blacklisted number given twice counts once in
    ``blacklisted`` and once in ``duplicates``.
    """

    valid: list[str] = field(default_factory=list)
    invalid: list[tuple[object, str]] = field(default_factory=list)
    duplicates: int = 0
    blacklisted: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.valid) + len(self.invalid) + self.duplicates + len(self.blacklisted)

    def counts(self) -> dict[str, int]:
        return {
            "valid": len(self.valid),
            "invalid": len(self.invalid),
            "duplicates": self.duplicates,
            "blacklisted": len(self.blacklisted),
        }


def normalize(raw: object, region: str | None = "CN") -> Number:
    """Normalise one raw number as typed, pasted or read from a spreadsheet cell; never raises.

    ``region`` is the ISO country assumed for numbers written without a country code.
    """
    national, parsed, reason = _resolve(raw, region)
    if national is not None:
        return _mainland(national)
    if parsed is not None:
        return Number(
            e164=phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
            national=phonenumbers.national_significant_number(parsed),
            valid=True,
            reason=None,
            country=phonenumbers.region_code_for_number(parsed),
            carrier=_carrier_name(parsed),
            region=_international_region(parsed),
        )
    return _refused(reason or "invalid_number")


def clean(
    raws: object, region: str | None = "CN", blacklist: object = None, check: Callable[[], object] | None = None
) -> Cleaned:
    """Normalise a batch, keep the first sighting of each number, and set blacklisted ones apart.

    ``raws`` is any iterable (list, pandas Series, numpy array, generator); a single string is one
    number. ``blacklist`` is any container of E.164 strings. ``check`` is called between slices of a big
    batch: a cancelled job raises from it and the work stops there.
    """
    items = _as_list(raws)
    blocked = _as_blacklist(blacklist)
    if len(items) >= _VECTOR_MIN:
        return _clean_vectorised(items, region, blocked, check or _go_on)
    invalid: list[tuple[object, str]] = []
    found: list[str] = []  # the E.164 of every valid raw, duplicates included, in input order
    append = found.append
    e164_of = _e164_finder(region)
    for raw in items:
        e164, reason = e164_of(raw)
        if e164 is None:
            invalid.append((raw, reason))
        else:
            append(e164)
    # dict.fromkeys keeps first-seen order and does the dedup in C.
    unique = list(dict.fromkeys(found))
    return _cleaned(unique, invalid, len(found) - len(unique), blocked)


def _cleaned(
    unique: list[str], invalid: list[tuple[object, str]], duplicates: int, blocked: Container[str] | None
) -> Cleaned:
    if blocked is None:
        return Cleaned(valid=unique, invalid=invalid, duplicates=duplicates)
    valid = [e164 for e164 in unique if e164 not in blocked]
    listed = [e164 for e164 in unique if e164 in blocked] if len(valid) != len(unique) else []
    return Cleaned(valid=valid, invalid=invalid, duplicates=duplicates, blacklisted=listed)


def _e164_finder(region: str | None) -> Callable[[object], tuple[str | None, str | None]]:
    """A function raw -> (E.164, None) or (None, reason), with the common forms tried first."""
    mainland = region == "CN"
    plain = (_PLAIN_CN if mainland else _PLAIN_NOT_CN).fullmatch
    dressed = (_FAST_CN if mainland else _FAST_NOT_CN).fullmatch
    join = "".join

    def e164_of(raw: object) -> tuple[str | None, str | None]:
        kind = type(raw)
        if kind is str:
            m = plain(raw)
            if m is not None:
                return "+86" + m.group(1), None
            m = dressed(raw)
            if m is not None:
                return "+86" + join(m.groups()), None
        elif (kind is int or kind is float) and mainland and 13_000_000_000 <= raw < 20_000_000_000 and raw == int(raw):
            return f"+86{int(raw)}", None
        return _e164_slow(raw, region)

    return e164_of


def _e164_slow(raw: object, region: str | None) -> tuple[str | None, str | None]:
    # Carrier and region are not wanted by clean(), so this skips normalize() and its lookups.
    national, parsed, reason = _resolve(raw, region)
    if national is not None:
        return "+86" + national, None
    if parsed is not None:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), None
    return None, reason or "invalid_number"


def _go_on() -> None:
    """The ``check`` of a batch nobody can cancel."""


def _clean_vectorised(
    items: list[object], region: str | None, blocked: Container[str] | None, check: Callable[[], object]
) -> Cleaned:
    """clean() for big batches: numpy settles the mainland mobiles, Python the rest, numpy deduplicates.

    Every E.164 is a "+" and at most 15 digits without a leading zero, so its digits as an int64
    identify it exactly; deduplication and first-seen order then come from np.unique.
    """
    n = len(items)
    keys = np.full(n, -1, dtype=np.int64)
    for start in range(0, n, _VECTOR_CHUNK):
        check()
        chunk = items[start : start + _VECTOR_CHUNK]
        nationals = _vector_mainland(chunk, region)
        hit = nationals >= 0
        keys[start : start + len(chunk)][hit] = nationals[hit] + 86 * 10**11
    invalid: list[tuple[object, str]] = []
    # The vector pass took every form the per-item fast regexes know, so go straight to the slow path.
    for i in np.flatnonzero(keys < 0).tolist():
        raw = items[i]
        e164, reason = _e164_slow(raw, region)
        if e164 is None:
            invalid.append((raw, reason))
        else:
            keys[i] = int(e164[1:])
    check()
    positions = np.flatnonzero(keys >= 0)
    _, first = np.unique(keys[positions], return_index=True)
    first.sort()
    kept = keys[positions[first]]
    # tolist() a slice at a time: over a million values it is one C call holding the GIL (and a console) ~60 ms
    step = _VECTOR_CHUNK
    unique = [f"+{key}" for start in range(0, len(kept), step) for key in kept[start : start + step].tolist()]
    return _cleaned(unique, invalid, len(positions) - len(first), blocked)


def _vector_mainland(chunk: list[object], region: str | None) -> np.ndarray:
    """National number (as int) of each item that is a mainland mobile in a simple written form, else -1.

    Handles whole numbers and strings made only of digits (full-width too), a leading "+", the
    separators " -()'" and an Excel ".0" tail, whose digits read (+86|0086|86)?1[3-9]xxxxxxxxx.
    These are the first steps normalize() takes, so what this path accepts normalize() accepts with
    the same result; everything else is left to the per-item path.
    """
    n = len(chunk)
    result = np.full(n, -1, dtype=np.int64)
    joined = "\n".join([raw if type(raw) is str else _whole_number_text(raw) for raw in chunk])
    joined = joined.replace(".0\n", "\n")
    if joined.endswith(".0"):
        joined = joined[:-2]
    codes = np.frombuffer(joined.encode("utf-32-le", "replace"), dtype=np.uint32).copy()
    wide = ((codes >= 0xFF10) & (codes <= 0xFF19)) | (codes == 0xFF0B)
    codes[wide] -= 0xFEE0  # full-width digits and plus to ASCII
    classes = _BYTE_CLASS[np.minimum(codes, 0xFF)]
    line_ends = np.flatnonzero(classes == _NEWLINE)
    if len(line_ends) != n - 1:
        return result  # a string held a newline: let the per-item path see every row
    starts = np.concatenate(([0], line_ends + 1))
    stops = np.concatenate((line_ends, [len(codes)]))
    # int32: numpy's bool -> int64 cumsum is several times slower, and a chunk is far below 2**31.
    bad = np.concatenate(([0], np.cumsum(classes == _BAD, dtype=np.int32)))
    clean_row = bad[stops] == bad[starts]

    packed = codes[(classes == _DIGIT) | (classes == _PLUS) | (classes == _NEWLINE)]
    packed_ends = np.flatnonzero(packed == ord("\n"))
    packed_starts = np.concatenate(([0], packed_ends + 1))
    lengths = np.concatenate((packed_ends, [len(packed)])) - packed_starts

    offsets = np.full(n, -1, dtype=np.int64)
    prefixes = {3: "+86", 4: "0086"}
    if region == "CN":
        prefixes |= {0: "", 2: "86"}
    for offset, prefix in prefixes.items():
        rows = np.flatnonzero(clean_row & (lengths == offset + 11))
        for k, char in enumerate(prefix):
            rows = rows[packed[packed_starts[rows] + k] == ord(char)]
        offsets[rows] = offset
    rows = np.flatnonzero(offsets >= 0)
    if not len(rows):
        return result
    digits = packed[(packed_starts[rows] + offsets[rows])[:, None] + np.arange(11)].astype(np.int64) - ord("0")
    ok = ((digits >= 0) & (digits <= 9)).all(axis=1) & (digits[:, 0] == 1) & (digits[:, 1] >= 3)
    result[rows[ok]] = digits[ok] @ _POW10
    return result


def _whole_number_text(raw: object) -> str:
    kind = type(raw)
    if kind is int:
        return str(raw) if raw >= 0 else ""
    if kind is float:
        return str(int(raw)) if raw >= 0 and raw.is_integer() else ""
    return ""


def _refused(reason: str) -> Number:
    return Number(e164=None, national=None, valid=False, reason=reason)


def _mainland(national: str) -> Number:
    return Number(
        e164="+86" + national,
        national=national,
        valid=True,
        reason=None,
        country="CN",
        carrier=_mainland_carrier(national[:4]),
        region=_mainland_region(national[:7]),
    )


def _resolve(raw: object, region: str | None) -> tuple[str | None, phonenumbers.PhoneNumber | None, str | None]:
    """(mainland national number, None, None), (None, parsed international mobile, None) or (None, None, reason)."""
    text, reason = _to_text(raw)
    if reason is not None:
        return None, None, reason
    national, reason = _mainland_national(text, region)
    if national is not None or reason is not None:
        return national, None, reason
    return _international(text, region)


def _to_text(raw: object) -> tuple[str, str | None]:
    """Reduce any cell value to "+digits" or "digits", or give the reason it cannot be."""
    if raw is None:
        return "", "empty"
    if isinstance(raw, str):
        return _clean_text(raw)
    if isinstance(raw, bool):
        return "", "not_a_number"
    if isinstance(raw, bytes | bytearray):
        try:
            return _clean_text(bytes(raw).decode("utf-8"))
        except UnicodeDecodeError:
            return "", "bad_chars"
    if isinstance(raw, _abc.Integral):
        value = int(raw)
        return (str(value), None) if value >= 0 else ("", "not_a_number")
    if isinstance(raw, Decimal):
        if raw.is_nan():
            return "", "empty"
        if not raw.is_finite() or raw < 0 or raw != raw.to_integral_value():
            return "", "not_a_number"
        return str(int(raw)), None
    if isinstance(raw, _abc.Real):
        try:
            value = float(raw)
        except (TypeError, ValueError, OverflowError):
            return "", "not_a_number"
        if math.isnan(value):
            return "", "empty"
        if math.isinf(value) or not value.is_integer() or value < 0:
            return "", "not_a_number"
        return str(int(value)), None
    if type(raw).__name__ in ("NAType", "NaTType"):
        return "", "empty"
    return "", "not_a_number"


def _clean_text(raw: str) -> tuple[str, str | None]:
    if _DIGITS.fullmatch(raw):
        return raw, None
    # translate() with deletions is slow on short ASCII strings; a regex does the same job there.
    text = _ASCII_SEPARATORS.sub("", raw) if raw.isascii() else raw.translate(_FOLD_TABLE)
    if not text:
        return "", "empty" if not raw.strip(_BLANKS) else "not_a_number"
    if _DIGITS.fullmatch(text):
        return text, None
    # Excel artefacts come before dots are treated as separators: "13800138000.0" is not 12 digits.
    m = _EXCEL_DECIMAL.fullmatch(text)
    if m is not None:
        return m.group(1), None
    m = _EXCEL_SCIENTIFIC.fullmatch(text)
    if m is not None:
        return _from_scientific(m)
    text = text.translate(_DOT_TABLE)
    if not text:
        return "", "not_a_number"
    if _DIGITS.fullmatch(text):
        return text, None
    return "", "bad_chars"


def _from_scientific(m: re.Match[str]) -> tuple[str, str | None]:
    lead, fraction, exponent = m.group(1), m.group(2) or "", int(m.group(3))
    if fraction[exponent:].strip("0"):
        return "", "not_a_number"  # digits after the point remain: not a whole number
    written = lead + fraction[:exponent]
    digits = (written + "0" * (exponent - len(fraction))).lstrip("0") or "0"
    # Excel shows as many digits as fit; fewer written digits than the number has means some were lost.
    if len(written.lstrip("0")) < len(digits):
        return "", "imprecise"
    return digits, None


def _mainland_national(text: str, region: str | None) -> tuple[str | None, str | None]:
    """The 11-digit mainland mobile in ``text``, or a reason when it is a +86 number but no mobile.

    (None, None) means "not mainland": let phonenumbers decide.
    """
    if text.startswith("+86"):
        national = text[3:]
    elif text.startswith("0086"):
        national = text[4:]
    elif region == "CN" and not text.startswith(("+", "00")):  # 00 dials out of the mainland
        national = text[2:] if len(text) == 13 and text.startswith("861") else text
    else:
        return None, None
    if _MAINLAND_MOBILE.fullmatch(national):
        return national, None
    if len(national) > _MAX_E164_DIGITS:
        return None, "too_long"
    if national.startswith("1"):
        if len(national) < 11:
            return None, "too_short"
        if len(national) > 11:
            return None, "too_long"
        return None, "invalid_prefix"
    if national.startswith("01") and _MAINLAND_MOBILE.fullmatch(national[1:]):
        # A trunk "0" dialled before a mobile from a landline in another city.
        return national[1:], None
    return None, _not_mainland_mobile(national)


def _not_mainland_mobile(national: str) -> str:
    """Why a +86 number that is not 1[3-9]xxxxxxxxx is refused, without a full phonenumbers parse.

    Only mobiles are valid on the mainland, so whatever has a possible length is "not_mobile"
    (landline, 400 service line or an unallocated landline block alike).
    """
    digits = national.lstrip("0")
    if not digits:
        return "invalid_number"
    if len(digits) > _MAX_E164_DIGITS:
        return "too_long"
    number = phonenumbers.PhoneNumber(country_code=86, national_number=int(digits))
    possible = phonenumbers.is_possible_number_with_reason(number)
    if possible == ValidationResult.IS_POSSIBLE:
        return "not_mobile"
    return _POSSIBLE_REASONS.get(possible, "invalid_number")


def _international(text: str, region: str | None) -> tuple[str | None, phonenumbers.PhoneNumber | None, str | None]:
    if len(text) > _MAX_E164_DIGITS + 5:  # room for "+" and an international prefix such as 00 or 011
        return None, None, "too_long"
    if text.startswith("+") and not any(
        int(text[1:n]) in COUNTRY_CODE_TO_REGION_CODE for n in (2, 3, 4) if len(text) >= n
    ):
        return None, None, "unknown_country"
    try:
        parsed = phonenumbers.parse(text, region)
    except NumberParseException as exc:
        return None, None, _PARSE_REASONS.get(exc.error_type, "invalid_number")
    if parsed.country_code == 86:
        # Mainland validity is the SEND-6 rule alone, so clean() and normalize() always agree.
        national = phonenumbers.national_significant_number(parsed)
        if _MAINLAND_MOBILE.fullmatch(national):
            return national, None, None
        return None, None, _not_mainland_mobile(national)
    # number_type() already decides validity; calling is_valid_number() too would double the cost.
    number_type = phonenumbers.number_type(parsed)
    if number_type == PhoneNumberType.UNKNOWN:
        possible = phonenumbers.is_possible_number_with_reason(parsed)
        return None, None, _POSSIBLE_REASONS.get(possible, "invalid_number")
    if number_type not in _MOBILE_TYPES:
        return None, None, "not_mobile"
    return None, parsed, None


@lru_cache(maxsize=4096)
def _mainland_carrier(prefix4: str) -> str | None:
    # China's carrier data is keyed by at most 4 national digits, so one lookup per prefix is exact.
    return _carrier_name(phonenumbers.PhoneNumber(country_code=86, national_number=int(prefix4 + "0000000")))


def _mainland_region(prefix7: str) -> str | None:
    # Mainland mobile geography is allocated per 7-digit block (H-code): our own table of phonenumbers' Chinese
    # answers (domain/place_names_zh.py), so the every-language geocoder data never loads for it.
    return _place_names().mainland(int(prefix7))


def _international_region(parsed: phonenumbers.PhoneNumber) -> str | None:
    """phonenumbers.geocoder.description_for_number(parsed, "zh") for a valid mobile outside the mainland.

    phonenumbers has Chinese place names below country level only for a few country codes (the table lists them);
    for the others the geocoder answers the country's Chinese name, which the table holds too.
    """
    table = _place_names()
    if parsed.country_code in table.detailed_country_codes:
        return _geocoder().description_for_number(parsed, "zh") or None
    codes = phonenumbers.region_codes_for_country_code(parsed.country_code)
    if len(codes) == 1:
        return table.country_names.get(codes[0]) or None
    # geocoder.country_name_for_number: the one region the number is valid for, none if several
    valid = [code for code in codes if phonenumbers.is_valid_number_for_region(parsed, code)]
    if len(valid) != 1:
        return None
    return table.country_names.get(valid[0]) or None


class _PlaceNames:
    """The generated table, decoded: run starts for bisect, a name index per run (0: no name)."""

    def __init__(self) -> None:
        from smsdesk.domain import place_names_zh as generated

        self.names = generated.NAMES
        self.starts = array("I", b64decode(generated.MAINLAND_STARTS))
        self.names_at = array("H", b64decode(generated.MAINLAND_NAMES_AT))
        if sys.byteorder != "little":
            self.starts.byteswap()
            self.names_at.byteswap()
        self.detailed_country_codes = generated.DETAILED_COUNTRY_CODES
        self.country_names = generated.COUNTRY_NAMES

    def mainland(self, prefix7: int) -> str | None:
        run = bisect_right(self.starts, prefix7) - 1
        return self.names[self.names_at[run]] if run >= 0 else None


@lru_cache(maxsize=1)
def _place_names() -> _PlaceNames:
    return _PlaceNames()


def _geocoder():
    # phonenumbers.geocoder loads every language's place names (~170 MB, about a second): only numbers of the few
    # countries with Chinese place names below country level (not the mainland's) need it.
    from phonenumbers import geocoder

    return geocoder


def _carrier_name(number: phonenumbers.PhoneNumber) -> str | None:
    name = carrier.name_for_valid_number(number, "en")
    if name:
        return name
    return _CARRIER_BY_ZH.get(carrier.name_for_valid_number(number, "zh")) or None


def _as_list(raws: object) -> list[object]:
    if raws is None:
        return []
    if isinstance(raws, str | bytes | bytearray):
        return [raws]
    tolist = getattr(raws, "tolist", None)  # pandas Series / Index and numpy arrays
    if callable(tolist):
        values = tolist()
        return values if isinstance(values, list) else [values]
    if isinstance(raws, Iterable):
        return list(raws)
    return [raws]


def _as_blacklist(blacklist: object) -> Container[str] | None:
    if blacklist is None:
        return None
    if isinstance(blacklist, set | frozenset | Mapping | KeysView):
        return blacklist
    if isinstance(blacklist, str):
        return frozenset((blacklist,))
    tolist = getattr(blacklist, "tolist", None)
    if callable(tolist):
        # "x in series" looks at the index, not the values.
        return frozenset(tolist())
    if isinstance(blacklist, Iterable):
        return frozenset(blacklist)
    if isinstance(blacklist, Container):
        return blacklist
    raise TypeError(f"blacklist must be a container of E.164 strings, not {type(blacklist).__name__}")
