"""Number check (CHK-1, REP-5): a list of numbers taken the four ways sending takes them, checked offline here
(format, carrier, province and city: domain.number_check) and in the database (blacklists, cached live statuses),
stored as a check with one result per number; live statuses come later from the dispatcher's lookup worker.

    check = CheckDraft(typed="138…, 170…", file="客户.xlsx", column="手机", with_status=True)
    created = create(session, job, check)       # one transaction: COPY of the rows, then check_create()
    page = results(session, created.task_id, ResultFilter(validity="valid"))

The console, the command line (``smsdesk-admin check``) and the benchmark call these functions.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from smsdesk.domain import number_check
from smsdesk.infra.csv_writer import safe_writer
from smsdesk.infra.jobs import JobLike, QuietJob
from smsdesk.services import sending
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_numbercheck import (
    CheckTaskRow,
    NumberCheckRepository,
    ResultFilter,
    ResultRow,
)

__all__ = ["CheckDraft", "CheckTaskRow", "Created", "ResultFilter", "ResultRow", "create", "results", "tasks"]

MAX_NUMBERS = 5_000_000
PAGE = 200
EXPORT_HEADER = ("number", "valid", "reason", "carrier", "province", "city", "blacklisted", "status")
_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
_SLICE = 65_536


@dataclass
class CheckDraft:
    """A check as the tab (or the command line) holds it; the recipients are the Send tab's four paths."""

    name: str = ""
    scheduled_at: datetime | None = None
    with_status: bool = False
    typed: str = ""
    file: str | None = None
    column: str | None = None
    sheet: str | None = None
    encoding: str | None = None
    contact_ids: list[int] = field(default_factory=list)
    group_ids: list[int] = field(default_factory=list)

    @property
    def has_numbers(self) -> bool:
        return bool(self.typed.strip() or self.file or self.contact_ids or self.group_ids)


@dataclass(frozen=True)
class Created:
    task_id: int
    given: int
    valid: int
    invalid: int
    duplicates: int


def create(session: Session, job: JobLike | None, draft: CheckDraft) -> Created:
    """Reads every path, checks offline and stores the check in one transaction (nothing half-saved). Raises
    ServiceError for what stops it: no numbers, a bad file or column, more than MAX_NUMBERS, a past time."""
    job = job or QuietJob()
    if not draft.has_numbers:
        raise ServiceError("invalid", "there is no number to check: type some, choose a file or pick contacts")
    typed: list[object] = list(sending.split_typed(draft.typed))
    cells: list[object] = []
    job.progress(0, 4, "read", force=True)
    if draft.file:
        cells, column = sending.read_file_numbers(draft.file, draft.column, draft.sheet, draft.encoding)
        if cells and not number_check.number_rules.clean(cells[:2000]).valid \
                and not number_check.number_rules.clean(cells).valid:
            raise ServiceError(
                "no_numbers",
                f"{Path(draft.file).name}: no cell of column {column!r} holds a phone number; choose the phone column",
            )
    raws = typed + cells if typed else cells
    if len(raws) > MAX_NUMBERS:
        raise ServiceError("invalid", f"a check takes at most {MAX_NUMBERS:,} numbers; this one has {len(raws):,}")
    if not raws and not (draft.contact_ids or draft.group_ids):
        raise ServiceError("invalid", "the file holds no numbers")
    job.check()
    job.progress(1, 4, "check", force=True)
    places_table()
    offline = number_check.check_many(raws, check=job.check)
    typed_numbers = _typed_numbers(typed) if typed and cells else None
    typed_ids = {id(raw) for raw in typed} if typed and cells else None
    job.progress(2, 4, "store", force=True)
    repo = NumberCheckRepository(session)
    with translate_db_errors():
        repo.stage_begin()
        repo.stage_text(_copy_blocks(offline, typed_numbers, typed_ids, "typed" if not cells else "file", job))
        job.check()
        task_id = repo.create(draft.name, draft.scheduled_at, draft.with_status, len(raws), offline.duplicates,
                              draft.contact_ids, draft.group_ids, segments())
    job.progress(4, 4, "done", force=True)
    return Created(task_id, len(raws), len(offline), len(offline.invalid), offline.duplicates)


_places_loaded: list[bool] = []


def places_table() -> None:
    """Province and city per number block, from the table saved in the user's data folder (built by a child process
    the first time: building it here would hold the GIL, and a console's window, for a quarter of a second)."""
    if not _places_loaded:
        from smsdesk import paths
        from smsdesk.infra import number_tables

        _places_loaded.append(number_tables.load(paths.user_data_dir() / "cache"))


def segments() -> list[str]:
    """The carrier of every 4-digit mainland block 1000..1999 ("mobile", "virtual:unicom"): the database gives it to
    the contacts a check picks, whose full numbers the console may not see."""
    out = []
    for p in range(1000, 2000):
        seg = number_check.segment(str(p))
        out.append(f"{seg.carrier}:{seg.host}" if seg.host else (seg.carrier or "other"))
    return out


def _typed_numbers(typed: list[object]) -> set[int]:
    return {int(e[1:]) for e in number_check.number_rules.clean(typed).valid}


def _copy_blocks(offline: number_check.Offline, typed_numbers: set[int] | None, typed_ids: set[int] | None,
                 default_source: str, job: JobLike) -> Iterator[str]:
    """The staged rows in COPY's text format: the valid numbers in ascending order (the results' indexes then grow at
    their right edge, several times faster to store than in the order given), then the refused inputs as given."""
    names = offline.place_names
    carriers = number_check.CARRIERS
    hosts = ("\\N", *number_check.HOSTS)
    provinces = [p.province or "\\N" for p in names]
    cities = [p.city or "\\N" for p in names]
    n = len(offline)
    order = np.argsort(offline.numbers, kind="stable")
    for start in range(0, n, _SLICE):
        job.check()
        part = order[start : start + _SLICE]
        nums = offline.numbers[part].tolist()
        cs = offline.carriers[part].tolist()
        hs = offline.hosts[part].tolist()
        ps = offline.places[part].tolist()
        out = io.StringIO()
        write = out.write
        for k, (num, c, h, p) in enumerate(zip(nums, cs, hs, ps, strict=True)):
            source = default_source if typed_numbers is None else ("typed" if num in typed_numbers else "file")
            write(f"{start + k + 1}\t{source}\t{num}\t\\N\t\\N\t{carriers[c]}\t{hosts[h]}\t"
                  f"{provinces[p]}\t{cities[p]}\n")
        yield out.getvalue()
    out = io.StringIO()
    for k, (raw, reason) in enumerate(offline.invalid):
        source = default_source if typed_ids is None else ("typed" if id(raw) in typed_ids else "file")
        shown = str(raw)[:200].translate(_COPY_ESCAPES)
        out.write(f"{n + k + 1}\t{source}\t\\N\t{shown}\t{reason}\t\\N\t\\N\t\\N\t\\N\n")
    if offline.invalid:
        yield out.getvalue()


# ------------------------------------------------------------------------------------------------ reading


def tasks(session: Session, name: str = "", since: datetime | None = None, until: datetime | None = None,
          limit: int = 500) -> list[CheckTaskRow]:
    with translate_db_errors():
        return NumberCheckRepository(session).tasks(name.strip(), since, until, limit)


def task(session: Session, task_id: int) -> CheckTaskRow:
    with translate_db_errors():
        rows = NumberCheckRepository(session).tasks(ids=[task_id], limit=1)
    if not rows:
        raise ServiceError("not_found", "no such number check")
    return rows[0]


def results(session: Session, task_id: int, flt: ResultFilter | None = None, after_row: int = 0,
            limit: int = PAGE) -> list[ResultRow]:
    with translate_db_errors():
        return NumberCheckRepository(session).results(task_id, flt or ResultFilter(), after_row, limit)


def count(session: Session, task_id: int, flt: ResultFilter | None = None) -> int:
    with translate_db_errors():
        return NumberCheckRepository(session).count(task_id, flt or ResultFilter())


def summary(session: Session, task_id: int) -> dict[str, list[tuple[str | None, str | None, int]]]:
    with translate_db_errors():
        return NumberCheckRepository(session).summary(task_id)


def cancel(session: Session, task_id: int) -> int:
    with translate_db_errors():
        return NumberCheckRepository(session).cancel(task_id)


def delete(session: Session, task_ids: list[int]) -> int:
    with translate_db_errors():
        return NumberCheckRepository(session).delete(task_ids)


def parse_number(text: str) -> int:
    """The number a REP-5 search asks for, normalised as the checks store it."""
    # clean(), not normalize(): no carrier or place is wanted here, and the geocoder's first load holds the GIL
    cleaned = number_check.number_rules.clean([(text or "").strip()])
    if not cleaned.valid:
        reason = cleaned.invalid[0][1] if cleaned.invalid else "empty"
        raise ServiceError("invalid", f"{text!r} is not a phone number ({reason})")
    return int(cleaned.valid[0][1:])


def query(session: Session, number: str, since: datetime | None = None, until: datetime | None = None,
          limit: int = 1000) -> list[ResultRow]:
    """REP-5: one number's results across the caller's checks within a time range."""
    value = parse_number(number)
    with translate_db_errors():
        return NumberCheckRepository(session).query(value, since, until, limit)


def known_dead(session: Session, numbers: list[str], days: int) -> dict[str, str]:
    """E.164 -> 'empty' or 'suspended' for the numbers a lookup found so within ``days`` (the Send preview's offer)."""
    digits = [int(e[1:]) for e in numbers if e.startswith("+") and e[1:].isdigit()]
    if not digits or days <= 0:
        return {}
    out: dict[str, str] = {}
    repo = NumberCheckRepository(session)
    with translate_db_errors():
        for start in range(0, len(digits), 500_000):
            out.update((f"+{n}", s) for n, s in repo.known_dead(digits[start : start + 500_000], days))
    return out


def config(session: Session) -> dict[str, Any]:
    with translate_db_errors():
        return NumberCheckRepository(session).config()


def set_config(session: Session, provider: dict, cache_days: int | None = None,
               max_attempts: int | None = None) -> dict[str, Any]:
    with translate_db_errors():
        return NumberCheckRepository(session).set_config(provider, cache_days, max_attempts)


def simulator_provider(host: str, port: int) -> dict[str, Any]:
    """The status provider setting for the simulator's status service (simsc --status-port)."""
    return {"driver": "simulator", "url": f"http://{host}:{port}/status?numbers={{numbers}}", "method": "GET",
            "batch_size": 500, "rate_per_second": 5000, "timeout_s": 5, "results": "data",
            "fields": {"number": "mobile", "status": "status"}}


def point_at_simulator(session: Session, host: str, port: int) -> None:
    """Trial mode: the simulator answers live status, unless an administrator chose a real provider."""
    current = (config(session).get("provider") or {}).get("driver", "none")
    if current in ("none", "simulator"):
        set_config(session, simulator_provider(host, port))


# ------------------------------------------------------------------------------------------------ export


def blacklisted_cell(lists: list[str]) -> str:
    return ";".join(lists)


def export_row(r: ResultRow) -> tuple[str, str, str, str, str, str, str, str]:
    """One row of the command line's and the exports' columns (EXPORT_HEADER)."""
    return (r.shown, "true" if r.valid else "false", r.reason or "", number_check.carrier_label(r.carrier, r.host),
            r.province or "", r.city or "", blacklisted_cell(r.lists), r.status or "")


def iter_rows(session: Session, task_id: int, flt: ResultFilter | None = None, job: JobLike | None = None,
              page: int = 50_000) -> Iterator[ResultRow]:
    job = job or QuietJob()
    after = 0
    total = count(session, task_id, flt)
    done = 0
    while True:
        job.check()
        rows = results(session, task_id, flt, after, page)
        if not rows:
            return
        yield from rows
        done += len(rows)
        job.progress(done, total)
        after = rows[-1].row_no


def export(session: Session, job: JobLike | None, task_id: int, path: str | Path,
           flt: ResultFilter | None = None) -> int:
    """CSV (UTF-8 with BOM, REP-7) or XLSX by the file's suffix; returns the rows written."""
    rows = (export_row(r) for r in iter_rows(session, task_id, flt, job))
    return write_table(path, EXPORT_HEADER, rows)


def export_query(rows: list[ResultRow], path: str | Path) -> int:
    header = ("task", "created", *EXPORT_HEADER)
    out = ((r.task_name or "", r.created_at.isoformat(timespec="seconds") if r.created_at else "", *export_row(r))
           for r in rows)
    return write_table(path, header, out)


def write_table(path: str | Path, header, rows) -> int:
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        from smsdesk.infra.xlsx_writer import write_xlsx

        return write_xlsx(path, header, rows, sheet="check")
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = safe_writer(out)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            n += 1
    return n

