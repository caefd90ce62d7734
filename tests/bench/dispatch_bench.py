"""Dispatcher benchmark: a fresh task of N messages through the service layer, sent by the real dispatcher
process to an SMPP server, until every submit_sm_resp and receipt is recorded in the database.

    python tests/bench/dispatch_bench.py --messages 100000 --window 50            # starts the simulator
    python tests/bench/dispatch_bench.py --host H --port P --system-id S --password W --messages N [--window W]

Prints one line: messages=N submit_per_s=X receipts_per_s=Y end_to_end_per_s=Z lost=L duplicates=D
(measured from the moment the task is committed; lost: messages without a final state; duplicates: messages
submitted more than once). Needs a PostgreSQL: SMSDESK_TEST_DATABASE_URL, else an embedded one in a temp
directory. A figure, not a timed test.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
for entry in (str(DESKTOP), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from sqlalchemy import text  # noqa: E402

from smsdesk.services import admin, channels, library, tasks  # noqa: E402
from smsdesk.store import roles  # noqa: E402
from smsdesk.store.database import make_engine, session_factory, unit_of_work  # noqa: E402
from tests.bench._db import bench_database  # noqa: E402

OPERATOR_PASSWORD = "bench-operator-1"
DISPATCHER_PASSWORD = "bench-dispatcher-secret"


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH", "")]))
    return env


def start_simulator(args: argparse.Namespace) -> tuple[subprocess.Popen[str], int]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "smsdesk.simsc", "--port", "0", "--log-level", "WARNING", "--system-id",
         args.system_id, "--password", args.password, "--receipt-delay-ms", str(args.receipt_delay_ms)],
        stdout=subprocess.PIPE, text=True, env=child_env(),
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "port=" not in line:
        proc.kill()
        raise SystemExit(f"simulator did not start: {line!r}")
    return proc, int(line.rsplit("port=", 1)[1])


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def _cpu_seconds(dispatcher: subprocess.Popen | None, sim: subprocess.Popen | None, target) -> dict[str, float]:
    """CPU seconds used so far by the dispatcher, the simulator and the database server (where visible)."""
    try:
        import psutil
    except ImportError:
        return {}
    out: dict[str, float] = {}
    for name, proc in (("dispatcher", dispatcher), ("simulator", sim)):
        if proc is not None and proc.poll() is None:
            times = psutil.Process(proc.pid).cpu_times()
            out[name] = round(times.user + times.system, 1)
    total = 0.0
    for proc in psutil.process_iter(["name", "cmdline"]):
        try:
            if proc.info["name"] == "postgres" and any(target.dbname in part for part in proc.info["cmdline"] or []):
                times = proc.cpu_times()
                total += times.user + times.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    out["postgres_backends"] = round(total, 1)
    return out


def _print_sql_profile(engine, total: int) -> None:
    """The dispatcher's database functions by their own time, µs per message (track_functions = all)."""
    with engine.connect() as conn:
        rows = conn.execute(text("""
            select funcname, calls, self_time, total_time from pg_stat_user_functions
             where schemaname = 'smsdesk' order by self_time desc limit 15""")).all()
        tables = conn.execute(text("""
            select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del from pg_stat_user_tables
             where schemaname = 'smsdesk' and n_tup_ins + n_tup_upd + n_tup_del > 0
             order by n_tup_ins + n_tup_upd + n_tup_del desc limit 10""")).all()
    for name, calls, self_ms, total_ms in rows:
        print(f"  {name:32} calls={calls:7d} self_us_per_message={self_ms * 1000 / total:6.1f} "
              f"total_us_per_message={total_ms * 1000 / total:6.1f}", file=sys.stderr)
    for name, ins, upd, hot, dele in tables:
        print(f"  table {name:26} inserted={ins} updated={upd} hot_updated={hot} deleted={dele}", file=sys.stderr)
    _print_statements(engine, total)


def _print_statements(engine, total: int) -> None:
    """Where the server has pg_stat_statements loaded (pg_stat_statements.track = all): each statement's time,
    buffers and WAL per message, the dispatcher's statements first (a bench database has only this run's)."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("""
                select s.total_exec_time, s.calls, s.shared_blks_hit + s.shared_blks_read, s.wal_records,
                       s.wal_bytes, regexp_replace(left(s.query, 90), '\\s+', ' ', 'g')
                  from pg_stat_statements s join pg_database d on d.oid = s.dbid
                 where d.datname = current_database() order by s.total_exec_time desc limit 25""")).all()
            sums = conn.execute(text("""
                select sum(s.shared_blks_hit + s.shared_blks_read), sum(s.wal_records), sum(s.wal_bytes)
                  from pg_stat_statements s join pg_database d on d.oid = s.dbid
                 where d.datname = current_database() and s.toplevel""")).one()
        except Exception:  # pg_stat_statements not loaded on this server: nothing to print
            return
    for ms, calls, blks, walr, walb, query in rows:
        print(f"  stmt us_per_message={ms * 1000 / total:6.1f} calls={calls:6d} buffers={blks / total:5.1f} "
              f"wal_records={walr / total:5.1f} wal_bytes={float(walb) / total:6.0f} {query}", file=sys.stderr)
    blks, walr, walb = sums
    print(f"  statements (top level, whole run incl. the submit): buffers_per_message={(blks or 0) / total:.1f} "
          f"wal_records_per_message={(walr or 0) / total:.1f} wal_bytes_per_message={float(walb or 0) / total:.0f}",
          file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--system-id", default="bench")
    parser.add_argument("--password", default="bench")
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--window", type=int, default=50)
    parser.add_argument("--tps", type=float, default=0.0, help="channel rate limit (0: none)")
    parser.add_argument("--receipt-delay-ms", type=float, default=50.0, help="simulator started here only")
    parser.add_argument("--content", default="您的验证码是123456，5分钟内有效。")
    parser.add_argument("--timeout", type=float, default=0.0, help="give up after this many seconds")
    parser.add_argument("--dispatcher-arg", action="append", default=[], metavar="ARG",
                        help="passed on to smsdesk-dispatcher, e.g. --dispatcher-arg=--flush-ms=100")
    parser.add_argument("--sql-profile", action="store_true",
                        help="also print the database functions' own and total time (track_functions), to stderr")
    args = parser.parse_args()
    total = args.messages
    sim = dispatcher = None
    with bench_database() as (target, su):
        try:
            if args.port:
                host, port = args.host or "127.0.0.1", args.port
            else:
                sim, port = start_simulator(args)
                host = "127.0.0.1"
            engine = make_engine(su, pool_size=1)
            with unit_of_work(session_factory(engine)) as s:
                admin.ensure_group_path(s, "总部/压测")
                admin.grant_group(s, "总部", total * 4 + 10)
                admin.grant_group(s, "总部/压测", total * 4)
                admin.create_user(s, login="bench-op", password=OPERATOR_PASSWORD, group_path="总部/压测")
                admin.grant_user(s, "bench-op", total * 4)
                library.create_signature(s, admin.find_group(s, "总部/压测"), "压测", True)
                channels.add_channel(s, name="bench", host=host, port=port, system_id=args.system_id,
                                     password=args.password, window_size=args.window, tps=args.tps)
                role = channels.create_dispatcher_login(s, "bench", DISPATCHER_PASSWORD)
            if args.sql_profile:
                with engine.connect() as conn:
                    conn.execute(text(f"alter database \"{su.dbname}\" set track_functions = 'all'"))
                    conn.commit()
                with engine.connect() as conn:
                    try:
                        conn.execute(text("create extension if not exists pg_stat_statements"))
                        conn.execute(text("select pg_stat_statements_reset(0, (select oid from pg_database "
                                          "where datname = current_database()), 0)"))
                        conn.commit()
                    except Exception:  # pg_stat_statements not preloaded on this server
                        conn.rollback()
            log_dir = Path(tempfile.mkdtemp(prefix="smsdesk-bench-dispatch-"))
            url = su.with_login(role, "").url(driver="postgresql")
            dispatcher = subprocess.Popen(
                [sys.executable, "-m", "smsdesk.dispatcher", "--db", url, "--name", "bench", "--password-stdin",
                 "--message-log", str(log_dir / "messages.log"), "--log-level", "WARNING", *args.dispatcher_arg],
                stdin=subprocess.PIPE, stderr=open(log_dir / "dispatcher.log", "w"), text=True,  # noqa: SIM115
                env=child_env(),
            )
            assert dispatcher.stdin is not None
            dispatcher.stdin.write(DISPATCHER_PASSWORD + "\n")
            dispatcher.stdin.close()
            with engine.connect() as conn:  # wait until the channel is bound
                deadline = time.monotonic() + 60
                while conn.execute(text("select status from smsdesk.channel where name = 'bench'")).scalar() != "up":
                    conn.commit()
                    if time.monotonic() > deadline or dispatcher.poll() is not None:
                        raise SystemExit(f"the channel did not come up; see {log_dir / 'dispatcher.log'}")
                    time.sleep(0.1)

            operator = make_engine(target.with_login(roles.user_role(target.dbname, "bench-op"), OPERATOR_PASSWORD),
                                   pool_size=1)
            numbers = [f"+86{130 + i % 70:03d}{i:08d}" for i in range(total)]
            with unit_of_work(session_factory(operator)) as s:
                task_id = tasks.queue(s, name="benchmark", kind="notification", content=args.content,
                                            signature="压测", numbers=numbers)
            started = datetime.now(UTC)
            operator.dispose()

            budget = args.timeout or 60.0 + total / 500.0
            with engine.connect() as conn:
                deadline = time.monotonic() + budget
                while True:
                    done, count = conn.execute(
                        text("select delivered_count + failed_count + expired_count + cancelled_count, recipient_count "
                             "from smsdesk.send_task where id = :t"), {"t": task_id}).one()
                    conn.commit()
                    if done >= count or time.monotonic() > deadline or dispatcher.poll() is not None:
                        break
                    time.sleep(0.1)
                row = conn.execute(text("""
                    select count(*) filter (where status in ('delivered', 'failed')),
                           count(*) filter (where cardinality(smsc_ids) > segments),
                           max(submitted_at), max(done_at),
                           count(*) filter (where status = 'delivered')
                      from smsdesk.message where task_id = :t"""), {"t": task_id}).one()
                receipts = conn.execute(text("""
                    select count(*), min(received_at), max(received_at) from smsdesk.receipt r
                     where r.task_id = :t"""), {"t": task_id}).one()
            final, duplicates, submit_end, done_end, delivered = row
            receipt_count, first_receipt, last_receipt = receipts

            def per_s(n: int, end: datetime | None, begin: datetime = started) -> float:
                if end is None or n == 0:
                    return 0.0
                return n / max((end - begin).total_seconds(), 1e-6)

            print(f"messages={total} submit_per_s={per_s(total, submit_end):.0f} "
                  f"receipts_per_s={per_s(receipt_count, last_receipt, first_receipt or started):.0f} "
                  f"end_to_end_per_s={per_s(final, done_end):.0f} lost={total - final} duplicates={duplicates}",
                  flush=True)
            cpu = _cpu_seconds(dispatcher, sim, target)
            per_message = sum(cpu.values()) / total * 1e6 if cpu else 0
            print(f"window={args.window} delivered={delivered} receipts={receipt_count} cpu_s={cpu} "
                  f"cpu_us_per_message={per_message:.0f} logs={log_dir}", file=sys.stderr)
            if args.sql_profile:
                stop(dispatcher)
                time.sleep(1.5)
                _print_sql_profile(engine, total)
            engine.dispose()
        finally:
            stop(dispatcher)
            stop(sim)


if __name__ == "__main__":
    main()
