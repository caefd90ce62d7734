"""Child processes of the console (the dispatcher, the SMSC simulator): started below the console's priority,
ended with it, stopped politely. No Qt, nothing about what the children are."""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

# Loaded here, in the console: after fork, in a process with threads, the child may only call what needs no
# lock (no imports, no allocation-heavy work) before exec.
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform.startswith("linux") else None
PR_SET_PDEATHSIG = 1


def _as_child() -> None:
    """In the child before exec: below the console's priority (the GUI stays responsive on a busy PC), and on
    Linux terminated when the console dies, however it dies, so no child outlives its host. (The signal
    comes when the forking *thread* ends: Spawner forks from one thread of its own that lives as long as it
    does.)"""
    os.nice(5)
    if _LIBC is not None:
        _LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def background_options() -> dict:
    """Popen options for the console's children (see _as_child)."""
    if sys.platform == "win32":
        return {"creationflags": subprocess.BELOW_NORMAL_PRIORITY_CLASS}
    return {"preexec_fn": _as_child}


def child_env() -> dict[str, str]:
    """The console's environment, with the package findable: a development checkout runs the package from its
    source root; an installed one finds it anyway."""
    env = dict(os.environ)
    source_root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [source_root, env.get("PYTHONPATH", "")]))
    env.setdefault("PYTHONUNBUFFERED", "1")
    return env


class Spawner:
    """Starts children from one thread of its own, which lives until ``shutdown()`` (see _as_child)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._pool: ThreadPoolExecutor | None = None

    def popen(self, args: list[str], **options) -> subprocess.Popen:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix=self._name)
        return self._pool.submit(subprocess.Popen, args, **options).result()

    def shutdown(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False)
            self._pool = None


def stop(children: Iterable[subprocess.Popen], timeout: float) -> None:
    """SIGTERM to every child still running, then wait for all of them together up to ``timeout``; a child
    still there then is killed."""
    children = list(children)
    for proc in children:
        if proc.poll() is None:
            proc.terminate()
    deadline = time.monotonic() + timeout
    for proc in children:
        try:
            proc.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
