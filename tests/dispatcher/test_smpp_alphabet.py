"""Inbound text by data_coding: GSM 03.38 (default and extension tables) for 0, UCS-2 for 8, Latin-1 otherwise."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from smsdesk.dispatcher.replies import OptOutKeywords, mo_text
from smsdesk.domain import text as text_rules
from smsdesk.gateways.smpp.alphabet import decode_gsm7, decode_short_message
from smsdesk.gateways.smpp.pdu import DeliverSm
from smsdesk.gateways.smpp.receipt import format_receipt, receipt_from_fields

GSM_CHARS = "".join(ch for ch in map(chr, range(0x20, 0x2FF)) if text_rules.encoding_of(ch) == "GSM7") + "€\n\r\f"


def test_default_alphabet_and_extension_characters():
    assert decode_gsm7(b"\x00\x01\x02\x03") == "@£$¥"
    assert decode_gsm7(b"10\x1be") == "10€"
    assert decode_gsm7(b"\x1b(\x1b)\x1b<\x1b>\x1b/\x1b@\x1b=\x1b\x14") == "{}[]\\|~^"
    assert decode_gsm7(b"\x11\x1f\x7f") == "_Éà"  # where ASCII would read 0x11 as a control, 0x7f as DEL
    assert decode_gsm7(b"ab\x1b") == "ab"  # a dangling escape is dropped


@given(st.text(alphabet=GSM_CHARS, max_size=200))
def test_decoding_inverts_the_text_rules_encoder(text):
    assert decode_gsm7(text_rules.encode(text, "GSM7")) == text


def test_data_coding_picks_the_alphabet():
    assert decode_short_message(text_rules.encode("@£€", "GSM7"), 0x00) == "@£€"
    assert decode_short_message(text_rules.encode("@£€", "GSM7"), 0xF0) == "@£€"  # message class 0, GSM
    assert decode_short_message("退订".encode("utf-16-be"), 0x08) == "退订"
    assert decode_short_message(b"caf\xe9", 0x03) == "café"
    assert decode_short_message(b"caf\xe9", 0x00) == "café"  # not septets: an SMSC whose default is Latin-1


def test_a_reply_in_gsm7_reads_right_and_still_opts_out():
    pdu = DeliverSm(source_addr="8613800138000", short_message=text_rules.encode("Hi @ £5, 10€ ok", "GSM7"))
    assert mo_text(pdu) == "Hi @ £5, 10€ ok"
    assert OptOutKeywords().matches(mo_text(DeliverSm(short_message=text_rules.encode("td", "GSM7"))))


def test_receipt_fields_stay_as_sent_and_the_quoted_text_is_gsm7():
    text = format_receipt("ab_12", "DELIVRD", submit_date="2501011200", done_date="2501011201", text="")
    receipt = receipt_from_fields(text.encode() + text_rules.encode("@£€ x", "GSM7"), 0, {})
    assert (receipt.id, receipt.stat, receipt.text) == ("ab_12", "DELIVRD", "@£€ x")  # '_' is not read as '§'
