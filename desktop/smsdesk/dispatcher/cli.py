"""smsdesk-dispatcher: the gateway process, signed in as a dispatcher login.

    smsdesk-dispatcher --db postgresql://sd_…_d_gw1@dbhost/smsdesk --password-stdin
    smsdesk-dispatcher --db postgresql://dbhost/smsdesk --name gw1          # password from the OS keyring

The login comes from the URL, else from --name (the role ``smsdesk-admin dispatcher create-login`` printed);
its password from --password-stdin, the URL, or the OS keyring (service "SMS Desk", account
"<role>@<host>:<port>/<db>"). SIGTERM or Ctrl+C stops it cleanly: claimed messages go back, responses on
the wire are awaited, everything is written. It runs as long as it is not stopped; exit status 2 for bad
arguments, 4 when the database cannot be reached at start.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import signal
import sys
from collections.abc import Callable, Sequence

import psycopg

from smsdesk import __version__, paths, settings
from smsdesk.dispatcher.config import DispatcherSettings
from smsdesk.dispatcher.dispatcher import Dispatcher
from smsdesk.infra import credentials
from smsdesk.store import roles

EXIT_USAGE = 2
EXIT_UNREACHABLE = 4

log = logging.getLogger("smsdesk.dispatcher")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="smsdesk-dispatcher", description=__doc__.splitlines()[0])
    parser.add_argument("--db", metavar="URL", help="database URL (default: the console's settings)")
    parser.add_argument(
        "--name",
        default="dispatcher",
        help="dispatcher name: its login is the role create-login printed (default: dispatcher)",
    )
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    parser.add_argument("--claim-batch", type=int, default=DispatcherSettings.claim_batch)
    parser.add_argument("--flush-ms", type=float, default=DispatcherSettings.flush_interval_s * 1000)
    parser.add_argument("--max-channels", type=int, help="bind at most this many channels")
    parser.add_argument(
        "--message-log",
        metavar="PATH",
        help="one line per message state change; '-' for stderr, 'none' for none "
        "(default: dispatcher-messages.log in the log folder)",
    )
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--version", action="version", version=f"SMS Desk {__version__}")
    return parser


def resolve_login(args: argparse.Namespace) -> settings.DatabaseTarget:
    target = settings.resolve(args.db)
    if target.embedded:
        raise SystemExit("smsdesk-dispatcher: give --db (the embedded database is started by the console)")
    user = target.user or roles.dispatcher_role(target.dbname, args.name)
    password = target.password
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        password = credentials.load(target, user) or ""
    if not password:
        raise SystemExit(f"smsdesk-dispatcher: no password for {user}: use --password-stdin or the keyring")
    return target.with_login(user, password)


def main(argv: Sequence[str] | None = None, *, on_ready: Callable[[Callable[[], None]], None] | None = None) -> int:
    """Runs the dispatcher until it is stopped; ``on_ready`` receives a thread-safe stop (the Windows service)."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=args.log_level.upper(), stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    try:
        target = resolve_login(args)
    except ValueError as exc:
        print(f"smsdesk-dispatcher: {exc}", file=sys.stderr)
        return EXIT_USAGE
    message_log = args.message_log
    if message_log is None:
        message_log = str(paths.log_dir() / "dispatcher-messages.log")
    elif message_log.lower() == "none":
        message_log = None
    config = DispatcherSettings(
        name=args.name,
        claim_batch=args.claim_batch,
        flush_interval_s=args.flush_ms / 1000,
        max_channels=args.max_channels,
        message_log=message_log,
    )
    conninfo = {**target.conninfo(), "application_name": f"smsdesk-dispatcher:{args.name}"}
    conninfo.setdefault("connect_timeout", "5")

    async def connect() -> psycopg.AsyncConnection:
        return await psycopg.AsyncConnection.connect(**conninfo, autocommit=True)

    async def run() -> int:
        try:
            probe = await connect()  # fail fast on a wrong address or password
            await probe.close()
        except psycopg.OperationalError as exc:
            print(f"smsdesk-dispatcher: cannot reach the database: {str(exc).strip()}", file=sys.stderr)
            return EXIT_UNREACHABLE
        dispatcher = Dispatcher(connect, config)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGBREAK", None)):
            if sig is None:
                continue
            try:
                loop.add_signal_handler(sig, dispatcher.stop)
            except (NotImplementedError, RuntimeError):
                # Windows: no loop signal handlers; Ctrl+C / Ctrl+Break (how service hosts such as NSSM stop a
                # console program) still stop it cleanly rather than cancelling it mid-write.
                with contextlib.suppress(ValueError, OSError):
                    signal.signal(sig, lambda *_: loop.call_soon_threadsafe(dispatcher.stop))
        if on_ready is not None:
            on_ready(lambda: loop.call_soon_threadsafe(dispatcher.stop))
        log.info(
            "dispatcher event=starting version=%s database=%s login=%s", __version__, target.describe(), target.user
        )
        # The cyclic collector took an eighth of the dispatcher's CPU at full rate: every message's objects (its
        # claim, outcome, receipt) live until the next database write, long enough to be walked by two or three
        # collections at Python's default thresholds. A collection every 10,000 allocations instead of 700 finds
        # most of them already freed; what start-up loaded (modules, classes) goes out of the collector's sight
        # (as in the console, ui/app.py). Measured: 0.49 s of collection per 50,000 messages down to 0.20 s; every
        # 50,000 allocations (gc.callbacks, 50,000 messages, two runs each): 0.24 s in 43 collections down to
        # 0.13-0.14 s in 8, each ~16 ms of the loop's time (a submit waits seconds for its response).
        gc.freeze()
        gc.set_threshold(50_000, 10, 10)
        await dispatcher.run()
        return 0

    try:
        return asyncio.run(run())
    except KeyboardInterrupt:
        return 0
