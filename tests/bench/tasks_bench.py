"""Task-log figures (issue #6, LOG-1/LOG-2), printed as one line of key=value.

Seeds as the superuser (generate_series) one task of --messages messages (a tenth failed) and --tasks other
tasks for one operator, then, signed in as that operator through the console's own services:
  detail_first_page_ms     the 1,000,000-message task opened: its first page of 500 (median of --runs)
  detail_failed_page_ms    the same, filtered to failed messages
  detail_deep_page_ms      a page after 900,000 rows (keyset: as fast as the first)
  list_first_page_ms       the task list with --tasks tasks: its first page of 500 (median)
  list_all_ms              all of them in one read
  list_filtered_ms         a name search plus a status filter over them
  export_stream_s          the 1,000,000-message task's export rows read through smsdesk.export_task_rows (the
                           export's server-side cursor, numbers masked for the operator), nothing written (median)
  export_csv_s             the task exported to CSV as the console does (tasks.export_messages), one run
Usage: python tests/bench/tasks_bench.py [--messages 1000000] [--tasks 10000] [--runs 5]
SMSDESK_TEST_DATABASE_URL picks the server (see tests/bench/_db.py); otherwise an embedded one starts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg

from smsdesk.services import admin, tasks
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.store.repositories_tasks import TaskLogRepository
from tests.bench._db import bench_database

PASSWORD = "bench-user-1"


def seed(su, messages: int, count: int) -> int:
    engine = make_engine(su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.ensure_group_path(s, "总部/华东")
            admin.create_user(s, login="op1", password=PASSWORD, group_path="总部/华东")
    finally:
        engine.dispose()
    with psycopg.connect(**su.conninfo(), autocommit=True) as c:
        user, group = c.execute("select id, group_id from smsdesk.app_user where login = 'op1'").fetchone()
        c.execute(
            "insert into smsdesk.send_task (task_key, owner_id, group_id, name, kind, content, status, send_at,"
            " recipient_count, segments_per_message, reserved, charged, refunded, submitted_count, delivered_count,"
            " failed_count, created_at)"
            " select gen_random_uuid(), %s, %s, '日常通知 ' || i,"
            " (array['notification','marketing','alert'])[1 + i %% 3],"
            " '您好，测试内容', (array['finished','finished','finished','cancelled','scheduled'])[1 + i %% 5],"
            " now() - make_interval(mins => i), 100, 1, 100, 95, 5, 100, 95, 5, now() - make_interval(mins => i)"
            " from generate_series(1, %s) i",
            (user, group, count),
        )
        big = c.execute(
            "insert into smsdesk.send_task (task_key, owner_id, group_id, name, kind, content, status, send_at,"
            " recipient_count, segments_per_message, reserved, charged, refunded, submitted_count, delivered_count,"
            " failed_count) values (gen_random_uuid(), %s, %s, '百万级通知', 'notification', '您好，测试内容',"
            " 'finished', now(), %s, 1, %s, %s, %s, %s, %s, %s) returning id",
            (user, group, messages, messages, messages - messages // 10, messages // 10, messages,
             messages - messages // 10, messages // 10),
        ).fetchone()[0]
        c.execute(
            "insert into smsdesk.message (task_id, number, carrier, segments, status, attempts, submitted_at, done_at,"
            " failure_category, error_code)"
            " select %s, '+86138' || lpad(i::text, 8, '0'), 'China Mobile', 1,"
            " case when i %% 10 = 0 then 'failed' else 'delivered' end, 1, now(), now(),"
            " case when i %% 10 = 0 then 'timeout' end, case when i %% 10 = 0 then 'EXPIRED:027' end"
            " from generate_series(1, %s) i",
            (big, messages),
        )
        c.execute("vacuum analyze smsdesk.message")
        c.execute("vacuum analyze smsdesk.send_task")
        return big


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with bench_database() as (target, su):
        t = time.perf_counter()
        big = seed(su, args.messages, args.tasks)
        seed_s = time.perf_counter() - t
        signed = sign_in(target, "op1", PASSWORD)
        try:
            def run(fn, *a, **k):
                return session_service.run(signed, lambda s: fn(s, *a, **k))

            first_ids = run(tasks.message_page, big, 0, (), 500)
            assert len(first_ids.rows) == 500 and first_ids.more
            deep_after = run(lambda s: s.connection().exec_driver_sql(
                f"select id from smsdesk.message where task_id = {big} order by id offset {args.messages * 9 // 10}"
                " limit 1").scalar())
            def ms(fn) -> str:
                return f"{timed(fn, args.runs):.1f}"

            filtered = tasks.TaskFilter(name="通知 99", statuses=("finished",), limit=500)
            figures = {
                "messages": args.messages,
                "tasks": args.tasks + 1,
                "seed_s": f"{seed_s:.1f}",
                "detail_first_page_ms": ms(lambda: run(tasks.message_page, big, 0, (), 500)),
                "detail_failed_page_ms": ms(lambda: run(tasks.message_page, big, 0, ("failed",), 500)),
                "detail_deep_page_ms": ms(lambda: run(tasks.message_page, big, deep_after, (), 500)),
                "list_first_page_ms": ms(lambda: run(tasks.search, tasks.TaskFilter(limit=500))),
                "list_all_ms": ms(lambda: run(tasks.search, tasks.TaskFilter(limit=20_000))),
                "list_filtered_ms": ms(lambda: run(tasks.search, filtered)),
            }
            rows = run(tasks.search, tasks.TaskFilter(limit=20_000))
            assert len(rows) == args.tasks + 1, len(rows)

            def stream(s) -> int:
                repo = TaskLogRepository(s)
                ticket = repo.export_begin(big, "百万级通知", {"task": big, "rows": args.messages, "format": "csv"})
                n = sum(len(b) for b in repo.export_stream(ticket, big, (), tasks.EXPORT_BLOCK))
                assert n == args.messages, n
                return n

            figures["export_stream_s"] = f"{timed(lambda: run(stream), max(1, args.runs // 2)) / 1000:.2f}"
            with tempfile.TemporaryDirectory() as tmp:
                path = os.path.join(tmp, "task.csv")
                t = time.perf_counter()
                out = run(tasks.export_messages, None, tasks.ExportRequest(path, big))
                figures["export_csv_s"] = f"{time.perf_counter() - t:.2f}"
                assert out.rows == args.messages and out.masked, out
        finally:
            signed.close()
    figures["load"] = "/".join(f"{x:.2f}" for x in os.getloadavg())
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
