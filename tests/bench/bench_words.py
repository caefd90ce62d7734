"""Benchmark: masking 100,000 messages against 10,000 sensitive words. Prints the figure."""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

# Measure this checkout's code, even when another copy of the package is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from smsdesk.domain.words import SensitiveWords

MESSAGES = 100_000
WORDS = 10_000
RUNS = 3
# Common characters, so that chance matches happen as they do in real text.
HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
)
LATIN = "abcdefghijklmnopqrstuvwxyz"


def make_words(count: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < count:
        if rng.random() < 0.9:
            words.add("".join(rng.choice(HANZI) for _ in range(rng.randint(3, 5))))
        else:
            words.add("".join(rng.choice(LATIN) for _ in range(rng.randint(4, 8))))
    return sorted(words)


def make_messages(count: int, words: list[str], rng: random.Random) -> list[str]:
    messages = []
    for _ in range(count):
        body = "".join(rng.choice(HANZI) for _ in range(rng.randint(30, 120)))
        if rng.random() < 0.2:  # a fifth carry a planted word, a few of them in capitals
            word = rng.choice(words)
            word = word.upper() if rng.random() < 0.3 else word
            cut = rng.randrange(len(body))
            body = body[:cut] + word + body[cut:]
        messages.append(body)
    return messages


def main() -> None:
    rng = random.Random(11)
    words = make_words(WORDS, rng)
    messages = make_messages(MESSAGES, words, rng)
    start = time.perf_counter()
    matcher = SensitiveWords(words)
    build = time.perf_counter() - start
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        flagged = 0
        for message in messages:
            _, hits = matcher.mask(message)
            flagged += bool(hits)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    print(
        f"mask messages={MESSAGES} words={WORDS} seconds={best:.2f} rate={MESSAGES / best:.0f}/s "
        f"flagged={flagged} build={build:.2f}s (best of {RUNS}: {' '.join(f'{r:.2f}' for r in runs)})"
    )


if __name__ == "__main__":
    main()
