"""Queries of sending and gateways: tasks and messages (console, CLI), channels (CLI), and every call the
dispatcher process makes (``DispatchRepository``, asynchronous, batched arrays in one round trip each)."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from smsdesk.store.dispatch_calls import (  # noqa: F401  (where the console's code and tests found them)
    ChannelConfig,
    ClaimedMessage,
    DispatchRepository,
    DispatchTask,
    bool_array,
    int_array,
    text_array,
)
from smsdesk.store.models import AppUser, QuotaMovement, UserGroup
from smsdesk.store.models_outbox import (
    Channel,
    ChannelEvent,
    DispatcherInstance,
    OutboundMessage,
    RouteRule,
    SendTask,
)

# ---------------------------------------------------------------------------------------------------------
# Tasks and messages (signed-in operators; row-level security decides what they see).


# A million-element list given to psycopg as an array parameter is dumped in one C call that holds the GIL for
# ~170 ms, freezing the console's GUI thread. Values without a newline (numbers) go instead as one text joined
# in Python, a slice at a time (one join of a million strings holds the GIL for 30-40 ms), and split by the
# server: ``LINES_ARRAY`` with the two values of ``lines_param``.
LINES_ARRAY = "(string_to_array(%s, E'\\n'))[1:%s]"
_SLICE = 65_536


def lines_param(values: Sequence[str]) -> tuple[str, int]:
    """``values`` (none holding a newline) as the two parameters of ``LINES_ARRAY``: a trailing newline keeps a
    lone empty string apart from an empty list."""
    if not values:
        return "", 0
    slices = ["\n".join(values[i : i + _SLICE]) for i in range(0, len(values), _SLICE)]
    return "\n".join(slices) + "\n", len(values)


# Values from a small set (the carriers of a million recipients are a handful of names) go as one character
# each plus the names: 1 MB on the wire instead of 13 MB (sending 13 MB more over a local socket was seen holding
# the GIL for up to 97 ms) and no second join of a million strings; the server spends ~0.2 s more expanding them.
# ``CODES_ARRAY`` with the two values of ``codes_param``; None reads as "". The subquery is a plain function scan,
# which keeps unnest's order (tests/db/test_task_queue_rules.py checks 150,000 values come back as sent).
CODES_ARRAY = "ARRAY(SELECT (%s::text[])[ascii(c) - 31] FROM unnest(string_to_array(%s, NULL)) AS c)"
_FIRST_CODE = 32  # printable, and ascii() of it minus 31 is a 1-based index
_MAX_NAMES = 0xD800 - _FIRST_CODE  # code points below the surrogates


def codes_param(values: Sequence[str | None]) -> tuple[list[str], str]:
    """``values`` as the two parameters of ``CODES_ARRAY``: the distinct names, and one character per value."""
    seen: dict[str | None, None] = {}
    for i in range(0, len(values), _SLICE):  # a slice at a time: no single C call over a million values
        seen.update(dict.fromkeys(values[i : i + _SLICE]))
    names = list(dict.fromkeys("" if v is None else v for v in seen))
    if len(names) > _MAX_NAMES:
        raise ValueError(f"{len(names)} distinct values are too many to send as codes")
    code: dict[str | None, str] = {name: chr(_FIRST_CODE + i) for i, name in enumerate(names)}
    if None in seen:
        code[None] = code[""]
    lookup = code.__getitem__
    return names, "".join("".join(map(lookup, values[i : i + _SLICE])) for i in range(0, len(values), _SLICE))


@dataclass(frozen=True)
class TaskRow:
    id: int
    task_key: uuid.UUID
    owner_id: int
    group_id: int
    name: str
    kind: str
    status: str
    send_at: datetime
    expires_at: datetime | None
    recipient_count: int
    segments_per_message: int
    reserved: int
    charged: int
    refunded: int
    submitted_count: int
    delivered_count: int
    failed_count: int
    expired_count: int
    cancelled_count: int
    created_at: datetime
    started_at: datetime | None
    finished_at: datetime | None

    @property
    def done_count(self) -> int:
        return self.delivered_count + self.failed_count + self.expired_count + self.cancelled_count


_TASK_COLUMNS = (
    SendTask.id,
    SendTask.task_key,
    SendTask.owner_id,
    SendTask.group_id,
    SendTask.name,
    SendTask.kind,
    SendTask.status,
    SendTask.send_at,
    SendTask.expires_at,
    SendTask.recipient_count,
    SendTask.segments_per_message,
    SendTask.reserved,
    SendTask.charged,
    SendTask.refunded,
    SendTask.submitted_count,
    SendTask.delivered_count,
    SendTask.failed_count,
    SendTask.expired_count,
    SendTask.cancelled_count,
    SendTask.created_at,
    SendTask.started_at,
    SendTask.finished_at,
)


class TaskRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _raw(self) -> psycopg.Connection:
        return self.session.connection().connection.driver_connection

    def id_for_key(self, task_key: uuid.UUID) -> int | None:
        return self.session.scalar(select(SendTask.id).where(SendTask.task_key == task_key))

    def queue(
        self,
        *,
        task_key: uuid.UUID,
        name: str,
        kind: str,
        content: str,
        signature: str | None,
        opt_out: str | None,
        segments: int,
        send_at: datetime | None,
        expires_at: datetime | None,
        template_id: int | None,
        recipients: Sequence[tuple[str, str]],
        bodies: Sequence[tuple[str, int]] | None = None,
    ) -> int:
        """Queues the task in one call, the recipients as two arrays in binary parameters.

        No staging table: the operator role has no TEMPORARY right (0004), and for 200,000 recipients the
        binary arrays took 1.0 s here against 1.7 s for COPY into a temporary table plus array_agg (3.9 s as
        text parameters).
        """
        numbers = [number for number, _ in recipients]
        carriers = [carrier for _, carrier in recipients]
        # ``bodies``: a personal (content, segments) per recipient, in the same order (template sends, TPL-2); the
        # database counts the segments itself, so none are sent.
        texts = None if bodies is None else [body for body, _ in bodies]
        body_segments = None
        row = self._raw().execute(
            "SELECT smsdesk.task_queue(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
            f"{LINES_ARRAY}, {CODES_ARRAY}, %b::text[], %b::int[])",
            (task_key, name, kind, content, signature, opt_out, segments, send_at, expires_at, template_id,
             *lines_param(numbers), *codes_param(carriers), texts, body_segments),
        ).fetchone()
        return int(row[0])

    def cancel(self, task_id: int) -> int:
        return int(self.session.scalar(select(func.smsdesk.task_cancel(task_id))))

    def recent(self, limit: int = 200) -> list[TaskRow]:
        rows = self.session.execute(select(*_TASK_COLUMNS).order_by(SendTask.id.desc()).limit(limit)).all()
        return [TaskRow(*row) for row in rows]

    def status_counts(self, task_id: int) -> dict[str, int]:
        rows = self.session.execute(
            select(OutboundMessage.status, func.count())
            .where(OutboundMessage.task_id == task_id)
            .group_by(OutboundMessage.status)
        ).all()
        return {status: int(n) for status, n in rows}

    def failure_counts(self, task_id: int) -> dict[str, int]:
        rows = self.session.execute(
            select(OutboundMessage.failure_category, func.count())
            .where(OutboundMessage.task_id == task_id, OutboundMessage.failure_category.is_not(None))
            .group_by(OutboundMessage.failure_category)
        ).all()
        return {category: int(n) for category, n in rows}


@dataclass(frozen=True)
class QuotaLedger:
    """A user's quota next to the sums of its movements: they must be equal (the billing invariant)."""

    quota_limit: int
    quota_used: int
    limit_movements: int
    used_movements: int

    @property
    def balanced(self) -> bool:
        return self.quota_limit == self.limit_movements and self.quota_used == self.used_movements


@dataclass(frozen=True)
class GroupLedger:
    """A group's unallocated balance next to the sum of its movements (grants in and out, allocations to its
    users). Sending never moves it: a user's quota was drawn from the group when it was granted (USR-2), so
    reservations and refunds move only the user's ``used`` account."""

    quota_balance: int
    movements: int

    @property
    def balanced(self) -> bool:
        return self.quota_balance == self.movements


class LedgerRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_group(self, group_id: int) -> GroupLedger:
        balance = self.session.scalar(select(UserGroup.quota_balance).where(UserGroup.id == group_id))
        moved = self.session.scalar(
            select(func.coalesce(func.sum(QuotaMovement.amount), 0)).where(QuotaMovement.group_id == group_id)
        )
        return GroupLedger(int(balance), int(moved))

    def for_user(self, user_id: int) -> QuotaLedger:
        limit, used = self.session.execute(
            select(AppUser.quota_limit, AppUser.quota_used).where(AppUser.id == user_id)
        ).one()
        sums = dict(
            self.session.execute(
                select(QuotaMovement.account, func.coalesce(func.sum(QuotaMovement.amount), 0))
                .where(QuotaMovement.user_id == user_id)
                .group_by(QuotaMovement.account)
            ).all()
        )
        return QuotaLedger(int(limit), int(used), int(sums.get("limit", 0)), int(sums.get("used", 0)))


# ---------------------------------------------------------------------------------------------------------
# Channels (IT and top administrators).


@dataclass(frozen=True)
class ChannelRow:
    id: int
    name: str
    host: str
    port: int
    system_id: str
    bind_mode: str
    source_addr: str
    tps: float
    window_size: int
    enabled: bool
    status: str
    status_at: datetime
    status_reason: str
    owner_id: int | None
    heartbeat_at: datetime | None
    stats: dict


@dataclass(frozen=True)
class RouteRow:
    channel_id: int
    carrier: str | None
    kind: str | None
    priority: int
    backup_channel_id: int | None


@dataclass(frozen=True)
class ChannelEventRow:
    at: datetime
    channel_id: int
    dispatcher_id: int | None
    old_status: str
    new_status: str
    reason: str


@dataclass(frozen=True)
class DispatcherRow:
    id: int
    name: str
    host: str
    pid: int
    started_at: datetime
    seen_at: datetime
    stopped_at: datetime | None
    stats: dict


class ChannelRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, channel_id: int | None, fields: dict[str, Any]) -> int:
        return int(
            self.session.execute(
                text("select smsdesk.channel_save(:id, cast(:f as jsonb))"),
                {"id": channel_id, "f": json.dumps(fields)},
            ).scalar_one()
        )

    def set_routes(
        self, channel_id: int, carriers: Sequence[str], kinds: Sequence[str], priority: int, backup_id: int | None
    ) -> int:
        return int(
            self.session.execute(
                text("select smsdesk.route_rules_set(:c, cast(:carriers as text[]), cast(:kinds as text[]), :p, :b)"),
                {"c": channel_id, "carriers": list(carriers), "kinds": list(kinds), "p": priority, "b": backup_id},
            ).scalar_one()
        )

    def set_failure_mapping(
        self, channel_id: int | None, source: str, code: str, category: str, transient: bool
    ) -> None:
        self.session.execute(
            text("select smsdesk.failure_map_set(:c, :s, :code, :cat, :t)"),
            {"c": channel_id, "s": source, "code": code, "cat": category, "t": transient},
        )

    def id_by_name(self, name: str) -> int | None:
        return self.session.scalar(select(Channel.id).where(Channel.name == name))

    def all(self) -> list[ChannelRow]:
        rows = self.session.execute(
            select(
                Channel.id,
                Channel.name,
                Channel.host,
                Channel.port,
                Channel.system_id,
                Channel.bind_mode,
                Channel.source_addr,
                Channel.tps,
                Channel.window_size,
                Channel.enabled,
                Channel.status,
                Channel.status_at,
                Channel.status_reason,
                Channel.owner_id,
                Channel.heartbeat_at,
                Channel.stats,
            ).order_by(Channel.name)
        ).all()
        return [ChannelRow(*row[:7], float(row[7]), *row[8:]) for row in rows]

    def states(self) -> list[tuple[int, str, str, bool, datetime | None, dict]]:
        """(id, name, status, enabled, heartbeat_at, stats): the columns every signed-in user may read."""
        rows = self.session.execute(
            select(
                Channel.id, Channel.name, Channel.status, Channel.enabled, Channel.heartbeat_at, Channel.stats
            ).order_by(Channel.name)
        ).all()
        return [tuple(row) for row in rows]

    def routes(self) -> list[RouteRow]:
        rows = self.session.execute(
            select(
                RouteRule.channel_id, RouteRule.carrier, RouteRule.kind, RouteRule.priority, RouteRule.backup_channel_id
            ).order_by(RouteRule.priority, RouteRule.id)
        ).all()
        return [RouteRow(*row) for row in rows]

    def events(self, channel_id: int | None = None, limit: int = 200) -> list[ChannelEventRow]:
        query = (
            select(
                ChannelEvent.at,
                ChannelEvent.channel_id,
                ChannelEvent.dispatcher_id,
                ChannelEvent.old_status,
                ChannelEvent.new_status,
                ChannelEvent.reason,
            )
            .order_by(ChannelEvent.id.desc())
            .limit(limit)
        )
        if channel_id is not None:
            query = query.where(ChannelEvent.channel_id == channel_id)
        return [ChannelEventRow(*row) for row in self.session.execute(query).all()]

    def dispatchers(self, limit: int = 20) -> list[DispatcherRow]:
        rows = self.session.execute(
            select(
                DispatcherInstance.id,
                DispatcherInstance.name,
                DispatcherInstance.host,
                DispatcherInstance.pid,
                DispatcherInstance.started_at,
                DispatcherInstance.seen_at,
                DispatcherInstance.stopped_at,
                DispatcherInstance.stats,
            )
            .order_by(DispatcherInstance.id.desc())
            .limit(limit)
        ).all()
        return [DispatcherRow(*row) for row in rows]

    def set_dispatcher_login(self, name: str, verifier: str) -> str:
        return str(
            self.session.execute(
                text("select smsdesk.dispatcher_login_set(:n, :v)"), {"n": name, "v": verifier}
            ).scalar_one()
        )


# ---------------------------------------------------------------------------------------------------------
# Demo history (trial mode only): written by the installation's owner, straight into the tables.
