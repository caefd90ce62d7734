"""How many server connections one console holds (issue #13: 200 consoles share one PostgreSQL).

The real console (ui/app.Console, real widgets, offscreen) signs in as the demo administrator, who sees every tab;
every tab is visited, then the console is left alone. A thread samples pg_stat_activity every 10 ms over its own
superuser connection and counts the console's connections (application_name smsdesk-console).

    QT_QPA_PLATFORM=offscreen python3 -m tests.bench.connections_bench
        without SMSDESK_TEST_DATABASE_URL: `smsdesk --demo` in a fresh data directory (the embedded database, the
        demo organisation, and the dispatcher and SMSC simulator the console hosts in trial mode)
        with it: a fresh database on that server with the demo organisation, the console given it with --db

Prints one line ``connections_at_rest=N connections_peak=M``, then one line of detail: the most seen at rest,
the dispatcher's connections (trial mode), when the peak was, and the console's connections once it has closed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import psycopg

from smsdesk.store.database import CONSOLE_APPLICATION_NAME

REST_S = 4.0
SAMPLE_S = 0.01


class Sampler(threading.Thread):
    """Counts connections per application every 10 ms; ``phase`` names what the console is doing."""

    def __init__(self, conninfo: dict[str, str], dbname: str) -> None:
        super().__init__(name="sampler", daemon=True)
        self.conninfo, self.dbname = conninfo, dbname
        self.phase = "sign-in"
        self.samples: list[tuple[str, int, int]] = []  # phase, console, dispatcher
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            self._sample()
        except psycopg.OperationalError:  # trial mode: the embedded server stopped with the console
            pass

    def _sample(self) -> None:
        with psycopg.connect(**self.conninfo, autocommit=True, application_name="smsdesk-bench") as conn:
            while not self.stop.is_set():
                rows = conn.execute(
                    "SELECT application_name, count(*) FROM pg_stat_activity WHERE datname = %s GROUP BY 1",
                    (self.dbname,),
                ).fetchall()
                counts = dict(rows)
                dispatcher = sum(n for name, n in counts.items() if (name or "").startswith("smsdesk-dispatcher"))
                self.samples.append((self.phase, counts.get(CONSOLE_APPLICATION_NAME, 0), dispatcher))
                time.sleep(SAMPLE_S)

    def console(self, phase: str | None = None) -> list[int]:
        return [c for p, c, _d in list(self.samples) if phase is None or p == phase]

    def dispatcher(self, phase: str) -> list[int]:
        return [d for p, _c, d in list(self.samples) if p == phase]


def wait_until(app, done, timeout_s: float, what: str) -> None:
    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out: {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)


def pause(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    wait_until(app, lambda: time.monotonic() >= end, seconds + 5, "a pause")


@contextmanager
def demo_database():
    """With SMSDESK_TEST_DATABASE_URL: a fresh database with the demo organisation. Yields (address, superuser)."""
    from smsdesk import demo
    from smsdesk.demo.org import DEMO_ROOT
    from smsdesk.store.database import make_engine, session_factory, unit_of_work
    from tests.bench._db import bench_database

    with bench_database(root_group=DEMO_ROOT) as (target, su):
        engine = make_engine(su, pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as session:
                demo.create(session)
        finally:
            engine.dispose()
        yield target, su


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="smsdesk-connections-bench-"))
    os.environ["SMSDESK_DATA_DIR"] = str(home / "data")
    os.environ["SMSDESK_CONFIG_DIR"] = str(home / "config")
    from PySide6.QtWidgets import QApplication

    from smsdesk.services import trial
    from smsdesk.ui import app as console_app

    app = QApplication.instance() or QApplication(sys.argv[:1])
    url = os.environ.get("SMSDESK_TEST_DATABASE_URL")
    with demo_database() if url else _nothing() as db:
        args = ["--lang", "en"] + (["--db", db[0].url("postgresql")] if url else ["--demo"])
        console = console_app.Console(app, console_app.parse_args(args), str(home / "smsdesk.log"))
        quits: list[bool] = []
        console.app = type("App", (), {"quit": lambda _self: quits.append(True)})()
        sampler = None
        if url:
            su = db[1]
            sampler = Sampler(su.conninfo(), su.dbname)
            sampler.start()
        console.show_sign_in()
        if url:
            signin = console.signin
            wait_until(app, lambda: not signin._busy, 30, "the sign-in window")
            signin.login.setText(trial.DEMO_ADMIN)
            signin.password.setText(trial.DEMO_PASSWORD)
            signin.sign_in_button.click()
        else:  # trial mode: the embedded server's superuser counts, from the moment the database is ready
            connector = console.connector
            wait_until(app, lambda: connector._prepared is not None, 180, "the embedded database")
            su = trial.superuser_target(connector._embedded, connector._prepared.target)
            sampler = Sampler(su.conninfo(), su.dbname)
            sampler.start()
        wait_until(app, lambda: console.window is not None and console.window.isVisible(), 180, "the main window")
        window = console.window

        sampler.phase = "tabs"
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            pause(app, 0.3)
        window.tabs.setCurrentIndex(window.tab_keys.index("tasks"))  # the Tasks tab listens while shown
        wait_until(app, lambda: console.runner.wait_idle(0), 60, "the tabs' reads")
        pause(app, 1.0)
        sampler.phase = "rest"
        pause(app, REST_S)
        sampler.phase = "closing"
        window.close()
        wait_until(app, lambda: bool(quits), 120, "the console to close")
        sampler.phase = "closed"
        pause(app, 0.5)
        sampler.stop.set()
        sampler.join()

        rest = sampler.console("rest")
        at_rest = Counter(rest).most_common(1)[0][0]
        peak = max(sampler.console())
        peak_phase = next(p for p, c, _d in sampler.samples if c == peak)
        dispatcher = sampler.dispatcher("rest")
        closed = sampler.console("closed")
        print(f"connections_at_rest={at_rest} connections_peak={peak}")
        print(
            f"rest_max={max(rest)} peak_during={peak_phase} samples={len(sampler.samples)}"
            f" dispatcher_connections={max(dispatcher) if dispatcher and max(dispatcher) else 'none'}"
            f" after_close={max(closed) if closed else 'server stopped'} mode={'server' if url else 'trial'}"
        )
        console.shutdown()


@contextmanager
def _nothing():
    yield None


if __name__ == "__main__":
    main()
