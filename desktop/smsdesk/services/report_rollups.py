"""The reports answered from the rollups (REP-2, REP-4): 短信日报 / 短信月报 (daily and monthly volumes per kind),
发送费用统计 (cost per group, user and kind) and failures by a dimension, and the price list (REP-2).

Each report is a ``Report``: English column codes (the command line's CSV header and JSON keys), rows of plain
values (codes, ISO dates, Decimal money) and, for the volume and cost reports, a totals row. The console's pages, the
command line (``smsdesk-admin report``) and tests/bench/reports_bench.py all call ``compute`` with the same
``ReportQuery``, so the numbers are the same everywhere. What each caller sees is row-level security's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from smsdesk.domain.kinds import KINDS
from smsdesk.errors import ServiceError
from smsdesk.services.errors import translate_db_errors
from smsdesk.store import repositories_rollups as repo
from smsdesk.store.repositories import GroupRepository, UserRepository

REPORTS = ("daily", "monthly", "cost", "failures")
FAILURE_DIMENSIONS = repo.FAILURE_DIMENSIONS
MAX_YEARS = 20
DAY_ZONE = repo.DAY_ZONE

COLUMNS: dict[str, tuple[str, ...]] = {
    "daily": ("day", "kind", "messages", "segments", "delivered", "failed", "pending", "cost"),
    "monthly": ("month", "kind", "messages", "segments", "delivered", "failed", "pending", "cost"),
    "cost": ("group", "user", "kind", "segments_charged", "segments_refunded", "cost"),
    "failures": ("{by}", "category", "messages"),
}


@dataclass(frozen=True)
class ReportQuery:
    """A report over the days ``first`` to ``last`` inclusive (days of DAY_ZONE). ``group_id`` includes its
    sub-groups; ``by`` is the failures report's dimension."""

    report: str
    first: date
    last: date
    group_id: int | None = None
    user_id: int | None = None
    kind: str | None = None
    by: str = "channel"


@dataclass
class Report:
    query: ReportQuery
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    totals: tuple[Any, ...] | None = None  # same columns; the key columns hold "total" / ""

    def as_dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


def check_query(query: ReportQuery) -> None:
    """Refuses what cannot be answered, before any work: an unknown report, kind or dimension, a reversed range
    or one longer than MAX_YEARS."""
    if query.report not in REPORTS:
        raise ServiceError("invalid", f"unknown report {query.report!r} (one of {', '.join(REPORTS)})")
    if query.first is None or query.last is None:
        raise ServiceError("invalid", "a report needs the first and the last day")
    if query.last < query.first:
        raise ServiceError("invalid", f"the range ends ({query.last}) before it starts ({query.first})")
    if query.last - query.first > timedelta(days=366 * MAX_YEARS):
        raise ServiceError("invalid", f"a report covers at most {MAX_YEARS} years")
    if query.kind and query.kind not in KINDS:
        raise ServiceError("invalid", f"unknown kind {query.kind!r} (one of {', '.join(KINDS)})")
    if query.report == "failures" and query.by not in FAILURE_DIMENSIONS:
        raise ServiceError("invalid", f"failures are counted by one of {', '.join(FAILURE_DIMENSIONS)}")


def columns_of(query: ReportQuery) -> tuple[str, ...]:
    return tuple(c.replace("{by}", query.by) for c in COLUMNS[query.report])


def compute(session: Session, query: ReportQuery) -> Report:
    """The report, as the caller may see it."""
    check_query(query)
    f = repo.RollupFilter(query.first, query.last, query.group_id, query.user_id, query.kind or None)
    report = Report(query, columns_of(query))
    with translate_db_errors():
        if query.report in ("daily", "monthly"):
            rows = repo.volume_by_period(session, f, "day" if query.report == "daily" else "month")
            for period, kind, messages, segments, delivered, failed, pending, _cancelled, cost in rows:
                label = period.isoformat() if query.report == "daily" else period.strftime("%Y-%m")
                report.rows.append((label, kind, messages, segments, delivered, failed, pending, _money(cost)))
            report.totals = ("total", "", *(_sum(report.rows, i) for i in range(2, 7)), _sum(report.rows, 7))
        elif query.report == "cost":
            for _gid, group, _uid, login, kind, charged, refunded, cost in repo.cost_rows(session, f):
                report.rows.append((group, login, kind, charged, refunded, _money(cost)))
            report.totals = ("total", "", "", _sum(report.rows, 3), _sum(report.rows, 4), _sum(report.rows, 5))
        else:
            report.rows = [(value, category, n) for value, category, n in repo.failure_rows(session, f, query.by)]
    return report


def _money(value: Decimal | None) -> Decimal:
    return (value or Decimal(0)).quantize(Decimal("0.0001"))


def _sum(rows: list[tuple], index: int):
    total = sum((row[index] for row in rows), Decimal(0) if rows and isinstance(rows[0][index], Decimal) else 0)
    return total if rows else 0


# -- names the command line takes ----------------------------------------------------------------------------------


def group_id_of(session: Session, path: str | None) -> int | None:
    if not path:
        return None
    found = GroupRepository(session).find(path.strip())
    if found is None:
        raise ServiceError("not_found", f"no group {path!r} that you can see")
    return found


def user_id_of(session: Session, login: str | None) -> int | None:
    if not login:
        return None
    user = UserRepository(session).by_login(login.strip().lower())
    if user is None:
        raise ServiceError("not_found", f"no user {login!r} that you can see")
    return user.id


# -- the price list -------------------------------------------------------------------------------------------------

PriceRow = repo.PriceRow


def price_list(session: Session) -> list[PriceRow]:
    with translate_db_errors():
        return repo.price_rows(session)


def set_price(session: Session, kind: str, carrier: str, price: Decimal | str, effective_from: datetime | None) -> int:
    """Sets a price per segment for a kind ('' any) and carrier ('' any) from a date on (now when None)."""
    try:
        amount = Decimal(str(price).strip())
    except Exception:
        raise ServiceError("invalid", f"not a price: {price!r}") from None
    if not amount.is_finite() or amount < 0:
        raise ServiceError("invalid", f"not a price: {price!r}")
    with translate_db_errors():
        return repo.price_set(session, (kind or "").strip(), (carrier or "").strip(), amount, effective_from)


def delete_price(session: Session, price_id: int) -> None:
    with translate_db_errors():
        repo.price_delete(session, price_id)


def prices_in_force(session: Session, kind: str) -> dict[str, Decimal]:
    """carrier -> price per segment a send of ``kind`` records now ('' for any other carrier)."""
    with translate_db_errors():
        return repo.prices_in_force(session, kind)


def rebuild(session: Session, first: date, last: date) -> dict[str, int]:
    """Recomputes the rollups of the days ``first`` to ``last`` (DAY_ZONE) from the raw rows (IT or a top-level
    administrator)."""
    if last < first:
        raise ServiceError("invalid", f"the range ends ({last}) before it starts ({first})")
    from zoneinfo import ZoneInfo  # the zone database only when a rebuild runs

    zone = ZoneInfo(DAY_ZONE)
    start = datetime.combine(first, datetime.min.time(), zone)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), zone)
    with translate_db_errors():
        return repo.rebuild(session, start, end)


# -- exports (REP-7) ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportExportRequest:
    """A report written as the page shows it: translated ``headers`` (one per column), ``labels`` for codes (kinds,
    categories) and the totals row labelled ``total_label``."""

    path: str
    query: ReportQuery
    headers: tuple[str, ...]
    sheet: str
    labels: dict[str, str] = field(default_factory=dict)
    total_label: str = "total"


def export_report(session: Session, job, request: ReportExportRequest):
    """The report streamed to CSV or XLSX, audited with its filters and row count (services/exports.run_export)."""
    from smsdesk.services import exports

    exports.check_target(request.path)
    report = compute(session, request.query)
    q = request.query
    spec = exports.ExportSpec(
        path=request.path,
        kind="report",
        header=list(request.headers),
        target=q.report,
        details={
            "report": q.report,
            "from": q.first.isoformat(),
            "to": q.last.isoformat(),
            "group": q.group_id,
            "user": q.user_id,
            "kind": q.kind,
            "by": q.by if q.report == "failures" else None,
        },
        sheet=request.sheet,
        widths=[16] * len(request.headers),
    )
    labels = request.labels

    def cells(row: tuple) -> tuple:
        return tuple(
            labels.get(v, v) if isinstance(v, str) else format(v, "f") if isinstance(v, Decimal) else v for v in row
        )

    def rows(_ticket: int):
        for row in report.rows:
            yield cells(row)
        if report.totals is not None and report.rows:
            yield cells((request.total_label, *report.totals[1:]))

    return exports.run_export(session, job, spec, rows, total=len(report.rows))
