"""Per-user console preferences, declared once with their defaults (window geometry, language, last login)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from smsdesk import paths

VERSION = 1
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
        if int(self._settings.value("meta/version", 0) or 0) < VERSION:
            self._settings.setValue("meta/version", VERSION)

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
