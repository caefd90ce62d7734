"""Resolves which database the console and the admin tool use, in the documented order.

Order: ``--db URL`` on the command line, ``SMSDESK_DATABASE_URL``, machine-wide settings (the HKLM key the
MSI writes on Windows, ``/etc/smsdesk/database.ini`` elsewhere), the per-user connection dialog, and
finally the embedded server. Passwords never come from or go to a plain file: they live in the OS keyring.
"""

from __future__ import annotations

import configparser
import json
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from smsdesk import paths

ENV_URL = "SMSDESK_DATABASE_URL"
ENV_POOL_MAX = "SMSDESK_POOL_MAX"
POOL_MAX_DEFAULT = 5
POOL_MAX_LIMIT = 50
REGISTRY_KEY = r"SOFTWARE\SMSDesk\Database"
SSL_KEYS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl")
# With two addresses (host = db1,db2) libpq tries them in turn; this says which server may take the console
# ("read-write": not a standby that has not been promoted yet).
FAILOVER_KEYS = ("target_session_attrs",)


@dataclass(frozen=True)
class DatabaseTarget:
    """A database address without the signing-in user; ``embedded`` means the local trial server."""

    source: str  # "command line", "environment", "machine", "user", "embedded"
    host: str = ""
    port: int = 5432
    dbname: str = "smsdesk"
    user: str = ""  # only used by the admin tool (IT's own login); the console signs in per operator
    password: str = ""  # only when given in a URL by IT automation; never persisted
    options: dict[str, str] = field(default_factory=dict)  # sslmode and certificate paths pass through

    @property
    def embedded(self) -> bool:
        return self.source == "embedded"

    def describe(self) -> str:
        if self.embedded:
            return f"embedded/{self.dbname}"
        where = self.host or "local socket"
        return f"{where}:{self.port}/{self.dbname}"

    def with_login(self, user: str, password: str) -> DatabaseTarget:
        return replace(self, user=user, password=password)

    def url(self, driver: str = "postgresql+psycopg") -> str:
        auth = ""
        if self.user:
            auth = quote(self.user, safe="")
            if self.password:
                auth += ":" + quote(self.password, safe="")
            auth += "@"
        query: dict[str, str] = dict(self.options)
        hostpart = self.host
        if self.host.startswith("/"):
            # A socket directory cannot sit in the authority part of a URL.
            query["host"] = self.host
            hostpart = ""
        elif self.host:
            hostpart = f"{self.host}:{self.port}"
        if self.host.startswith("/") and self.port != 5432:
            query["port"] = str(self.port)
        q = ("?" + urlencode(query)) if query else ""
        return f"{driver}://{auth}{hostpart}/{quote(self.dbname, safe='')}{q}"

    def conninfo(self) -> dict[str, str]:
        """Keyword arguments for psycopg.connect."""
        info = {"dbname": self.dbname, **self.options}
        if self.host:
            info["host"] = self.host
        info["port"] = str(self.port)
        if self.user:
            info["user"] = self.user
        if self.password:
            info["password"] = self.password
        return info


def parse_url(url: str, source: str) -> DatabaseTarget:
    """Accepts postgresql://, postgresql+psycopg:// and postgres:// URLs, with a socket dir in ?host=."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.split("+", 1)[0]
    if scheme not in ("postgresql", "postgres"):
        raise ValueError(f"not a PostgreSQL URL: {url!r}")
    query = dict(parse_qsl(parts.query))
    host = query.pop("host", None) or (parts.hostname or "")
    port = int(query.pop("port", 0) or parts.port or 5432)
    dbname = unquote(parts.path.lstrip("/")) or query.pop("dbname", "") or "smsdesk"
    options = {
        k: v
        for k, v in query.items()
        if k in SSL_KEYS or k in FAILOVER_KEYS or k in ("connect_timeout", "application_name")
    }
    return DatabaseTarget(
        source=source,
        host=host,
        port=port,
        dbname=dbname,
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
        options=options,
    )


def _from_mapping(values: dict[str, str], source: str) -> DatabaseTarget | None:
    if values.get("url"):
        return parse_url(values["url"], source)
    if not values.get("host") and not values.get("dbname"):
        return None
    options = {k: str(values[k]) for k in (*SSL_KEYS, *FAILOVER_KEYS) if values.get(k)}
    return DatabaseTarget(
        source=source,
        host=str(values.get("host", "")),
        port=int(values.get("port") or 5432),
        dbname=str(values.get("dbname") or "smsdesk"),
        options=options,
    )


def _machine_values() -> dict[str, str] | None:
    """The machine-wide [database] settings (HKLM key on Windows, the site file elsewhere); None when absent."""
    if sys.platform == "win32":
        try:
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY) as key:
                values: dict[str, str] = {}
                for name in ("url", "host", "port", "dbname", "pool_max", *SSL_KEYS, *FAILOVER_KEYS):
                    try:
                        values[name] = str(winreg.QueryValueEx(key, name)[0])
                    except FileNotFoundError:
                        pass
                return values
        except OSError:
            return None
    path = paths.site_config_file()
    if not path.is_file():
        return None
    parser = configparser.ConfigParser()
    parser.read(path, encoding="utf-8")
    if not parser.has_section("database"):
        return None
    return dict(parser.items("database"))


def machine_target() -> DatabaseTarget | None:
    """What IT configured for every user of this machine."""
    values = _machine_values()
    return None if values is None else _from_mapping(values, "machine")


def console_pool_max(*, environ: dict[str, str] | None = None) -> int:
    """How many connections a console's pool may grow to under load (it keeps one at rest): SMSDESK_POOL_MAX,
    else ``pool_max`` in the machine-wide [database] settings, else 5 (its four readers and one writer never
    wait). Reads files: call it off the GUI thread."""
    env = os.environ if environ is None else environ
    raw = env.get(ENV_POOL_MAX) or (_machine_values() or {}).get("pool_max") or ""
    try:
        return min(max(int(raw), 1), POOL_MAX_LIMIT)
    except ValueError:
        return POOL_MAX_DEFAULT


def _user_file():
    return paths.user_config_dir() / "connection.json"


def user_target() -> DatabaseTarget | None:
    path = _user_file()
    if not path.is_file():
        return None
    try:
        values = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return _from_mapping({k: str(v) for k, v in values.items() if v is not None}, "user")


def save_user_target(target: DatabaseTarget | None) -> None:
    """Stores the per-user connection (never the password); None goes back to the embedded server."""
    path = _user_file()
    if target is None:
        path.unlink(missing_ok=True)
        return
    data = asdict(target)
    for secret in ("password", "user", "source"):
        data.pop(secret)
    data.update(data.pop("options"))
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def resolve(cli_url: str | None = None, *, environ: dict[str, str] | None = None) -> DatabaseTarget:
    env = os.environ if environ is None else environ
    if cli_url:
        return parse_url(cli_url, "command line")
    if env.get(ENV_URL):
        return parse_url(env[ENV_URL], "environment")
    return machine_target() or user_target() or DatabaseTarget(source="embedded")
