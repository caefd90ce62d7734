"""Passwords a user chose to remember, in the OS keyring only (Windows Credential Manager, macOS Keychain,
Secret Service). A backend that would write a plain file is never used."""

from __future__ import annotations

import logging

from smsdesk.settings import DatabaseTarget

log = logging.getLogger(__name__)

SERVICE = "SMS Desk"
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _backend():
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring must not stop sign-in
        log.info("no keyring: %s", exc)
        return None
    chain = getattr(backend, "backends", [backend])
    if not chain or any(type(b).__module__.startswith(_INSECURE_MODULES) for b in chain):
        return None
    return backend


def available() -> bool:
    return _backend() is not None


def _account(target: DatabaseTarget, login: str) -> str:
    return f"{login}@{target.describe()}"


def load(target: DatabaseTarget, login: str) -> str | None:
    backend = _backend()
    if backend is None or not login:
        return None
    try:
        return backend.get_password(SERVICE, _account(target, login))
    except Exception as exc:
        log.info("keyring read failed: %s", exc)
        return None


def save(target: DatabaseTarget, login: str, password: str) -> bool:
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _account(target, login), password)
        return True
    except Exception as exc:
        log.warning("keyring write failed: %s", exc)
        return False


def forget(target: DatabaseTarget, login: str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _account(target, login))
    except Exception:
        pass
