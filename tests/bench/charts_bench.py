"""Charts benchmark (issue 16) on the reports bench's data (tests/bench/_reports_data.py: 10,000,000 messages over
13 months, kept between runs).

Each chart's query over all 13 months as the top administrator (who sees everything), every variant the console
and the command line offer (bins, dimensions), best of three; then the real console's dashboard drawn with those
13 months chosen: seconds from the window opening to the last chart drawn, the GUI thread's longest stall meanwhile,
and the console's memory with the dashboard open.

    python tests/bench/charts_bench.py [--messages N] [--why]

Last line: ``messages=N worst_chart_ms=X dashboard_s=Y max_stall_ms=Z``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for entry in (str(ROOT / "desktop"), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="smsdesk-charts-bench-"))
os.environ.setdefault("SMSDESK_DATA_DIR", str(_HOME / "data"))
os.environ.setdefault("SMSDESK_CONFIG_DIR", str(_HOME / "config"))


def _range(su_target) -> tuple[dt.date, dt.date]:
    """The 13 months the data covers, as Beijing days."""
    import psycopg

    with psycopg.connect(**su_target.conninfo()) as conn:
        lo, hi = conn.execute(
            "SELECT min(hour AT TIME ZONE 'Asia/Shanghai')::date, max(hour AT TIME ZONE 'Asia/Shanghai')::date "
            "FROM smsdesk.stat_hour"
        ).fetchone()
    return lo, hi


def _variants():
    from smsdesk.services import charts

    return [
        ("volume by day", lambda s, f: charts.volume(s, f, "day", "none")),
        ("volume by month, year before", lambda s, f: charts.volume(s, f, "month", "year")),
        ("volume by hour", lambda s, f: charts.volume(s, f, "hour", "none")),
        ("peaks", charts.peaks),
        ("rates by channel", lambda s, f: charts.rates(s, f, "channel")),
        ("rates by carrier", lambda s, f: charts.rates(s, f, "carrier")),
        ("latency by channel", lambda s, f: charts.latency(s, f, "channel")),
        ("latency by kind", lambda s, f: charts.latency(s, f, "kind")),
        ("failures by channel", lambda s, f: charts.failures(s, f, "channel")),
        ("failures by carrier", lambda s, f: charts.failures(s, f, "carrier")),
        ("failures by kind", lambda s, f: charts.failures(s, f, "kind")),
        ("kinds", charts.kinds),
        ("templates", charts.templates),
        ("conversion", charts.conversion),
        ("channels", charts.channels),
    ]


def time_queries(signed, flt) -> float:
    from smsdesk.services import dashboard
    from smsdesk.services import session as session_service

    worst = 0.0
    variants = [*_variants(), ("key figures", lambda s, f: dashboard.dashboard(s, signed.profile, f))]
    for name, fn in variants:
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            session_service.run(signed, lambda s, fn=fn: fn(s, flt))
            best = min(best, time.perf_counter() - t0)
        print(f"chart={name.replace(' ', '_')} ms={best * 1000:.0f}", flush=True)
        if name != "key figures":
            worst = max(worst, best)
    return worst * 1000


def rss_mb() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def draw_dashboard(user_target, login: str, password: str, date_from: dt.date, date_to: dt.date,
                   why: bool) -> tuple[float, float, float]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from smsdesk.services.auth import sign_in
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.jobs import JobRunner
    from smsdesk.ui.main_window import MainWindow
    from smsdesk.ui.prefs import Prefs
    from tests.bench._gui import stall_meter

    app = QApplication.instance() or QApplication([])
    signed = sign_in(user_target, login, password)
    runner = JobRunner()
    runner.set_session(signed)
    prefs = Prefs()
    raw = prefs.raw()
    raw.setValue("main/last_tab", "overview")
    raw.setValue("dashboard/filter/preset", "custom")
    raw.setValue("dashboard/filter/from", date_from.isoformat())
    raw.setValue("dashboard/filter/to", date_to.isoformat())
    for key in ("group", "user", "kind", "channel", "carrier", "template"):
        raw.setValue(f"dashboard/filter/{key}", "")
    from smsdesk.ui.app import _preload_main_window, freeze_startup_heap

    _preload_main_window()  # as the console does while the sign-in window is shown
    freeze_startup_heap()  # and once signed in (ui/app.py)
    gaps = stall_meter(why)
    for _ in range(20):
        app.processEvents()
    t0 = time.perf_counter()
    window = MainWindow(ConsoleContext(signed, runner, prefs), language="zh_CN")
    window.resize(1366, 768)
    window.show()
    tab = window.tab("overview")
    # the stall is measured while the dashboard draws: from the window shown to the last chart drawn (the main
    # window's own construction, every tab's title and the tabs' modules, is the sign-in's cost, as in every tab)
    gaps["last"] = time.perf_counter()
    gaps["on"] = True
    if "rearm" in gaps:
        gaps["rearm"]()

    def drawn() -> bool:
        return tab.dashboard is not None and tab.built and all(
            p.data is not None and not p.loading for p in tab.panels.values() if not p.isHidden())

    deadline = time.monotonic() + 120
    while not drawn() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    took = time.perf_counter() - t0
    gaps["on"] = False
    if not drawn():
        raise SystemExit("the dashboard was not drawn within 120 s")
    for _ in range(20):
        app.processEvents()
    memory = rss_mb()
    runner.wait_idle()
    window.close()
    signed.close()
    return took, gaps["max"] * 1000, memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000_000)
    parser.add_argument("--why", action="store_true", help="print every thread's stack when the GUI thread stalls")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from smsdesk.services import charts
    from smsdesk.services.auth import sign_in
    from smsdesk.ui.i18n import Translations
    from tests.bench import _reports_data as data

    app = QApplication.instance() or QApplication([])
    Translations().install("zh_CN")
    with data.reports_database(messages=args.messages) as (user_target, su_target):
        date_from, date_to = _range(su_target)
        print(f"range={date_from}..{date_to} load={os.getloadavg()[0]:.1f}", flush=True)
        signed = sign_in(user_target, "boss", data.ADMIN_PASSWORD)
        try:
            worst = time_queries(signed, charts.ChartFilter(date_from, date_to))
        finally:
            signed.close()
        before = rss_mb()
        took, stall, memory = draw_dashboard(user_target, "boss", data.ADMIN_PASSWORD, date_from, date_to, args.why)
    del app
    print(f"console_mb_before={before:.0f} console_mb_dashboard_open={memory:.0f} load={os.getloadavg()[0]:.1f}")
    print(f"messages={args.messages} worst_chart_ms={worst:.0f} dashboard_s={took:.2f} max_stall_ms={stall:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
