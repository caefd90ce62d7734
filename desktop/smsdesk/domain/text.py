"""What a message is on the air: signature, opt-out suffix, encoding, length, segments and their bytes.

Implements the live counter of SEND-3 and the signature rule of SET-5.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from smsdesk.domain.kinds import KINDS, MARKETING, check_kind

GSM7 = "GSM7"
UCS2 = "UCS2"
ENCODINGS: tuple[str, ...] = (GSM7, UCS2)

# SMPP data_coding: 0x00 is the SMSC default alphabet (GSM 03.38), 0x08 is UCS-2.
DATA_CODING: Mapping[str, int] = MappingProxyType({GSM7: 0x00, UCS2: 0x08})

SINGLE_LIMIT: Mapping[str, int] = MappingProxyType({GSM7: 160, UCS2: 70})
# A concatenated part loses 6 octets to the UDH: 153 septets or 67 UTF-16 units remain.
PART_LIMIT: Mapping[str, int] = MappingProxyType({GSM7: 153, UCS2: 67})

DEFAULT_OPT_OUT = "退订回T"

# Content limits in characters (code points) of the content alone: the signature and the opt-out
# suffix are added by the platform, so the seeds' "500字 / 300字" is what the operator may type.
DEFAULT_LIMITS: Mapping[str, int] = MappingProxyType(
    {"verification": 500, "notification": 500, "marketing": 300, "alert": 500}
)

SIGNATURE_MIN = 2
SIGNATURE_MAX = 8
SIGNATURE_OPEN = "【"
SIGNATURE_CLOSE = "】"

SIGNATURE_ERRORS: tuple[str, ...] = (
    "empty",
    "too_short",
    "too_long",
    "nested_brackets",
    "unbalanced_brackets",
    "bad_chars",
)

# Problems a Measure can report; none of them stops the counter from working.
MEASURE_ISSUES: tuple[str, ...] = (
    "empty",
    "empty_content",
    "over_limit",
    *(f"signature_{code}" for code in SIGNATURE_ERRORS if code != "empty"),
)

# GSM 03.38 default alphabet; the position is the septet value. 0x1B is the escape to the
# extension table, not a character, so a literal ESC in content is not GSM-7.
_GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
_ESCAPE = 0x1B
_GSM7_EXTENSION: Mapping[str, int] = MappingProxyType(
    {"\f": 0x0A, "^": 0x14, "{": 0x28, "}": 0x29, "\\": 0x2F, "[": 0x3C, "~": 0x3D, "]": 0x3E, "|": 0x40, "€": 0x65}
)
_EXTENSION_CHARS = frozenset(_GSM7_EXTENSION)

_SEPTET_TABLE: dict[int, str] = {ord(ch): chr(septet) for septet, ch in enumerate(_GSM7_BASIC) if septet != _ESCAPE}
_SEPTET_TABLE.update({ord(ch): chr(_ESCAPE) + chr(code) for ch, code in _GSM7_EXTENSION.items()})

_GSM7_CHARS = "".join(ch for i, ch in enumerate(_GSM7_BASIC) if i != _ESCAPE) + "".join(_GSM7_EXTENSION)
_NOT_GSM7 = re.compile("[^" + re.escape(_GSM7_CHARS) + "]")
_EXTENSION_RE = re.compile("[" + re.escape("".join(_GSM7_EXTENSION)) + "]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Measure(NamedTuple):
    """A message as the carrier will count and carry it.

    A NamedTuple rather than a frozen dataclass: the live counter and the dispatcher build one per
    message, and a tuple is several times cheaper to construct.
    """

    text: str  # exactly what goes on the air: 【signature】 + content (+ opt-out for marketing)
    content: str
    signature: str | None  # without brackets
    kind: str
    encoding: str  # GSM7 or UCS2
    units: int  # septets (extension characters count 2) or UTF-16 code units (an emoji counts 2)
    segments: int
    parts: tuple[str, ...]
    chars: int  # code points in text
    content_chars: int  # code points in content: what the limit counts
    limit: int
    over_limit: bool
    issues: tuple[str, ...]  # codes from MEASURE_ISSUES

    @property
    def empty(self) -> bool:
        return not self.text

    @property
    def data_coding(self) -> int:
        return DATA_CODING[self.encoding]

    @property
    def unit_limit(self) -> int:
        """Units one part may hold for this message (160/70 when single, 153/67 when split)."""
        return SINGLE_LIMIT[self.encoding] if self.segments <= 1 else PART_LIMIT[self.encoding]


def measure(
    content: object,
    *,
    signature: object = None,
    kind: str = "notification",
    opt_out: str | None = DEFAULT_OPT_OUT,
    limits: Mapping[str, int] | None = None,
) -> Measure:
    """Build the text that goes on the air and count it the way the carrier bills it.

    ``signature`` is given bare ("动力思维") or bracketed ("【动力思维】"); a bad one is reported in
    ``issues``, never raised. Marketing messages get ``opt_out`` appended unless the content already
    ends with it. ``limits`` overrides DEFAULT_LIMITS per kind. Bad content (None, bytes, NaN,
    numbers, lone surrogates) is coerced, never raised; only an unknown ``kind`` raises ValueError.
    """
    if kind not in KINDS:  # a tuple: an unhashable kind gets check_kind's ValueError, not a TypeError
        check_kind(kind)
    body = content if type(content) is str else _as_text(content)
    if signature is None:
        sig, sig_error = "", None
    else:
        sig, sig_error = _signature(signature if type(signature) is str else _as_text(signature))
    text = _assemble(body, sig, kind, opt_out)
    utf16_units = len(text)
    if not text.isascii():
        try:
            utf16_units = len(text.encode("utf-16-le")) >> 1
        except UnicodeEncodeError:
            body, sig = _repair_surrogates(body), _repair_surrogates(sig)
            text = _assemble(body, sig, kind, opt_out)
            utf16_units = len(text.encode("utf-16-le")) >> 1
    if _NOT_GSM7.search(text) is None:
        encoding = GSM7
        units = len(text) + len(_EXTENSION_RE.findall(text))
    else:
        encoding = UCS2
        units = utf16_units
    parts = _split(text, encoding, units)

    limit = DEFAULT_LIMITS[kind] if limits is None else limits.get(kind, DEFAULT_LIMITS[kind])
    content_chars = len(body)
    over_limit = content_chars > limit
    issues: tuple[str, ...] = ()
    if over_limit or sig_error is not None or not body or body.isspace():
        issues = _issues(text, body, over_limit, sig_error if sig else None)
    return Measure(
        text,
        body,
        sig or None,
        kind,
        encoding,
        units,
        len(parts),
        parts,
        len(text),
        content_chars,
        limit,
        over_limit,
        issues,
    )


def _issues(text: str, body: str, over_limit: bool, sig_error: str | None) -> tuple[str, ...]:
    issues = []
    if not text:
        issues.append("empty")
    elif not body.strip():
        issues.append("empty_content")
    if over_limit:
        issues.append("over_limit")
    if sig_error is not None:
        issues.append(f"signature_{sig_error}")
    return tuple(issues)


def validate_signature(signature: object) -> str | None:
    """Return None for a usable signature, else one of SIGNATURE_ERRORS.

    Accepts "动力思维" or "【动力思维】"; 2-8 characters inside the brackets, no brackets within.
    """
    if not isinstance(signature, str):
        return "empty" if signature is None else "bad_chars"
    inner = signature.strip()
    opens, closes = inner.startswith(SIGNATURE_OPEN), inner.endswith(SIGNATURE_CLOSE)
    if opens and closes and len(inner) >= 2:
        inner = inner[1:-1].strip()
    elif opens or closes:
        return "unbalanced_brackets"
    if not inner:
        return "empty"
    if SIGNATURE_OPEN in inner or SIGNATURE_CLOSE in inner:
        return "nested_brackets"
    if _CONTROL_RE.search(inner) or "\n" in inner or "\t" in inner or _has_surrogates(inner):
        return "bad_chars"
    if len(inner) < SIGNATURE_MIN:
        return "too_short"
    if len(inner) > SIGNATURE_MAX:
        return "too_long"
    return None


def encoding_of(text: str) -> str:
    """GSM7 when every character is in the GSM 03.38 default or extension table, else UCS2."""
    return GSM7 if _NOT_GSM7.search(text) is None else UCS2


def encode(text: str, encoding: str) -> bytes:
    """Bytes for one part: unpacked GSM-7 (one septet per octet, as SMPP carries it) or UTF-16-BE."""
    if encoding == GSM7:
        if _NOT_GSM7.search(text) is not None:
            raise ValueError("text has characters outside the GSM 03.38 alphabet")
        return text.translate(_SEPTET_TABLE).encode("latin-1")
    if encoding == UCS2:
        return text.encode("utf-16-be")
    raise ValueError(f"unknown encoding {encoding!r}; expected one of {', '.join(ENCODINGS)}")


def encode_parts(m: Measure) -> list[bytes]:
    """The short_message payload of each part, without UDH, in order."""
    return [encode(part, m.encoding) for part in m.parts]


def data_coding(m: Measure | str) -> int:
    """SMPP data_coding for a Measure or an encoding name: 0x00 for GSM7, 0x08 for UCS2."""
    encoding = m.encoding if isinstance(m, Measure) else m
    try:
        return DATA_CODING[encoding]
    except KeyError:
        raise ValueError(f"unknown encoding {encoding!r}; expected one of {', '.join(ENCODINGS)}") from None


def _assemble(body: str, sig: str, kind: str, opt_out: str | None) -> str:
    head = f"{SIGNATURE_OPEN}{sig}{SIGNATURE_CLOSE}" if sig else ""
    tail = ""
    if kind == MARKETING and opt_out and not body.rstrip().endswith(opt_out):
        tail = opt_out
    return f"{head}{body}{tail}"


def _split(text: str, encoding: str, units: int) -> tuple[str, ...]:
    if not text:
        return ()
    if units <= SINGLE_LIMIT[encoding]:
        return (text,)
    per_part = PART_LIMIT[encoding]
    if units == len(text):
        return tuple([text[i : i + per_part] for i in range(0, len(text), per_part)])
    if encoding == GSM7:
        return _split_gsm7(text, per_part)
    return _split_utf16(text, per_part)


def _split_gsm7(text: str, per_part: int) -> tuple[str, ...]:
    # Cut the septet string, where an extension character is ESC + code, and never right after an ESC.
    septets = text.translate(_SEPTET_TABLE)
    escape = chr(_ESCAPE)
    parts = []
    at = char_at = 0
    while at < len(septets):
        end = min(at + per_part, len(septets))
        if septets[end - 1] == escape:
            end -= 1
        chars = (end - at) - septets.count(escape, at, end)
        parts.append(text[char_at : char_at + chars])
        at, char_at = end, char_at + chars
    return tuple(parts)


def _split_utf16(text: str, per_part: int) -> tuple[str, ...]:
    # Cut the UTF-16 code units, and never between the two halves of a surrogate pair.
    data = text.encode("utf-16-le")
    step = 2 * per_part
    parts = []
    at = 0
    while at < len(data):
        end = min(at + step, len(data))
        if end < len(data) and 0xD8 <= data[end - 1] <= 0xDB:
            end -= 2
        parts.append(data[at:end].decode("utf-16-le"))
        at = end
    return tuple(parts)


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", "replace")
    if isinstance(value, float) and math.isnan(value):
        return ""
    if type(value).__name__ in ("NAType", "NaTType"):
        return ""
    try:
        return str(value)
    except Exception:
        return ""


@lru_cache(maxsize=1024)
def _signature(given: str) -> tuple[str, str | None]:
    """(the signature without brackets, its validation error); a send reuses one signature throughout."""
    sig = given.strip()
    if len(sig) >= 2 and sig.startswith(SIGNATURE_OPEN) and sig.endswith(SIGNATURE_CLOSE):
        sig = sig[1:-1].strip()
    return sig, validate_signature(given)


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError:
        return True
    return False


def _repair_surrogates(text: str) -> str:
    # A well-formed pair stored as two code points becomes one character; a lone half becomes U+FFFD,
    # because no carrier can deliver half a character.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
