"""Installation settings (opt-out suffix, marketing hours, content limits, sensitive-word mode, retention, sign-in
policy, the trial simulator; prices come from the price list): every signed-in user reads them, top-level
administrators change them; the database checks and audits."""

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
    """The unit prices in force now, per kind, from the price list (REP-2; ``task_prices``: what a task submitted now
    records, for a carrier not priced on its own). The Send and template previews estimate with it."""
    from sqlalchemy import text

    from smsdesk.domain.kinds import KINDS

    with translate_db_errors():
        rows = session.execute(
            text(
                "SELECT k.kind, (smsdesk.task_prices(k.kind) ->> '')::numeric"
                " FROM unnest(CAST(:kinds AS text[])) k(kind)"
            ),
            {"kinds": list(KINDS)},
        ).all()
    prices = {kind: price for kind, price in rows}
    default = min(prices.values(), default=0)
    return PriceList(default, {(kind, None): price for kind, price in prices.items()})
