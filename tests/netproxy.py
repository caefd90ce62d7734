"""A TCP forwarder the tests control, standing between a console and PostgreSQL: the network as it fails.

``Proxy(upstream).start()`` listens on ``listen_host`` (any 127.x.y.z address: a second proxy on another loopback
address with the same port is "another address" for libpq's multi-host form) and forwards every connection to
``upstream``, a (host, port) or a Unix socket path. Then:

- ``stall()`` / ``resume()``: the network stops carrying packets and comes back. Nothing is closed; bytes wait
  (as TCP retransmits them) and flow again on ``resume()``; connections opened meanwhile wait too.
- ``cut()``: every connection is reset; ``refuse(True)`` closes each new connection at once (a failed server or
  an address that moved away) until ``refuse(False)``.
- ``lose_reply_to_commit_after(marker)``: on the next connection that sent ``marker`` (e.g. the name of a
  function), the COMMIT that follows is delivered to the server but its answer is never delivered, and every
  connection is then reset: a transaction caught mid-flight, committed but not known to be.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from dataclasses import dataclass, field


@dataclass(eq=False)
class _Link:
    client: asyncio.StreamWriter
    server: asyncio.StreamWriter
    marked: bool = False  # sent the trap's marker
    deaf: bool = False  # the server's bytes are dropped from now on
    tasks: list = field(default_factory=list)

    def abort(self) -> None:
        for writer in (self.client, self.server):
            with contextlib.suppress(Exception):
                writer.transport.abort()


class Proxy:
    def __init__(self, upstream: tuple[str, int] | str, *, listen_host: str = "127.0.0.1", port: int = 0) -> None:
        self.upstream = upstream
        self.listen_host, self.port = listen_host, port
        self.links: set[_Link] = set()
        self.accepted = 0
        self._stalled = False
        self._refusing = False
        self._trap: bytes | None = None
        self.trapped = threading.Event()  # the trap went off
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name=f"proxy-{listen_host}", daemon=True)
        self._server: asyncio.base_events.Server | None = None

    # -- control (the test's thread) --------------------------------------------------------------------

    def start(self) -> Proxy:
        self._thread.start()
        self._call(self._listen())
        return self

    def stop(self) -> None:
        self._call(self._close())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def stall(self) -> None:
        self._stalled = True

    def resume(self) -> None:
        self._stalled = False

    def cut(self) -> None:
        self._call(self._cut())

    def refuse(self, refusing: bool = True) -> None:
        self._refusing = refusing
        if refusing:
            self.cut()

    def lose_reply_to_commit_after(self, marker: bytes) -> None:
        self.trapped.clear()
        self._trap = marker

    @property
    def open_links(self) -> int:
        return len(self.links)

    def _call(self, coro):
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    # -- the loop -----------------------------------------------------------------------------------------

    async def _listen(self) -> None:
        self._server = await asyncio.start_server(self._accept, self.listen_host, self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        await self._cut()
        if self._server is not None:
            self._server.close()

    async def _cut(self) -> None:
        for link in list(self.links):
            link.abort()
        self.links.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        if self._refusing:
            writer.transport.abort()
            return
        while self._stalled:  # a connection opened while the network is down gets no answer
            await asyncio.sleep(0.05)
            if writer.transport.is_closing():
                return
        try:
            if isinstance(self.upstream, str):
                up_reader, up_writer = await asyncio.open_unix_connection(self.upstream)
            else:
                up_reader, up_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        link = _Link(writer, up_writer)
        self.links.add(link)
        link.tasks = [
            asyncio.create_task(self._pump(link, reader, up_writer, upward=True)),
            asyncio.create_task(self._pump(link, up_reader, writer, upward=False)),
        ]

    async def _pump(self, link: _Link, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, *, upward: bool):
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    break
                while self._stalled:
                    await asyncio.sleep(0.05)
                if upward and self._trap is not None:
                    if self._trap in data:
                        link.marked = True
                    elif link.marked and b"COMMIT" in data:
                        self._trap = None
                        link.deaf = True
                        writer.write(data)
                        await writer.drain()
                        await asyncio.sleep(0.3)  # the server commits; its answer goes nowhere
                        self.trapped.set()
                        await self._cut()
                        return
                if link.deaf and not upward:
                    continue
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError, asyncio.CancelledError):
            pass
        finally:
            link.abort()
            self.links.discard(link)
