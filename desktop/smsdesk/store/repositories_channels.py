"""Queries of the Channels tab (issue 17): the overview, one channel's editable settings, its routes, the failure
map, its history and connection tests; and the dispatcher's side of a connection test (asynchronous). Every
change goes through the database's checked functions (channel_save, route_rules_set, failure_map_set, ...)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

# The dispatcher's side of a connection test lives with its other calls, so that it starts without SQLAlchemy.
from smsdesk.store.dispatch_calls import TestRequest, finish_test, take_test  # noqa: F401

# The settings a Channels editor shows and changes (never the password: it is written, not read).
EDITABLE = (
    "name", "host", "port", "system_id", "system_type", "bind_mode", "source_addr", "source_ton", "source_npi",
    "tps", "window_size", "enquire_link_s", "submit_timeout_s", "tls", "receipt_ids", "max_attempts",
    "retry_interval_s", "receipt_timeout_s", "enabled",
)


@dataclass(frozen=True)
class ChannelState:
    id: int
    name: str
    enabled: bool
    status: str
    status_at: datetime
    status_reason: str
    dispatcher: str | None
    live: bool
    submit_per_s: float
    failed_share: float | None
    holding: int
    host: str
    port: int
    tps: float
    updated_at: datetime


@dataclass(frozen=True)
class Route:
    id: int
    channel_id: int
    carrier: str | None
    kind: str | None
    priority: int
    backup_channel_id: int | None


@dataclass(frozen=True)
class FailureMapping:
    id: int
    channel_id: int | None
    source: str
    code: str
    category: str
    transient: bool
    note: str


@dataclass(frozen=True)
class ChannelEvent:
    id: int
    at: datetime
    channel_id: int
    dispatcher: str | None
    old_status: str
    new_status: str
    reason: str


@dataclass(frozen=True)
class ConnectionTest:
    id: int
    finished: bool
    taken: bool
    ok: bool | None
    detail: str
    dispatcher: str | None


class ChannelAdminRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _q(self, sql: str, **params):
        return self.session.execute(text(sql), params)

    def may_manage(self) -> bool:
        return bool(self._q("SELECT smsdesk.is_system() OR smsdesk.i_am_top_admin()").scalar_one())

    def overview(self) -> list[ChannelState]:
        rows = self._q("SELECT * FROM smsdesk.channel_overview()").all()
        return [
            ChannelState(
                r.id, r.name, r.enabled, r.status, r.status_at, r.status_reason, r.dispatcher, r.live,
                float(r.submit_per_s or 0), None if r.failed_share is None else float(r.failed_share),
                int(r.holding or 0), r.host, r.port, float(r.tps), r.updated_at,
            )
            for r in rows
        ]

    def queue_waiting(self, cap: int) -> int:
        return int(self._q("SELECT smsdesk.queue_waiting(:cap)", cap=cap).scalar_one())

    def settings(self, channel_id: int) -> dict[str, Any] | None:
        row = self._q(f"SELECT {', '.join(EDITABLE)} FROM smsdesk.channel WHERE id = :id", id=channel_id).first()
        if row is None:
            return None
        values = dict(row._mapping)
        if isinstance(values.get("tps"), Decimal):
            values["tps"] = float(values["tps"])
        return values

    def save(self, channel_id: int | None, fields: dict[str, Any]) -> int:
        return int(
            self._q("SELECT smsdesk.channel_save(:id, CAST(:f AS jsonb))", id=channel_id,
                    f=json.dumps(fields, ensure_ascii=False)).scalar_one()
        )

    def routes(self) -> list[Route]:
        rows = self._q(
            "SELECT id, channel_id, carrier, kind, priority, backup_channel_id FROM smsdesk.route_rule"
            " ORDER BY priority, id"
        ).all()
        return [Route(*r) for r in rows]

    def set_routes(self, channel_id: int, carriers: list[str], kinds: list[str], priority: int,
                   backup_id: int | None) -> int:
        return int(
            self._q(
                "SELECT smsdesk.route_rules_set(:c, CAST(:carriers AS text[]), CAST(:kinds AS text[]), :p, :b)",
                c=channel_id, carriers=carriers, kinds=kinds, p=priority, b=backup_id,
            ).scalar_one()
        )

    def failure_map(self) -> list[FailureMapping]:
        rows = self._q(
            "SELECT id, channel_id, source, code, category, transient, note FROM smsdesk.failure_map"
            " ORDER BY channel_id NULLS FIRST, source, code"
        ).all()
        return [FailureMapping(*r) for r in rows]

    def set_failure_mapping(self, channel_id: int | None, source: str, code: str, category: str,
                            transient: bool) -> None:
        self._q("SELECT smsdesk.failure_map_set(:c, :s, :code, :cat, :t)", c=channel_id, s=source, code=code,
                cat=category, t=transient)

    def delete_failure_mapping(self, mapping_id: int) -> None:
        self._q("SELECT smsdesk.failure_map_delete(:i)", i=mapping_id)

    def events(self, channel_id: int, limit: int) -> list[ChannelEvent]:
        rows = self._q(
            "SELECT e.id, e.at, e.channel_id, d.name, e.old_status, e.new_status, e.reason"
            "  FROM smsdesk.channel_event e LEFT JOIN smsdesk.dispatcher_instance d ON d.id = e.dispatcher_id"
            " WHERE e.channel_id = :c ORDER BY e.id DESC LIMIT :n",
            c=channel_id, n=limit,
        ).all()
        return [ChannelEvent(*r) for r in rows]

    def request_test(self, channel_id: int) -> int:
        return int(self._q("SELECT smsdesk.channel_test_request(:c)", c=channel_id).scalar_one())

    def test(self, test_id: int) -> ConnectionTest | None:
        row = self._q(
            "SELECT t.id, t.finished_at IS NOT NULL, t.taken_at IS NOT NULL, t.ok, t.detail, d.name"
            "  FROM smsdesk.channel_test t LEFT JOIN smsdesk.dispatcher_instance d ON d.id = t.dispatcher_id"
            " WHERE t.id = :i",
            i=test_id,
        ).first()
        return None if row is None else ConnectionTest(*row)
