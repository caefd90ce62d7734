"""`smsdesk-admin report chart NAME`: the series of each dashboard chart, for IT and automation, as CSV (a header row
of English column names) or JSON; values are the product's codes and stored names (kind ``notification``, category
``invalid_number``, channel and carrier names as stored), dates ISO. The numbers are the console's.

Run as a signed-in user (``--login L --password-stdin``: what that user sees) or with the superuser URL."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from decimal import Decimal

from smsdesk.domain.kinds import KINDS
from smsdesk.services.errors import ServiceError

DIMENSIONS = {
    "volume": ("hour", "day", "month"),
    "rates": ("channel", "carrier"),
    "latency": ("channel", "kind"),
    "failures": ("channel", "carrier", "kind"),
}
DEFAULT_BY = {"volume": "day", "rates": "channel", "latency": "channel", "failures": "channel"}


def register(sub) -> None:
    """Adds `report chart` under the `report` command (created here if no other part of the tool made it)."""
    report = sub.choices.get("report")
    if report is None:
        report = sub.add_parser("report", help="reports and charts as CSV or JSON")
        actions = report.add_subparsers(dest="report", required=True)
    else:
        actions = next(a for a in report._actions if isinstance(a, argparse._SubParsersAction))
    from smsdesk.services.charts import CHART_NAMES

    p = actions.add_parser(
        "chart",
        help="a dashboard chart's series: volume, peaks, rates, latency, failures, kinds, templates, conversion, "
        "channels",
    )
    p.add_argument("name", choices=CHART_NAMES)
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day, ISO (default: 29 days before --to)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day, ISO (default: today, China time)")
    p.add_argument("--group", metavar="PATH", help="a group with its sub-groups, such as 总部/华东")
    p.add_argument("--user", metavar="LOGIN")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--channel", metavar="NAME")
    p.add_argument("--carrier", metavar="NAME", help="as stored, such as 'China Mobile'")
    p.add_argument("--template", metavar="NAME")
    p.add_argument("--by", help="volume: hour|day|month; rates: channel|carrier; latency: channel|kind; "
                   "failures: channel|carrier|kind")
    p.add_argument("--compare", choices=("none", "day", "week", "month", "year"), default="none",
                   help="volume: add the same bins of the period before")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.add_argument("--output", metavar="FILE", help="write there instead of standard output")
    p.add_argument("--login", metavar="LOGIN", help="run as this user (sees what they see)")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_report_chart)


def _day(value: str | None, default: dt.date, option: str) -> dt.date:
    if not value:
        return default
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ServiceError("invalid", f"{option} {value!r} is not an ISO date such as 2026-12-01") from None


def _series(session, args) -> object:
    from smsdesk.domain.schedule import BEIJING
    from smsdesk.services import charts

    today = dt.datetime.now(BEIJING).date()
    date_to = _day(args.date_to, today, "--to")
    date_from = _day(args.date_from, date_to - dt.timedelta(days=29), "--from")
    flt = charts.resolve_filter(
        session, date_from, date_to, group=args.group, user=args.user, kind=args.kind, channel=args.channel,
        carrier=args.carrier, template=args.template,
    )
    by = args.by or DEFAULT_BY.get(args.name)
    if args.name in DIMENSIONS and by not in DIMENSIONS[args.name]:
        raise ServiceError("invalid", f"{args.name} --by is one of {', '.join(DIMENSIONS[args.name])}")
    if args.by and args.name not in DIMENSIONS:
        raise ServiceError("invalid", f"{args.name} takes no --by")
    if args.name == "volume":
        chart = charts.volume(session, flt, by, args.compare)
        return chart.table() if args.compare == "none" else _with_previous(chart)
    if args.name in ("rates", "latency", "failures"):
        return charts.CHARTS[args.name](session, flt, by).table()
    return charts.CHARTS[args.name](session, flt).table()


def _with_previous(chart):
    table = chart.table()
    table.columns.append(f"previous_{chart.compare}")
    table.rows = [(*row, prev) for row, prev in zip(table.rows, chart.previous, strict=True)]
    return table


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _write(table, fmt: str, out) -> None:
    if fmt == "json":
        json.dump([dict(zip(table.columns, map(_plain, row), strict=True)) for row in table.rows], out,
                  ensure_ascii=False, indent=1)
        out.write("\n")
        return
    from smsdesk.infra.csv_writer import safe_writer

    writer = safe_writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([["" if v is None else _plain(v) for v in row] for row in table.rows])


def cmd_report_chart(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import _in_session, read_password

    if args.login:
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
            table = session_service.run(signed, lambda s: _series(s, args))
        finally:
            signed.close()
    else:
        table = _in_session(ctx, lambda s: _series(s, args))
    if args.output:
        encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
        with open(args.output, "w", encoding=encoding, newline="") as out:
            _write(table, args.format, out)
    else:
        _write(table, args.format, sys.stdout)



