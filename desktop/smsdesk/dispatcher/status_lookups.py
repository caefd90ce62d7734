"""Live-status lookups for number checks (CHK-1), in the dispatcher process but apart from the sending loops: its
own database connection and its own functions (status_claim, status_record, status_retry; revision 0021).

Each round claims a batch of numbers due for a lookup (leased, so a dispatcher that dies leaves them to another
once the lease runs out: nothing is lost), waits for the provider's rate limit, asks the provider and records what
it said. A failure (timeout, HTTP 5xx, 429, an answer that is not the agreed JSON, numbers missing from it) is handed
to status_retry, which backs off per number and gives up as "unknown" after check_config.max_attempts, so no check
waits for ever. The provider's settings are read again every CONFIG_EVERY_S seconds; with none configured the
worker holds no connection and looks again every NO_PROVIDER_S seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

import psycopg

from smsdesk.gateways.status import ProviderError, StatusProvider, provider_from

log = logging.getLogger("smsdesk.dispatcher")

CONFIG_EVERY_S = 15.0
NO_PROVIDER_S = 30.0  # how often a dispatcher with no provider configured looks again
IDLE_S = 1.0
LEASE_S = 120
CONCURRENCY = 3  # batches in flight: the provider's answer and the database's write overlap


class RateLimit:
    """At most ``rate`` numbers per second, in bursts of up to one second's worth."""

    def __init__(self, rate: float) -> None:
        self.rate = rate
        self.allowance = rate
        self.at = time.monotonic()

    async def take(self, n: int) -> None:
        while True:
            now = time.monotonic()
            self.allowance = min(self.rate, self.allowance + (now - self.at) * self.rate)
            self.at = now
            if self.allowance >= min(n, self.rate):
                self.allowance -= n
                return
            await asyncio.sleep((min(n, self.rate) - self.allowance) / self.rate)


class StatusLookups:
    def __init__(self, connect: Callable[[], Awaitable[psycopg.AsyncConnection]], *, idle_s: float = IDLE_S,
                 lease_s: int = LEASE_S, concurrency: int = CONCURRENCY) -> None:
        self.connect = connect
        self.idle_s = idle_s
        self.lease_s = lease_s
        self.concurrency = concurrency
        self.provider: StatusProvider | None = None
        self.limit: RateLimit | None = None
        self._config_at = 0.0
        self._config: dict | None = None
        self.counters = {"looked_up": 0, "retried": 0, "given_up": 0, "batches": 0}

    async def run(self, stopping: asyncio.Event) -> None:
        attempt = 0
        while not stopping.is_set():
            try:
                conn = await self.connect()
                await conn.set_autocommit(True)
                attempt = 0
                try:
                    self._config_at = 0.0
                    await self._refresh_config(conn)
                    if self.provider is not None:
                        await asyncio.gather(*(self._loop(conn, stopping) for _ in range(self.concurrency)))
                finally:
                    with contextlib.suppress(Exception):
                        await conn.close()
                if self.provider is None:  # no connection held while there is nothing to look up
                    await _pause(stopping, NO_PROVIDER_S)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a lost database, a refused login: try again, slower each time
                attempt += 1
                log.warning("dispatcher event=status_lookups_down error=%r", str(exc)[:200])
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stopping.wait(), min(30.0, 0.5 * 2 ** min(attempt, 6)))

    async def _refresh_config(self, conn: psycopg.AsyncConnection) -> None:
        if time.monotonic() - self._config_at < CONFIG_EVERY_S and self._config_at:
            return
        self._config_at = time.monotonic()
        row = await (await conn.execute("SELECT smsdesk.check_config_get()")).fetchone()
        config = (row[0] or {}).get("provider") if row else None
        if config != self._config:
            self._config = config
            self.provider = provider_from(config)
            self.limit = RateLimit(self.provider.rate_per_second) if self.provider else None
            log.info("dispatcher event=status_provider driver=%s", (config or {}).get("driver", "none"))

    async def _loop(self, conn: psycopg.AsyncConnection, stopping: asyncio.Event) -> None:
        while not stopping.is_set():
            await self._refresh_config(conn)
            provider, limit = self.provider, self.limit
            if provider is None or limit is None:
                return
            rows = await (await conn.execute("SELECT number, attempts FROM smsdesk.status_claim(%s, %s)",
                                             (provider.batch_size, self.lease_s))).fetchall()
            if not rows:
                await _pause(stopping, self.idle_s)
                continue
            numbers = [int(r[0]) for r in rows]
            await limit.take(len(numbers))
            self.counters["batches"] += 1
            try:
                found = await provider.lookup(numbers)
            except ProviderError as exc:
                await self._retry(conn, numbers, exc.reason, exc.retry_after)
                continue
            if found:
                kept = list(found)
                await conn.execute("SELECT smsdesk.status_record(%s, %s, %s)",
                                   (kept, [found[n] for n in kept], provider.name))
                self.counters["looked_up"] += len(kept)
            missing = [n for n in numbers if n not in found]
            if missing:
                await self._retry(conn, missing, "missing from the provider's answer", None)

    async def _retry(self, conn: psycopg.AsyncConnection, numbers: list[int], reason: str,
                     after: float | None) -> None:
        log.info("dispatcher event=status_lookup_failed numbers=%d reason=%r", len(numbers), reason)
        row = await (await conn.execute("SELECT smsdesk.status_retry(%s, %s, %s)",
                                        (numbers, reason, int(after) if after else None))).fetchone()
        self.counters["retried"] += len(numbers)
        self.counters["given_up"] += int(row[0] or 0) if row else 0


async def _pause(stopping: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stopping.wait(), seconds)
