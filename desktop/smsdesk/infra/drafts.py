"""The Send tab's draft, one file per login (and database) in the user's data directory, written atomically.

On a shared workstation each operator signing in finds their own draft and nobody else's. The file is a line of
JSON (the form's fields) followed by the numbers pasted as a list, as they were pasted: a million pasted numbers
(12 MB) are written and read back without being escaped, parsed or copied into Python objects one by one.

The GUI thread only ``stage()``s a snapshot (a reference to the strings it already holds); ``write()`` runs in
the background and writes the newest staged snapshot, once, to a temporary file that then replaces the draft
(so a crash leaves the old draft or the new one, never half of one). Snapshots staged while a write runs are
coalesced: the next ``write()`` takes only the newest.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from pathlib import Path
from typing import Any

from smsdesk import paths
from smsdesk.settings import DatabaseTarget

log = logging.getLogger(__name__)

FORMAT = 1
PASTED = "pasted"  # the key of the pasted list in a snapshot; it is stored after the JSON line


def draft_path(target: DatabaseTarget, login: str, user_id: int) -> Path:
    """The draft of ``login`` (user ``user_id``, so a login deleted and created again starts empty) on the
    database ``target``."""
    where = hashlib.sha256(target.describe().encode("utf-8")).hexdigest()[:12]
    return paths.user_data_dir() / "drafts" / f"{login}-{user_id}@{where}.draft"


def read(path: Path) -> dict[str, Any] | None:
    """The saved snapshot, or None when there is none or it cannot be read (a damaged draft is set aside)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("the draft %s cannot be read: %s", path, exc)
        return None
    head, _sep, body = raw.partition(b"\n")
    try:
        data = json.loads(head.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a draft of this version")
    except ValueError as exc:
        log.warning("the draft %s is damaged (%s); it is kept as %s.bad and a new one starts", path, exc, path.name)
        os.replace(path, path.with_name(path.name + ".bad"))
        return None
    data.pop("format", None)
    data[PASTED] = body.decode("utf-8", errors="replace")
    return data


def write_atomically(path: Path, data: dict[str, Any] | None) -> None:
    """Replaces the draft with ``data`` (None: no draft any more)."""
    if data is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fields = {k: v for k, v in data.items() if k != PASTED}
    head = json.dumps({"format": FORMAT, **fields}, ensure_ascii=False)
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        # the draft holds customers' numbers: readable by this OS user only
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(head)
            f.write("\n")
            f.write(data.get(PASTED) or "")
            f.flush()
            os.fsync(f.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


class DraftStore:
    """One login's draft. ``stage`` on the GUI thread (cheap), ``write`` and ``load`` in the background (the
    path is found there too: finding the data directory may create it). ``of(...)`` gives every page of one
    login in this process the same store, so a window rebuilt (another language) reads what the old one staged."""

    _stores: dict[tuple[str, str, int], DraftStore] = {}

    @classmethod
    def of(cls, target: DatabaseTarget, login: str, user_id: int) -> DraftStore:
        key = (target.describe(), login, user_id)
        store = cls._stores.get(key)
        if store is None:
            store = cls._stores[key] = cls(target, login, user_id)
        return store

    def __init__(self, target: DatabaseTarget, login: str, user_id: int) -> None:
        self._where = (target, login, user_id)
        self._path: Path | None = None
        self._lock = threading.Lock()  # one write at a time, newest snapshot wins
        self._staged: tuple[int, dict[str, Any] | None] | None = None
        self._seq = 0
        self._written = 0

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = draft_path(*self._where)
        return self._path

    def stage(self, data: dict[str, Any] | None) -> int:
        """Keeps ``data`` (None: discard the draft) as the newest snapshot; returns its number."""
        self._seq += 1
        self._staged = (self._seq, data)
        return self._seq

    @property
    def pending(self) -> bool:
        staged = self._staged
        return staged is not None and staged[0] > self._written

    def write(self) -> bool:
        """Writes the newest staged snapshot unless it was written already; True when it wrote."""
        with self._lock:
            staged = self._staged
            if staged is None or staged[0] <= self._written:
                return False
            seq, data = staged
            write_atomically(self.path, data)
            self._written = seq
            return True

    def load(self) -> dict[str, Any] | None:
        """The newest snapshot: one staged in this session (even if not yet written), else the file's."""
        staged = self._staged
        if staged is not None:
            return staged[1]
        with self._lock:
            return read(self.path)
