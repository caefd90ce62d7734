"""Sensitive words (SET-1, SEC-4): every character of every match masked, hits reported as given."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smsdesk.domain.words import MASK, SensitiveWords, fold


def test_masks_every_character_of_a_match():
    words = SensitiveWords(["赌博", "代开发票"])
    assert words.mask("这里可以代开发票，不要赌博") == ("这里可以****，不要**", ["代开发票", "赌博"])


def test_overlapping_and_nested_matches_are_all_masked():
    words = SensitiveWords(["法轮", "轮功", "法轮功", "功"])
    masked, hits = words.mask("练法轮功者")
    assert masked == "练***者"
    assert hits == sorted(["法轮", "轮功", "法轮功", "功"])
    assert SensitiveWords(["abc", "cde"]).mask("xabcdex") == ("x*****x", ["abc", "cde"])


def test_latin_is_matched_without_case_or_width():
    words = SensitiveWords(["VX", "Weixin"])
    assert words.mask("加vx或WEIXIN") == ("加**或******", ["VX", "Weixin"])
    assert words.mask("加ＶＸ号") == ("加**号", ["VX"])  # full-width letters fold too
    assert words.find("wEiXiN") == ["Weixin"]


def test_words_are_stripped_and_blanks_ignored():
    words = SensitiveWords(["  赌博 ", "", "   ", "\t", None, 42, "赌博"])
    assert len(words) == 1
    assert words.words == ("赌博",)
    assert "赌博" in words and " 赌博" in words and "博" not in words


def test_same_word_in_two_spellings_reports_the_first():
    assert SensitiveWords(["VX", "vx"]).mask("vx") == ("**", ["VX"])


def test_positions_survive_emoji_and_dotted_capital_i():
    words = SensitiveWords(["赌博", "istanbul"])
    assert words.mask("😀😀赌博😀") == ("😀😀**😀", ["赌博"])
    assert words.mask("İSTANBUL赌博") == ("**********", ["istanbul", "赌博"])


def test_find_does_not_mask_and_no_words_find_nothing():
    assert SensitiveWords(["赌博"]).find("赌博赌博") == ["赌博"]
    empty = SensitiveWords([])
    assert len(empty) == 0
    assert empty.mask("赌博") == ("赌博", [])
    assert empty.find("赌博") == []


@pytest.mark.parametrize("text", [None, b"bytes", 123, ""])
def test_odd_text_gives_no_hits(text):
    masked, hits = SensitiveWords(["赌博"]).mask(text)
    assert hits == []
    assert masked == (text if isinstance(text, str) else "")
    assert SensitiveWords(["赌博"]).find(text) == []


def test_fold_keeps_length():
    for text in ["İSTANBUL", "ＡＢＣ　ｄｅｆ", "ΣΑΣ", "ẞ", "Ǆ", "中文"]:
        assert len(fold(text)) == len(text)


WORD_ALPHABET = st.sampled_from(list("赌博发票微信abcABCＡＢ"))


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(WORD_ALPHABET, min_size=1, max_size=4), max_size=8),
    text=st.text(st.sampled_from(list("赌博发票微信abcABCＡＢ，。 😀x")), max_size=60),
)
def test_masking_properties(words, text):
    matcher = SensitiveWords(words)
    masked, hits = matcher.mask(text)
    assert len(masked) == len(text)
    assert all(m in (c, MASK) for m, c in zip(masked, text, strict=True))
    assert hits == sorted(set(hits))
    assert set(hits) <= set(words)
    assert matcher.find(text) == hits
    assert matcher.find(masked) == []  # nothing sensitive survives
    folded = fold(text)
    for word in hits:
        assert fold(word) in folded
    for word in words:
        if fold(word) in folded:
            assert any(fold(word) == fold(hit) for hit in hits)


def test_long_and_mixed_text():
    words = SensitiveWords(["赌博", "casino"])
    text = "好" * 10_000 + "赌博\x00\x07CASINO😀ру"
    masked, hits = words.mask(text)
    assert masked == "好" * 10_000 + "**\x00\x07******😀ру"
    assert hits == ["casino", "赌博"]
