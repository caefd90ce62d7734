"""Message length, encoding, segments and signature rules (SEND-3, SET-5), figures from the seeds."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsdesk.domain.text import (
    DEFAULT_LIMITS,
    GSM7,
    MEASURE_ISSUES,
    PART_LIMIT,
    SIGNATURE_ERRORS,
    SINGLE_LIMIT,
    UCS2,
    data_coding,
    encode,
    encode_parts,
    encoding_of,
    measure,
    validate_signature,
)

HAN = "短"
GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCXYZÄÖÑÜ§¿abcxyzäöñüà"
GSM_EXTENSION = "\f^{}\\[~]|€"


def units_of(part: str, encoding: str) -> int:
    if encoding == GSM7:
        return len(part) + sum(ch in GSM_EXTENSION for ch in part)
    return len(part.encode("utf-16-le")) // 2


# The seeds: "70字计费一条，134字计费2条，后面长信是按67字递加一条".
@pytest.mark.parametrize(
    ("chars", "segments"),
    [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4), (500, 8)],
)
def test_chinese_segments_follow_the_seeds(chars, segments):
    m = measure(HAN * chars)
    assert (m.encoding, m.units, m.segments) == (UCS2, chars, segments)
    if segments == 1:
        assert m.parts == (m.text,)
    else:
        assert [len(p) for p in m.parts] == [67] * (segments - 1) + [chars - 67 * (segments - 1)]


def test_signature_counts_six_characters_with_its_brackets():
    bare = measure("", signature="动力思维")
    bracketed = measure("", signature="【动力思维】")
    assert bare.text == bracketed.text == "【动力思维】"
    assert (bare.units, bare.chars, bare.segments, bare.signature) == (6, 6, 1, "动力思维")
    assert bare.issues == ("empty_content",)


@pytest.mark.parametrize(("content_chars", "segments"), [(64, 1), (65, 2), (128, 2), (129, 3)])
def test_signature_counts_toward_the_segments(content_chars, segments):
    m = measure(HAN * content_chars, signature="动力思维")
    assert m.text.startswith("【动力思维】")
    assert (m.units, m.segments, m.content_chars) == (content_chars + 6, segments, content_chars)


# The seeds: "营销信息…退订回T…占掉4个字符，所以是66字计费一条，130字计费2条".
@pytest.mark.parametrize(("chars", "segments"), [(66, 1), (67, 2), (130, 2), (131, 3)])
def test_marketing_opt_out_is_appended_and_counted(chars, segments):
    m = measure(HAN * chars, kind="marketing")
    assert m.text == HAN * chars + "退订回T"
    assert (m.units, m.segments) == (chars + 4, segments)


def test_marketing_opt_out_is_not_doubled_and_is_configurable():
    assert measure("大促退订回T", kind="marketing").text == "大促退订回T"
    assert measure("大促", kind="marketing", opt_out="拒收请回复R").text == "大促拒收请回复R"
    assert measure("大促", kind="marketing", opt_out=None).text == "大促"
    assert measure("通知", kind="notification").text == "通知"


@pytest.mark.parametrize(
    ("text", "units", "segments"),
    [("a" * 160, 160, 1), ("a" * 161, 161, 2), ("a" * 306, 306, 2), ("a" * 307, 307, 3), ("€" * 80, 160, 1)],
)
def test_gsm7_segments(text, units, segments):
    m = measure(text)
    assert (m.encoding, m.units, m.segments) == (GSM7, units, segments)


def test_gsm7_never_splits_an_escape_pair():
    m = measure("a" * 152 + "€" + "b" * 160)  # the euro would straddle septets 153 and 154
    assert m.units == 314
    assert m.parts == ("a" * 152, "€" + "b" * 151, "b" * 9)
    assert [len(b) for b in encode_parts(m)] == [152, 153, 9]


def test_ucs2_never_splits_a_surrogate_pair():
    m = measure("😀" * 36)
    assert (m.encoding, m.units, m.chars, m.segments) == (UCS2, 72, 36, 2)
    assert m.parts == ("😀" * 33, "😀" * 3)
    assert measure("😀" * 35).segments == 1


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Hello, world!", GSM7),
        ("Prix: 5€ [promo] {x} ~ | ^ \\", GSM7),
        ("Ça coûte 5£", UCS2),  # û is not in GSM 03.38
        ("àèéìòù ÄÖÑÜ äöñü ß", GSM7),
        ("tab\there", UCS2),
        ("back`tick", UCS2),
        ("esc\x1b", UCS2),
        ("你好", UCS2),
        ("", GSM7),
    ],
)
def test_encoding_detection(text, encoding):
    assert encoding_of(text) == encoding
    assert measure(text).encoding == encoding


def test_empty_text_is_zero_segments_and_flagged():
    m = measure("")
    assert (m.segments, m.parts, m.units, m.empty, m.issues) == (0, (), 0, True, ("empty",))
    assert encode_parts(m) == []


@pytest.mark.parametrize(
    ("kind", "chars", "over"),
    [
        ("notification", 500, False),
        ("notification", 501, True),
        ("marketing", 300, False),
        ("marketing", 301, True),
        ("verification", 501, True),
        ("alert", 500, False),
    ],
)
def test_content_limits_count_content_characters(kind, chars, over):
    m = measure(HAN * chars, signature="动力思维", kind=kind)
    assert m.limit == DEFAULT_LIMITS[kind]
    assert m.over_limit is over
    assert ("over_limit" in m.issues) is over


def test_limits_can_be_overridden_per_kind():
    m = measure(HAN * 101, kind="marketing", limits={"marketing": 100})
    assert (m.limit, m.over_limit) == (100, True)
    assert measure(HAN * 101, kind="notification", limits={"marketing": 100}).limit == 500


def test_unknown_kind_raises():
    with pytest.raises(ValueError, match="unknown message kind"):
        measure("hi", kind="spam")


@pytest.mark.parametrize(
    "content",
    [
        None,
        b"\xe4\xbd\xa0\xff",
        float("nan"),
        12345,
        "x\ud800y",
        "\ud83d\ude00",
        "\x00\x07\x1f",
        "中文English混合😀",
        "a" * 10_000,
        HAN * 10_000,
        object(),
    ],
)
def test_bad_content_never_raises(content):
    m = measure(content, signature="动力思维")
    assert m.text.startswith("【动力思维】")
    assert "".join(m.parts) == m.text
    m.text.encode("utf-16-le")  # no lone surrogates reach the air
    assert len(encode_parts(m)) == m.segments


def test_lone_surrogates_become_replacement_characters():
    assert measure("x\ud800y").text == "x\ufffdy"
    assert measure("\ud83d\ude00").text == "😀"


def test_bad_signature_is_reported_not_raised():
    m = measure("内容", signature="一二三四五六七八九")
    assert m.text == "【一二三四五六七八九】内容"
    assert m.issues == ("signature_too_long",)
    assert set(m.issues) <= set(MEASURE_ISSUES)


def test_encode_parts_gives_smpp_bytes():
    gsm = measure("@A€")
    assert encode_parts(gsm) == [b"\x00A\x1b\x65"]
    assert data_coding(gsm) == gsm.data_coding == 0x00
    ucs = measure("你😀")
    assert encode_parts(ucs) == ["你😀".encode("utf-16-be")]
    assert data_coding(ucs) == data_coding(UCS2) == 0x08
    with pytest.raises(ValueError):
        encode("你", GSM7)
    with pytest.raises(ValueError):
        data_coding("latin-1")


@pytest.mark.parametrize(
    ("signature", "error"),
    [
        ("动力思维", None),
        ("【动力思维】", None),
        (" 【动力】 ", None),
        ("一二三四五六七八", None),
        ("动", "too_short"),
        ("【动】", "too_short"),
        ("一二三四五六七八九", "too_long"),
        ("【动力", "unbalanced_brackets"),
        ("动力】", "unbalanced_brackets"),
        ("【动【力】", "nested_brackets"),
        ("动【力】思", "nested_brackets"),
        ("", "empty"),
        ("   ", "empty"),
        ("【】", "empty"),
        (None, "empty"),
        (123, "bad_chars"),
        ("动\x00力", "bad_chars"),
        ("动\n力", "bad_chars"),
    ],
)
def test_validate_signature(signature, error):
    assert validate_signature(signature) == error
    assert error is None or error in SIGNATURE_ERRORS


ALPHABET = st.sampled_from(list(GSM_BASIC + GSM_EXTENSION + "短信验证码【】，。" + "😀🎉" + "\t`é"))
TEXTS = st.one_of(st.text(ALPHABET, max_size=700), st.text(max_size=400))


@settings(max_examples=300, deadline=None)
@given(
    content=TEXTS,
    signature=st.sampled_from([None, "动力思维", "【SMS】"]),
    kind=st.sampled_from(["notification", "marketing"]),
)
def test_parts_rebuild_the_text_within_limits(content, signature, kind):
    m = measure(content, signature=signature, kind=kind)
    assert "".join(m.parts) == m.text
    assert m.segments == len(m.parts)
    assert sum(units_of(p, m.encoding) for p in m.parts) == m.units
    limit = SINGLE_LIMIT[m.encoding] if m.segments == 1 else PART_LIMIT[m.encoding]
    assert all(0 < units_of(p, m.encoding) <= limit for p in m.parts)
    # Greedy cutting: a part gives up at most one unit, to a pair that would not fit.
    assert all(units_of(p, m.encoding) >= limit - 1 for p in m.parts[:-1])
    assert m.segments >= math.ceil(m.units / limit)
    payloads = encode_parts(m)
    for part, payload in zip(m.parts, payloads, strict=True):
        if m.encoding == GSM7:
            assert len(payload) == units_of(part, GSM7)
            assert not payload.endswith(b"\x1b")
        else:
            assert payload.decode("utf-16-be") == part  # raises if a surrogate pair was cut
    assert m.chars == len(m.text)
