"""Text of inbound short messages (MO and receipts) by their data_coding: the GSM 03.38 default alphabet with
its extension table for 0x00, UCS-2 for 0x08, Latin-1 for the 8-bit codings.

The encoder and the table live in ``smsdesk.domain.text`` (one table for both directions); this is its
inverse for what SMSCs send us. SMPP carries GSM-7 unpacked, one septet per octet.
"""

from __future__ import annotations

from smsdesk.domain.text import _GSM7_BASIC, _GSM7_EXTENSION  # the one GSM 03.38 table, owned by the domain

_ESCAPE = "\x1b"
# latin-1 reading of a septet -> its character; ESC stays as it is until the extension is resolved
_BASIC_TABLE = {septet: ch for septet, ch in enumerate(_GSM7_BASIC) if septet != 0x1B}
_EXTENSION = {code: ch for ch, code in _GSM7_EXTENSION.items()}
# octets that read the same in GSM 03.38 and ASCII (letters, digits, space, most punctuation): a text of only
# these (receipts, most replies) needs no table
_SAME_AS_ASCII = bytes(septet for septet, ch in enumerate(_GSM7_BASIC) if septet != 0x1B and ch == chr(septet))


def decode_gsm7(data: bytes) -> str:
    """Unpacked GSM-7 septets to text: '@' is 0x00, '£' 0x01, '€' the escape 0x1B then 0x65.

    An escape followed by a code the extension table lacks reads as that code's basic character (GSM 03.38
    asks receivers to fall back so); a trailing escape is dropped.
    """
    if not data.translate(None, _SAME_AS_ASCII):
        return data.decode("ascii")
    text = data.decode("latin-1")
    if _ESCAPE not in text:
        return text.translate(_BASIC_TABLE)
    head, *escaped = text.split(_ESCAPE)
    out = [head.translate(_BASIC_TABLE)]
    for chunk in escaped:
        if not chunk:  # a trailing escape, or the first of two (0x1B 0x1B is reserved): nothing to show
            continue
        code = ord(chunk[0])
        out.append(_EXTENSION.get(code) or _BASIC_TABLE.get(code, " "))
        out.append(chunk[1:].translate(_BASIC_TABLE))
    return "".join(out)


def is_gsm7(data_coding: int) -> bool:
    """Whether a data_coding means the GSM default alphabet: 0x00, or the message-class group 0xF0 without
    its 8-bit flag."""
    return data_coding == 0x00 or (data_coding & 0xF0 == 0xF0 and not data_coding & 0x04)


def decode_short_message(payload: bytes, data_coding: int) -> str:
    """The text of a deliver_sm/data_sm payload.

    0x00 is the SMSC's default alphabet, GSM 03.38 for nearly every SMSC; octets of 0x80 and above cannot be
    septets, so such a payload is read as Latin-1 (the default of a few SMSCs) instead of being mangled.
    """
    if data_coding == 0x08 or data_coding & 0xFC == 0x18:  # UCS-2 (and the UCS-2 message-waiting group)
        return payload.decode("utf-16-be", errors="replace")
    if is_gsm7(data_coding) and payload.isascii():
        return decode_gsm7(payload)
    return payload.decode("latin-1")
