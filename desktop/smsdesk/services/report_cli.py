"""``smsdesk-admin report detail|replies`` for IT and automation: the rows the Reports tab shows, as CSV with an
English header or as JSON, with the product's own codes (kind ``notification``, category ``invalid_number``) and ISO
times, read as a signed-in user (their scope, audited like any export) or with the superuser's URL (everything)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date, datetime, time
from typing import IO, Any

from sqlalchemy.orm import Session

from smsdesk.domain.schedule import BEIJING
from smsdesk.infra.csv_writer import safe_writer
from smsdesk.services import admin, exports, report_detail, report_replies
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_reports import ReportRepository

DETAIL_COLUMNS = ("task", "group", "user", "kind", "content", "number", "carrier", "channel", "segments",
                  "submitted_at", "done_at", "latency_ms", "status", "category", "code", "meaning")
REPLY_COLUMNS = ("id", "received_at", "number", "reply", "opt_out", "matched", "user", "group", "task", "kind",
                 "sent_text", "sent_at")


def parse_day(value: str | None, *, end: bool = False) -> datetime | None:
    """An ISO date (the whole day in Beijing time, as the rollup reports count days; ``end``: the day after it) or
    an ISO time (Beijing time when it names no zone)."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            if end:
                day = date.fromordinal(day.toordinal() + 1)
            return datetime.combine(day, time(), tzinfo=BEIJING)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ServiceError("invalid", f"{value!r} is not an ISO date such as 2026-12-01") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=BEIJING)


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def _ids(session: Session, group: str | None, login: str | None) -> tuple[int | None, int | None]:
    group_id = admin.find_group(session, group) if group else None
    user_id = None
    if login:
        with translate_db_errors():
            user_id = ReportRepository(session).user_id(login)
        if user_id is None:
            raise ServiceError("not_found", f"no user {login!r} that you may see")
    return group_id, user_id


def detail_rows(session: Session, f: report_detail.DetailFilter, ticket: int | None) -> Iterator[list[Any]]:
    for block in report_detail.iter_detail(session, f, ticket=ticket):
        for r in block:
            yield [r.task_id, r.group_path, r.owner_login, r.kind, r.body, r.number, r.carrier, r.channel,
                   r.segments, _iso(r.submitted_at), _iso(r.done_at), "" if r.latency_ms is None else r.latency_ms,
                   r.status, r.failure_category or "", r.error_code or "", r.reason]


def reply_rows(session: Session, f: report_replies.ReplyFilter, ticket: int | None) -> Iterator[list[Any]]:
    for block in report_replies.iter_replies(session, f, ticket=ticket):
        for r in block:
            yield [r.id, _iso(r.received_at), r.number, r.text, "yes" if r.opt_out else "no",
                   "yes" if r.matched else "no", r.owner_login, r.group_path, r.task_id or "", r.kind or "",
                   r.sent_text, _iso(r.sent_at)]


def write(out: IO[str], fmt: str, header: tuple[str, ...], rows: Iterator[list[Any]]) -> int:
    count = 0
    if fmt == "csv":
        writer = safe_writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
        return count
    out.write("[")
    for row in rows:
        out.write(("," if count else "") + "\n" + json.dumps(dict(zip(header, row, strict=True)), ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return count


def run(session: Session, report: str, args: Any, out: IO[str], *, audited: bool) -> int:
    """Writes the report to ``out``; returns the rows. ``audited``: a signed-in user's export (export_begin and
    export_finish record it, and the database counts the rows it served)."""
    group_id, user_id = _ids(session, args.group, args.user)
    start, end = parse_day(args.date_from), parse_day(args.date_to, end=True)
    if report == "detail":
        f = report_detail.checked(report_detail.DetailFilter(
            date_from=start, date_to=end, kind=args.kind, group_id=group_id, user_id=user_id, status=args.status,
            category=args.category, task_id=args.task, number=args.number, content=args.content))
        header, details = DETAIL_COLUMNS, report_detail.filter_json(f)
        rows = lambda ticket: detail_rows(session, f, ticket)  # noqa: E731
    elif report == "replies":
        if group_id is not None or user_id is not None or args.kind:
            raise ServiceError("invalid", "replies are filtered by --from, --to, --task, --number and --content")
        f = report_replies.ReplyFilter(date_from=start, date_to=end, task_id=args.task, number=args.number,
                                       reply=args.content)
        header, details = REPLY_COLUMNS, report_replies.filter_json(f)
        rows = lambda ticket: reply_rows(session, f, ticket)  # noqa: E731
    else:
        raise ServiceError("invalid", f"unknown report {report!r}")
    if not audited:
        return write(out, args.format, header, rows(None))
    ticket = exports.export_begin(session, "report", None, f"{report} (command line)",
                                  {"report": report, "filter": details, "format": args.format,
                                   "file": args.output or "-"})
    try:
        count = write(out, args.format, header, rows(ticket))
    except BaseException:
        exports.export_finish(session, ticket, "failed", 0)
        raise
    exports.export_finish(session, ticket, "done", count)
    return count
