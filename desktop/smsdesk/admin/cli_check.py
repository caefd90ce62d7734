"""``smsdesk-admin check``: a number check as the user's own role (CHK-1), one row per number on standard output.

    smsdesk-admin check --login alice --password-stdin --numbers 13800138000,17012345678 --format csv
    number,valid,reason,carrier,province,city,blacklisted,status

The check is stored like the console's (it shows in the user's Number check tab). ``--status`` waits for the live
statuses the dispatcher looks up (at most ``--wait`` seconds; numbers still waiting then say ``pending``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from smsdesk.services.errors import ServiceError

HEADER = ("number", "valid", "reason", "carrier", "province", "city", "blacklisted", "status")


def register(sub) -> None:
    p = sub.add_parser("check", help="check numbers (format, carrier, region, blacklists, live status) as a user")
    p.add_argument("--login", required=True, help="the user the check is run and stored as")
    p.add_argument("--password-stdin", action="store_true", help="read the user's password from standard input")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--numbers", metavar="LIST", help="numbers separated by commas, spaces or semicolons")
    source.add_argument("--file", metavar="F", help="a CSV/TXT/XLSX/XLS file of numbers")
    p.add_argument("--column", metavar="C", help="the file's phone column: header, letter or 1-based position")
    p.add_argument("--sheet", metavar="NAME", help="the workbook's sheet (default: the first)")
    p.add_argument("--encoding", metavar="ENC", help="a text file's encoding (default: detected), e.g. gbk")
    p.add_argument("--status", action="store_true", help="also look up live status (空号/停机/关机/正常)")
    p.add_argument("--wait", type=float, default=120.0, metavar="S",
                   help="with --status: seconds to wait for the lookups (default 120)")
    p.add_argument("--name", help="the check's name (default: the current time)")
    p.add_argument("--format", choices=("csv", "json"), default="csv")
    p.set_defaults(func=cmd_check)

    provider = sub.add_parser("check-provider", help="the live-status provider of number checks (IT)")
    actions = provider.add_subparsers(dest="action", required=True)
    p = actions.add_parser("get", help="print the provider, cache days and attempts as one key=value line")
    p.set_defaults(func=cmd_provider_get)
    p = actions.add_parser("set", help="set the provider from JSON (see gateways/status/driver.py)")
    p.add_argument("provider", help='e.g. \'{"driver": "http", "url": "https://…?m={numbers}", …}\' or none')
    p.add_argument("--cache-days", type=int, help="a number's status is reused this many days (0-3650)")
    p.add_argument("--max-attempts", type=int, help="tries before a number is given up as unknown (1-20)")
    p.set_defaults(func=cmd_provider_set)


def cmd_check(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import read_password
    from smsdesk.services import numbercheck
    from smsdesk.services import session as session_service
    from smsdesk.services.auth import sign_in

    if args.column and not args.file:
        raise ServiceError("invalid", "--column needs --file")
    if args.wait < 0:
        raise ServiceError("invalid", "--wait is a number of seconds, 0 or more")
    password = read_password(args)
    target = ctx.target
    if target.embedded:
        from smsdesk.services import trial
        from smsdesk.store.embedded import EmbeddedServer

        ctx._server = ctx._server or EmbeddedServer()
        target = trial.embedded_target(ctx._server)
    draft = numbercheck.CheckDraft(name=args.name or "", with_status=args.status, typed=args.numbers or "",
                                   file=args.file, column=args.column, sheet=args.sheet, encoding=args.encoding)
    signed = sign_in(target, args.login, password, pool_size=1)
    try:
        created = session_service.run(signed, lambda s: numbercheck.create(s, None, draft))
        if args.status:
            deadline = time.monotonic() + args.wait
            while time.monotonic() < deadline:
                task = session_service.run(signed, lambda s: numbercheck.task(s, created.task_id))
                if task.pending == 0:
                    break
                time.sleep(min(0.5, max(0.0, deadline - time.monotonic())))
        rows = session_service.run(signed, lambda s: list(numbercheck.iter_rows(s, created.task_id)))
    finally:
        signed.close()
    out = [numbercheck.export_row(r) for r in rows]
    if args.format == "json":
        json.dump([dict(zip(HEADER, (*row[:1], row[1] == "true", *row[2:]), strict=True)) for row in out],
                  sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    import csv

    # plain CSV for scripts: "+8613800138000" stays itself (the exports for spreadsheets quote such cells)
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(out)


def _provider_line(value: dict) -> str:
    from smsdesk.admin.cli import _kv

    provider = value.get("provider") or {}
    return _kv(driver=provider.get("driver", "none"), url=provider.get("url", ""),
               batch_size=provider.get("batch_size", ""), rate_per_second=provider.get("rate_per_second", ""),
               cache_days=value.get("cache_days"), max_attempts=value.get("max_attempts"))


def cmd_provider_get(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import _in_session
    from smsdesk.services import numbercheck

    print(_provider_line(_in_session(ctx, numbercheck.config)))


def cmd_provider_set(ctx, args: argparse.Namespace) -> None:
    from smsdesk.admin.cli import _in_session
    from smsdesk.services import numbercheck

    if args.provider.strip().lower() == "none":
        provider = {"driver": "none"}
    else:
        try:
            provider = json.loads(args.provider)
        except ValueError:
            raise ServiceError("invalid", "the provider is JSON, or the word none") from None
    value = _in_session(ctx, lambda s: numbercheck.set_config(s, provider, args.cache_days, args.max_attempts))
    print(_provider_line(value))
