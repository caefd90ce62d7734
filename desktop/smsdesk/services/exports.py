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
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from smsdesk.infra.csv_writer import safe_writer
from smsdesk.infra.jobs import QuietJob
from smsdesk.infra.xlsx_writer import write_xlsx
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
