"""Table reading alone (infra/tabular.py): a 1,000,000-number CSV, a 100,000-row GBK CSV and a 200,000-row XLSX.

    python -m tests.bench.read_bench

Prints the best of three reads of each file, and the peak memory of the process (files are read in this process,
one after another, so the peak is that of the largest).
"""

from __future__ import annotations

import random
import resource
import tempfile
import time
from pathlib import Path

from smsdesk.infra import tabular
from tests.bench.send_bench import numbers, write_csv, write_xlsx


def write_gbk(path: Path, n: int, rng: random.Random) -> Path:
    rows = numbers(n, rng)
    text = "姓名,手机,城市,备注\n" + "\n".join(f"客户{i},{m},上海,老客户" for i, m in enumerate(rows)) + "\n"
    path.write_bytes(text.encode("gbk"))
    return path


def main() -> None:
    rng = random.Random(6)
    work = Path(tempfile.mkdtemp(prefix="smsdesk-read-bench-"))
    files = (
        ("1,000,000-number CSV", write_csv(work / "million.csv", 1_000_000, rng)),
        ("100,000-row GBK CSV", write_gbk(work / "gbk.csv", 100_000, rng)),
        ("200,000-row XLSX", write_xlsx(work / "rows.xlsx", 200_000, rng)),
    )
    for label, path in files:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            table = tabular.read_table(path)
            times.append(time.perf_counter() - start)
        runs = ", ".join(f"{t:.2f}" for t in times)
        print(f"{label}: read in {min(times):.2f} s (best of 3; {runs}), {len(table):,} rows")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
