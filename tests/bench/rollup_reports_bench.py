"""Rollup reports benchmark: the daily, monthly, cost and failures reports (services/report_rollups.compute, what the
Reports tab's pages and ``smsdesk-admin report`` run) over 13 months of rollups at their densest for 10,000,000
messages: 50 users in a 3-level tree, every user sending every kind every day with every outcome (396,000 stat_day
rows), and failures of 25 users every 6 hours by 2 kinds, 3 channels, 2 carriers and 2 categories (949,000
stat_hour rows). Timed as the top-level administrator (everything) and as an operator (their own rows), best of 3.

    python tests/bench/rollup_reports_bench.py

Prints one line per report and caller, then: worst_admin_ms=X worst_operator_ms=Y. The rollup rows are written
directly (their maintenance is tests/db/test_rollups.py's and dispatch_bench.py's business). A figure, not a timed
test; SMSDESK_TEST_DATABASE_URL picks the server.
"""

from __future__ import annotations

import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (str(ROOT / "desktop"), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import psycopg  # noqa: E402

from smsdesk.services import admin  # noqa: E402
from smsdesk.services import report_rollups as reports  # noqa: E402
from smsdesk.services import session as session_service  # noqa: E402
from smsdesk.services.auth import sign_in  # noqa: E402
from smsdesk.store.database import make_engine, session_factory, unit_of_work  # noqa: E402
from tests.bench._db import ADMIN_PASSWORD, bench_database  # noqa: E402

OPERATOR_PASSWORD = "bench-operator-1"
PATHS = [f"总部/{region}/{team}" for region in ("华东", "华南", "华北") for team in ("一部", "二部")]


def fill(su) -> None:
    engine = make_engine(su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            for path in PATHS:
                admin.ensure_group_path(s, path)
            for i in range(50):
                admin.create_user(s, login=f"op{i}", password=OPERATOR_PASSWORD, group_path=PATHS[i % len(PATHS)])
    finally:
        engine.dispose()
    with psycopg.connect(**su.conninfo(), autocommit=True) as c:
        c.execute("""
          INSERT INTO smsdesk.stat_day (day, group_id, user_id, kind, outcome, messages, segments, refunded_segments,
                                        cost)
          SELECT d::date, u.group_id, u.id, k, o, 100 + (random() * 50)::int, 150, 3, 5.5
            FROM generate_series(current_date - 395, current_date, interval '1 day') d,
                 (SELECT id, group_id FROM smsdesk.app_user WHERE login LIKE 'op%') u,
                 unnest(ARRAY['verification', 'notification', 'marketing', 'alert']) k,
                 unnest(ARRAY['pending', 'delivered', 'failed', 'expired', 'cancelled']) o""")
        c.execute("""
          INSERT INTO smsdesk.stat_hour (hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome,
                                         category, messages, segments)
          SELECT h, u.group_id, u.id, k, ch, car, 0, 'failed', cat, 3, 4
            FROM generate_series(date_trunc('hour', now()) - interval '395 days', now(), interval '6 hours') h,
                 (SELECT id, group_id FROM smsdesk.app_user WHERE login LIKE 'op%' ORDER BY id LIMIT 25) u,
                 unnest(ARRAY['notification', 'marketing']) k, unnest(ARRAY[1, 2, 3]) ch,
                 unnest(ARRAY['China Mobile', 'China Unicom']) car, unnest(ARRAY['timeout', 'invalid_number']) cat""")
        # the other rollups summed from stat_hour (the failures report reads them), the dense stat_day kept
        c.execute("CREATE TEMP TABLE dense_day AS SELECT * FROM smsdesk.stat_day")
        c.execute("SELECT smsdesk._stat_refold('-infinity', 'infinity')")
        c.execute("DELETE FROM smsdesk.stat_day")
        c.execute("INSERT INTO smsdesk.stat_day SELECT * FROM dense_day")
        for table in ("stat_day", "stat_hour", "stat_day_wide", "stat_month_wide", "stat_hour_kind"):
            c.execute(f"VACUUM ANALYZE smsdesk.{table}")


def main() -> None:
    last = date.today()
    first = last - timedelta(days=395)
    worst: dict[str, float] = {}
    with bench_database() as (target, su):
        fill(su)
        for who, password in (("boss", ADMIN_PASSWORD), ("op7", OPERATOR_PASSWORD)):
            signed = sign_in(target, who, password, pool_size=1)
            try:
                for report in ("daily", "monthly", "cost", "failures"):
                    best = float("inf")
                    rows = 0
                    for _ in range(3):
                        start = time.perf_counter()
                        answer = session_service.run(signed, reports.compute, reports.ReportQuery(report, first, last))
                        best = min(best, time.perf_counter() - start)
                        rows = len(answer.rows)
                    print(f"caller={who} report={report} ms={best * 1000:.0f} rows={rows}", flush=True)
                    worst[who] = max(worst.get(who, 0.0), best * 1000)
            finally:
                signed.close()
    print(f"worst_admin_ms={worst['boss']:.0f} worst_operator_ms={worst['op7']:.0f}")


if __name__ == "__main__":
    main()
