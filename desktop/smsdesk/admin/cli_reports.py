"""``smsdesk-admin report cost|daily|monthly|failures|rebuild`` and ``smsdesk-admin price set|list|delete``: the
rollup reports for IT and scripts, as a signed-in user (``--login L --password-stdin``: what that user sees) or with
the superuser URL (everything).

Reports print CSV with an English header (or JSON: a list of objects with the same keys) to standard output or to
``--output FILE``; values are the product's codes, ISO dates and plain decimal money, exactly what the console's
pages show (services/report_rollups.compute). rebuild and price set/delete print one line of key=value pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from smsdesk.domain.kinds import KINDS
from smsdesk.domain.schedule import BEIJING
from smsdesk.errors import ServiceError

ROLLUP_REPORTS = ("cost", "daily", "monthly", "failures")


def _run_as_caller(ctx, args: argparse.Namespace, work: Callable):
    """``work(session)`` as the signed-in user of --login, or as the superuser of the URL."""
    from smsdesk.admin.cli import _in_session, read_password

    if not getattr(args, "login", None):
        if getattr(args, "password_stdin", False):
            raise ServiceError("invalid", "--password-stdin needs --login")
        return _in_session(ctx, work)
    from smsdesk.services import session as session_service
    from smsdesk.services.auth import sign_in

    password = read_password(args)
    target = ctx.target
    if target.embedded:
        from smsdesk.services import trial
        from smsdesk.store.embedded import EmbeddedServer

        ctx._server = ctx._server or EmbeddedServer()
        target = trial.embedded_target(ctx._server)
    signed = sign_in(target, args.login, password, pool_size=1)
    try:
        return session_service.run(signed, work)
    finally:
        signed.close()


def _day(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ServiceError("invalid", f"{flag} {text!r} is not a date such as 2026-12-01") from None


def default_range(report: str, first: date | None, last: date | None, today: date) -> tuple[date, date]:
    """Without --to: today; without --from: the last 31 days (the last 12 months for monthly)."""
    last = last or (first if first and first > today else today)
    if first is None:
        if report == "monthly":
            year, month = divmod(last.year * 12 + last.month - 1 - 11, 12)
            first = date(year, month + 1, 1)
        else:
            first = last - timedelta(days=30)
    return first, last


def _cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value


def _write(args: argparse.Namespace, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """CSV or JSON to standard output, or to --output through a temporary file renamed when complete (no partial
    file is left behind)."""

    def emit(out) -> None:
        if args.format == "json":
            json.dump(
                [{c: _cell(v) for c, v in zip(columns, row, strict=True)} for row in rows],
                out,
                ensure_ascii=False,
                indent=1,
            )
            out.write("\n")
        else:
            from smsdesk.infra.csv_writer import safe_writer

            writer = safe_writer(out, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([_cell(v) for v in row] for row in rows)

    if not args.output:
        emit(sys.stdout)
        return
    path = Path(args.output).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ServiceError("invalid", f"--output {args.output!r} is a folder")
    try:
        handle, temp = tempfile.mkstemp(prefix=".report-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise ServiceError("invalid", f"cannot write in {str(folder)!r}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            emit(out)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise ServiceError("invalid", f"cannot write {args.output!r}: {exc.strerror or exc}") from None
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def cmd_report(ctx, args: argparse.Namespace) -> None:
    from smsdesk.services import report_rollups as reports

    first, last = default_range(
        args.report, _day(args.from_, "--from"), _day(args.to, "--to"), datetime.now(BEIJING).date()
    )

    def work(session):
        query = reports.ReportQuery(
            report=args.report,
            first=first,
            last=last,
            group_id=reports.group_id_of(session, args.group),
            user_id=reports.user_id_of(session, args.user),
            kind=args.kind,
            by=args.by or "channel",
        )
        reports.check_query(query)
        return reports.compute(session, query)

    report = _run_as_caller(ctx, args, work)
    _write(args, report.columns, report.rows)


def cmd_report_rebuild(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import _kv
    from smsdesk.services import report_rollups as reports

    first, last = _day(args.from_, "--from"), _day(args.to, "--to")
    result = _run_as_caller(ctx, args, lambda s: reports.rebuild(s, first, last))
    print(_kv(rebuilt="yes", **{"from": first.isoformat(), "to": last.isoformat()}, **result))


def cmd_price_set(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import _kv
    from smsdesk.services import report_rollups as reports

    when = None
    if args.from_:
        try:
            when = datetime.fromisoformat(args.from_)
        except ValueError:
            raise ServiceError("invalid", f"--from {args.from_!r} is not an ISO date or time") from None
        when = when if when.tzinfo else when.replace(tzinfo=BEIJING)
    kind = "" if args.kind == "any" else args.kind
    price_id = _run_as_caller(ctx, args, lambda s: reports.set_price(s, kind, args.carrier or "", args.price, when))
    print(
        _kv(
            price=price_id,
            kind=args.kind,
            carrier=args.carrier or "any",
            amount=args.price,
            effective_from=(when.isoformat() if when else "now"),
        )
    )


def cmd_price_list(ctx, args: argparse.Namespace) -> None:
    from smsdesk.services import report_rollups as reports

    rows = _run_as_caller(ctx, args, reports.price_list)
    columns = ("id", "kind", "carrier", "price", "effective_from", "in_force")
    _write(
        args,
        columns,
        [
            (
                r.id,
                r.kind or "any",
                r.carrier or "any",
                r.price,
                r.effective_from.astimezone(BEIJING).isoformat() if r.effective_from else "",
                "yes" if r.in_force else "no",
            )
            for r in rows
        ],
    )


def cmd_price_delete(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import _kv
    from smsdesk.services import report_rollups as reports

    _run_as_caller(ctx, args, lambda s: reports.delete_price(s, args.id))
    print(_kv(deleted=args.id))


def _caller_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--login", metavar="L", help="run as this user (sees what they see); default: the --db superuser")
    p.add_argument("--password-stdin", action="store_true", help="read the user's password from standard input")


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--output", metavar="FILE", help="write here instead of standard output")


def add_report_commands(sub) -> None:
    """Registers ``report`` and ``price`` with smsdesk-admin's sub-commands (cli.build_parser)."""
    from smsdesk.services.report_rollups import FAILURE_DIMENSIONS

    report = sub.add_parser("report", help="reports over any range, from the rollups").add_subparsers(
        dest="report", required=True
    )
    helps = {
        "cost": "segments charged and refunded and money per group, user and kind",
        "daily": "messages, segments, delivered, failed, pending and cost per day and kind",
        "monthly": "messages, segments, delivered, failed, pending and cost per month and kind",
        "failures": "failed messages per failure category and a dimension (--by)",
    }
    for name in ROLLUP_REPORTS:
        p = report.add_parser(name, help=helps[name])
        p.add_argument("--from", dest="from_", metavar="DATE", help="first day, e.g. 2026-11-01 (Beijing time)")
        p.add_argument("--to", metavar="DATE", help="last day, included (default: today)")
        p.add_argument("--group", metavar="PATH", help="a group and its sub-groups, e.g. 总部/华东")
        p.add_argument("--user", metavar="LOGIN")
        p.add_argument("--kind", choices=KINDS)
        p.add_argument(
            "--by", choices=FAILURE_DIMENSIONS, default=None, help="failures: the dimension counted (default channel)"
        )
        _output_options(p)
        _caller_options(p)
        p.set_defaults(func=cmd_report)
    from smsdesk.admin.cli_detail import add_detail_commands

    add_detail_commands(report)  # detail and replies: one row per message or reply, from the raw rows
    p = report.add_parser("rebuild", help="recompute the rollups of a range of days from the raw rows")
    p.add_argument("--from", dest="from_", metavar="DATE", required=True)
    p.add_argument("--to", metavar="DATE", required=True)
    _caller_options(p)
    p.set_defaults(func=cmd_report_rebuild)

    price = sub.add_parser("price", help="the price list per segment (top-level administrators)").add_subparsers(
        dest="action", required=True
    )
    p = price.add_parser("set", help="a price per segment for a kind and carrier from a date on")
    p.add_argument("--kind", required=True, choices=("any", *KINDS, "status_lookup"),
                   help="a message kind, any, or status_lookup (one number-check status lookup)")
    p.add_argument("--carrier", default="", help="as stored on messages (default: any carrier)")
    p.add_argument("--price", required=True, help="e.g. 0.045")
    p.add_argument("--from", dest="from_", metavar="ISO", help="when it takes effect (default: now; Beijing time)")
    _caller_options(p)
    p.set_defaults(func=cmd_price_set)
    p = price.add_parser("list", help="every price with the date it takes effect, as CSV")
    _output_options(p)
    _caller_options(p)
    p.set_defaults(func=cmd_price_list)
    p = price.add_parser("delete", help="remove a price that has not taken effect yet")
    p.add_argument("--id", type=int, required=True)
    _caller_options(p)
    p.set_defaults(func=cmd_price_delete)
