"""SMSC codes to the failure categories of REP-6 and to retry decisions (GW-4), from the failure_map table.

A channel's own rows override the defaults. Receipts: the channel's err, the channel's stat, the default err,
the default stat, then "other". Submit responses and local errors: the channel's row, then the default.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

OTHER = "other"


@dataclass(frozen=True, slots=True)
class Verdict:
    category: str
    transient: bool


UNKNOWN_SUBMIT = Verdict(OTHER, False)  # a vendor code nobody mapped: not worth retrying blindly


class FailureMap:
    def __init__(self, rows: Iterable[tuple[int | None, str, str, str, bool]]) -> None:
        self._rows: dict[tuple[int | None, str, str], Verdict] = {}
        for channel_id, source, code, category, transient in rows:
            self._rows[(channel_id, source, code.upper() if source != "err" else code)] = Verdict(category, transient)

    def _find(self, channel_id: int, source: str, code: str) -> Verdict | None:
        return self._rows.get((channel_id, source, code)) or self._rows.get((None, source, code))

    def submit(self, channel_id: int, status_name: str) -> Verdict:
        """A submit_sm_resp error such as ESME_RSYSERR (or 0x000000F0 for vendor codes)."""
        return self._find(channel_id, "submit", status_name.upper()) or UNKNOWN_SUBMIT

    def error(self, channel_id: int, error: str) -> Verdict:
        """No usable response: timeout, connection_lost, closed, malformed_response, or our own checks."""
        return self._find(channel_id, "error", error.upper()) or Verdict("gateway_error", True)

    def receipt(self, channel_id: int, stat: str | None, err: str | None) -> str | None:
        """The category of a failed receipt; None when it reports delivery."""
        if stat == "DELIVRD":
            return None
        code = (err or "").strip()
        for key in (
            (channel_id, "err", code),
            (channel_id, "stat", stat or ""),
            (None, "err", code),
            (None, "stat", stat or ""),
        ):
            verdict = self._rows.get(key)
            if verdict is not None:
                return verdict.category
        return OTHER
