"""Template send (TPL-2) of a 100,000-row XLSX through the service code the console uses: read and bind, preview
(every row rendered, measured, priced, blacklist and quota checked), submit (one task, a body per recipient).

    python tests/bench/template_send_bench.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from pathlib import Path

import openpyxl

from smsdesk.infra.jobs import QuietJob
from smsdesk.services import admin, library
from smsdesk.services import template_send as ts
from smsdesk.services.auth import sign_in
from smsdesk.services.session import run
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.bench._db import ADMIN_PASSWORD, bench_database

TEMPLATE = "尊敬的【姓名】先生，您的【险种】保险应于【应缴日期】缴纳第【期数】期续期保费【金额】元，请按时缴费。"
KINDS_OF_COVER = ("车险", "寿险", "意外险", "健康险", "财产险")


def write_workbook(path: Path, rows: int) -> None:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["姓名", "手机", "险种", "应缴日期", "期数", "金额"])
    for i in range(rows):
        # numbers as floats, the way Excel exports them; one row in 500 lacks its 险种
        cover = "" if i % 500 == 7 else KINDS_OF_COVER[i % 5]
        sheet.append(
            [
                f"客户{i}",
                float(13_800_000_000 + i),
                cover,
                f"2026-12-{i % 28 + 1:02d}",
                i % 12 + 1,
                round(100 + (i % 9000) / 7, 2),
            ]
        )
    book.save(path)


def main(rows: int = 100_000) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="smsdesk-tplbench-"))
    xlsx = workdir / "renewals.xlsx"
    started = time.perf_counter()
    write_workbook(xlsx, rows)
    print(
        f"workbook: {rows:,} rows, {xlsx.stat().st_size / 1e6:.1f} MB, written in {time.perf_counter() - started:.1f} s"
    )
    with bench_database() as (target, su):
        engine = make_engine(su, pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as s:
                admin.ensure_group_path(s, "总部/华东")
                admin.grant_group(s, "总部", rows * 3)
                admin.grant_group(s, "总部/华东", rows * 3)
                admin.create_user(s, login="bench-op", password="bench-pass-1", group_path="总部/华东")
                admin.grant_user(s, "bench-op", rows * 3)
        finally:
            engine.dispose()
        boss = sign_in(target, "boss", ADMIN_PASSWORD, pool_size=1)
        op = sign_in(target, "bench-op", "bench-pass-1", pool_size=2)
        try:
            run(boss, library.create_signature, boss.profile.group_id, "演示保险", True)
            template_id = run(op, library.create_template, "续期提醒", "notification", TEMPLATE, False)
            run(boss, library.review_template, template_id, True)

            t0 = time.perf_counter()
            data, bindings = ts.load_data_file(QuietJob(), str(xlsx), list(ts.Template(TEMPLATE).variables))
            t1 = time.perf_counter()
            assert bindings.phone == 1 and not bindings.unbound(), bindings
            preview = run(op, ts.preview_send, QuietJob(), template_id, data, bindings, "演示保险", op.profile.id)
            t2 = time.perf_counter()
            task_id = run(op, ts.submit, None, preview, name="bench", task_key=uuid.uuid4())
            t3 = time.perf_counter()
        finally:
            op.close()
            boss.close()
    print(f"file chosen -> columns bound: {t1 - t0:.2f} s (read {data.row_count:,} rows, guess bindings)")
    print(f"preview (render, measure, price, blacklist, quota): {t2 - t1:.2f} s")
    print(f"file chosen -> preview shown: {t2 - t0:.2f} s")
    print(
        f"submit (task {task_id}): {t3 - t2:.2f} s for {preview.sendable:,} recipients, "
        f"{preview.reserve:,} segments reserved; missing values in {preview.problems['missing']:,} rows"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
