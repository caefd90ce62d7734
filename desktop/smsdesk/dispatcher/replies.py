"""Inbound messages (MO): their text, their sender as E.164, and whether they ask to opt out (REP-1)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from smsdesk.gateways.smpp.alphabet import decode_short_message
from smsdesk.gateways.smpp.pdu import DataSm, DeliverSm

# T and 退订 are what carriers' marketing suffix (退订回T) asks for; TD and STOP are common too.
DEFAULT_OPT_OUT_KEYWORDS = ("T", "TD", "退订", "STOP", "UNSUBSCRIBE")
_PUNCTUATION = re.compile(r"[\s\.,!?;:'\"。，！？；：、…·~\-_()（）【】\[\]]+")


def _fold(text: str) -> str:
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text)).casefold()


class OptOutKeywords:
    """A reply opts out when, without blanks and punctuation and ignoring case and width, it is a keyword."""

    def __init__(self, keywords: Iterable[str] = DEFAULT_OPT_OUT_KEYWORDS) -> None:
        self._keys = frozenset(k for k in (_fold(str(w)) for w in keywords) if k)

    def matches(self, text: str) -> bool:
        return _fold(text) in self._keys


def mo_text(pdu: DeliverSm | DataSm) -> str:
    """The text of an MO message by its data_coding: GSM 03.38 for 0 (with '@', '£', '€'…), UCS-2 for 8."""
    return decode_short_message(pdu.payload, pdu.data_coding)


def sender_e164(source_addr: str) -> str:
    """The sender as E.164 when it normalises (8613800138000, 13800138000, +86…), else as received."""
    raw = source_addr.strip()
    if raw.isdigit() and not raw.startswith("0") and len(raw) > 11:
        raw = "+" + raw  # international digits without the plus, as most SMSCs write them
    from smsdesk.domain import numbers as number_rules  # phonenumbers and numpy: kept out of the start-up

    number = number_rules.normalize(raw)
    return number.e164 if number.valid and number.e164 else source_addr
