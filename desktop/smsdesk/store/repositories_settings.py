"""Installation settings: read through smsdesk.setting / settings_list, changed through settings_set (db/sql)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class SettingRow:
    key: str
    value: Any
    default: Any
    changed: bool


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def all(self) -> list[SettingRow]:
        rows = self.session.execute(text("SELECT key, value, default_value, changed FROM smsdesk.settings_list()"))
        return [SettingRow(r.key, r.value, r.default_value, r.changed) for r in rows]

    def get(self, key: str) -> Any:
        return self.session.execute(text("SELECT smsdesk.setting(:k)"), {"k": key}).scalar_one()

    def set(self, key: str, value: Any) -> Any:
        """Stores ``value`` (None puts the default back) and returns the value now in force."""
        raw = None if value is None else json.dumps(value, ensure_ascii=False)
        return self.session.execute(
            text("SELECT smsdesk.settings_set(:k, CAST(:v AS jsonb))"), {"k": key, "v": raw}
        ).scalar_one()
