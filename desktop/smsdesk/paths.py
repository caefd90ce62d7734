"""Where SMS Desk keeps its per-user and machine-wide files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SMSDesk"
APP_AUTHOR = "SMSDesk"


def user_data_dir() -> Path:
    """Per-user data (embedded database, logs); SMSDESK_DATA_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("SMSDESK_DATA_DIR")
    path = Path(override) if override else platformdirs.user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_config_dir() -> Path:
    override = os.environ.get("SMSDESK_CONFIG_DIR")
    path = Path(override) if override else platformdirs.user_config_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def site_config_file() -> Path:
    """Machine-wide settings file on non-Windows systems (the MSI writes the registry instead)."""
    override = os.environ.get("SMSDESK_SITE_CONFIG")
    if override:
        return Path(override)
    return Path("/etc/smsdesk/database.ini")
