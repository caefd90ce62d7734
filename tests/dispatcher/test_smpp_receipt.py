"""Delivery receipt parsing: Appendix B text as SMSCs really send it, TLVs, and id forms."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsdesk.gateways.smpp import pdu as p
from smsdesk.gateways.smpp.receipt import (
    Receipt,
    _parse_receipt_tolerant,
    format_receipt,
    match_message_ids,
    message_id_keys,
    parse_receipt,
    parse_receipt_date,
    receipt_from_fields,
)

STANDARD = ("id:1A2B3C4D sub:001 dlvrd:001 submit date:2501151230 done date:2501151231 "
            "stat:DELIVRD err:000 text:Your code is 123456")

RECEIPT_TABLE = [
    # (case, text, expected fields)
    ("standard", STANDARD,
     dict(id="1A2B3C4D", sub="001", dlvrd="001", submit_date="2501151230", done_date="2501151231",
          stat="DELIVRD", err="000", text="Your code is 123456")),
    ("lower case keys and stat", "id:42 sub:1 dlvrd:1 submit date:2501151230 done date:2501151231 "
     "stat:delivrd err:0 text:x",
     dict(id="42", stat="DELIVRD", err="0", sub="1")),
    ("capitalised Text and STAT", "ID:42 Sub:001 Dlvrd:000 Submit date:2501151230 Done date:2501151231 "
     "STAT:UNDELIV Err:001 Text:hello",
     dict(id="42", stat="UNDELIV", err="001", text="hello", dlvrd="000")),
    ("underscored dates", "id:7 submit_date:2501151230 done_date:250115123059 stat:EXPIRED err:027",
     dict(id="7", submit_date="2501151230", done_date="250115123059", stat="EXPIRED", text=None)),
    ("missing fields", "id:0012345 stat:REJECTD",
     dict(id="0012345", sub=None, dlvrd=None, submit_date=None, err=None, stat="REJECTD")),
    ("long stat spellings", "id:9 stat:DELIVERED err:000", dict(stat="DELIVRD")),
    ("text holding keys", "id:5 stat:DELIVRD err:000 text:stat:REJECTD id:99",
     dict(id="5", stat="DELIVRD", text="stat:REJECTD id:99")),
    ("extra spaces", "id: 5  sub: 001   stat: UNDELIV  err: 005", dict(id="5", sub="001", stat="UNDELIV", err="005")),
    ("no id", "sub:001 dlvrd:001 stat:DELIVRD", dict(id=None, stat="DELIVRD")),
    ("empty", "", dict(id=None, stat=None, text=None)),
    ("garbage", "\x00\x01 no receipt here", dict(id=None, stat=None)),
    ("key inside a word is not a key", "xid:1 id:2 stat:ACCEPTD", dict(id="2", stat="ACCEPTD")),
]


@pytest.mark.parametrize(("case", "text", "expected"), RECEIPT_TABLE, ids=[row[0] for row in RECEIPT_TABLE])
def test_parse_receipt_table(case: str, text: str, expected: dict[str, str | None]) -> None:
    receipt = parse_receipt(text)
    for name, value in expected.items():
        assert getattr(receipt, name) == value, f"{case}: {name}"


def test_parse_receipt_accepts_bytes() -> None:
    assert parse_receipt(STANDARD.encode()).id == "1A2B3C4D"


def test_receipt_state_and_dates() -> None:
    receipt = parse_receipt(STANDARD)
    assert receipt.delivered and receipt.is_final and receipt.state == p.MESSAGE_STATE_DELIVERED
    assert receipt.submitted_at == datetime(2025, 1, 15, 12, 30)
    assert parse_receipt("id:1 stat:ENROUTE").is_final is False
    assert parse_receipt_date("250115123059") == datetime(2025, 1, 15, 12, 30, 59)
    assert parse_receipt_date("2501151") is None
    assert parse_receipt_date("2513151230") is None  # month 13


# (submit_sm_resp id, receipt id, convention, same message?)
ID_TABLE = [
    ("1A2B3C4D", "1a2b3c4d", "exact", True),
    ("0001234", "1234", "exact", True),  # leading zeros are padding
    ("1A2B3C4D", "439041101", "exact", False),  # same number, different base
    ("1A2B3C4D", "439041101", "hex_dec", True),
    ("1A2B3C4D", "439041102", "hex_dec", False),
    ("439041101", "1A2B3C4D", "dec_hex", True),
    ("1A2B3C4D", "439041101", "auto", True),
    ("439041101", "1a2b3c4d", "auto", True),
    ("ff", "255", "auto", True),
    ("ff", "256", "auto", False),
    ("msg-77", "MSG-77", "auto", True),  # neither base: compared as text
    ("msg-77", "msg-78", "auto", False),
    ("", "0", "auto", False),
]


@pytest.mark.parametrize(("submit_id", "receipt_id", "convention", "same"), ID_TABLE)
def test_match_message_ids(submit_id: str, receipt_id: str, convention: str, same: bool) -> None:
    assert match_message_ids(submit_id, receipt_id, convention) is same


def test_message_id_forms() -> None:
    assert message_id_keys("00FF") == ("ff", "255")
    assert message_id_keys("255") == ("255", "ff", "597")  # decimal 255, and 0x255 read as hex
    assert message_id_keys("  ") == ()
    receipt = Receipt(id="0x1F")
    assert receipt.id_hex == 31 and receipt.id_decimal is None
    with pytest.raises(ValueError):
        match_message_ids("1", "1", "octal")


def test_tlvs_complete_and_override_the_text() -> None:
    tlvs = {p.TLV_RECEIPTED_MESSAGE_ID: p.tlv_cstr("1a2b"), p.TLV_MESSAGE_STATE: p.tlv_u8(5),
            p.TLV_NETWORK_ERROR_CODE: bytes((3, 0, 1))}
    receipt = receipt_from_fields(b"id:6699 sub:001 dlvrd:000 err:001 text:x", 0, tlvs)
    assert receipt.id == "1a2b" and receipt.text_id == "6699"
    assert receipt.stat == "UNDELIV"  # from message_state, the text had none
    assert receipt.state == p.MESSAGE_STATE_UNDELIVERABLE and receipt.network_error_code == b"\x03\x00\x01"


def test_tlv_only_receipt() -> None:
    tlvs = {p.TLV_RECEIPTED_MESSAGE_ID: p.tlv_cstr("77"), p.TLV_MESSAGE_STATE: p.tlv_u8(2)}
    receipt = receipt_from_fields(b"", 0, tlvs)
    assert (receipt.id, receipt.stat, receipt.delivered) == ("77", "DELIVRD", True)


def test_ucs2_receipt_text() -> None:
    text = "id:88 stat:DELIVRD err:000 text:你好"
    receipt = receipt_from_fields(text.encode("utf-16-be"), 8, {})
    assert (receipt.id, receipt.stat, receipt.text) == ("88", "DELIVRD", "你好")


def test_format_receipt_round_trips() -> None:
    text = format_receipt("abc", "EXPIRED", "027", submit_date="2501011200", done_date="2501021200",
                          dlvrd="000", text="a text longer than twenty characters")
    receipt = parse_receipt(text)
    assert (receipt.id, receipt.stat, receipt.err, receipt.text) == ("abc", "EXPIRED", "027", "a text longer than t")


_VALUE = st.text(alphabet="0123456789abcdefABCDEFxyz-_.", max_size=12)


@settings(max_examples=300, deadline=None)
@given(ident=_VALUE, sub=_VALUE, dlvrd=_VALUE, submit=_VALUE, done=_VALUE, stat=_VALUE, err=_VALUE,
       body=st.one_of(st.none(), st.text(max_size=25)), upper=st.booleans(), gap=st.sampled_from([" ", "  "]))
def test_fast_path_agrees_with_the_tolerant_scanner(ident: str, sub: str, dlvrd: str, submit: str, done: str,
                                                    stat: str, err: str, body: str | None, upper: bool,
                                                    gap: str) -> None:
    text = gap.join([f"id:{ident}", f"sub:{sub}", f"dlvrd:{dlvrd}", f"submit date:{submit}", f"done date:{done}",
                     f"stat:{stat}", f"err:{err}"])
    if body is not None:
        text += f"{gap}text:{body}"
    if upper:
        text = text.replace("submit date", "SUBMIT DATE").replace("stat:", "Stat:")
    assert parse_receipt(text) == _parse_receipt_tolerant(text)
