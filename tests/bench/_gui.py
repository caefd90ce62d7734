"""What the GUI benchmarks share."""

from __future__ import annotations

import faulthandler
import gc
import os
import sys
import time


def explain_stalls(gaps: dict) -> None:
    """--why: when the GUI thread goes 80 ms (or $WHY_MS) without running its event loop, print every thread's
    stack, and report every garbage collection over 20 ms (stderr).

    faulthandler's watchdog is a C thread that needs no GIL: it catches a thread that holds the GIL in one long
    C call as well as a GUI thread busy in Qt. A timer on the GUI thread re-arms it every 5 ms while ``gaps["on"]``.
    """
    from PySide6.QtCore import QTimer

    def rearm() -> None:
        if gaps["on"]:
            faulthandler.dump_traceback_later(float(os.environ.get("WHY_MS", "80")) / 1000, file=sys.stderr)
        else:
            faulthandler.cancel_dump_traceback_later()

    started = {}

    def collections(phase: str, info: dict) -> None:
        """A full collection walks every tracked object while holding the GIL: name the slow ones."""
        if phase == "start":
            started["t"] = time.perf_counter()
        elif (took := time.perf_counter() - started.get("t", time.perf_counter())) > 0.02:
            tracked = gc.get_objects()
            big = sorted(len(o) for o in tracked if isinstance(o, list | dict | set | tuple) and len(o) > 50_000)
            print(
                f"gc: generation {info['generation']} took {took * 1000:.0f} ms, {len(tracked):,} objects tracked,"
                f" containers over 50,000: {big}",
                file=sys.stderr,
            )

    gc.callbacks.append(collections)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(rearm)
    timer.start()
    gaps["why_timer"] = timer  # kept alive with the figures
    gaps["rearm"] = rearm  # a bench calls it when a phase starts, so a stall in the phase's first step is caught


def stall_meter(why: bool = False) -> dict:
    """A 5 ms timer on the GUI thread: while ``gaps["on"]``, ``gaps["max"]`` is the longest the thread went
    between two ticks (a bench sets ``gaps["last"]`` when it turns measuring on). ``why``: explain_stalls too."""
    from PySide6.QtCore import QTimer

    gaps: dict = {"max": 0.0, "last": time.perf_counter(), "on": False}

    def tick() -> None:
        now = time.perf_counter()
        if gaps["on"]:
            gaps["max"] = max(gaps["max"], now - gaps["last"])
        gaps["last"] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    gaps["timer"] = timer  # kept alive with the figures
    if why:
        explain_stalls(gaps)
    return gaps
