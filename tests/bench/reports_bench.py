"""Reports benchmark (issue 15): the Reports tab's queries over 10,000,000 messages of 13 months, exports of
1,000,000 detail rows, and the retention purge of 1,000,000 messages while a send goes on at full rate.

    python tests/bench/reports_bench.py                      # everything, on the kept bench database
    python tests/bench/reports_bench.py --only purge         # one part: detail, rollups, export, purge

The data (tests/bench/_reports_data.py) is generated once into ``smsdesk_reports_bench`` on the server of
SMSDESK_TEST_DATABASE_URL (else the machine's PostgreSQL) and reused while its version marker matches. Each query
is run as the top-level administrator (the widest scope), warm, best of three; the purge runs in a database of its
own (1,000,000 messages older than the retention, generated the same way, dropped afterwards) with the real
dispatcher sending to the SMSC simulator meanwhile. A figure, not a timed test. The last line is exactly:

    messages=N worst_report_ms=X export_csv_s=Y export_xlsx_s=Z purge_s=W

A part that could not run prints its reason on a line of its own and ``n/a`` in the last line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
for entry in (str(DESKTOP), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import psycopg  # noqa: E402

from smsdesk.services import admin, channels, library, retention, tasks  # noqa: E402
from smsdesk.store import roles  # noqa: E402
from smsdesk.store.database import make_engine, session_factory, unit_of_work  # noqa: E402
from tests.bench import _reports_data as data  # noqa: E402

DISPATCHER_PASSWORD = "bench-dispatcher-secret"
OPERATOR_PASSWORD = "bench-operator-1"


def load() -> str:
    return "load=" + "/".join(f"{x:.1f}" for x in os.getloadavg())


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH", "")]))
    return env


def best_ms(run, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append((time.perf_counter() - began) * 1000)
    return min(times)


# ---------------------------------------------------------------------------------------------------------------
# the detail page


def _admin_session(user_db):
    """A session of the top-level administrator (the widest scope), as the console's jobs have."""
    role = roles.user_role(user_db.dbname, "boss")
    engine = make_engine(user_db.with_login(role, data.ADMIN_PASSWORD), pool_size=1)
    return engine, session_factory(engine)


def detail_figures(user_db, su_db) -> dict[str, float] | str:
    """The message-detail page's first page for each kind of filter, through the service the page calls
    (report_detail.detail_page: one call with the page's time budget; when a rare filter has not filled the page
    in it, the page asks again from where the walk stopped). Two figures per filter: the first answer shown, and
    the page full (or the walk at its end)."""
    try:
        from smsdesk.services import report_detail
    except ImportError:
        return "the message detail service (services/report_detail.py) is not in this tree yet"
    with psycopg.connect(**su_db.conninfo()) as su:
        number, user, group, channel, task = su.execute(
            """select m.number, t.owner_id, t.group_id, m.channel_id, t.id from smsdesk.message m
                 join smsdesk.send_task t on t.id = m.task_id
                where m.id = (select max(id) / 3 from smsdesk.message)"""
        ).fetchone()
        old_number = su.execute("select number from smsdesk.message where id = 12345").fetchone()[0]
        month_ago = su.execute("select max(send_at) - interval '30 days' from smsdesk.send_task").fetchone()[0]
    F = report_detail.DetailFilter
    filters = {
        "no filter": F(),
        "kind": F(kind="marketing"),
        "time range (a month)": F(date_from=month_ago, date_to=month_ago + timedelta(days=30)),
        "status failed": F(status="failed"),
        "status pending (none)": F(status="pending"),
        "category invalid_number": F(category="invalid_number"),
        "rare category quota": F(category="quota"),
        "group (sub-groups)": F(group_id=group),
        "user": F(user_id=user),
        "channel": F(channel_id=channel),
        "carrier": F(carrier="China Broadnet"),
        "task": F(task_id=task),
        "user + kind + failed": F(user_id=user, kind="verification", status="failed"),
        "carrier + category + month": F(carrier="China Telecom", category="timeout", date_from=month_ago),
        "user + rare category + a year ago": F(user_id=user, category="quota", date_to=month_ago - timedelta(days=330)),
        "number, full": F(number=number),
        "number, last 4": F(number=number[-4:]),
        "number, full, a year ago": F(number=old_number),
        "number, last 4 + failed": F(number=number[-4:], status="failed"),
        "content fragment": F(content="满减"),
        "content fragment, rare": F(content="57号服务器"),
        "content fragment, none": F(content="不存在的内容"),
    }
    out: dict[str, float] = {}
    engine, factory = _admin_session(user_db)
    try:
        with factory() as session:
            for name, f in filters.items():
                def first(f=f):
                    return report_detail.detail_page(session, f)

                found = [0, False]

                def full(f=f, found=found):
                    # as the page does: ask again from where the walk stopped until the page is full or the walk
                    # is over (a filter that matches almost nothing walks everything: given up after 20 s)
                    began = time.perf_counter()
                    page = report_detail.detail_page(session, f)
                    rows = len(page.rows)
                    while page.stopped and rows < report_detail.PAGE and time.perf_counter() - began < 20:
                        page = report_detail.detail_page(session, f, page.next, report_detail.PAGE - rows)
                        rows += len(page.rows)
                    found[:] = [rows, page.stopped and rows < report_detail.PAGE]

                shown = best_ms(first)
                filled = best_ms(full, repeat=1)
                if filled < 1000:
                    filled = min(filled, best_ms(full, repeat=2))
                out[name] = shown
                print(f"detail first page, {name}: first answer {shown:.0f} ms ({len(first().rows)} rows), page full "
                      f"{'> 20 s, gave up' if found[1] else f'{filled:.0f} ms'} ({found[0]} rows; {load()})",
                      flush=True)  # fmt: skip
                session.rollback()
    finally:
        engine.dispose()
    return out


# ---------------------------------------------------------------------------------------------------------------
# the reports answered from the rollups


def rollup_figures(user_db, su_db) -> dict[str, float] | str:
    """Cost, daily and monthly reports (and failures by each dimension) over all 13 months, through the service
    their pages call (report_rollups.compute), as the top-level administrator and as one operator."""
    try:
        from smsdesk.services import report_rollups
    except ImportError:
        return "the rollup reports (services/report_rollups.py) are not in this tree yet"
    with psycopg.connect(**su_db.conninfo()) as su:
        first, last = su.execute("select min(send_at)::date, max(send_at)::date + 1 from smsdesk.send_task").fetchone()
        rows = su.execute("select count(*) from smsdesk.stat_hour").fetchone()[0]
        group = su.execute("select id from smsdesk.user_group where name = '华东'").fetchone()[0]
    print(f"rollups: {rows:,} rows of stat_hour ({load()})", flush=True)
    Q = report_rollups.ReportQuery
    queries = {
        "daily": Q("daily", first, last),
        "monthly": Q("monthly", first, last),
        "cost": Q("cost", first, last),
        "cost, a region": Q("cost", first, last, group_id=group),
        "daily, marketing": Q("daily", first, last, kind="marketing"),
        **{f"failures by {by}": Q("failures", first, last, by=by)
           for by in ("channel", "carrier", "kind", "template", "user", "group")},
    }  # fmt: skip
    out: dict[str, float] = {}
    engine, factory = _admin_session(user_db)
    try:
        with factory() as session:
            for name, query in queries.items():
                out[name] = best_ms(lambda query=query: report_rollups.compute(session, query))
                found = report_rollups.compute(session, query)
                print(f"report {name}, {first} to {last}: {out[name]:.0f} ms ({len(found.rows)} rows; {load()})",
                      flush=True)  # fmt: skip
                session.rollback()
    finally:
        engine.dispose()
    role = roles.user_role(user_db.dbname, "op01")
    engine = make_engine(user_db.with_login(role, data.USER_PASSWORD), pool_size=1)
    try:
        with session_factory(engine)() as session:
            for name in ("daily", "monthly", "cost"):
                key = f"{name} (an operator)"
                out[key] = best_ms(lambda name=name: report_rollups.compute(session, queries[name]))
                print(f"report {key}: {out[key]:.0f} ms ({load()})", flush=True)
    finally:
        engine.dispose()
    return out


# ---------------------------------------------------------------------------------------------------------------
# exports


EXPORT_CHILD = """
import json, resource, sys, time
from smsdesk.infra.jobs import QuietJob
from smsdesk.services import report_detail
from smsdesk.store.database import make_engine, session_factory
from smsdesk.settings import DatabaseTarget
spec = json.loads(sys.argv[1])
target = DatabaseTarget("bench", host=spec["host"], port=spec["port"], dbname=spec["dbname"], user=spec["user"],
                        password=spec["password"])
engine = make_engine(target, pool_size=1)
with session_factory(engine)() as session:
    session.connection()  # signed in before the baseline
    def rss():
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024
    before = rss()
    began = time.perf_counter()
    f = report_detail.DetailFilter(date_from=__import__("datetime").datetime.fromisoformat(spec["from"]))
    outcome = report_detail.export_detail(session, QuietJob(), report_detail.DetailExportRequest(spec["path"], f))
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": outcome.rows, "rss_before_mb": before, "peak_mb": peak}))
"""


def export_figures(user_db, su_db, rows: int = 1_000_000) -> dict[str, dict] | str:
    """Exports of ``rows`` detail rows (the newest, by a from-date) to CSV and XLSX through the service the page's
    export runs, each in a process of its own whose memory is measured (peak RSS less RSS before)."""
    try:
        from smsdesk.services import report_detail  # noqa: F401
    except ImportError:
        return "the message detail export (services/report_detail.py) is not in this tree yet"
    with psycopg.connect(**su_db.conninfo()) as su:
        start = su.execute(
            """select t.send_at from smsdesk.message m join smsdesk.send_task t on t.id = m.task_id
                where m.id = (select max(id) from smsdesk.message) - %s""", (rows,)).fetchone()[0]  # fmt: skip
    role = roles.user_role(user_db.dbname, "boss")
    target = user_db.with_login(role, data.ADMIN_PASSWORD)
    out: dict[str, dict] = {}
    folder = Path(tempfile.mkdtemp(prefix="smsdesk-bench-export-"))
    for fmt in ("csv", "xlsx"):
        path = folder / f"detail.{fmt}"
        spec = {"host": target.host, "port": target.port, "dbname": target.dbname, "user": target.user,
                "password": target.password, "from": start.isoformat(), "path": str(path)}  # fmt: skip
        done = subprocess.run([sys.executable, "-c", EXPORT_CHILD, json.dumps(spec)], capture_output=True, text=True,
                              env=child_env())  # fmt: skip
        if done.returncode != 0:
            return f"the {fmt} export failed: {done.stderr[-800:]}"
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["size_mb"] = path.stat().st_size / 2**20
        out[fmt] = result
        print(f"export {fmt}: {result['rows']:,} rows in {result['seconds']:.1f} s, {result['size_mb']:.0f} MB, "
              f"memory +{result['peak_mb'] - result['rss_before_mb']:.0f} MB (peak {result['peak_mb']:.0f} MB) "
              f"({load()})", flush=True)  # fmt: skip
        path.unlink()
    folder.rmdir()
    return out


# ---------------------------------------------------------------------------------------------------------------
# the purge during a send


def purge_figure(messages: int = 1_000_000, send: int = 1_000_000) -> float | str:
    """Seconds to purge ``messages`` messages (with their parts, receipts and replies) older than the retention
    while the dispatcher sends a task of ``send`` messages to the simulator; prints the send rate before, during
    and after the purge (15 s each side), all while that task is still sending."""
    dbname = f"smsdesk_purge_bench_{uuid.uuid4().hex[:6]}"
    user_db, su_db = data._targets(dbname)
    sim = dispatcher = None
    log_dir = Path(tempfile.mkdtemp(prefix="smsdesk-bench-purge-"))
    try:
        # everything generated ends 13 months ago; the retention will be 12 months
        data.generate(su_db, messages, months=1, end=datetime.now(UTC) - timedelta(days=400),
                      log=lambda line: print(line, flush=True))  # fmt: skip
        sim = subprocess.Popen(
            [sys.executable, "-m", "smsdesk.simsc", "--port", "0", "--log-level", "WARNING", "--system-id", "bench",
             "--password", "bench", "--receipt-delay-ms", "50"],
            stdout=subprocess.PIPE, text=True, env=child_env(),
        )  # fmt: skip
        line = sim.stdout.readline()
        port = int(line.rsplit("port=", 1)[1])
        engine = make_engine(su_db, pool_size=1)
        with unit_of_work(session_factory(engine)) as s:
            admin.ensure_group_path(s, "总部/压测")
            admin.grant_group(s, "总部", send * 4 + 10)
            admin.grant_group(s, "总部/压测", send * 4)
            admin.create_user(s, login="bench-op", password=OPERATOR_PASSWORD, group_path="总部/压测")
            admin.grant_user(s, "bench-op", send * 4)
            library.create_signature(s, admin.find_group(s, "总部/压测"), "压测", True)
            channels.add_channel(s, name="bench", host="127.0.0.1", port=port, system_id="bench", password="bench",
                                 window_size=50, tps=0)  # fmt: skip
            role = channels.create_dispatcher_login(s, "bench", DISPATCHER_PASSWORD)
        url = su_db.with_login(role, "").url(driver="postgresql")
        dispatcher = subprocess.Popen(
            [sys.executable, "-m", "smsdesk.dispatcher", "--db", url, "--name", "bench", "--password-stdin",
             "--log-level", "INFO"],
            stdin=subprocess.PIPE, stderr=open(log_dir / "dispatcher.log", "w"), text=True,  # noqa: SIM115
            env=child_env(),
        )  # fmt: skip
        dispatcher.stdin.write(DISPATCHER_PASSWORD + "\n")
        dispatcher.stdin.close()
        su = psycopg.connect(**su_db.conninfo(), autocommit=True)
        deadline = time.monotonic() + 60
        while su.execute("select status from smsdesk.channel where name = 'bench'").fetchone()[0] != "up":
            if time.monotonic() > deadline or dispatcher.poll() is not None:
                return f"the channel did not come up (see {log_dir / 'dispatcher.log'})"
            time.sleep(0.2)
        operator = make_engine(user_db.with_login(roles.user_role(dbname, "bench-op"), OPERATOR_PASSWORD), pool_size=1)
        numbers = [f"+86{130 + i % 70:03d}{i:08d}" for i in range(send)]
        with unit_of_work(session_factory(operator)) as s:
            task_id = tasks.queue(s, name="benchmark", kind="notification", content="您的验证码是123456，5分钟内有效。",
                                  signature="压测", numbers=numbers)  # fmt: skip
        operator.dispose()

        def done() -> int:
            return su.execute("select delivered_count + failed_count from smsdesk.send_task where id = %s",
                              (task_id,)).fetchone()[0]  # fmt: skip

        time.sleep(10)  # up to speed
        first, began = done(), time.monotonic()
        time.sleep(15)
        before = (done() - first) / (time.monotonic() - began)
        print(f"purge bench: sending at {before:.0f} messages/s before the purge ({load()})", flush=True)

        su.execute("select smsdesk.settings_set('retention_months', '12'::jsonb)")
        rates: list[float] = []
        stop = threading.Event()

        def watch() -> None:
            last, at = done(), time.monotonic()
            with psycopg.connect(**su_db.conninfo(), autocommit=True):
                while not stop.wait(2.0):
                    now_done, now = done(), time.monotonic()
                    rates.append((now_done - last) / (now - at))
                    last, at = now_done, now

        watcher = threading.Thread(target=watch, daemon=True)
        sent_before = done()
        began = time.monotonic()
        watcher.start()
        result = retention.purge(session_factory(engine), budget_ms=2000, batch=5000)
        purge_s = time.monotonic() - began
        during = (done() - sent_before) / purge_s
        stop.set()
        watcher.join()
        first, began = done(), time.monotonic()
        time.sleep(15)
        after = (done() - first) / (time.monotonic() - began)
        still = done() < send
        left = su.execute(
            """select (select count(*) from smsdesk.message m join smsdesk.send_task t on t.id = m.task_id
                        where t.send_at < now() - interval '390 days'),
                      (select count(*) from smsdesk.message_part where submitted_at < now() - interval '390 days'),
                      (select count(*) from smsdesk.receipt where received_at < now() - interval '390 days'),
                      (select count(*) from smsdesk.inbound_reply where received_at < now() - interval '390 days')"""
        ).fetchone()
        audited = su.execute("select coalesce(sum((details->>'messages')::bigint), 0) from smsdesk.audit_log "
                             "where action = 'retention.purge'").fetchone()[0]  # fmt: skip
        print(f"purge bench: {result.counts} in {purge_s:.1f} s ({result.turns} turns by the admin command; "
              f"{audited:,} messages audited in all, the dispatcher's housekeeping included); old rows left "
              f"(messages, parts, receipts, replies): {left}; sending at {during:.0f} messages/s during the purge "
              f"(slowest 2 s: {min(rates) if rates else during:.0f}) against {before:.0f} before and {after:.0f} after"
              f"{'' if still else ' (the send ended during the measurement: the rates are low)'} ({load()})",
              flush=True)
        su.close()
        engine.dispose()
        return purge_s
    finally:
        for proc in (dispatcher, sim):
            if proc is not None and proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
        data.drop(su_db)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--messages", type=int, default=data.DEFAULT_MESSAGES)
    parser.add_argument("--only", choices=("detail", "rollups", "export", "purge"), action="append")
    parser.add_argument("--purge-messages", type=int, default=1_000_000)
    args = parser.parse_args()
    parts = set(args.only or ("detail", "rollups", "export", "purge"))
    worst: float | None = None
    export_csv = export_xlsx = purge_s = None
    if parts & {"detail", "rollups", "export"}:
        user_db, su_db = data.ensure(args.messages)
        if "detail" in parts:
            found = detail_figures(user_db, su_db)
            if isinstance(found, str):
                print(f"detail: not measured: {found}")
            else:
                worst = max([worst or 0.0, *found.values()])
        if "rollups" in parts:
            reported = rollup_figures(user_db, su_db)
            if isinstance(reported, str):
                print(f"rollups: not measured: {reported}")
            else:  # the figures: cost, daily and monthly (failures by a dimension are printed above)
                worst = max([worst or 0.0, *(v for k, v in reported.items() if not k.startswith("failures"))])
        if "export" in parts:
            exported = export_figures(user_db, su_db)
            if isinstance(exported, str):
                print(f"export: not measured: {exported}")
            else:
                export_csv, export_xlsx = exported["csv"]["seconds"], exported["xlsx"]["seconds"]
    if "purge" in parts:
        found = purge_figure(args.purge_messages)
        if isinstance(found, str):
            print(f"purge: not measured: {found}")
        else:
            purge_s = found

    def fmt(value: float | None, digits: int) -> str:
        return "n/a" if value is None else f"{value:.{digits}f}"

    print(f"messages={args.messages} worst_report_ms={fmt(worst, 0)} export_csv_s={fmt(export_csv, 1)} "
          f"export_xlsx_s={fmt(export_xlsx, 1)} purge_s={fmt(purge_s, 1)}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
