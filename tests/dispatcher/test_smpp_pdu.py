"""The SMPP 3.4 codec: byte layouts from the spec, round trips, and malformed input."""

from __future__ import annotations

import struct

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsdesk.gateways.smpp import pdu as p

# --- exact byte layouts, written out by hand from SMPP 3.4 sections 4.1, 4.4 and 4.11 ---------------


def test_enquire_link_is_a_bare_header() -> None:
    assert p.EnquireLink(sequence_number=1).encode() == bytes.fromhex("00000010 00000015 00000000 00000001")


def test_bind_transceiver_layout() -> None:
    wire = p.BindTransceiver(sequence_number=1, system_id="esme", password="pw").encode()
    assert wire == bytes.fromhex(
        "0000001d 00000009 00000000 00000001"
        "65736d6500"  # system_id "esme"
        "707700"  # password "pw"
        "00"  # system_type ""
        "34 00 00"  # interface_version 3.4, addr_ton, addr_npi
        "00"  # address_range ""
    )


def test_submit_sm_layout() -> None:
    wire = p.SubmitSm(sequence_number=2, source_addr_ton=5, source_addr="SMSDesk", dest_addr_ton=1,
                      dest_addr_npi=1, destination_addr="8613800138000", registered_delivery=1,
                      short_message=b"Hi").encode()
    assert wire == bytes.fromhex(
        "00000037 00000004 00000000 00000002"
        "00"  # service_type
        "05 00" "534d534465736b00"  # source ton, npi, "SMSDesk"
        "01 01" "3836313338303031333830303000"  # dest ton, npi, "8613800138000"
        "00 00 00"  # esm_class, protocol_id, priority_flag
        "00 00"  # schedule_delivery_time, validity_period
        "01 00 00 00 02"  # registered_delivery, replace_if_present, data_coding, sm_default_msg_id, sm_length
        "4869"  # "Hi"
    )


def test_failed_responses_have_no_body() -> None:
    # Sections 4.1.2 and 4.4.2: a non-zero status returns the header only.
    assert p.SubmitSmResp(sequence_number=9, command_status=p.ESME_RTHROTTLED).encode() == bytes.fromhex(
        "00000010 80000004 00000058 00000009")
    decoded = p.decode_pdu(bytes.fromhex("00000010 80000009 0000000d 00000003"))
    assert isinstance(decoded, p.BindTransceiverResp)
    assert decoded.command_status == p.ESME_RBINDFAIL and decoded.system_id == ""


def test_status_constants() -> None:
    assert (p.ESME_ROK, p.ESME_RMSGQFUL, p.ESME_RTHROTTLED) == (0x00, 0x14, 0x58)
    assert (p.ESME_RINVBNDSTS, p.ESME_RBINDFAIL, p.ESME_RSYSERR) == (0x04, 0x0D, 0x08)
    assert p.status_name(0x58) == "ESME_RTHROTTLED"
    assert p.status_name(0x401) == "0x00000401"


# --- round trips ---------------------------------------------------------------------------------

ROUND_TRIPS = [
    p.GenericNack(sequence_number=4, command_status=p.ESME_RINVCMDID),
    p.BindTransmitter(sequence_number=1, system_id="a", password="b", system_type="VMA", addr_ton=1,
                      addr_npi=1, address_range="^86"),
    p.BindReceiver(sequence_number=2, system_id="rx"),
    p.BindTransceiver(sequence_number=3, system_id="trx", password="12345678"),
    p.BindTransmitterResp(sequence_number=1, system_id="SMSC",
                          tlvs={p.TLV_SC_INTERFACE_VERSION: p.tlv_u8(0x34)}),
    p.BindReceiverResp(sequence_number=2, system_id="SMSC"),
    p.BindTransceiverResp(sequence_number=3, system_id="SMSC"),
    p.Unbind(sequence_number=5),
    p.UnbindResp(sequence_number=5),
    p.EnquireLinkResp(sequence_number=6),
    p.SubmitSm(sequence_number=7, source_addr="1069", destination_addr="+8613800138000", data_coding=8,
               short_message="你好".encode("utf-16-be"), validity_period="000001000000000R",
               tlvs={p.TLV_SAR_MSG_REF_NUM: p.tlv_u16(513), p.TLV_SAR_TOTAL_SEGMENTS: p.tlv_u8(3),
                     p.TLV_SAR_SEGMENT_SEQNUM: p.tlv_u8(2)}),
    p.SubmitSmResp(sequence_number=7, message_id="0A1B2C"),
    p.DeliverSm(sequence_number=8, source_addr="8613800138000", destination_addr="1069", esm_class=0x04,
                short_message=b"id:1 stat:DELIVRD",
                tlvs={p.TLV_RECEIPTED_MESSAGE_ID: p.tlv_cstr("1"), p.TLV_MESSAGE_STATE: p.tlv_u8(2)}),
    p.DeliverSmResp(sequence_number=8),
    p.DataSm(sequence_number=9, source_addr="1", destination_addr="2",
             tlvs={p.TLV_MESSAGE_PAYLOAD: b"x" * 300}),
    p.DataSmResp(sequence_number=9, message_id="77"),
]


@pytest.mark.parametrize("original", ROUND_TRIPS, ids=lambda pdu: type(pdu).__name__)
def test_round_trip(original: p.Pdu) -> None:
    wire = original.encode()
    assert struct.unpack(">I", wire[:4])[0] == len(wire)
    assert p.decode_pdu(wire) == original


def test_udh_sets_udhi_and_is_split_again() -> None:
    udh = bytes.fromhex("050003A70201")  # concatenated SMS, ref 0xA7, part 1 of 2
    wire = p.SubmitSm(destination_addr="1", udh=udh, short_message=b"part one").encode()
    decoded = p.decode_pdu(wire)
    assert isinstance(decoded, p.SubmitSm)
    assert decoded.udh == udh and decoded.short_message == b"part one"
    assert wire[16:].find(udh + b"part one") > 0
    esm_offset = 16 + 1 + 2 + 1 + 2 + 2  # service_type, ton/npi, "" source, ton/npi, "1\0"
    assert wire[esm_offset] & p.ESM_CLASS_UDHI


def test_message_payload_and_receipt_flags() -> None:
    deliver = p.DeliverSm(esm_class=0x04, tlvs={p.TLV_MESSAGE_PAYLOAD: b"long text"})
    decoded = p.decode_pdu(deliver.encode())
    assert decoded.payload == b"long text" and decoded.is_receipt  # type: ignore[attr-defined]
    assert not p.DeliverSm(esm_class=0).is_receipt


@settings(max_examples=150, deadline=None)
@given(
    source=st.text(alphabet="0123456789+", max_size=20),
    dest=st.text(alphabet="0123456789", min_size=1, max_size=20),
    message=st.binary(max_size=254),
    esm=st.integers(0, 0xFF) .filter(lambda v: not v & p.ESM_CLASS_UDHI),
    coding=st.sampled_from([0, 3, 8]),
    seq=st.integers(1, 0x7FFFFFFF),
)
def test_submit_sm_round_trip_property(source: str, dest: str, message: bytes, esm: int, coding: int,
                                       seq: int) -> None:
    original = p.SubmitSm(sequence_number=seq, source_addr=source, destination_addr=dest,
                          short_message=message, esm_class=esm, data_coding=coding)
    assert p.decode_pdu(original.encode()) == original



@settings(max_examples=150, deadline=None)
@given(
    payload=st.binary(max_size=300),
    state=st.integers(0, 8),
    esm=st.sampled_from([0, 0x04, 0x20]),
    registered=st.integers(0, 0xFF),
    coding=st.sampled_from([0, 3, 8]),
    order=st.permutations([p.TLV_MESSAGE_PAYLOAD, p.TLV_RECEIPTED_MESSAGE_ID, p.TLV_MESSAGE_STATE]),
)
def test_data_sm_round_trip_property(payload: bytes, state: int, esm: int, registered: int, coding: int,
                                     order: list[int]) -> None:
    """data_sm has no short_message, schedule or validity: its TLVs (a receipt's id and state, whose bytes hold
    NULs) follow data_coding directly, and no reader of deliver_sm's layout may take them for those fields."""
    values = {p.TLV_RECEIPTED_MESSAGE_ID: p.tlv_cstr("0A1B"), p.TLV_MESSAGE_STATE: p.tlv_u8(state),
              p.TLV_MESSAGE_PAYLOAD: payload}
    original = p.DataSm(sequence_number=9, source_addr="8613800138000", destination_addr="1069", esm_class=esm,
                        registered_delivery=registered, data_coding=coding,
                        tlvs={tag: values[tag] for tag in order})
    assert p.decode_pdu(original.encode()) == original


# --- encoding refuses what SMPP 3.4 cannot carry ----------------------------------------------------

@pytest.mark.parametrize(
    "pdu",
    [
        p.SubmitSm(destination_addr="1" * 21),  # 20 digits + NUL is the limit
        p.SubmitSm(destination_addr="八六"),  # addresses are ASCII
        p.SubmitSm(short_message=b"x" * 255),
        p.SubmitSm(source_addr_ton=300),
        p.BindTransceiver(password="123456789"),  # 8 characters + NUL
        p.SubmitSm(sequence_number=2**32),
    ],
)
def test_encode_rejects(pdu: p.Pdu) -> None:
    with pytest.raises(p.PduEncodeError):
        pdu.encode()


# --- malformed input: always a PduError with the status to answer -----------------------------------

def test_unknown_command_keeps_sequence_for_the_nack() -> None:
    with pytest.raises(p.UnknownCommandError) as caught:
        p.decode_pdu(bytes.fromhex("00000010 000000fe 00000000 0000002a"))
    assert caught.value.status == p.ESME_RINVCMDID and caught.value.sequence_number == 42


def test_length_mismatch() -> None:
    wire = p.EnquireLink(sequence_number=1).encode()
    with pytest.raises(p.PduLengthError):
        p.decode_pdu(wire + b"\0")
    with pytest.raises(p.PduLengthError):
        p.decode_pdu(wire[:12])


def test_truncated_c_string() -> None:
    body = b"\0\x01\x01" + b"8613800138000"  # source_addr never terminated
    with pytest.raises(p.PduBodyError) as caught:
        p.decode_pdu(struct.pack(">IIII", 16 + len(body), p.DELIVER_SM, 0, 5) + body)
    assert caught.value.status == p.ESME_RINVMSGLEN
    assert caught.value.sequence_number == 5 and caught.value.command_id == p.DELIVER_SM


def test_sm_length_past_the_end() -> None:
    wire = bytearray(p.SubmitSm(destination_addr="1", short_message=b"abc").encode())
    wire[-4] = 200  # sm_length says 200, only 3 octets follow
    with pytest.raises(p.PduBodyError):
        p.decode_pdu(bytes(wire))


def test_truncated_tlv() -> None:
    wire = p.SubmitSm(destination_addr="1", tlvs={p.TLV_SAR_MSG_REF_NUM: p.tlv_u16(1)}).encode()
    cut = wire[:-1]
    cut = struct.pack(">I", len(cut)) + cut[4:]
    with pytest.raises(p.PduBodyError) as caught:
        p.decode_pdu(cut)
    assert caught.value.status == p.ESME_RINVOPTPARSTREAM


def test_truncated_message_id_in_response() -> None:
    with pytest.raises(p.PduBodyError):
        p.decode_pdu(struct.pack(">IIII", 20, p.SUBMIT_SM_RESP, 0, 1) + b"abcd")


@settings(max_examples=400, deadline=None)
@given(command_id=st.sampled_from(sorted(p.PDU_CLASSES)), body=st.binary(max_size=80),
       status=st.integers(0, 0xFFFFFFFF))
def test_random_bodies_never_crash_the_decoder(command_id: int, body: bytes, status: int) -> None:
    frame = struct.pack(">IIII", 16 + len(body), command_id, status, 1) + body
    try:
        p.decode_pdu(frame)
    except p.PduError:
        pass


# --- framing ---------------------------------------------------------------------------------------

def test_frame_decoder_reassembles_byte_by_byte() -> None:
    pdus = [p.EnquireLink(sequence_number=1), p.SubmitSmResp(sequence_number=2, message_id="abc"),
            p.DeliverSm(sequence_number=3, short_message=b"hello")]
    stream = b"".join(pdu.encode() for pdu in pdus)
    decoder = p.FrameDecoder()
    frames = []
    for index in range(len(stream)):
        frames.extend(decoder.feed(stream[index : index + 1]))
    assert [p.decode_pdu(frame) for frame in frames] == pdus
    assert decoder.buffered == 0


def test_frame_decoder_many_in_one_chunk_with_a_tail() -> None:
    one = p.EnquireLink(sequence_number=7).encode()
    decoder = p.FrameDecoder()
    assert len(decoder.feed(one * 5 + one[:6])) == 5
    assert decoder.feed(one[6:]) == [one]


@pytest.mark.parametrize("length", [0, 15, 70_000])
def test_frame_decoder_rejects_impossible_lengths(length: int) -> None:
    decoder = p.FrameDecoder(max_pdu_size=65536)
    with pytest.raises(p.PduLengthError) as caught:
        decoder.feed(struct.pack(">IIII", length, p.SUBMIT_SM_RESP, 0, 99))
    assert caught.value.sequence_number == 99


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=40), max_size=8))
def test_frame_decoder_on_garbage_raises_only_pdu_errors(chunks: list[bytes]) -> None:
    decoder = p.FrameDecoder()
    try:
        for chunk in chunks:
            for frame in decoder.feed(chunk):
                try:
                    p.decode_pdu(frame)
                except p.PduError:
                    pass
    except p.PduLengthError:
        pass
