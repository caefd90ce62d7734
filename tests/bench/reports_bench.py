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


def detail_figures(user_db, su_db) -> dict[str, float] | str:
    """The message-detail page's first page for each kind of filter, as the page asks the database."""
    with psycopg.connect(**su_db.conninfo()) as su:
        if su.execute("select to_regprocedure('smsdesk.report_detail_page(jsonb,bigint,bigint,integer,integer,bigint)')"
                      ).fetchone()[0] is None:  # fmt: skip
            return "the message detail page's function (report_detail_page) is not in this schema yet"
        some = su.execute(
            """select m.number, t.owner_id, t.group_id, m.channel_id, t.id from smsdesk.message m
                 join smsdesk.send_task t on t.id = m.task_id where m.id = (select max(id) / 3 from smsdesk.message)"""
        ).fetchone()
        old_number = su.execute("select number from smsdesk.message where id = 12345").fetchone()[0]
        month_ago = su.execute("select max(send_at) - interval '30 days' from smsdesk.send_task").fetchone()[0]
    number, user, group, channel, task = some
    role = roles.user_role(user_db.dbname, "boss")
    filters = {
        "no filter": {},
        "kind": {"kind": "marketing"},
        "time range (a month)": {"from": month_ago.isoformat(), "to": (month_ago + timedelta(days=30)).isoformat()},
        "status failed": {"status": "failed"},
        "category invalid_number": {"category": "invalid_number"},
        "rare category quota": {"category": "quota"},
        "group (sub-groups)": {"group": group},
        "user": {"user": user},
        "channel": {"channel": channel},
        "carrier": {"carrier": "China Broadnet"},
        "task": {"task": task},
        "user + kind + failed": {"user": user, "kind": "verification", "status": "failed"},
        "carrier + category + month": {"carrier": "China Telecom", "category": "timeout", "from": str(month_ago)},
        "number, full": {"number": number.removeprefix("+")},
        "number, last 4": {"number": number[-4:]},
        "number, full, a year ago": {"number": old_number.removeprefix("+")},
        "content fragment": {"content": "满减"},
        "content fragment, rare": {"content": "请回电"},
    }
    out: dict[str, float] = {}
    with psycopg.connect(**user_db.with_login(role, data.ADMIN_PASSWORD).conninfo(), autocommit=True) as conn:
        for name, f in filters.items():
            def run(f=f):
                conn.execute("select * from smsdesk.report_detail_page(%s, null, null, 50, 0, null)",
                             (json.dumps(f),)).fetchall()  # fmt: skip
            out[name] = best_ms(run)
            print(f"detail first page, {name}: {out[name]:.1f} ms ({load()})", flush=True)
    return out


# ---------------------------------------------------------------------------------------------------------------
# the purge during a send


def purge_figure(messages: int = 1_000_000, send: int = 300_000) -> float | str:
    """Seconds to purge ``messages`` messages (with their parts, receipts and replies) older than the retention
    while the dispatcher sends a task of ``send`` messages to the simulator; prints the send rate before and
    during the purge."""
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

        time.sleep(5)  # up to speed
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
              f"(slowest 2 s: {min(rates) if rates else during:.0f}) against {before:.0f} before ({load()})",
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
