"""Command line of the SMSC simulator: ``python -m smsdesk.simsc`` and ``smsdesk-admin smsc-sim``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence

from smsdesk.simsc.config import DEFAULT_FAIL_MIX, FailMix, SimscConfig
from smsdesk.simsc.server import Simulator
from smsdesk.simsc.status_service import DEFAULT_STATUS_MIX, FAIL_MODES, StatusService, parse_mix


def _fail_mix(text: str) -> FailMix:
    try:
        return FailMix.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smsdesk.simsc",
        description="SMS Desk SMSC simulator: a real SMPP 3.4 server for trial mode and tests.",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=2775, help="0 picks a free port (printed on stdout)")
    parser.add_argument("--system-id", help="the only system_id allowed to bind (default: any)")
    parser.add_argument("--password", help="the password binds must give (default: any)")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay before each submit_sm_resp")
    parser.add_argument("--receipt-delay-ms", type=float, default=100.0, help="submit to delivery receipt")
    parser.add_argument("--reply-delay-ms", type=float, default=500.0, help="submit to MO reply")
    parser.add_argument("--fail-mix", type=_fail_mix, default=FailMix.parse(DEFAULT_FAIL_MIX),
                        help=f"receipt outcomes, e.g. {DEFAULT_FAIL_MIX}; also sys_error, bad_destination")
    parser.add_argument("--reply-rate", type=_rate, default=0.0,
                        help="probability of an MO reply to a delivered message (0..1)")
    parser.add_argument("--tps", type=float, default=0.0,
                        help="submit_sm per second per system_id; above it ESME_RTHROTTLED (0: unlimited)")
    parser.add_argument("--tps-burst", type=float, default=0.0)
    parser.add_argument("--id-format", choices=("hex", "dec"), default="hex")
    parser.add_argument("--receipt-id-format", choices=("same", "hex", "dec"), default="same")
    parser.add_argument("--deliver-window", type=int, default=1000)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--stats-interval", type=float, default=0.0, help="seconds between stats log lines")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--status-port", type=int, default=-1,
                        help="also serve live number status over HTTP on this port (0: a free one; -1: no)")
    parser.add_argument("--status-mix", default=DEFAULT_STATUS_MIX, help=f"e.g. {DEFAULT_STATUS_MIX}")
    parser.add_argument("--status-fail-first", type=int, default=0, metavar="N",
                        help="the first N status requests fail (see --status-fail-mode)")
    parser.add_argument("--status-fail-mode", choices=FAIL_MODES, default="500")
    parser.add_argument("--log-level", default="INFO")
    return parser


def config_from_args(args: argparse.Namespace) -> SimscConfig:
    return SimscConfig(
        host=args.host, port=args.port, system_id=args.system_id, password=args.password,
        latency_ms=args.latency_ms, receipt_delay_ms=args.receipt_delay_ms, reply_delay_ms=args.reply_delay_ms,
        fail_mix=args.fail_mix, reply_rate=args.reply_rate, tps=args.tps, tps_burst=args.tps_burst,
        id_format=args.id_format, receipt_id_format=args.receipt_id_format, deliver_window=args.deliver_window,
        seed=args.seed, stats_interval_s=args.stats_interval, tls_cert=args.tls_cert, tls_key=args.tls_key,
    )


async def serve(config: SimscConfig, status: StatusService | None = None) -> None:
    sim = Simulator(config)
    await sim.start()
    # Tests start us with --port 0 and read the port from this line.
    print(f"simsc listening host={config.host} port={sim.port}", flush=True)
    if status is not None:
        await status.start()
        print(f"simsc status host={status.host} status_port={status.port}", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows has no signal handlers
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await sim.stop()
        if status is not None:
            await status.stop()
        logging.getLogger("smsdesk.simsc").info("simsc event=stopped stats=%s", sim.stats)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = config_from_args(args)
        status = None
        if args.status_port >= 0:
            status = StatusService(host=args.host, port=args.status_port, mix=parse_mix(args.status_mix),
                                   fail_first=args.status_fail_first, fail_mode=args.status_fail_mode)
    except ValueError as exc:
        parser.error(str(exc))
    logging.basicConfig(level=args.log_level.upper(), stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        asyncio.run(serve(config, status))
    except KeyboardInterrupt:
        pass
    except OSError as exc:
        print(f"simsc: {exc}", file=sys.stderr)
        return 1
    return 0
