"""The message log: one grep-able line per message state change, with every id it has (Jasmin's habit).

    2026-11-21T21:40:00.123Z message task=12 message=34 channel=demo smsc_id=1a2b status=submitted attempt=1

Lines are collected as they happen and written in one go by the dispatcher's writer, several thousand a
second; the file rotates by size (``.1`` … ``.N``).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO


class MessageLog:
    def __init__(self, path: str | Path | None, *, max_bytes: int = 50_000_000, backups: int = 5) -> None:
        """``path`` None: no log; "-": standard error."""
        self.path = None if path in (None, "", "-") else Path(path)
        self.enabled = path is not None and path != ""
        self.max_bytes = max_bytes
        self.backups = backups
        self._lines: list[str] = []
        self._stream: TextIO | None = sys.stderr if path == "-" else None
        self._stamp_second = -1
        self._stamp_prefix = ""
        self._stamp_ms = -1
        self._stamp_text = ""

    def _stamp(self) -> str:
        ms = int(time.time() * 1000)
        if ms != self._stamp_ms:  # thousands of lines a second share a millisecond: format it once
            second = ms // 1000
            if second != self._stamp_second:
                self._stamp_second = second
                self._stamp_prefix = datetime.fromtimestamp(second, UTC).strftime("%Y-%m-%dT%H:%M:%S")
            self._stamp_ms = ms
            self._stamp_text = f"{self._stamp_prefix}.{ms % 1000:03d}Z"
        return self._stamp_text

    def add(
        self, task_id: int, message_id: int, channel: str, smsc_id: str | None, status: str, extra: str = ""
    ) -> None:
        if self.enabled:
            self._lines.append(
                f"{self._stamp()} message task={task_id} message={message_id} channel={channel} "
                f"smsc_id={smsc_id or '-'} status={status}{' ' + extra if extra else ''}\n"
            )

    def flush(self) -> None:
        if not self._lines:
            return
        lines, self._lines = self._lines, []
        stream = self._open()
        stream.write("".join(lines))
        stream.flush()
        if self.path is not None and stream.tell() >= self.max_bytes:
            self._rotate()

    def close(self) -> None:
        self.flush()
        if self.path is not None and self._stream is not None:
            self._stream.close()
            self._stream = None

    def _open(self) -> TextIO:
        if self._stream is None:
            assert self.path is not None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._stream = open(self.path, "a", encoding="utf-8")  # noqa: SIM115 (kept open, closed in close())
        return self._stream

    def _rotate(self) -> None:
        assert self.path is not None and self._stream is not None
        self._stream.close()
        self._stream = None
        for index in range(self.backups - 1, 0, -1):
            older = self.path.with_name(f"{self.path.name}.{index}")
            if older.exists():
                os.replace(older, self.path.with_name(f"{self.path.name}.{index + 1}"))
        os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
