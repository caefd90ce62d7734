"""Installation settings (opt-out suffix, marketing hours, content limits, sensitive-word mode, retention, sign-in
policy, prices, the trial simulator): every signed-in user reads them, top-level administrators change them; the
database checks and audits."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from smsdesk.domain.pricing import PriceList
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_settings import SettingRow, SettingsRepository

__all__ = ["SettingRow", "all_settings", "get", "price_list", "set_value"]


def all_settings(session: Session) -> list[SettingRow]:
    with translate_db_errors():
        return SettingsRepository(session).all()


def get(session: Session, key: str) -> Any:
    with translate_db_errors():
        value = SettingsRepository(session).get(key)
    if value is None:
        raise ServiceError("not_found", f"unknown setting {key!r}")
    return value


def set_value(session: Session, key: str, value: Any) -> Any:
    """Changes one setting (None: back to its default); returns the value now in force."""
    with translate_db_errors():
        return SettingsRepository(session).set(key, value)


def price_list(session: Session) -> PriceList:
    """The installation's unit prices (setting ``prices``): a default, per kind (per carrier is kept for reports,
    which price by carrier; PriceList prices by kind)."""
    with translate_db_errors():
        value = SettingsRepository(session).get("prices") or {"default": "0.05"}
    kinds = value.get("kinds") or {}
    return PriceList(value.get("default", "0"), {(kind, None): price for kind, price in kinds.items()})
