"""Fixtures for the dispatcher tests: the SMSC simulator as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest

from tests.dispatcher.world import _module_world, world  # noqa: F401  (the dispatcher's database fixtures)

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def simsc() -> Iterator[Callable[..., int]]:
    """Start ``python -m smsdesk.simsc --port 0 ARGS...`` and return its port; stopped after the test."""
    # stderr goes to a file: a pipe nobody reads would block the simulator once it filled.
    with tempfile.TemporaryFile(mode="w+") as logs:
        yield from _simulators(logs)


def _simulators(logs: IO[str]) -> Iterator[Callable[..., int]]:
    procs: list[subprocess.Popen[str]] = []
    env = dict(os.environ)
    # The child finds the package from a plain checkout too, not only from an installed one.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(DESKTOP), env.get("PYTHONPATH", "")]))

    def start(*args: str) -> int:
        proc = subprocess.Popen(
            [sys.executable, "-m", "smsdesk.simsc", "--port", "0", "--log-level", "WARNING", *args],
            stdout=subprocess.PIPE, stderr=logs, text=True, env=env,
        )
        procs.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline()  # the simulator prints its port first thing
        if "port=" not in line:
            proc.kill()
            proc.wait(5)
            logs.seek(0)
            raise AssertionError(f"simulator did not start: {line!r} {logs.read()[-2000:]}")
        return int(line.rsplit("port=", 1)[1])

    yield start
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
