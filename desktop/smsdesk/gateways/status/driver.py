"""The driver interface for live-status lookups and its HTTP JSON driver.

A provider takes a batch of mainland mobiles (E.164 digits as int) and answers each with one of STATUSES. It
raises ProviderError for what is worth trying again (a timeout, HTTP 5xx, 429 with the wait it asked for, an answer
that is not the JSON agreed); numbers missing from an answer come back as missing, and are tried again.

The HTTP JSON driver is configured, not coded, for each vendor (check_config.provider):

    {"driver": "http", "url": "https://api.example.cn/mobile/status?mobiles={numbers}&key=${STATUS_KEY}",
     "method": "GET", "auth_header": "Authorization: Bearer ${STATUS_TOKEN}", "batch_size": 100,
     "rate_per_second": 50, "timeout_s": 10, "results": "data", "fields": {"number": "mobile", "status": "status"},
     "statuses": {"0": "empty", "1": "active", "2": "suspended", "3": "powered_off"}}

``{numbers}`` is the batch as 11-digit national numbers joined by commas (``{number}`` a single one, batch 1);
``${NAME}`` is read from the dispatcher's environment, so no secret is stored in the database. POST sends
``{"numbers": [...]}``. ``results`` is the dotted path to the answer's list; ``fields`` name each item's number and
status; ``statuses`` map the vendor's values to ours (our own names are taken as they are).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any, Protocol

STATUSES = ("empty", "suspended", "powered_off", "active", "unknown")
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ZH = {"空号": "empty", "停机": "suspended", "关机": "powered_off", "正常": "active", "未知": "unknown"}


class ProviderError(Exception):
    """A batch failed as a whole; ``retry_after`` is the wait the provider asked for (HTTP 429), if any."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


class StatusProvider(Protocol):
    name: str
    batch_size: int
    rate_per_second: float

    async def lookup(self, numbers: list[int]) -> dict[int, str]: ...


@dataclass(frozen=True)
class ProviderConfig:
    driver: str = "none"
    url: str = ""
    method: str = "GET"
    auth_header: str = ""
    batch_size: int = 100
    rate_per_second: float = 50.0
    timeout_s: float = 10.0
    results: str = "data"
    fields: dict[str, str] = field(default_factory=lambda: {"number": "number", "status": "status"})
    statuses: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_json(cls, value: dict[str, Any] | None) -> ProviderConfig:
        v = dict(value or {})
        fields = {"number": "number", "status": "status", **(v.get("fields") or {})}
        return cls(
            driver=str(v.get("driver") or "none"),
            url=str(v.get("url") or ""),
            method=str(v.get("method") or "GET").upper(),
            auth_header=str(v.get("auth_header") or ""),
            batch_size=max(1, min(10_000, int(v.get("batch_size") or 100))),
            rate_per_second=max(0.01, float(v.get("rate_per_second") or 50)),
            timeout_s=max(1.0, min(120.0, float(v.get("timeout_s") or 10))),
            results=str(v.get("results") if v.get("results") is not None else "data"),
            fields=fields,
            statuses={str(k): str(s) for k, s in (v.get("statuses") or {}).items()},
        )


def provider_from(value: dict[str, Any] | None) -> StatusProvider | None:
    """The configured provider, or None when none is (driver "none")."""
    config = ProviderConfig.from_json(value)
    if config.driver in ("http", "simulator") and config.url:
        return HttpJsonProvider(config)
    return None


def _national(number: int) -> str:
    text = str(number)
    return text[2:] if text.startswith("86") and len(text) == 13 else text


def _expand(text: str) -> str:
    return _ENV.sub(lambda m: os.environ.get(m.group(1), ""), text)


def _dig(data: Any, path: str) -> Any:
    for part in [p for p in path.split(".") if p]:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


class HttpJsonProvider:
    def __init__(self, config: ProviderConfig) -> None:
        self.config = config
        self.name = config.driver if config.driver == "simulator" else urllib.parse.urlsplit(config.url).netloc
        self.batch_size = 1 if "{number}" in config.url else config.batch_size
        self.rate_per_second = config.rate_per_second

    def request(self, numbers: list[int]) -> urllib.request.Request:
        nationals = [_national(n) for n in numbers]
        joined = ",".join(nationals)
        url = _expand(self.config.url).replace("{numbers}", urllib.parse.quote(joined, safe=","))
        url = url.replace("{number}", nationals[0] if nationals else "")
        body = None
        headers = {"Accept": "application/json", "User-Agent": "SMSDesk-dispatcher"}
        if self.config.method == "POST":
            body = json.dumps({"numbers": nationals}).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if self.config.auth_header and ":" in self.config.auth_header:
            name, value = self.config.auth_header.split(":", 1)
            headers[name.strip()] = _expand(value.strip())
        return urllib.request.Request(url, data=body, headers=headers, method=self.config.method)

    def _fetch(self, numbers: list[int]) -> bytes:
        try:
            with urllib.request.urlopen(self.request(numbers), timeout=self.config.timeout_s) as answer:
                return answer.read(8 << 20)
        except urllib.error.HTTPError as exc:
            retry_after = None
            if exc.code == 429:
                try:
                    retry_after = float(exc.headers.get("Retry-After") or "")
                except ValueError:
                    retry_after = None
            raise ProviderError(f"HTTP {exc.code}", retry_after) from None
        except (TimeoutError, urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ProviderError(f"unreachable: {reason}"[:200]) from None

    async def lookup(self, numbers: list[int]) -> dict[int, str]:
        raw = await asyncio.to_thread(self._fetch, numbers)
        return self.parse(raw, numbers)

    def parse(self, raw: bytes, numbers: list[int]) -> dict[int, str]:
        try:
            data = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError):
            raise ProviderError("malformed answer: not JSON") from None
        items = _dig(data, self.config.results) if self.config.results else data
        if isinstance(items, dict):  # {"13800138000": "1", …}
            items = [{self.config.fields["number"]: k, self.config.fields["status"]: v} for k, v in items.items()]
        if not isinstance(items, list):
            raise ProviderError("malformed answer: no list of results")
        wanted = {_national(n): n for n in numbers}
        out: dict[int, str] = {}
        for item in items:
            if not isinstance(item, dict):
                raise ProviderError("malformed answer: a result is not an object")
            number = str(_dig(item, self.config.fields["number"]) or "")
            number = number[3:] if number.startswith("+86") else number
            value = _dig(item, self.config.fields["status"])
            if number not in wanted or value is None:
                continue
            out[wanted[number]] = self.status_of(str(value))
        return out

    def status_of(self, value: str) -> str:
        mapped = self.config.statuses.get(value)
        if mapped in STATUSES:
            return mapped
        if value in STATUSES:
            return value
        return _ZH.get(value, "unknown")
