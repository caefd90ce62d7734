"""Names of the PostgreSQL roles of one installation.

Roles are global to a cluster, so every name carries a prefix derived from the database name: two
installations (or two parallel test runs) on one server never collide, and a console can work out the
role to sign in as from the login and the database it connects to, before it is connected.
"""

from __future__ import annotations

import hashlib
import re

LOGIN_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,31}$")
GROUP_ROLES = ("operator", "reviewer", "admin", "dispatcher")
# The sign-in gate may do one thing only: record a failed sign-in. Its password is public by design.
GATE_ROLE = "gate"
GATE_PASSWORD = "smsdesk-gate"


def role_prefix(dbname: str) -> str:
    readable = re.sub(r"[^a-z0-9]", "", dbname.lower())[:12] or "db"
    digest = hashlib.sha256(dbname.encode("utf-8")).hexdigest()[:6]
    return f"sd_{readable}_{digest}_"


def valid_login(login: str) -> bool:
    return bool(LOGIN_RE.match(login or ""))


def user_role(dbname: str, login: str) -> str:
    if not valid_login(login):
        raise ValueError(f"invalid login name: {login!r}")
    return role_prefix(dbname) + "u_" + login


def dispatcher_role(dbname: str, name: str) -> str:
    """The login of a dispatcher process (``smsdesk-admin dispatcher create-login``), a member of …dispatcher."""
    if not valid_login(name):
        raise ValueError(f"invalid dispatcher name: {name!r}")
    return role_prefix(dbname) + "d_" + name


def group_role(dbname: str, name: str) -> str:
    if name not in (*GROUP_ROLES, GATE_ROLE):
        raise ValueError(name)
    return role_prefix(dbname) + name
