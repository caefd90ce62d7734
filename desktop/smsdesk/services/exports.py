"""Every export of the console (REP-7): CSV (UTF-8 with BOM, so Excel reads Chinese) or XLSX by the file's suffix,
streamed row by row with progress and cancel, audited by the database from start to end (SEC-2).

``run_export`` is the one path: the location is checked before any work; ``smsdesk.export_begin`` records the
export with its filters and commits (the row functions serve rows only on a committed ticket); the rows are written
to a side file that is moved into place only when complete, so a cancelled or failed export leaves no file behind;
``smsdesk.export_finish`` records how it ended and the row count. Cells a spreadsheet would run as a formula are
written as text (``infra/csv_writer.py``; XLSX cells are text). Numbers come masked from the database unless the
user may see them (SEC-3).
"""

from __future__ import annotations

import errno
import io
import json
import os
import queue
import tempfile
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from smsdesk.infra.csv_writer import safe_writer
from smsdesk.infra.jobs import QuietJob
from smsdesk.infra.xlsx_writer import XlsxStream, write_xlsx
from smsdesk.services.errors import ServiceError, translate_db_errors

SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True)
class ExportSpec:
    """What is exported: ``kind`` of export_begin ('report', 'task', 'contacts'), its subject (a task id or None),
    the audit's target (a short description) and details (the filters, as the database records them)."""

    path: str
    kind: str
    header: Sequence[str]
    subject: int | None = None
    target: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    sheet: str = "Sheet1"
    widths: Sequence[float] = ()


@dataclass(frozen=True)
class ExportOutcome:
    path: str
    rows: int


def check_target(path: str | Path) -> Path:
    """The export's file, checked before anything is read: a .csv or .xlsx name in a folder that exists and that
    this user may write into (a read-only location fails here, not after a million rows)."""
    target = Path(path)
    if target.suffix.lower() not in SUFFIXES:
        raise ServiceError("export_format", "an export is a .csv or .xlsx file")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError("file_write", f"cannot write {target}: the folder does not exist")
    if target.is_dir():
        raise ServiceError("file_write", f"cannot write {target}: it is a folder")
    try:  # os.access says yes to root on a read-only mount: try for real
        fd, probe = tempfile.mkstemp(prefix=".smsdesk-", suffix=".probe", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    return target


def _write_error(target: Path, exc: OSError) -> ServiceError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ServiceError("disk_full", f"cannot write {target}: the disk is full")
    return ServiceError("file_write", f"cannot write {target}: {exc.strerror or exc}")


def write_table(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    sheet: str = "Sheet1",
    widths: Sequence[float] = (),
) -> int:
    """Writes ``header`` and ``rows`` to ``path`` (CSV with BOM or XLSX by its suffix) through a side file moved
    into place at the end; any exception (a cancel raised by the row iterator, a full disk) removes the side file
    and leaves no file. Returns the number of data rows."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ServiceError("export_format", "an export is a .csv or .xlsx file")
    partial = target.with_name(target.name + ".part")
    count = 0
    try:
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as out:
                writer = safe_writer(out)
                writer.writerow(header)
                for row in rows:
                    writer.writerow(row)
                    count += 1
        else:
            count = write_xlsx(partial, header, rows, sheet=sheet, widths=widths)
        os.replace(partial, target)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    finally:
        if partial.exists():
            partial.unlink()
    return count


def export_begin(session: Session, kind: str, subject: int | None, target: str, details: dict[str, Any]) -> int:
    """The audit row and ticket, committed (the rows are served only on a committed ticket)."""
    with translate_db_errors():
        ticket = int(
            session.scalar(
                text("SELECT smsdesk.export_begin(:k, :s, :t, cast(:d as jsonb))"),
                {"k": kind, "s": subject, "t": target[:500],
                 "d": json.dumps(details, ensure_ascii=False, default=str)},
            )
        )
        session.commit()
    return ticket


def export_finish(session: Session, ticket: int, outcome: str, rows: int) -> None:
    """The export's end in the audit log (done, cancelled or failed, and the rows written), committed."""
    try:
        # keep what the rows' functions counted on the ticket; a failed statement leaves only a rollback
        try:
            session.commit()
        except Exception:
            session.rollback()
        with translate_db_errors():
            session.execute(text("SELECT smsdesk.export_finish(:t, :o, :r)"), {"t": ticket, "o": outcome, "r": rows})
            session.commit()
    except ServiceError:
        if outcome == "done":
            raise
        # the export's own error is what the user needs to hear; its end stays unrecorded (the start is)


def run_export(
    session: Session,
    job,
    spec: ExportSpec,
    rows: Callable[[int], Iterable[Sequence[Any]]],
    *,
    total: int = 0,
) -> ExportOutcome:
    """Checks the location, begins the audited export, writes ``rows(ticket)`` with progress (of ``total`` when
    known) and cancel, and records its end. ``rows`` is called with the ticket and yields the data rows."""
    job = job or QuietJob()
    target = check_target(spec.path)
    details = {**spec.details, "format": target.suffix.lower()[1:], "file": target.name}
    ticket = export_begin(session, spec.kind, spec.subject, spec.target or target.name, details)
    written = 0
    job.progress(0, max(total, 1), "", force=True)

    def counted() -> Iterable[Sequence[Any]]:
        nonlocal written
        for row in rows(ticket):
            yield row
            written += 1
            if written % 2000 == 0:
                job.progress(min(written, max(total, written)), max(total, written), "")

    try:
        write_table(target, spec.header, counted(), sheet=spec.sheet, widths=spec.widths)
    except BaseException as exc:
        cancelled = type(exc).__name__ == "Cancelled"
        export_finish(session, ticket, "cancelled" if cancelled else "failed", written)
        raise
    export_finish(session, ticket, "done", written)
    job.progress(max(written, 1), max(written, 1), "", force=True)
    return ExportOutcome(str(target), written)


# -- exports streamed by the database (COPY) -------------------------------------------------------------------
#
# A million rows go faster when PostgreSQL writes the cells: ``run_copy_export`` runs the export's COPY statements
# (one per chunk, each its own transaction, so the rows the database served stay counted on the ticket whatever
# happens later) two at a time on connections of their own, and hands their output in order, a megabyte at a time,
# to a writer thread: CSV output (FORMAT csv) is appended to the file, COPY text becomes XLSX rows
# (infra/xlsx_writer.XlsxStream). The database computing the next chunk, the transfer and the writing (zip
# compression, the disk) overlap, and Python does no work per row beyond receiving it. Memory: two chunks in
# flight and the writer's queue (tens of megabytes).

COPY_BLOCK = 1 << 20  # bytes handed to the writer at a time


@dataclass(frozen=True)
class CopyPlan:
    """The COPY ... TO STDOUT statements of an export, in order, with their parameters, and the rows expected
    (an estimate for progress; 0 when unknown)."""

    statements: Sequence[tuple[str, Sequence[Any]]]
    expected: int = 0


class _Writer:
    """The writer thread: blocks of bytes in, the file out. A failure (a full disk) is raised to the reader at its
    next block and at ``close``."""

    def __init__(self, path: Path, fmt: str, header: Sequence[str], sheet: str, widths: Sequence[float]) -> None:
        self.error: BaseException | None = None
        self._queue: queue.Queue = queue.Queue(maxsize=16)
        if fmt == "csv":
            self._file = path.open("wb")
            head = io.StringIO()
            safe_writer(head, lineterminator="\n").writerow(header)
            self._file.write(("\ufeff" + head.getvalue()).encode("utf-8"))
            self._sheet = None
        else:
            self._file = None
            self._sheet = XlsxStream(path, header, sheet=sheet, widths=widths)
        self._thread = threading.Thread(target=self._run, name="export-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            block = self._queue.get()
            if block is None:
                return
            if self.error is not None:
                continue
            try:
                if self._file is not None:
                    self._file.write(block)
                else:
                    self._sheet.write_copy_text(block)
            except BaseException as exc:  # kept for the reader
                self.error = exc

    def put(self, block: bytes) -> None:
        while True:
            if self.error is not None:
                raise self.error
            try:
                self._queue.put(block, timeout=0.2)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self.error is not None:
            raise self.error
        if self._file is not None:
            self._file.close()
        else:
            self._sheet.close()

    def abort(self) -> None:
        self.error = self.error or RuntimeError("aborted")
        self._queue.put(None)
        self._thread.join()
        if self._file is not None:
            self._file.close()
        else:
            self._sheet.abort()


class _Stopped(Exception):
    """A fetch given up because the export ended (cancelled or failed elsewhere)."""


class _Fetchers:
    """Connections from the session's engine that run the export's statements, each into memory, while the
    previous statement's output is written: the database works on the next chunk meanwhile. Each statement commits
    on its connection (the ticket's count of rows served) and gives the connection back to the pool, so another job
    of the console waits at most one statement for one. Two at a time when the pool has room for both, else one."""

    def __init__(self, session: Session, workers: int) -> None:
        self._engine = session.get_bind()
        pool = self._engine.pool
        try:  # QueuePool: connections it may still hand out without waiting
            room = pool.size() + max(getattr(pool, "_max_overflow", 0), 0) - pool.checkedout()
        except Exception:  # another kind of pool
            room = 1
        self.workers = max(1, min(workers, room))
        self.stop = threading.Event()
        self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="export-fetch")

    def fetch(self, statement: str, params: Sequence[Any]) -> tuple[list[bytes], int]:
        raw = self._engine.raw_connection()
        ok = False
        try:
            conn = raw.driver_connection
            if conn.info.encoding.lower().replace("-", "") != "utf8":
                conn.execute("SET client_encoding = 'UTF8'")
            blocks: list[bytes] = []
            parts: list[bytes] = []
            size = rows = 0
            with conn.cursor() as cur, cur.copy(statement, params) as copy:
                for data in copy:
                    # bytes, not the memoryview: a million views held in blocks would be tracked by the garbage
                    # collector and make its full collections (GIL held) long enough to stall the GUI thread
                    data = bytes(data)
                    parts.append(data)
                    size += len(data)
                    if size >= COPY_BLOCK:
                        if self.stop.is_set():
                            raise _Stopped()
                        blocks.append(b"".join(parts))
                        rows += len(parts)
                        parts.clear()
                        size = 0
                if parts:
                    blocks.append(b"".join(parts))
                    rows += len(parts)
            raw.commit()
            ok = True
            return blocks, rows
        finally:
            if ok:
                raw.close()  # back to the pool
            else:  # a statement broken off: the connection goes
                raw.invalidate()
                raw.close()

    def close(self) -> None:
        self.stop.set()
        self.pool.shutdown(wait=True, cancel_futures=True)


FETCHERS = 2  # statements in flight


def run_copy_export(
    session: Session,
    job,
    spec: ExportSpec,
    plan: Callable[[int, str], CopyPlan],
) -> ExportOutcome:
    """Checks the location, begins the audited export, runs ``plan(ticket, fmt)``'s COPY statements (``fmt``:
    ``csv`` wants FORMAT csv rows, cells already safe for a spreadsheet; ``xlsx`` wants COPY text rows) into a
    side file with progress and cancel, moves it into place when complete and records the export's end."""
    job = job or QuietJob()
    target = check_target(spec.path)
    fmt = target.suffix.lower()[1:]
    details = {**spec.details, "format": fmt, "file": target.name}
    ticket = export_begin(session, spec.kind, spec.subject, spec.target or target.name, details)
    partial = target.with_name(target.name + ".part")
    written = 0
    writer: _Writer | None = None
    fetchers: _Fetchers | None = None
    try:
        job.progress(0, 1, "", force=True)
        with translate_db_errors():
            steps = plan(ticket, fmt)
            session.commit()
        expected = steps.expected
        writer = _Writer(partial, fmt, spec.header, spec.sheet, spec.widths)
        fetchers = _Fetchers(session, FETCHERS)
        pending = list(steps.statements)
        running: list[Future] = []
        while pending or running:
            while pending and len(running) < fetchers.workers:
                statement, params = pending.pop(0)
                running.append(fetchers.pool.submit(fetchers.fetch, statement, params))
            head = running.pop(0)
            while True:
                job.check()
                try:
                    with translate_db_errors():
                        blocks, rows = head.result(timeout=0.1)
                    break
                except FutureTimeout:
                    continue
            for block in blocks:
                writer.put(block)
            written += rows
            job.progress(written, max(expected, written), "")
        fetchers.close()
        fetchers = None
        done, writer = writer, None
        done.close()
        os.replace(partial, target)
    except BaseException as exc:
        if fetchers is not None:
            fetchers.close()
        if writer is not None:
            writer.abort()
        if partial.exists():
            partial.unlink()
        cancelled = type(exc).__name__ == "Cancelled"
        export_finish(session, ticket, "cancelled" if cancelled else "failed", written)
        if isinstance(exc, OSError):
            raise _write_error(target, exc) from exc
        raise
    export_finish(session, ticket, "done", written)
    job.progress(max(written, 1), max(written, 1), "", force=True)
    return ExportOutcome(str(target), written)
