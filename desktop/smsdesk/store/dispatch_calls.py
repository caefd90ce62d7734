"""Every call the dispatcher process makes (``DispatchRepository``: asynchronous, batched arrays in one round trip
each) and the rows it reads. Apart from the console's repositories so that the dispatcher starts without SQLAlchemy
and the models (a third of its start-up time)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb


def int_array(values: Sequence[int]) -> str:
    """A PostgreSQL array literal: psycopg adapts list elements one by one in Python, several times slower
    than this at the dispatcher's batch sizes."""
    return "{" + ",".join(map(str, values)) + "}"


def _quoted(value: str | None) -> str:
    if value is None:
        return "NULL"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def text_array(values: Sequence[str | None]) -> str:
    """Most batches need no escaping (ids, stats, numbers) or are all NULL (no errors): those are one join."""
    if not values:
        return "{}"
    if values.count(None) == len(values):
        return "{" + ",".join(["NULL"] * len(values)) + "}"
    try:
        plain = "".join(values)  # type: ignore[arg-type]  (a None raises TypeError)
    except TypeError:  # some NULLs (errors, categories): quoted without escapes when none is needed
        plain = "".join([v for v in values if v is not None])
        if '"' in plain or "\\" in plain:
            return "{" + ",".join(map(_quoted, values)) + "}"
        return "{" + ",".join(["NULL" if v is None else '"' + v + '"' for v in values]) + "}"
    if '"' in plain or "\\" in plain:  # the values' own characters (the separator below has quotes of its own)
        return "{" + ",".join(map(_quoted, values)) + "}"
    return '{"' + '","'.join(values) + '"}'  # type: ignore[arg-type]


def bool_array(values: Sequence[bool]) -> str:
    return "{" + ",".join(["t" if v else "f" for v in values]) + "}"


# ---------------------------------------------------------------------------------------------------------
# The dispatcher process: an asyncio psycopg connection signed in as a dispatcher login.


@dataclass(slots=True)
class ClaimedMessage:
    id: int
    task_id: int
    number: str
    carrier: str | None
    body: str | None
    segments: int
    attempts: int
    channel_id: int
    duplicate_suspect: bool
    blacklisted: bool


@dataclass(frozen=True, slots=True)
class ChannelConfig:
    id: int
    name: str
    host: str
    port: int
    system_id: str
    password: str
    system_type: str
    bind_mode: str
    source_addr: str
    source_ton: int
    source_npi: int
    tps: float
    window_size: int
    enquire_link_s: int
    submit_timeout_s: int
    tls: bool
    receipt_ids: str
    max_attempts: int
    retry_interval_s: int
    updated_at: datetime
    status: str


@dataclass(frozen=True, slots=True)
class DispatchTask:
    id: int
    kind: str
    content: str
    signature: str | None
    opt_out: str | None
    status: str
    expires_at: datetime | None
    owner_id: int
    group_id: int
    segments_per_message: int


class DispatchRepository:
    """Every database call of the dispatcher; each takes or returns whole batches."""

    def __init__(self, conn: psycopg.AsyncConnection) -> None:
        self.conn = conn

    async def _one(self, query: str, params: Sequence[Any] = (), *, binary: bool = False) -> Any:
        cur = await self.conn.execute(query, params, binary=binary)
        row = await cur.fetchone()
        return None if row is None else row[0]

    async def register(self, name: str, host: str, pid: int, version: str, resume: int | None) -> int:
        return int(
            await self._one(
                "SELECT smsdesk.dispatcher_register(%s, %s, %s, %s, %s)", (name, host, pid, version, resume)
            )
        )

    async def stop(self, dispatcher_id: int) -> None:
        await self.conn.execute("SELECT smsdesk.dispatcher_stop(%s)", (dispatcher_id,))

    async def heartbeat(self, dispatcher_id: int, stats: dict, channel_stats: dict[int, dict]) -> None:
        ids = list(channel_stats)
        await self.conn.execute(
            "SELECT smsdesk.channel_heartbeat(%s, %s, %s::bigint[], %s::jsonb[])",
            (dispatcher_id, Jsonb(stats), ids, [Jsonb(channel_stats[i]) for i in ids]),
        )

    async def claim_channels(self, dispatcher_id: int, limit: int | None = None) -> list[ChannelConfig]:
        cur = await self.conn.execute("SELECT * FROM smsdesk.channel_claim(%s, %s)", (dispatcher_id, limit))
        return [ChannelConfig(*row[:11], float(row[11]), *row[12:]) for row in await cur.fetchall()]

    async def release_channel(self, dispatcher_id: int, channel_id: int, reason: str) -> None:
        await self.conn.execute("SELECT smsdesk.channel_release(%s, %s, %s)", (dispatcher_id, channel_id, reason))

    async def set_channel_status(self, dispatcher_id: int, channel_id: int, status: str, reason: str) -> bool:
        return bool(
            await self._one(
                "SELECT smsdesk.channel_set_status(%s, %s, %s, %s)", (dispatcher_id, channel_id, status, reason)
            )
        )

    async def routing(self) -> dict:
        return await self._one("SELECT smsdesk.dispatch_routing()")

    async def tasks(self, ids: Sequence[int]) -> list[DispatchTask]:
        cur = await self.conn.execute("SELECT * FROM smsdesk.dispatch_tasks(%s::bigint[])", (list(ids),))
        return [DispatchTask(*row) for row in await cur.fetchall()]

    async def failure_map(self) -> list[tuple[int | None, str, str, str, bool]]:
        cur = await self.conn.execute("SELECT * FROM smsdesk.dispatch_failure_map()")
        return [tuple(row) for row in await cur.fetchall()]

    async def sensitive_words(self) -> list[str]:
        return list(await self._one("SELECT smsdesk.dispatch_sensitive_words()") or [])

    async def claim(
        self, dispatcher_id: int, limit: int, lease_s: int, kinds: list[str], carriers: list[str],
        channels: list[int], hints: dict[int, int] | None = None,
    ) -> list[ClaimedMessage]:
        """``hints``: task id -> the highest message id claimed last time (where the next scan starts)."""
        hints = hints or {}
        cur = await self.conn.execute(
            "SELECT * FROM smsdesk.claim_batch(%s, %s, %s, %s::text[], %s::text[], %s::bigint[], %s::bigint[], "
            "%s::bigint[])",
            (dispatcher_id, limit, lease_s, text_array(kinds), text_array(carriers), int_array(channels),
             int_array(list(hints)), int_array(list(hints.values()))),
            binary=True,
        )
        return [ClaimedMessage(*row) for row in await cur.fetchall()]

    async def record_submit_results(
        self, dispatcher_id: int, ids: list[int], outcomes: list[str], errors: list[str | None],
        categories: list[str | None], delays: list[int], suspect: list[bool], smsc_ids: list[str | None],
        part_ids: list[int], part_nos: list[int], part_channels: list[int], part_keys: list[str],
    ) -> None:
        await self.conn.execute(
            "SELECT smsdesk.record_submit_results(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], "
            "%s::int[], %s::boolean[], %s::text[], %s::bigint[], %s::int[], %s::bigint[], %s::text[])",
            (dispatcher_id, int_array(ids), text_array(outcomes), text_array(errors), text_array(categories),
             int_array(delays), bool_array(suspect), text_array(smsc_ids), int_array(part_ids), int_array(part_nos),
             int_array(part_channels), text_array(part_keys)),
        )

    async def record_receipts(
        self, dispatcher_id: int, channels: list[int], smsc_ids: list[str], keys: list[str], stats: list[str | None],
        errs: list[str | None], categories: list[str | None], delivered: list[bool], final: list[bool],
        raw: list[str],
    ) -> int:
        """``keys``: each receipt's candidate ids, space-separated, best first."""
        return int(await self._one(
            "SELECT smsdesk.record_receipts(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::text[], "
            "%s::text[], %s::boolean[], %s::boolean[], %s::text[])",
            (dispatcher_id, int_array(channels), text_array(smsc_ids), text_array(keys), text_array(stats),
             text_array(errs), text_array(categories), bool_array(delivered), bool_array(final), text_array(raw)),
        ))

    async def record_replies(
        self, dispatcher_id: int, channels: list[int], numbers: list[str], dests: list[str], texts: list[str],
        opt_out: list[bool],
    ) -> int:
        return int(await self._one(
            "SELECT smsdesk.record_replies(%s, %s::bigint[], %s::text[], %s::text[], %s::text[], %s::boolean[])",
            (dispatcher_id, int_array(channels), text_array(numbers), text_array(dests), text_array(texts),
             bool_array(opt_out)),
        ))

    async def maintenance(self, dispatcher_id: int, grace_s: int, full: bool) -> dict:
        return await self._one("SELECT smsdesk.dispatch_maintenance(%s, %s, %s)", (dispatcher_id, grace_s, full))

    async def retention(self, dispatcher_id: int, budget_ms: int) -> dict:
        """One turn of the retention purge (SEC-5): {months, cutoff, tasks, messages, ..., more, busy}."""
        return await self._one("SELECT smsdesk.dispatch_retention(%s, %s)", (dispatcher_id, budget_ms))


# -- a connection test the console asked for (dispatcher/channel_test.py) ----------------------------------------


@dataclass(frozen=True)
class TestRequest:
    test_id: int
    channel_id: int
    name: str
    host: str
    port: int
    system_id: str
    password: str
    system_type: str
    bind_mode: str
    tls: bool
    enquire_link_s: int
    submit_timeout_s: int


async def take_test(conn: psycopg.AsyncConnection, dispatcher_id: int) -> TestRequest | None:
    cur = await conn.execute("SELECT * FROM smsdesk.channel_test_take(%s)", (dispatcher_id,))
    row = await cur.fetchone()
    return None if row is None else TestRequest(*row)


async def finish_test(conn: psycopg.AsyncConnection, dispatcher_id: int, test_id: int, ok: bool, detail: str) -> None:
    await conn.execute("SELECT smsdesk.channel_test_finish(%s, %s, %s, %s)", (dispatcher_id, test_id, ok, detail))
