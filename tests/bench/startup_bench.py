"""Startup figures of the console, measured from outside the process.

Prints one line: cold start to the sign-in window, and first run of `smsdesk --demo` on an empty data
directory to the signed-in main window (initdb, schema, demo organisation, sign-in included). Each figure
is the median of --runs fresh processes, timed from launch until the console logs that the window is shown.
Usage: python tests/bench/startup_bench.py [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def launch_until(args: list[str], marker: str, data_dir: Path, timeout: float = 60.0) -> float:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "SMSDESK_DATA_DIR": str(data_dir / "data"),
        "SMSDESK_CONFIG_DIR": str(data_dir / "config"),
    }
    env.pop("SMSDESK_DATABASE_URL", None)
    log = data_dir / "data" / "logs" / "smsdesk.log"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "smsdesk.ui.app", *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.perf_counter() - start < timeout:
            if log.exists() and marker in log.read_text(encoding="utf-8", errors="replace"):
                return time.perf_counter() - start
            if proc.poll() is not None:
                raise RuntimeError(f"the console exited early with {proc.returncode}; see {log}")
            time.sleep(0.005)
        raise TimeoutError(marker)
    finally:
        proc.kill()
        proc.wait()


def stop_embedded(data_dir: Path) -> None:
    """The killed console leaves its server running; a new handle adopts it and stops it."""
    os.environ["SMSDESK_DATA_DIR"] = str(data_dir / "data")
    from smsdesk.store.embedded import EmbeddedServer, default_data_dir

    pgdata = default_data_dir()
    if (pgdata / "pgdata" / "PG_VERSION").exists():
        server = EmbeddedServer(pgdata)
        server.start()
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    signin, demo = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="smsdesk-bench-") as tmp:
            signin.append(launch_until(["--lang", "zh_CN"], "sign-in window shown", Path(tmp)))
        with tempfile.TemporaryDirectory(prefix="smsdesk-bench-") as tmp:
            demo.append(launch_until(["--demo", "--lang", "zh_CN"], "main window shown", Path(tmp)))
            stop_embedded(Path(tmp))
    print(
        f"runs={args.runs} cold_start_to_signin_s={statistics.median(signin):.2f} "
        f"(max {max(signin):.2f}) demo_first_run_to_main_window_s={statistics.median(demo):.2f} "
        f"(max {max(demo):.2f})"
    )


if __name__ == "__main__":
    main()
