"""The simulator's live-status service (空号检测) for trial mode and tests: HTTP JSON over TCP, the shape Chinese
providers sell, with a configurable mix of answers and failure modes.

    GET /status?numbers=13800138000,13900139000
    {"code": 0, "data": [{"mobile": "13800138000", "status": "active"}, …]}

A number always gets the same answer for a given mix (chosen by a hash of the number), so a check run twice agrees
with itself. ``fail_first`` requests fail with ``fail_mode``: "429" (with Retry-After: 1), "500", "timeout"
(no answer), "malformed" (not JSON), "partial" (half the numbers missing); then it answers normally.
"""

from __future__ import annotations

import asyncio
import bisect
import hashlib
import json
import logging
import urllib.parse
from dataclasses import dataclass, field

log = logging.getLogger("smsdesk.simsc")

STATUSES = ("empty", "suspended", "powered_off", "active", "unknown")
DEFAULT_STATUS_MIX = "empty=8,suspended=4,powered_off=3,active=83,unknown=2"
FAIL_MODES = ("429", "500", "timeout", "malformed", "partial")


def parse_mix(spec: str) -> tuple[tuple[str, float], ...]:
    weights = []
    for part in (spec or "").split(","):
        part = part.strip()
        if not part:
            continue
        name, _, weight = part.partition("=")
        if name.strip() not in STATUSES:
            raise ValueError(f"unknown status {name!r}; known: {', '.join(STATUSES)}")
        value = float(weight)
        if value < 0:
            raise ValueError(f"weight of {name!r} is negative")
        weights.append((name.strip(), value))
    if not weights or sum(w for _n, w in weights) <= 0:
        raise ValueError("the status mix needs at least one positive weight")
    return tuple(weights)


@dataclass
class StatusService:
    host: str = "127.0.0.1"
    port: int = 0
    mix: tuple[tuple[str, float], ...] = field(default_factory=lambda: parse_mix(DEFAULT_STATUS_MIX))
    fail_first: int = 0
    fail_mode: str = "500"
    requests: int = 0
    numbers: int = 0

    def __post_init__(self) -> None:
        total = sum(w for _n, w in self.mix)
        acc, self._cumulative = 0.0, []
        for _name, weight in self.mix:
            acc += weight / total
            self._cumulative.append(acc)
        self._server: asyncio.AbstractServer | None = None

    def status_of(self, national: str) -> str:
        digest = hashlib.blake2b(national.encode(), digest_size=8).digest()
        point = int.from_bytes(digest, "big") / 2**64
        index = min(bisect.bisect_right(self._cumulative, point), len(self.mix) - 1)
        return self.mix[index][0]

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._serve, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _version = [*lines[0].split(" "), "", "", ""][:3]
                pairs = (line.partition(":") for line in lines[1:] if line)
                headers = {k.strip().lower(): v.strip() for k, _, v in pairs}
                body = b""
                if int(headers.get("content-length") or 0):
                    body = await reader.readexactly(int(headers["content-length"]))
                status, payload, extra = self._answer(method, target, body)
                if status == 0:  # "timeout": say nothing and keep the connection
                    await asyncio.sleep(3600)
                    return
                data = payload if isinstance(payload, bytes) else json.dumps(payload, ensure_ascii=False).encode()
                reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 429: "Too Many Requests",
                          500: "Internal Server Error"}.get(status, "OK")
                head_out = [f"HTTP/1.1 {status} {reason}", "Content-Type: application/json; charset=utf-8",
                            f"Content-Length: {len(data)}", *extra]
                writer.write(("\r\n".join(head_out) + "\r\n\r\n").encode() + data)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()

    def _answer(self, method: str, target: str, body: bytes) -> tuple[int, object, list[str]]:
        url = urllib.parse.urlsplit(target)
        if url.path != "/status":
            return 404, {"code": 404, "message": "no such path"}, []
        if method == "POST":
            try:
                wanted = [str(n) for n in json.loads(body or b"{}").get("numbers", [])]
            except (ValueError, AttributeError):
                return 400, {"code": 400, "message": "bad JSON"}, []
        else:
            query = urllib.parse.parse_qs(url.query)
            wanted = [n for n in ",".join(query.get("numbers", [])).split(",") if n]
        self.requests += 1
        if self.requests <= self.fail_first:
            mode = self.fail_mode
            if mode == "429":
                return 429, {"code": 429, "message": "rate limited"}, ["Retry-After: 1"]
            if mode == "500":
                return 500, {"code": 500, "message": "internal error"}, []
            if mode == "timeout":
                return 0, b"", []
            if mode == "malformed":
                return 200, b"{\"code\": 0, \"data\": [{\"mobile\": ", []
            if mode == "partial":
                wanted = wanted[: len(wanted) // 2]
        self.numbers += len(wanted)
        return 200, {"code": 0, "data": [{"mobile": n, "status": self.status_of(n)} for n in wanted]}, []


def provider_json(port: int, host: str = "127.0.0.1", batch_size: int = 500, rate_per_second: float = 5000) -> dict:
    """The status provider setting (check_config.provider) that points at this service (services.numbercheck
    writes the same for trial mode)."""
    return {"driver": "simulator", "url": f"http://{host}:{port}/status?numbers={{numbers}}", "method": "GET",
            "batch_size": batch_size, "rate_per_second": rate_per_second, "timeout_s": 5, "results": "data",
            "fields": {"number": "mobile", "status": "status"}}
