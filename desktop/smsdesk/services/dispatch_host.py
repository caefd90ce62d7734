"""The console as host of the dispatcher (GW-1): child processes, restarted when they die. No Qt here.

Two cases start one:

- Trial (embedded database, INS-2): a dispatcher login with a random password kept only in memory (set
  again on every start), the SMSC simulator (GW-6) on a free port, and the demo channels pointed at it.
- A workstation IT made the dispatcher host: ``[dispatcher]`` with ``host = yes`` and ``name = NAME`` in the
  machine-wide settings file (on Windows, values ``host`` and ``name`` under HKLM\\SOFTWARE\\SMSDesk\\Dispatcher);
  the login's password comes from the OS keyring (``credentials.save(target, role, password)``).

Everything that blocks (database, process start) runs in ``start`` / ``ensure_running`` / ``stop``, which the
console calls off the GUI thread; ``state`` only looks at the children.
"""

from __future__ import annotations

import configparser
import logging
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from smsdesk import paths
from smsdesk.infra import credentials, processes
from smsdesk.services import channels, numbercheck
from smsdesk.services import settings as install_settings
from smsdesk.settings import DatabaseTarget
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.store.embedded import KEYRING_SERVICE, SUPERUSER, default_data_dir

log = logging.getLogger(__name__)

EMBEDDED_DISPATCHER = "console"
# the trial's simulator also answers live number status (number checks), on a port of its own
SIMULATOR_ARGS = ("--receipt-delay-ms", "800", "--reply-delay-ms", "3000", "--status-port", "0")
REGISTRY_KEY = r"SOFTWARE\SMSDesk\Dispatcher"


@dataclass(frozen=True)
class HostSettings:
    name: str


def configured_host() -> HostSettings | None:
    """This workstation's dispatcher role, as IT configured it machine-wide; None when it has none."""
    values: dict[str, str] = {}
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY) as key:
                for name in ("host", "name"):
                    try:
                        values[name] = str(winreg.QueryValueEx(key, name)[0])
                    except FileNotFoundError:
                        pass
        except OSError:
            return None
    else:
        path = paths.site_config_file()
        if path.is_file():
            parser = configparser.ConfigParser()
            parser.read(path, encoding="utf-8")
            if parser.has_section("dispatcher"):
                values = dict(parser.items("dispatcher"))
    if values.get("host", "").strip().lower() not in ("1", "yes", "true", "on"):
        return None
    name = values.get("name", "").strip() or "dispatcher"
    return HostSettings(name) if roles.valid_login(name) else None


def embedded_superuser(target: DatabaseTarget) -> DatabaseTarget:
    """The embedded server's superuser at the address operators use (peer auth on Unix, keyring on Windows)."""
    password = ""
    if sys.platform == "win32":
        import keyring  # Windows only, and slow to import: read only where the password is kept there

        password = keyring.get_password(KEYRING_SERVICE, str(default_data_dir() / "pgdata")) or ""
    return target.with_login(SUPERUSER, password)


def simulator_args(value: dict | None) -> list[str]:
    """The simulator's latency, outcome mix and reply rate as a top-level administrator set them (setting
    ``simulator``, GW-6), as its command line; the defaults for whatever is missing."""
    value = value or {}
    args = ["--latency-ms", str(value.get("latency_ms", 2)), "--reply-rate", str(value.get("reply_rate", 0.03))]
    mix = value.get("fail_mix")
    if isinstance(mix, dict) and mix:
        args += ["--fail-mix", ",".join(f"{name}={weight}" for name, weight in mix.items())]
    return args


def dispatcher_program() -> list[str]:
    """The dispatcher the console starts (and --self-test checks)."""
    return processes.program("smsdesk.dispatcher", ["smsdesk-dispatcher"])


class DispatchHost:
    """Owns the dispatcher child (and the simulator in trial mode). Thread-safe: one lock around changes."""

    def __init__(
        self,
        target: DatabaseTarget,
        *,
        name: str,
        password: str | None = None,
        superuser: DatabaseTarget | None = None,
        simulator: bool = False,
        log_dir: Path | None = None,
    ) -> None:
        self.target = target  # the database, without a login
        self.name = name
        self.superuser = superuser  # trial mode: creates the login and points the demo channels
        self.simulator_wanted = simulator
        self.log_dir = log_dir or paths.log_dir()
        self._password = password
        self._dispatcher: subprocess.Popen | None = None
        self._simulator: subprocess.Popen | None = None
        self._logs: list[IO] = []
        self._lock = threading.Lock()
        self._spawner = processes.Spawner("dispatch-host")
        self._stopped = False
        self.restarts = 0
        self.last_error = ""

    @classmethod
    def for_console(cls, target: DatabaseTarget) -> DispatchHost | None:
        """The host this console should be, if any: always in trial mode, else when IT configured it."""
        if target.embedded:
            return cls(target, name=EMBEDDED_DISPATCHER, superuser=embedded_superuser(target), simulator=True)
        configured = configured_host()
        if configured is None:
            return None
        role = roles.dispatcher_role(target.dbname, configured.name)
        return cls(target, name=configured.name, password=credentials.load(target, role))

    # -- state (no blocking) -------------------------------------------------------------------------
    @property
    def role(self) -> str:
        return roles.dispatcher_role(self.target.dbname, self.name)

    def state(self) -> str:
        """starting, running, exited, stopped or failed (see ``last_error``)."""
        if self._stopped:
            return "stopped"
        proc = self._dispatcher
        if proc is None:
            return "failed" if self.last_error else "starting"
        return "running" if proc.poll() is None else "exited"

    # -- life (blocking: call off the GUI thread) -------------------------------------------------------
    def start(self) -> None:
        with self._lock:
            self._stopped = False
            try:
                if self.superuser is not None:
                    self._prepare_trial()
                if self._password is None:
                    raise RuntimeError(f"no password for {self.role} in the keyring")
                self._start_dispatcher()
                self.last_error = ""
            except Exception as exc:
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("dispatch host: cannot start the dispatcher: %s", self.last_error)

    def ensure_running(self) -> bool:
        """Restarts whatever died; True when something was restarted."""
        with self._lock:
            if self._stopped:
                return False
            restarted = False
            try:
                if self.simulator_wanted and (self._simulator is None or self._simulator.poll() is not None):
                    log.warning("dispatch host: the simulator is not running; starting it")
                    self._start_simulator_and_point_channels()
                    restarted = True
                if self._password is not None and (self._dispatcher is None or self._dispatcher.poll() is not None):
                    code = None if self._dispatcher is None else self._dispatcher.returncode
                    log.warning("dispatch host: the dispatcher is not running (exit %s); starting it", code)
                    self._start_dispatcher()
                    self.restarts += 1
                    restarted = True
                self.last_error = ""
            except Exception as exc:
                self.last_error = f"{type(exc).__name__}: {exc}"
                log.warning("dispatch host: restart failed: %s", self.last_error)
            return restarted

    def restart_simulator(self) -> None:
        """Starts the trial's simulator again with the settings now in the database (GW-6)."""
        with self._lock:
            if self.simulator_wanted and not self._stopped:
                self._start_simulator_and_point_channels()

    def stop(self, timeout: float = 15.0) -> None:
        """SIGTERM, then wait: the dispatcher gives back what it holds and writes what it knows."""
        with self._lock:
            self._stopped = True
            processes.stop([p for p in (self._dispatcher, self._simulator) if p is not None], timeout)
            for handle in self._logs:
                handle.close()
            self._logs.clear()
            self._dispatcher = self._simulator = None
            self._spawner.shutdown()

    # -- internals -----------------------------------------------------------------------------------
    def _session(self):
        assert self.superuser is not None
        engine = make_engine(self.superuser, pool_size=1)
        return engine, unit_of_work(session_factory(engine))

    def _prepare_trial(self) -> None:
        """A fresh random password for the console's dispatcher login, known only to this process."""
        self._password = channels.random_password()
        engine, uow = self._session()
        try:
            with uow as session:
                channels.create_dispatcher_login(session, self.name, self._password)
                channels.ensure_demo_channels(session)
        finally:
            engine.dispose()
        self._start_simulator_and_point_channels()

    def _start_simulator_and_point_channels(self) -> None:
        engine, uow = self._session()
        try:
            with uow as session:
                chosen = install_settings.get(session, "simulator")
        except Exception as exc:  # a database before revision 0012 has no such setting: the defaults
            log.info("dispatch host: simulator settings unavailable (%s); using the defaults", exc)
            chosen = None
        finally:
            engine.dispose()
        if self._simulator is not None and self._simulator.poll() is None:
            self._simulator.terminate()
            self._simulator.wait(5)
        proc = self._popen(
            [*processes.program("smsdesk.simsc", ["smsdesk-admin", "smsc-sim"]), "--port", "0", "--log-level",
             "WARNING", *SIMULATOR_ARGS, *simulator_args(chosen)],
            stdout=subprocess.PIPE,
            stderr=self._log("simulator.log"),
            stdin=subprocess.DEVNULL,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if "port=" not in line:
            proc.kill()
            raise RuntimeError(f"the simulator did not start: {line.strip()!r}")
        port = int(line.rsplit("port=", 1)[1])
        status_line = proc.stdout.readline()  # "simsc status host=… status_port=N"
        status_port = int(status_line.rsplit("status_port=", 1)[1]) if "status_port=" in status_line else None
        self._simulator = proc
        engine, uow = self._session()
        try:
            with uow as session:
                channels.point_demo_channels(session, "127.0.0.1", port)
                if status_port is not None:
                    numbercheck.point_at_simulator(session, "127.0.0.1", status_port)
        finally:
            engine.dispose()
        log.info("dispatch host: simulator on port %d (pid %d)", port, proc.pid)

    def _start_dispatcher(self) -> None:
        url = self.target.with_login(self.role, "").url(driver="postgresql")
        proc = self._popen(
            [
                *dispatcher_program(),
                "--db",
                url,
                "--name",
                self.name,
                "--password-stdin",
                "--message-log",
                str(self.log_dir / "dispatcher-messages.log"),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=self._log("dispatcher.log"),
            text=True,
        )
        assert proc.stdin is not None
        proc.stdin.write((self._password or "") + "\n")
        proc.stdin.close()
        self._dispatcher = proc
        log.info("dispatch host: dispatcher %s started (pid %d)", self.role, proc.pid)

    def _popen(self, args: list[str], **options) -> subprocess.Popen:
        return self._spawner.popen(args, env=processes.child_env(), **processes.background_options(), **options)

    def _log(self, name: str) -> IO:
        handle = open(self.log_dir / name, "a", encoding="utf-8")  # noqa: SIM115 (closed in stop())
        self._logs.append(handle)
        return handle
