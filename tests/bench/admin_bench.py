"""Organisation figures (issue 17), printed as one line of key=value.

  import_users_s     5,000 users imported from a CSV through the admin's own session, all or nothing (each a login
                     role with its SCRAM verifier, checked by user_create)
  users_shown_ms     the Organisation tab showing 10,000 users: from asking to the table filled and sorted (median
                     of --runs)
  gui_max_stall_ms   the longest the GUI thread went without running its event loop while it did so
Usage: python tests/bench/admin_bench.py [--users 10000] [--import 5000] [--runs 5] [--why]
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg

from smsdesk.services import admin, user_import
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.bench._db import ADMIN_PASSWORD, bench_database
from tests.bench._gui import stall_meter

GROUPS = ("总部/华东/上海", "总部/华东/杭州", "总部/华南/广州", "总部/华南/深圳")


def seed_groups(su) -> None:
    engine = make_engine(su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            for path in GROUPS:
                admin.ensure_group_path(s, path)
    finally:
        engine.dispose()


def import_users(target, count: int, tmp: Path) -> float:
    path = tmp / "users.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("login,name,group,mobile,type,reviewer,review,quota,password\n")
        for i in range(count):
            out.write(f"imp{i:05d},操作员{i},{GROUPS[i % len(GROUPS)]},1380000{i:04d},user,no,yes,0,pass-word-{i}\n")
    signed = sign_in(target, "boss", ADMIN_PASSWORD, pool_size=1)
    try:
        t0 = time.perf_counter()
        result = session_service.run(signed, user_import.import_file, str(path))
        seconds = time.perf_counter() - t0
    finally:
        signed.close()
    assert result.created == count, result
    return seconds


def fill_up(su, total: int) -> None:
    """The rest of the users as plain rows (they only need to be shown, not to sign in)."""
    with psycopg.connect(**su.conninfo(), autocommit=True) as c:
        have = c.execute("select count(*) from smsdesk.app_user").fetchone()[0]
        c.execute(
            "insert into smsdesk.app_user (login, role_name, operator_name, group_id, kind, quota_limit)"
            " select 'row' || n, 'bench_row_' || n, '操作员 ' || n, (select id from smsdesk.user_group"
            "   where smsdesk.group_path(id) = %s), 'user', n %% 1000 from generate_series(1, %s) n",
            (GROUPS[0], max(0, total - have)),
        )


def gui_figures(target, runs: int, why: bool = False) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from smsdesk.ui.app import freeze_startup_heap
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.jobs import JobRunner
    from smsdesk.ui.prefs import Prefs
    from smsdesk.ui.tabs.organisation.organisation_tab import OrganisationTab

    app = QApplication.instance() or QApplication([])
    signed = sign_in(target, "boss", ADMIN_PASSWORD)
    runner = JobRunner()
    runner.set_session(signed)
    prefs = Prefs()
    prefs.raw().clear()
    tab = OrganisationTab(ConsoleContext(signed, runner, prefs))
    tab.resize(1300, 700)
    freeze_startup_heap()
    tab.show()
    app.processEvents()
    gaps = stall_meter(why)

    def wait_shown(start) -> tuple[float, int]:
        loop = QEventLoop()
        got = []
        conn = tab.users_shown.connect(lambda n: (got.append(n), loop.quit()))
        QTimer.singleShot(60_000, loop.quit)
        gaps["on"], gaps["last"] = True, time.perf_counter()
        t0 = time.perf_counter()
        start()
        if not got:
            loop.exec()
        seconds = time.perf_counter() - t0
        app.processEvents()  # the paint of the filled table counts as part of the stall
        gaps["on"] = False
        tab.users_shown.disconnect(conn)
        return seconds, got[0]

    wait_shown(tab.refresh)  # the tree and the first listing (the top group, all sub-groups)
    times = []
    for _ in range(runs):
        seconds, shown = wait_shown(tab._load_users)
        times.append(seconds)
    runner.wait_idle()
    tab.close()
    signed.close()
    return {
        "users_shown": shown,
        "users_shown_ms": f"{statistics.median(times) * 1000:.0f}",
        "gui_max_stall_ms": f"{gaps['max'] * 1000:.0f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--import", dest="imported", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--why", action="store_true", help="print the GUI thread's stack when it stalls 80 ms")
    args = parser.parse_args()
    figures: dict = {}
    with bench_database() as (target, su), tempfile.TemporaryDirectory() as tmp:
        seed_groups(su)
        figures["import_users"] = args.imported
        figures["import_users_s"] = f"{import_users(target, args.imported, Path(tmp)):.1f}"
        fill_up(su, args.users)
        figures.update(gui_figures(target, args.runs, args.why))
    print(" ".join(f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
