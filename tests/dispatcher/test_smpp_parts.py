"""A message's parts on the wire: segments and coding, concatenation headers, submit_sm bodies encoded once."""

from __future__ import annotations

import pytest

from smsdesk.domain.words import SensitiveWords
from smsdesk.gateways.smpp.parts import Origin, SubmitTemplate, concat_udh, split_message, submit_pdus


class TestMessageParts:
    origin = Origin("10690001", 2, 1)

    @pytest.mark.parametrize("content,signature,kind,segments,coding", [
        ("Your code is 123456", None, "verification", 1, 0),  # 【】 are not GSM-7: signed messages are UCS-2
        ("您的验证码是123456", "签名测试", "notification", 1, 8),
        ("周末全场八折" * 30, "签名测试", "marketing", 3, 8),
        ("x{y}" * 100, None, "notification", 4, 0),  # GSM-7 extension characters count double
    ])
    def test_templates_encode_exactly_what_the_pdu_codec_does(self, content, signature, kind, segments, coding):
        message = split_message(content, signature=signature, kind=kind, opt_out="退订回T", words=None)
        assert (message.segments, message.data_coding) == (segments, coding)
        template = SubmitTemplate(message, self.origin)
        for number, ref in (("+8613800138000", 7), ("+447700900123", 300)):
            expected = [p.encode_body() for p in submit_pdus(message, number, self.origin, ref)]
            assert [b.encode_body() for b in template.bodies(number, ref)] == expected

    def test_long_messages_carry_one_reference_and_their_part_numbers(self):
        message = split_message("长" * 150, signature=None, kind="notification", opt_out=None, words=None)
        pdus = submit_pdus(message, "+8613800138000", self.origin, 0x1FF)
        assert [p.udh for p in pdus] == [concat_udh(0xFF, 3, n) for n in (1, 2, 3)]
        assert b"".join(p.short_message for p in pdus).decode("utf-16-be") == "长" * 150
        assert all(p.destination_addr == "8613800138000" and p.dest_addr_ton == 1 for p in pdus)

    def test_sensitive_words_and_unsendable_destinations_are_caught(self):
        message = split_message("线上赌博平台", signature=None, kind="notification", opt_out=None,
                                words=SensitiveWords(["赌博"]))
        assert message.hits == ("赌博",) and not message.sendable
        hello = split_message("hi", signature=None, kind="alert", opt_out=None, words=None)
        template = SubmitTemplate(hello, self.origin)
        with pytest.raises(ValueError):
            template.bodies("+86 138 0013 8000", 1)
