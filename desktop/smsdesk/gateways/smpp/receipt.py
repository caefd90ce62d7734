"""Delivery receipts: the SMPP 3.4 Appendix B text, the receipt TLVs, and message id forms.

SMSCs deviate from the appendix in every way seen in the field (case, missing fields,
``submit_date`` spelt with an underscore, ids in hex in submit_sm_resp but decimal in the
receipt), so parsing is tolerant and keeps the raw values; normalising is offered alongside.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from smsdesk.gateways.smpp.alphabet import decode_gsm7, is_gsm7
from smsdesk.gateways.smpp.pdu import (
    MESSAGE_STATE_ACCEPTED,
    MESSAGE_STATE_DELETED,
    MESSAGE_STATE_DELIVERED,
    MESSAGE_STATE_ENROUTE,
    MESSAGE_STATE_EXPIRED,
    MESSAGE_STATE_REJECTED,
    MESSAGE_STATE_UNDELIVERABLE,
    MESSAGE_STATE_UNKNOWN,
    TLV_MESSAGE_STATE,
    TLV_NETWORK_ERROR_CODE,
    TLV_RECEIPTED_MESSAGE_ID,
    tlv_int,
    tlv_str,
)

# Appendix B stat values and the message_state each stands for.
STAT_TO_STATE: dict[str, int] = {
    "ENROUTE": MESSAGE_STATE_ENROUTE,
    "DELIVRD": MESSAGE_STATE_DELIVERED,
    "EXPIRED": MESSAGE_STATE_EXPIRED,
    "DELETED": MESSAGE_STATE_DELETED,
    "UNDELIV": MESSAGE_STATE_UNDELIVERABLE,
    "ACCEPTD": MESSAGE_STATE_ACCEPTED,
    "UNKNOWN": MESSAGE_STATE_UNKNOWN,
    "REJECTD": MESSAGE_STATE_REJECTED,
}
STATE_TO_STAT: dict[int, str] = {state: stat for stat, state in STAT_TO_STATE.items()}
# Spellings seen from SMSCs that do not use the 7-letter forms.
_STAT_ALIASES = {
    "DELIVERED": "DELIVRD",
    "UNDELIVERABLE": "UNDELIV",
    "UNDELIVERED": "UNDELIV",
    "REJECTED": "REJECTD",
    "ACCEPTED": "ACCEPTD",
}
FINAL_STATES = frozenset({
    MESSAGE_STATE_DELIVERED, MESSAGE_STATE_EXPIRED, MESSAGE_STATE_DELETED,
    MESSAGE_STATE_UNDELIVERABLE, MESSAGE_STATE_REJECTED, MESSAGE_STATE_UNKNOWN,
})

# A key counts only at the start or after whitespace, so "xid:" inside a value is not a key.
_NOT_PLAIN = re.compile(r"[^0-9A-Za-z ]")  # characters that GSM 03.38 and ASCII may read differently
_KEY_RE = re.compile(
    r"(?<!\S)(id|sub|dlvrd|submit[ _]?date|done[ _]?date|stat|err|text)\s*:",
    re.IGNORECASE,
)
# The Appendix B layout in its usual order: one match instead of a scan (the session parses one
# receipt per message, so this is on the hot path). Anything else takes the tolerant scanner.
_STANDARD_RE = re.compile(
    r"id:(?P<id>\S*) +sub:(?P<sub>\S*) +dlvrd:(?P<dlvrd>\S*) +submit date:(?P<submit_date>\S*)"
    r" +done date:(?P<done_date>\S*) +stat:(?P<stat>\S*) +err:(?P<err>\S*)(?: +text: *(?P<text>.*))?",
    re.IGNORECASE | re.DOTALL,
)
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_HEX_RE = re.compile(r"[0-9a-f]+")  # of a lower-cased id


def _key_name(raw: str) -> str:
    key = raw.lower()
    if key.startswith("submit"):
        return "submit_date"
    if key.startswith("done"):
        return "done_date"
    return key


def normalise_stat(raw: str | None) -> str | None:
    if raw is None:
        return None
    stat = raw.strip().upper()
    return _STAT_ALIASES.get(stat, stat) or None


def parse_receipt_date(raw: str | None) -> datetime | None:
    """YYMMDDhhmm (Appendix B) or YYMMDDhhmmss (common extension); None if neither."""
    if not raw:
        return None
    raw = raw.strip()
    for fmt, size in (("%y%m%d%H%M%S", 12), ("%y%m%d%H%M", 10)):
        if len(raw) == size and raw.isdigit():
            try:
                return datetime.strptime(raw, fmt)
            except ValueError:
                return None
    return None


def parse_id_decimal(raw: str | None) -> int | None:
    """The id read as a decimal number, or None if it is not one."""
    if not raw:
        return None
    raw = raw.strip()
    return int(raw) if raw.isascii() and raw.isdigit() else None


def parse_id_hex(raw: str | None) -> int | None:
    """The id read as a hexadecimal number, or None if it is not one."""
    if not raw:
        return None
    raw = raw.strip()
    if raw[:2] in ("0x", "0X"):
        raw = raw[2:]
    return int(raw, 16) if raw and set(raw) <= _HEX_DIGITS else None


def canonical_message_id(raw: str) -> str:
    """Lower case, no surrounding blanks, no leading zeros: the same id written two ways compares equal."""
    text = raw.strip().lower()
    return text.lstrip("0") or ("0" if text else "")


def message_id_keys(raw: str | None) -> tuple[str, ...]:
    """Lookup keys for an id: its canonical form, then its other-base readings.

    The decimal string "255" also yields "ff" and the hex string "ff" yields "255", so a
    submit id stored with its keys is found from a receipt written in the other base.
    Purely decimal ids are also valid hex, so cross-base matching can collide; store the
    channel's known convention and use ``match_message_ids`` with it when it is known.
    """
    if not raw:
        return ()
    text = raw.strip().lower()
    if not text:
        return ()
    canonical = text.lstrip("0") or "0"
    if text.isdigit() and text.isascii():  # decimal, and hex too: the common case, without a second parse
        as_hex = str(int(text, 16))
        return tuple(dict.fromkeys((canonical, format(int(text), "x"), as_hex)))
    digits = text[2:] if text[:2] == "0x" else text
    if not (digits and _HEX_RE.fullmatch(digits)):
        return (canonical,)
    # a letter or "0x" in the canonical form: its decimal reading is another key
    return (canonical, str(int(digits, 16)))


def match_message_ids(submit_id: str, receipt_id: str, convention: str = "auto") -> bool:
    """Whether a submit_sm_resp id and a receipt id name the same message.

    convention: "exact" (same canonical text), "hex_dec" (hex in the response, decimal in the
    receipt), "dec_hex" (the reverse), or "auto" (any of these; see ``message_id_keys``).
    """
    if convention == "exact":
        return canonical_message_id(submit_id) == canonical_message_id(receipt_id)
    if convention == "hex_dec":
        a, b = parse_id_hex(submit_id), parse_id_decimal(receipt_id)
        return a is not None and a == b
    if convention == "dec_hex":
        a, b = parse_id_decimal(submit_id), parse_id_hex(receipt_id)
        return a is not None and a == b
    if convention == "auto":
        return bool(set(message_id_keys(submit_id)) & set(message_id_keys(receipt_id)))
    raise ValueError(f"unknown message id convention {convention!r}")


@dataclass(slots=True)
class Receipt:
    """One delivery receipt. Text fields are raw strings (None when absent) except ``stat``,
    which is upper-cased and mapped to the 7-letter form. (Not frozen: a frozen dataclass of eleven fields
    costs several times more to build, and the dispatcher builds one per message.)"""

    id: str | None
    sub: str | None = None
    dlvrd: str | None = None
    submit_date: str | None = None
    done_date: str | None = None
    stat: str | None = None
    err: str | None = None
    text: str | None = None
    # From the receipted_message_id / message_state / network_error_code TLVs when present.
    message_state: int | None = None
    network_error_code: bytes | None = None
    text_id: str | None = None  # the id written in the text, when the TLV gave ``id``

    @property
    def id_keys(self) -> tuple[str, ...]:
        return message_id_keys(self.id)

    @property
    def id_decimal(self) -> int | None:
        return parse_id_decimal(self.id)

    @property
    def id_hex(self) -> int | None:
        return parse_id_hex(self.id)

    @property
    def submitted_at(self) -> datetime | None:
        return parse_receipt_date(self.submit_date)

    @property
    def done_at(self) -> datetime | None:
        return parse_receipt_date(self.done_date)

    @property
    def state(self) -> int | None:
        """message_state, from the TLV or else from stat."""
        if self.message_state is not None:
            return self.message_state
        return STAT_TO_STATE.get(self.stat or "")

    @property
    def delivered(self) -> bool:
        return self.state == MESSAGE_STATE_DELIVERED

    @property
    def is_final(self) -> bool:
        return self.state in FINAL_STATES


def parse_receipt(text: str | bytes) -> Receipt:
    """Parse Appendix B receipt text. Never raises on odd input: missing fields come back None."""
    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("latin-1")
    match = _STANDARD_RE.fullmatch(text)
    if match is None:
        return _parse_receipt_tolerant(text)
    found = match.groupdict()
    body = found["text"]
    return Receipt(
        id=found["id"] or None,
        sub=found["sub"],
        dlvrd=found["dlvrd"],
        submit_date=found["submit_date"],
        done_date=found["done_date"],
        stat=normalise_stat(found["stat"]),
        err=found["err"],
        text=None if body is None else body.rstrip("\0"),
    )


def _parse_receipt_tolerant(text: str) -> Receipt:
    """Any order, any case, missing keys, odd spacing: slower, for the SMSCs that need it."""
    values: dict[str, str] = {}
    matches = []
    for match in _KEY_RE.finditer(text):
        key = _key_name(match.group(1))
        matches.append((key, match.start(), match.end()))
        if key == "text":
            break  # the message text is last and may itself contain "id:" or "stat:"
    for index, (key, _, value_start) in enumerate(matches):
        value_end = matches[index + 1][1] if index + 1 < len(matches) else len(text)
        value = text[value_start:value_end]
        values.setdefault(key, value.strip() if key != "text" else value.lstrip(" ").rstrip("\0"))
    return Receipt(
        id=values.get("id") or None,
        sub=values.get("sub"),
        dlvrd=values.get("dlvrd"),
        submit_date=values.get("submit_date"),
        done_date=values.get("done_date"),
        stat=normalise_stat(values.get("stat")),
        err=values.get("err"),
        text=values.get("text"),
    )


def receipt_from_fields(short_message: bytes, data_coding: int, tlvs: dict[int, bytes]) -> Receipt:
    """Build a receipt from a deliver_sm/data_sm: its text plus the receipt TLVs.

    The receipted_message_id TLV wins over the id in the text (the text is free-form and
    some SMSCs truncate it); the text id is kept in ``text_id``.
    """
    gsm = False
    if data_coding == 8 and len(short_message) % 2 == 0:
        # A few SMSCs send the receipt text in UCS-2.
        text = short_message.decode("utf-16-be", errors="replace")
    else:
        text = short_message.decode("latin-1")
        gsm = is_gsm7(data_coding)
    match = _STANDARD_RE.fullmatch(text) if text else None
    if match is not None:  # the usual layout, read once (one receipt per message: the hot path)
        text_id, sub, dlvrd, submit_date, done_date, stat, err, body = match.groups()
        text_id = text_id or None
        stat = normalise_stat(stat)
        if body is not None:
            body = body.rstrip("\0")
            start = match.start("text")
            if body and gsm and _NOT_PLAIN.search(body) and short_message.isascii() \
                    and 0x1B not in short_message[:start]:
                # The fields are ASCII letters and digits, which read the same in GSM 03.38 (and the id must read
                # as the submit_sm_resp's did); the quoted message text is GSM-7: '@' is 0x00, '€' an escape pair.
                # Latin-1 gave one character per octet, so the text starts at the same offset in the octets.
                body = decode_gsm7(short_message[start:])
    else:
        parsed = _parse_receipt_tolerant(text) if text else Receipt(id=None)
        if parsed.text and gsm and _NOT_PLAIN.search(parsed.text) and short_message.isascii():
            parsed.text = parse_receipt(decode_gsm7(short_message)).text
        text_id, sub, dlvrd, submit_date, done_date, stat, err, body = (
            parsed.id, parsed.sub, parsed.dlvrd, parsed.submit_date, parsed.done_date, parsed.stat, parsed.err,
            parsed.text)
    tlv_id = tlv_str(tlvs, TLV_RECEIPTED_MESSAGE_ID)
    state = tlv_int(tlvs, TLV_MESSAGE_STATE)
    if stat is None and state is not None:
        stat = STATE_TO_STAT.get(state)
    return Receipt(
        tlv_id or text_id, sub, dlvrd, submit_date, done_date, stat, err, body, state,
        tlvs.get(TLV_NETWORK_ERROR_CODE), text_id if tlv_id else None,
    )


def format_receipt(
    message_id: str,
    stat: str,
    err: str = "000",
    *,
    submit_date: str,
    done_date: str,
    sub: str = "001",
    dlvrd: str = "001",
    text: str = "",
) -> str:
    """Appendix B text, as the simulator and the fakes send it."""
    return (
        f"id:{message_id} sub:{sub} dlvrd:{dlvrd} submit date:{submit_date} "
        f"done date:{done_date} stat:{stat} err:{err} text:{text[:20]}"
    )
