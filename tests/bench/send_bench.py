"""Sending figures (issue #6), through the same service code the Send tab runs:

- a 1,000,000-number CSV from file chosen to preview shown (column picker read + preview; goal <= 10 s)
- a 200,000-row XLSX, the same way (goal <= 5 s)
- submitting 1,000,000 recipients (goal <= 10 s)

    python3 -m tests.bench.send_bench          # SMSDESK_TEST_DATABASE_URL picks a server, else embedded
    python3 -m tests.bench.send_bench --blacklist 200000   # with a global blacklist of that many numbers
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from pathlib import Path

from smsdesk.infra.jobs import QuietJob
from smsdesk.services import admin, blacklist, library, sending
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.bench._db import bench_database

PASSWORD = "bench-user-1"
PREFIXES = ("138", "139", "150", "186", "133", "189", "177", "199")


def numbers(n: int, rng: random.Random) -> list[str]:
    return [rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}" for _ in range(n)]


def write_csv(path: Path, n: int, rng: random.Random) -> Path:
    rows = numbers(n, rng)
    path.write_text("姓名,手机\n" + "\n".join(f"客户{i},{m}" for i, m in enumerate(rows)) + "\n", encoding="utf-8")
    return path


def write_xlsx(path: Path, n: int, rng: random.Random) -> Path:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["姓名", "手机", "城市"])
    for i, m in enumerate(numbers(n, rng)):
        sheet.append([f"客户{i}", int(m), "上海"])
    book.save(path)
    return path


def as_superuser(su, work) -> None:
    engine = make_engine(su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            work(s)
    finally:
        engine.dispose()


def seed_operator(su) -> None:
    """The operator the sending benches sign in as: "bench-op", with room for several million segments."""

    def seed(s) -> None:
        admin.grant_group(s, "总部", 10_000_000)
        admin.create_user(s, login="bench-op", password=PASSWORD, group_path="总部")
        admin.grant_user(s, "bench-op", 5_000_000)
        library.create_signature(s, admin.find_group(s, "总部"), "基准测试", True)  # the database sends only these

    as_superuser(su, seed)


def chosen_to_shown(signed, path: Path) -> tuple[float, sending.Preview]:
    sending._last_table.clear()
    start = time.perf_counter()
    info = sending.file_info(path)  # the column picker, read in the background
    draft = sending.Draft(
        kind="notification",
        signature="基准测试",
        content="您的账单已出，请按时还款。",
        file=str(path),
        column=info.headers[info.guessed],
    )
    preview = session_service.run(signed, sending.preview, QuietJob(), draft)
    return time.perf_counter() - start, preview


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--blacklist", type=int, default=0, help="numbers on the global blacklist (1%% of them in the file)"
    )
    args = parser.parse_args()
    rng = random.Random(6)
    work = Path(tempfile.mkdtemp(prefix="smsdesk-send-bench-"))
    csv_path = write_csv(work / "million.csv", 1_000_000, rng)
    xlsx_path = write_xlsx(work / "rows.xlsx", 200_000, rng)
    with bench_database() as (target, su):
        seed_operator(su)
        if args.blacklist:
            sent = [f"+86{n}" for n in numbers(args.blacklist // 100, random.Random(6))]
            listed = sent + [f"+8617{rng.randrange(10**9):09d}" for _ in range(args.blacklist - len(sent))]
            as_superuser(su, lambda s: blacklist.store_numbers(s, None, "global", listed, reason="bench"))
        signed = sign_in(target, "bench-op", PASSWORD)
        try:
            for label, path in (("1,000,000-number CSV", csv_path), ("200,000-row XLSX", xlsx_path)):
                times = []
                for _ in range(2):
                    seconds, preview = chosen_to_shown(signed, path)
                    times.append(seconds)
                print(
                    f"{label}: file chosen to preview shown {min(times):.2f} s / {max(times):.2f} s "
                    f"(valid {preview.valid_count:,}, duplicates {preview.duplicate_count:,}, "
                    f"blacklisted {preview.blacklisted_count:,})"
                )
            _, preview = chosen_to_shown(signed, csv_path)
            times = []
            for _ in range(2):
                start = time.perf_counter()
                result = session_service.run(signed, sending.submit, preview, uuid.uuid4())
                times.append(time.perf_counter() - start)
            print(
                f"submit {result.recipients:,} recipients: {min(times):.2f} s / {max(times):.2f} s "
                f"(status {result.status}, reserved {result.reserved:,})"
            )
        finally:
            signed.close()


if __name__ == "__main__":
    main()
