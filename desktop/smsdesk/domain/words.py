"""Sensitive-word matching and masking (SET-1, SEC-4), on an Aho-Corasick automaton."""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

MASK = "*"


# After lower(): full-width ASCII (Ａ-Ｚ, ０-９, punctuation) reads as its ASCII twin, a common way
# round filters; the ideographic space as a space; final sigma as sigma, because lower() picks it by
# context and a word must fold the same alone as inside a message.
_WIDTH_TABLE = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_WIDTH_TABLE.update({0x3000: " ", ord("ς"): "σ"})
_NEEDS_WIDTH = re.compile("[\uff01-\uff5e\u3000ς]")


def fold(text: str) -> str:
    """Case- and width-folded text of the same length, as the matcher compares it.

    Same length matters: a match in the folded text must cover the same span of the original.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = _lower_one_to_one(text)  # "İ".lower() is "i" plus a combining dot: keep the "i"
    if _NEEDS_WIDTH.search(lowered) is None:
        return lowered
    return lowered.translate(_WIDTH_TABLE)


def _lower_one_to_one(text: str) -> str:
    return "".join([ch.lower()[0] for ch in text])


class SensitiveWords:
    """A fixed list of sensitive words; find them in text or mask every character they cover.

    Words are stripped and blank ones dropped. Matching ignores case and full-width forms. Words that
    fold to the same key report the first spelling given.
    """

    def __init__(self, words: Iterable[object]) -> None:
        spellings: dict[str, str] = {}
        for word in words:
            if not isinstance(word, str):
                continue
            word = word.strip()
            if word:
                spellings.setdefault(fold(word), word)
        self._spellings = spellings
        self._words = tuple(spellings.values())
        self._automaton: ahocorasick.Automaton | None = None
        if spellings:
            automaton = ahocorasick.Automaton()
            for key, word in spellings.items():
                automaton.add_word(key, (len(key), word))
            automaton.make_automaton()
            self._automaton = automaton

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and fold(word.strip()) in self._spellings

    @property
    def words(self) -> tuple[str, ...]:
        return self._words

    def find(self, text: object) -> list[str]:
        """Sorted unique words (as given) found in ``text``; [] for empty or non-text input."""
        if self._automaton is None or not isinstance(text, str) or not text:
            return []
        return sorted({word for _, (_, word) in self._automaton.iter(fold(text))})

    def mask(self, text: object) -> tuple[str, list[str]]:
        """(text with every character of every match replaced by "*", sorted unique words found).

        Overlapping and nested matches are all masked. Non-text input comes back as "" with no hits.
        """
        if not isinstance(text, str):
            return "", []
        if self._automaton is None or not text:
            return text, []
        chars: list[str] | None = None
        hits: set[str] = set()
        for end, (length, word) in self._automaton.iter(fold(text)):
            if chars is None:
                chars = list(text)
            chars[end - length + 1 : end + 1] = MASK * length
            hits.add(word)
        if chars is None:
            return text, []
        return "".join(chars), sorted(hits)
