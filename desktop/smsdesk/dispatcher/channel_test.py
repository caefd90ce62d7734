"""Answers the console's "test connection" requests (GW-3): bind a channel once with its saved settings, unbind,
and write down what happened (channel_test_take / channel_test_finish, revision 0012).

Kept apart from the sending loops: the dispatcher pokes the tester when a request is announced (NOTIFY
smsdesk_channel_test) and the tester works on a connection of its own, one request after another, so a test
never holds up claiming, sending or the control loop. The answer's detail is JSON the console words in the
user's language: {"result": "bound", "ms": 12, "mode": "trx"}, {"result": "refused", "status": "ESME_RINVPASWD"},
{"result": "unreachable", "error": "..."}, {"result": "timeout", "s": 10}.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import ssl
from collections.abc import Awaitable, Callable

import psycopg

from smsdesk.gateways.smpp.session import Delivery, SmppSession
from smsdesk.gateways.smpp.settings import BindMode, SessionSettings
from smsdesk.store.dispatch_calls import TestRequest, finish_test, take_test

log = logging.getLogger("smsdesk.dispatcher")

TIMEOUT_S = 10.0
MIN_GAP_S = 1.0


def _refuse_delivery(_delivery: Delivery) -> None:
    # A receipt or reply the SMSC pushes to the test bind is refused, so it is delivered again to the channel's
    # real session instead of being lost here.
    raise RuntimeError("connection test: deliveries are not taken")


async def probe(request: TestRequest, timeout_s: float = TIMEOUT_S) -> tuple[bool, dict]:
    """Binds once (no reconnect), unbinds; (bound, what happened)."""
    mode = BindMode.TRANSMITTER_RECEIVER if request.bind_mode == "tx+rx" else BindMode.TRANSCEIVER
    settings = SessionSettings(
        host=request.host,
        port=request.port,
        system_id=request.system_id,
        password=request.password,
        system_type=request.system_type,
        bind_mode=mode,
        tls=ssl.create_default_context() if request.tls else None,
        connect_timeout_s=timeout_s,
        bind_timeout_s=timeout_s,
        enquire_link_interval_s=float(max(1, request.enquire_link_s)),
        reconnect_initial_s=3600.0,  # one attempt: a failure is the answer
        reconnect_max_s=3600.0,
        unbind_timeout_s=3.0,
    )
    session = SmppSession(settings, on_deliver=_refuse_delivery)
    loop = asyncio.get_running_loop()
    started = loop.time()
    await session.start()
    try:
        while not session.bound:
            if session.last_error:
                kind, _, what = session.last_error.partition(":")
                if kind == "refused":
                    return False, {"result": "refused", "status": what}
                return False, {"result": "unreachable", "error": what[:200]}
            if loop.time() - started > 2 * timeout_s + 1:
                return False, {"result": "timeout", "s": round(2 * timeout_s)}
            await asyncio.sleep(0.02)
        return True, {"result": "bound", "ms": round((loop.time() - started) * 1000), "mode": str(mode)}
    finally:
        await session.close(drain_timeout=0)


class ConnectionTester:
    """One at a time, on its own connection, in the background of the dispatcher's loop."""

    def __init__(self, connect: Callable[[], Awaitable[psycopg.AsyncConnection]]) -> None:
        self.connect = connect
        self._task: asyncio.Task | None = None
        self._again = False
        self._started = float("-inf")
        self._later: asyncio.TimerHandle | None = None

    def poke(self, dispatcher_id: int | None) -> None:
        """A request was announced. Anyone may NOTIFY, so runs (each opens a connection) start at most
        MIN_GAP_S apart; a poke within the gap is served at its end, once."""
        if dispatcher_id is None:
            return
        if self._task is not None and not self._task.done():
            self._again = True  # a request came while answering the last: look again when done
            return
        loop = asyncio.get_running_loop()
        wait = self._started + MIN_GAP_S - loop.time()
        if wait > 0:
            if self._later is None:
                self._later = loop.call_later(wait, self._poke_later, dispatcher_id)
            return
        self._started = loop.time()
        self._task = loop.create_task(self._answer(dispatcher_id), name="channel-test")

    def _poke_later(self, dispatcher_id: int) -> None:
        self._later = None
        self.poke(dispatcher_id)

    async def stop(self) -> None:
        if self._later is not None:
            self._later.cancel()
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await self._task

    async def _answer(self, dispatcher_id: int) -> None:
        try:
            conn = await self.connect()
        except psycopg.Error as exc:
            log.warning("dispatcher event=channel_test_failed error=%r", str(exc)[:200])
            return
        try:
            while True:
                self._again = False
                request = await take_test(conn, dispatcher_id)
                if request is None:
                    if not self._again:
                        return
                    continue
                ok, detail = await probe(request)
                log.info("dispatcher event=channel_test channel=%s ok=%s %s", request.name, ok,
                         " ".join(f"{k}={v}" for k, v in detail.items()))
                await finish_test(conn, dispatcher_id, request.test_id, ok, json.dumps(detail))
        except psycopg.Error as exc:
            log.warning("dispatcher event=channel_test_failed error=%r", str(exc)[:200])
        finally:
            with contextlib.suppress(Exception):
                await conn.close()
