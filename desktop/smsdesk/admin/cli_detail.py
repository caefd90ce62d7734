"""``smsdesk-admin report detail|replies``: the message detail and the replies of the Reports tab as CSV (English
header) or JSON, one row per message or reply, as a signed-in user (``--login L --password-stdin``: what that user
sees, audited as an export) or with the superuser's URL (everything). Registered beside the rollup reports
(cli_reports.add_report_commands)."""

from __future__ import annotations

import argparse
import contextlib
import sys

from smsdesk.domain.kinds import KINDS
from smsdesk.services.errors import ServiceError


def cmd_report_rows(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import _in_session, _kv, read_password
    from smsdesk.services import report_cli

    def work(session):
        with contextlib.ExitStack() as stack:
            out = sys.stdout
            if args.output:
                try:
                    out = stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
                except OSError as exc:
                    raise ServiceError("file_write", f"cannot write {args.output}: {exc.strerror or exc}") from None
            return report_cli.run(session, args.report, args, out, audited=bool(args.login))

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
            count = session_service.run(signed, work)
        finally:
            signed.close()
    else:
        if args.password_stdin:
            raise ServiceError("invalid", "--password-stdin needs --login")
        count = _in_session(ctx, work)
    if args.output:
        print(_kv(report=args.report, file=args.output, rows=count))


def add_detail_commands(report) -> None:
    """``report detail`` and ``report replies`` on the ``report`` sub-commands."""
    for name, text in (("detail", "message detail: one row per message, newest task first"),
                       ("replies", "replies with what they answered, newest first")):
        p = report.add_parser(name, help=text)
        p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (Beijing time) or an ISO time")
        p.add_argument("--to", dest="date_to", metavar="DATE", help="last day, included, or an ISO time")
        p.add_argument("--group", metavar="PATH", help="a user group with its sub-groups, such as 总部/华东")
        p.add_argument("--user", metavar="LOGIN")
        p.add_argument("--kind", choices=KINDS)
        p.add_argument("--status", help="a message status, or pending (queued, sending or submitted)")
        p.add_argument("--category", help="a failure category such as invalid_number")
        p.add_argument("--task", type=int, metavar="ID")
        p.add_argument("--number", help="the last 4 or more digits of a number, or all of it")
        p.add_argument("--content", help="a fragment of the text sent (replies: of the reply)")
        p.add_argument("--format", choices=("csv", "json"), default="csv")
        p.add_argument("--output", metavar="FILE", help="write here instead of standard output")
        p.add_argument("--login", metavar="L", help="run as this user, seeing what they see (else the superuser)")
        p.add_argument("--password-stdin", action="store_true")
        p.set_defaults(func=cmd_report_rows)
