"""Number check figures (issue 21), through the code the Number check tab and the dispatcher run:

- 1,000,000 numbers from a CSV checked offline (format, carrier, region, blacklists) into stored results (<= 10 s)
- a page of a million-number check's results, plain and filtered (<= 100 ms)
- live status looked up against the simulator's status service over HTTP (>= 1,000 numbers/s)
- the GUI thread's longest stall while the tab checks a million numbers and shows them (<= 100 ms)

    python3 -m tests.bench.numbercheck_bench        # SMSDESK_TEST_DATABASE_URL picks a server, else embedded
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from smsdesk.infra.jobs import QuietJob
from smsdesk.services import admin, blacklist, channels, numbercheck
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.store import roles
from tests.bench._db import bench_database
from tests.bench.send_bench import as_superuser

PASSWORD = "bench-user-1"
DISPATCHER_PASSWORD = "bench-dispatcher-1"
# every carrier and segment, virtual operators' too
PREFIXES = ("138", "139", "150", "186", "133", "189", "177", "199", "192", "170", "171", "162", "165", "167", "147")
DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def write_csv(path: Path, n: int, rng: random.Random) -> Path:
    rows = [rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}" for _ in range(n)]
    path.write_text("姓名,手机\n" + "\n".join(f"客户{i},{m}" for i, m in enumerate(rows)) + "\n", encoding="utf-8")
    return path


def seed(su) -> None:
    def work(s) -> None:
        admin.create_user(s, login="bench-op", password=PASSWORD, group_path="总部")
        listed = [f"+86138{i:08d}" for i in range(0, 10**8, 1000)]  # 100,000 numbers on the global blacklist
        blacklist.store_numbers(s, None, "global", listed, reason="bench")
        channels.create_dispatcher_login(s, "bench", DISPATCHER_PASSWORD)

    as_superuser(su, work)


def offline(signed, path: Path) -> tuple[float, numbercheck.Created]:
    numbercheck.places_table()
    start = time.perf_counter()
    draft = numbercheck.CheckDraft(file=str(path), column="手机")
    created = session_service.run(signed, numbercheck.create, QuietJob(), draft)
    return time.perf_counter() - start, created


def pages(signed, task_id: int) -> dict[str, float]:
    out = {}
    filters = {
        "first page": (numbercheck.ResultFilter(), 0),
        "page at row 500,000": (numbercheck.ResultFilter(), 500_000),
        "China Unicom only, row 500,000": (numbercheck.ResultFilter(carrier="unicom"), 500_000),
        "virtual operators only": (numbercheck.ResultFilter(carrier="virtual"), 0),
        "blacklisted only": (numbercheck.ResultFilter(validity="blacklisted"), 0),
        "广东省 only": (numbercheck.ResultFilter(province="广东省"), 0),
    }
    for label, (flt, after) in filters.items():
        times = []
        for _ in range(5):
            start = time.perf_counter()
            rows = session_service.run(signed, numbercheck.results, task_id, flt, after, numbercheck.PAGE)
            times.append(time.perf_counter() - start)
        assert rows, label
        out[label] = statistics.median(times) * 1000
    return out


def live(target, su, signed, n: int) -> tuple[float, int]:
    from smsdesk.dispatcher.status_lookups import StatusLookups
    from smsdesk.simsc.status_service import provider_json

    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH", "")]))
    proc = subprocess.Popen([sys.executable, "-m", "smsdesk.simsc", "--port", "0", "--status-port", "0",
                             "--log-level", "WARNING"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    try:
        proc.stdout.readline()
        port = int(proc.stdout.readline().rsplit("status_port=", 1)[1])
        as_superuser(su, lambda s: numbercheck.set_config(s, provider_json(port, batch_size=500,
                                                                            rate_per_second=100_000)))
        rng = random.Random(21)
        typed = ",".join(f"13{rng.randrange(3, 10)}{rng.randrange(10**8):08d}" for _ in range(n))
        created = session_service.run(signed, numbercheck.create, QuietJob(),
                                      numbercheck.CheckDraft(typed=typed, with_status=True))
        info = target.with_login(roles.dispatcher_role(su.dbname, "bench"), DISPATCHER_PASSWORD).conninfo()

        async def connect() -> psycopg.AsyncConnection:
            return await psycopg.AsyncConnection.connect(**info, autocommit=True)

        async def main() -> float:
            worker = StatusLookups(connect, idle_s=0.02)
            stopping = asyncio.Event()
            start = time.perf_counter()
            task = asyncio.get_running_loop().create_task(worker.run(stopping))
            while True:
                row = session_service.run(signed, numbercheck.task, created.task_id)
                if row.pending == 0:
                    break
                await asyncio.sleep(0.05)
            took = time.perf_counter() - start
            stopping.set()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            return took

        took = asyncio.run(main())
        return took, created.valid
    finally:
        proc.terminate()
        proc.wait(10)


def gui(target, path: Path) -> tuple[float, float]:
    """The tab checks the million-number file and shows its results; the GUI thread's longest gap (ms)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from smsdesk.ui.app import _preload_main_window, freeze_startup_heap
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.jobs import JobRunner
    from smsdesk.ui.prefs import Prefs
    from smsdesk.ui.tabs.numbercheck.numbercheck_tab import NumberCheckTab
    from tests.bench._gui import stall_meter

    app = QApplication.instance() or QApplication([])
    _preload_main_window()
    numbercheck.places_table()
    freeze_startup_heap()
    signed = sign_in(target, "bench-op", PASSWORD)
    runner = JobRunner()
    runner.set_session(signed)
    tab = NumberCheckTab(ConsoleContext(signed, runner, Prefs()))
    tab.resize(1300, 820)
    tab.show()
    gaps = stall_meter("--why" in sys.argv)
    shown = {"n": 0}
    tab.checks.results_shown.connect(lambda n: shown.__setitem__("n", n))
    tab.refresh()
    tab.new_check.set_file(str(path))
    deadline = time.perf_counter() + 60
    while tab.new_check.column_combo.currentText() != "手机" and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    gaps["on"], gaps["last"], gaps["max"] = True, time.perf_counter(), 0.0
    start = time.perf_counter()
    tab.new_check.submit()
    deadline = time.perf_counter() + 300
    while not shown["n"] and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)
    took = time.perf_counter() - start
    for _ in range(50):  # the summary and chart arrive after the first page
        app.processEvents()
        time.sleep(0.01)
    gaps["on"] = False
    runner.wait_idle()
    tab.close()
    signed.close()
    return gaps["max"] * 1000, took


def main() -> None:
    rng = random.Random(21)
    work = Path(tempfile.mkdtemp(prefix="smsdesk-check-bench-"))
    path = write_csv(work / "million.csv", 1_000_000, rng)
    with bench_database() as (target, su):
        seed(su)
        signed = sign_in(target, "bench-op", PASSWORD)
        try:
            times = []
            for _ in range(2):
                seconds, created = offline(signed, path)
                times.append(seconds)
            print(f"1,000,000 numbers checked offline into stored results: {min(times):.2f} s / {max(times):.2f} s "
                  f"(valid {created.valid:,}, invalid {created.invalid:,}, duplicates {created.duplicates:,})")
            figures = pages(signed, created.task_id)
            print("results page (200 rows, median of 5): " + ", ".join(f"{k} {v:.0f} ms" for k, v in figures.items())
                  + f"; slowest {max(figures.values()):.0f} ms")
            took, n = live(target, su, signed, 100_000)
            print(f"live status against the simulator: {n:,} numbers in {took:.2f} s = {n / took:,.0f} numbers/s")
        finally:
            signed.close()
        stall, took = gui(target, path)
        print(f"GUI thread: longest stall {stall:.0f} ms while the tab checked 1,000,000 numbers "
              f"and showed them ({took:.1f} s)")


if __name__ == "__main__":
    main()
