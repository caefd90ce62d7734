"""Benchmark: clean() on 1,000,000 raw numbers (10% invalid, 10% duplicates, mixed formats). Prints the figure.

Of the valid ones 40% are plain and 60% dressed in twelve ways (spaces, dashes, +86/0086/86, brackets,
apostrophe, full width, ".0", E+10, int, float); 0.2% are foreign mobiles. Best of three runs counts.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

# Measure this checkout's code, even when another copy of the package is installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))

from smsdesk.domain.numbers import clean, normalize

TOTAL = 1_000_000
SAMPLE = 20_000
RUNS = 3
FULL_WIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")


def dressed(national: str, rng: random.Random) -> object:
    """One way a mainland mobile arrives from a paste box or a spreadsheet."""
    style = rng.randrange(20)
    if style < 8:
        return national
    if style == 8:
        return f"+86{national}"
    if style == 9:
        return f"+86 {national[:3]} {national[3:7]} {national[7:]}"
    if style == 10:
        return f"0086-{national[:3]}-{national[3:7]}-{national[7:]}"
    if style == 11:
        return f"86{national}"
    if style == 12:
        return f"({national[:3]}) {national[3:7]}-{national[7:]}"
    if style == 13:
        return f"'{national}"
    if style == 14:
        return national.translate(FULL_WIDTH)
    if style == 15:
        return f"{national}.0"
    if style == 16:
        return f"{national[0]}.{national[1:]}0E+10"
    if style == 17:
        return int(national)
    if style == 18:
        return float(national)
    return f" {national} "


BROKEN = [
    lambda rng: "",
    lambda rng: None,
    lambda rng: float("nan"),
    lambda rng: f"1{rng.randrange(3, 10)}{rng.randrange(10**8):08d}",  # 10 digits
    lambda rng: f"1{rng.randrange(3, 10)}{rng.randrange(10**10):010d}",  # 12 digits
    lambda rng: f"12{rng.randrange(10**9):09d}",  # bad prefix
    lambda rng: f"010-{rng.randrange(10**8):08d}",  # landline
    lambda rng: f"138abc{rng.randrange(10**5):05d}",
    lambda rng: "1.38E+10",
    lambda rng: "n/a",
    lambda rng: f"+999{rng.randrange(10**8)}",
]


def make_numbers(total: int, seed: int = 20240601) -> list[object]:
    rng = random.Random(seed)
    n_invalid = total // 10
    n_duplicate = total // 10
    n_unique = total - n_invalid - n_duplicate
    prefixes = [f"1{a}{b}" for a in "3456789" for b in "0123456789"]
    uniques: set[str] = set()
    while len(uniques) < n_unique:
        uniques.add(rng.choice(prefixes) + f"{rng.randrange(10**8):08d}")
    nationals = list(uniques)
    raws: list[object] = [dressed(n, rng) for n in nationals]
    # A share of international mobiles, as foreign customers appear in real lists.
    for i in range(0, n_unique, 500):
        raws[i] = f"+44 7911 {rng.randrange(10**6):06d}"
    raws += [dressed(rng.choice(nationals), rng) for _ in range(n_duplicate)]
    raws += [rng.choice(BROKEN)(rng) for _ in range(n_invalid)]
    rng.shuffle(raws)
    return raws


def main() -> None:
    raws = make_numbers(TOTAL)
    blacklist = {number.e164 for number in map(normalize, raws[:1000]) if number.valid}
    runs = []
    for _ in range(RUNS):
        start = time.perf_counter()
        result = clean(raws, blacklist=blacklist)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    counts = result.counts()
    print(
        f"clean numbers={TOTAL} seconds={best:.2f} rate={TOTAL / best:.0f}/s valid={counts['valid']} "
        f"invalid={counts['invalid']} duplicates={counts['duplicates']} blacklisted={counts['blacklisted']} "
        f"(best of {RUNS}: {' '.join(f'{r:.2f}' for r in runs)})"
    )
    sample = raws[:SAMPLE]
    start = time.perf_counter()
    for raw in sample:
        normalize(raw)
    seconds = time.perf_counter() - start
    print(f"normalize numbers={SAMPLE} seconds={seconds:.2f} rate={SAMPLE / seconds:.0f}/s (with carrier and region)")


if __name__ == "__main__":
    main()
