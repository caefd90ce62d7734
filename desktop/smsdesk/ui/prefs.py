"""Per-user console preferences, declared once with their defaults (window geometry, language, last login)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QSettings

from smsdesk import paths

log = logging.getLogger(__name__)

VERSION = 2
# Version 1 kept the Send tab's draft here, shared by everyone who signed in on this computer, and rewrote the
# whole file (14 MB with a million pasted numbers) on every later preference change. Drafts are per login now
# (infra/drafts.py); the old one cannot be told apart by owner, so it is dropped rather than shown to whoever
# signs in first.
OBSOLETE_DRAFT_KEY = "send/draft"
DEFAULTS: dict[str, Any] = {
    "ui/language": "",
    "signin/remember_login": True,
    "signin/last_login": "",
    "signin/use_keyring": False,
    "main/geometry": None,
    "main/last_tab": "",
}


class Prefs:
    def __init__(self) -> None:
        self._settings = QSettings(str(paths.user_config_dir() / "console.ini"), QSettings.Format.IniFormat)
        version = int(self._settings.value("meta/version", 0) or 0)
        if version < VERSION:
            self._upgrade(version)

    def _upgrade(self, version: int) -> None:
        """At start-up, before any window: the versioned upgrades of the settings file."""
        if version < 2 and self._settings.contains(OBSOLETE_DRAFT_KEY):
            log.info("the shared Send draft of an earlier version is dropped (drafts are kept per login now)")
            self._settings.remove(OBSOLETE_DRAFT_KEY)
        self._settings.setValue("meta/version", VERSION)
        self._settings.sync()

    def get(self, key: str) -> Any:
        default = DEFAULTS.get(key)
        value = self._settings.value(key, default)
        if isinstance(default, bool) and isinstance(value, str):
            return value.lower() == "true"
        return value

    def set(self, key: str, value: Any) -> None:
        self._settings.setValue(key, value)

    def raw(self) -> QSettings:
        """For widgets that save their own state (header widths) under their own keys."""
        return self._settings

    def sync(self) -> None:
        self._settings.sync()
