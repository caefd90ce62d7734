"""SMPP protocol-layer benchmark: our session against the simulator, end to end over TCP.

    python tests/bench/smpp_bench.py --messages 20000 --window 50
    python tests/bench/smpp_bench.py --host 127.0.0.1 --port 2775 ...   # an already running SMSC

Prints one line: messages=N window=W submit_per_s=X receipts_per_s=Y lost=L duplicates=D.
It measures the protocol layer only (no database): a figure, not a timed test.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"
if str(DESKTOP) not in sys.path:
    sys.path.insert(0, str(DESKTOP))

from smsdesk.gateways.smpp.pdu import SubmitSm  # noqa: E402
from smsdesk.gateways.smpp.session import Delivery, SmppSession, SubmitResult  # noqa: E402
from smsdesk.gateways.smpp.settings import SessionSettings  # noqa: E402


def start_simulator(extra: list[str]) -> tuple[subprocess.Popen[str], int]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH", "")]))
    proc = subprocess.Popen(
        [sys.executable, "-m", "smsdesk.simsc", "--port", "0", "--log-level", "WARNING", *extra],
        stdout=subprocess.PIPE, text=True, env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if "port=" not in line:
        proc.kill()
        raise SystemExit(f"simulator did not start: {line!r}")
    return proc, int(line.rsplit("port=", 1)[1])


async def run(args: argparse.Namespace, host: str, port: int) -> str:
    total = args.messages
    results: dict[int, SubmitResult] = {}
    submit_ids: set[str] = set()
    receipts: set[str] = set()
    duplicates = 0
    done_submits = asyncio.Event()
    done_receipts = asyncio.Event()
    loop = asyncio.get_running_loop()
    finished = {"submit": 0.0, "receipt": 0.0}

    def on_result(result: SubmitResult) -> None:
        nonlocal duplicates
        if result.ref in results:
            duplicates += 1
        results[result.ref] = result
        if result.ok and result.message_id:
            submit_ids.add(result.message_id)
        if len(results) == total:
            finished["submit"] = loop.time()
            done_submits.set()

    def on_deliver(delivery: Delivery) -> None:
        nonlocal duplicates
        receipt = delivery.receipt
        if receipt is None or receipt.id is None:
            return
        if receipt.id in receipts:
            duplicates += 1
        receipts.add(receipt.id)
        if len(receipts) == total:
            finished["receipt"] = loop.time()
            done_receipts.set()

    settings = SessionSettings(host=host, port=port, system_id="bench", password="bench",
                               window_size=args.window, submit_timeout_s=30.0)
    session = SmppSession(settings, on_submit_result=on_result, on_deliver=on_deliver)
    await session.start()
    await session.wait_bound(10)
    started = loop.time()
    for index in range(total):
        await session.send(SubmitSm(source_addr="10690001", destination_addr=f"86138{index:08d}",
                                    registered_delivery=1, short_message=b"Your code is 123456. Bench run."),
                           ref=index)
    budget = 30.0 + total / 500.0
    try:
        await asyncio.wait_for(done_submits.wait(), budget)
        await asyncio.wait_for(done_receipts.wait(), budget)
    except TimeoutError:
        pass
    end = loop.time()
    await session.close(drain_timeout=1.0)
    submit_elapsed = (finished["submit"] or end) - started
    receipt_elapsed = (finished["receipt"] or end) - started
    accepted = sum(1 for r in results.values() if r.ok)
    lost = (total - accepted) + len(submit_ids - receipts)
    return (f"messages={total} window={args.window} submit_per_s={accepted / submit_elapsed:.0f} "
            f"receipts_per_s={len(receipts & submit_ids) / receipt_elapsed:.0f} lost={lost} "
            f"duplicates={duplicates}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=20000)
    parser.add_argument("--window", type=int, default=50)
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    parser.add_argument("--receipt-delay-ms", type=float, default=50.0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    args = parser.parse_args()
    proc = None
    if args.port:
        host, port = args.host or "127.0.0.1", args.port
    else:
        # The default mix has no submit-time refusals, so every message should get a receipt.
        proc, port = start_simulator(["--receipt-delay-ms", str(args.receipt_delay_ms),
                                      "--latency-ms", str(args.latency_ms)])
        host = "127.0.0.1"
    try:
        print(asyncio.run(run(args, host, port)), flush=True)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    started = time.perf_counter()
    main()
