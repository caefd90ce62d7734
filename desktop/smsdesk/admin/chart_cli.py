"""``smsdesk-admin report chart NAME``: the series of each dashboard chart for IT and scripts, as CSV (a header row
of English column names) or JSON, with the reports' options and output (admin/cli_reports.py): run as a signed-in
user (``--login L --password-stdin``: what that user sees) or with the superuser URL. Values are the product's codes
and stored names (kind ``notification``, category ``invalid_number``, channel and carrier names as stored; a
channel deleted since by its id), dates ISO. The numbers are the console's (services/charts.py)."""

from __future__ import annotations

import argparse
import datetime as dt

from smsdesk.domain.kinds import KINDS
from smsdesk.errors import ServiceError

DIMENSIONS = {
    "volume": ("hour", "day", "month"),
    "rates": ("channel", "carrier"),
    "latency": ("channel", "kind"),
    "failures": ("channel", "carrier", "kind"),
}
DEFAULT_BY = {"volume": "day", "rates": "channel", "latency": "channel", "failures": "channel"}


def register(sub) -> None:
    """Adds ``report chart`` under the ``report`` command (made here if no other part of the tool made it)."""
    from smsdesk.admin.cli_reports import _caller_options, _output_options
    from smsdesk.services.charts import CHART_NAMES

    report = sub.choices.get("report")
    if report is None:
        actions = sub.add_parser("report", help="reports and charts").add_subparsers(dest="report", required=True)
    else:
        actions = next(a for a in report._actions if isinstance(a, argparse._SubParsersAction))
    p = actions.add_parser("chart", help="a dashboard chart's series: " + ", ".join(CHART_NAMES))
    p.add_argument("name", choices=CHART_NAMES)
    p.add_argument("--from", dest="from_", metavar="DATE", help="first day, e.g. 2026-11-01 (Beijing time)")
    p.add_argument("--to", metavar="DATE", help="last day, included (default: today)")
    p.add_argument("--group", metavar="PATH", help="a group and its sub-groups, e.g. 总部/华东")
    p.add_argument("--user", metavar="LOGIN")
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--channel", metavar="NAME")
    p.add_argument("--carrier", metavar="NAME", help="as stored on messages, e.g. 'China Mobile'")
    p.add_argument("--template", metavar="NAME")
    p.add_argument("--by", help="volume: hour|day|month; rates: channel|carrier; latency: channel|kind; "
                   "failures: channel|carrier|kind")
    p.add_argument("--compare", choices=("none", "day", "week", "month", "year"), default="none",
                   help="volume: add the same bins of the period before")
    _output_options(p)
    _caller_options(p)
    p.set_defaults(func=cmd_report_chart)


def _series(session, args: argparse.Namespace, first: dt.date, last: dt.date):
    from smsdesk.services import charts

    by = args.by or DEFAULT_BY.get(args.name)
    if args.name in DIMENSIONS and by not in DIMENSIONS[args.name]:
        raise ServiceError("invalid", f"{args.name} --by is one of {', '.join(DIMENSIONS[args.name])}")
    if args.by and args.name not in DIMENSIONS:
        raise ServiceError("invalid", f"{args.name} takes no --by")
    flt = charts.resolve_filter(
        session, first, last, group=args.group, user=args.user, kind=args.kind, channel=args.channel,
        carrier=args.carrier, template=args.template,
    )
    if args.name == "volume":
        chart = charts.volume(session, flt, by, args.compare)
        table = chart.table()
        if chart.previous is not None:
            table.columns.append(f"previous_{chart.compare}")
            table.rows = [(*row, prev) for row, prev in zip(table.rows, chart.previous, strict=True)]
        return table
    if args.name in ("rates", "latency", "failures"):
        return charts.CHARTS[args.name](session, flt, by).table()
    return charts.CHARTS[args.name](session, flt).table()


def cmd_report_chart(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli_reports import _day, _run_as_caller, _write, default_range
    from smsdesk.domain.schedule import BEIJING

    first, last = default_range("daily", _day(args.from_, "--from"), _day(args.to, "--to"),
                                dt.datetime.now(BEIJING).date())
    table = _run_as_caller(ctx, args, lambda s: _series(s, args, first, last))
    _write(args, tuple(table.columns), [tuple("inf" if v == float("inf") else v for v in row) for row in table.rows])
