"""Blacklist figures (SET-2, SEND-6) on a throwaway database, as an administrator would meet them.

Prints one line: importing a file of --numbers numbers (read, normalised, stored; the same path as the
console and `smsdesk-admin blacklist import`), checking a recipient list of --numbers numbers against the
list set-wise inside the database (half of them listed), and the slowest of the searches the Library tab makes
(by list, by a whole number, by its first or last digits; words, templates, phrases likewise), each the median of 5.
Usage: python tests/bench/blacklist_bench.py [--numbers 1000000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from smsdesk.services import blacklist, library  # noqa: E402
from smsdesk.services.auth import sign_in  # noqa: E402
from smsdesk.services.session import run  # noqa: E402
from tests.bench._db import ADMIN_PASSWORD, bench_database  # noqa: E402


def write_file(path: Path, numbers: list[str]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("手机,备注\n")
        for i, n in enumerate(numbers):
            # the forms people paste: +86, 0086, spaces and dashes, plain
            form = i % 4
            if form == 0:
                f.write(f"+86 {n[:3]} {n[3:7]} {n[7:]},投诉\n")
            elif form == 1:
                f.write(f"0086{n},投诉\n")
            elif form == 2:
                f.write(f"{n[:3]}-{n[3:7]}-{n[7:]},投诉\n")
            else:
                f.write(f"{n},投诉\n")


def median_ms(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--numbers", type=int, default=1_000_000)
    args = parser.parse_args()
    n = args.numbers
    rng = random.Random(5)
    listed = [f"1{rng.choice('3456789')}{x:09d}" for x in rng.sample(range(10**9), n)]
    with bench_database() as (target, _su), tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "blacklist.csv"
        write_file(path, listed)
        signed = sign_in(target, "boss", ADMIN_PASSWORD)
        try:
            start = time.perf_counter()
            report = run(signed, lambda s: blacklist.import_file(s, None, path, "global"))
            import_s = time.perf_counter() - start
            assert report.added == n, report.summary()
            start = time.perf_counter()
            blacklist.read_numbers(path)  # the file and number-rules part of the import, timed again alone
            read_s = time.perf_counter() - start

            # a recipient list: half of it blacklisted, half new numbers
            fresh = [f"+861{rng.choice('3456789')}{x:09d}" for x in rng.sample(range(10**9), n - n // 2)]
            recipients = ["+86" + x for x in listed[: n // 2]] + fresh
            rng.shuffle(recipients)
            checks = []
            for _ in range(3):
                start = time.perf_counter()
                found = run(signed, lambda s: blacklist.hits(s, recipients, "marketing"))
                checks.append(time.perf_counter() - start)
            assert len(found) >= n // 2, len(found)
            check_s = statistics.median(checks)

            some = "+86" + listed[n // 3]
            lists = [row.id for row in run(signed, blacklist.lists)]
            run(signed, lambda s: library.import_words(s, None, write_words(Path(tmp), rng)))
            searches = {
                "lists": lambda: run(signed, blacklist.lists),
                "list_page": lambda: run(signed, lambda s: blacklist.search(s, lists)),
                "next_page": lambda: run(signed, lambda s: blacklist.search(s, lists, after=(lists[0], some))),
                "number": lambda: run(signed, lambda s: blacklist.search(s, lists, number=some)),
                "last_digits": lambda: run(signed, lambda s: blacklist.search(s, lists, number=listed[n // 3][-4:])),
                "first_digits": lambda: run(signed, lambda s: blacklist.search(s, lists, number=listed[n // 3][:7])),
                "words": lambda: run(signed, lambda s: library.words(s, "发票")),
                "templates": lambda: run(signed, lambda s: library.templates(s, "提醒")),
                "phrases": lambda: run(signed, lambda s: library.phrase_book(s, "您好")),
            }
            search_ms = {k: median_ms(fn) for k, fn in searches.items()}
        finally:
            signed.close()
    slowest = max(search_ms, key=search_ms.get)
    print(
        f"blacklist_import numbers={n} seconds={import_s:.2f} (file and number rules {read_s:.2f}) ; "
        f"check recipients={n} against={n} seconds={check_s:.2f} ; "
        f"search_ms={search_ms[slowest]:.0f} (slowest: {slowest}; "
        + ", ".join(f"{k}={v:.0f}" for k, v in search_ms.items())
        + f") ; load_average={os.getloadavg()[0]:.2f} cpus={os.cpu_count()}"
    )


def write_words(tmp: Path, rng: random.Random) -> Path:
    path = tmp / "words.txt"
    alphabet = "赌博发票代开贷款中奖红包刷单套现返利彩票私彩兼职理财股票"
    words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(2, 6))) for _ in range(12_000)}
    path.write_text("\n".join(sorted(words)), encoding="utf-8")
    return path


if __name__ == "__main__":
    main()
