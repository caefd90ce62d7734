"""The Send tab with a 1,000,000-number CSV, driven through its real widgets and job runner, timed from the
GUI thread (issue #6: the GUI thread never stalls more than 100 ms meanwhile, with a progress bar and a
working cancel).

    QT_QPA_PLATFORM=offscreen python3 -m tests.bench.send_gui_bench [--why]  # SMSDESK_TEST_DATABASE_URL, else embedded

Prints one line: file_to_columns_s, preview_s, cancelled_preview_s, submit_s and gui_max_stall_ms (the longest
the GUI thread went without running its event loop while any of that work ran in the background), then that
longest stall phase by phase (file, cancel, preview, submit).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

from smsdesk.services.auth import sign_in
from tests.bench._db import bench_database
from tests.bench._gui import stall_meter
from tests.bench.send_bench import PASSWORD, seed_operator, write_csv


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from smsdesk.ui.app import _preload_main_window, freeze_startup_heap
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.jobs import JobRunner
    from smsdesk.ui.prefs import Prefs
    from smsdesk.ui.tabs.send.send_tab import SendTab

    work = Path(tempfile.mkdtemp(prefix="smsdesk-send-gui-bench-"))
    csv_path = write_csv(work / "million.csv", 1_000_000, random.Random(6))
    app = QApplication.instance() or QApplication([])
    _preload_main_window()  # what the console loads in the background while its sign-in window is shown
    with bench_database() as (target, su):
        seed_operator(su)
        signed = sign_in(target, "bench-op", PASSWORD)
        runner = JobRunner()
        runner.set_session(signed)
        prefs = Prefs()
        prefs.raw().clear()
        tab = SendTab(ConsoleContext(signed, runner, prefs))
        tab.resize(1100, 760)
        freeze_startup_heap()  # as the console does when its main window is built
        tab.show()
        tab.refresh()
        page = tab.compose
        app.processEvents()
        gaps = stall_meter("--why" in sys.argv)

        stalls: dict[str, float] = {}

        def until(done, start, timeout_s: float = 300.0, phase: str = "") -> float:
            before = gaps["max"]
            gaps["max"] = 0.0
            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(10)
            poll.timeout.connect(lambda: done() and loop.quit())
            QTimer.singleShot(int(timeout_s * 1000), loop.quit)
            gaps["on"], gaps["last"] = True, time.perf_counter()
            gaps.get("rearm", lambda: None)()
            t0 = time.perf_counter()
            start()
            poll.start()
            if not done():
                loop.exec()
            poll.stop()
            gaps["on"] = False
            if phase:
                stalls[phase] = max(stalls.get(phase, 0.0), gaps["max"])
            gaps["max"] = max(before, gaps["max"])
            if not done():
                raise TimeoutError(start)
            return time.perf_counter() - t0

        figures = {}
        page.content.setPlainText("您的账单已出，请按时还款。")
        columns_shown = lambda: page.column_combo.count() > 0  # noqa: E731
        figures["file_to_columns_s"] = until(columns_shown, lambda: page.set_file(str(csv_path)), phase="file")
        shown: list = []
        page.preview_shown.connect(shown.append)
        # a preview cancelled half-way: the form comes back, nothing is kept
        t0 = time.perf_counter()
        until(
            lambda: (page.progress.isVisible() and page.progress.value() > 0) or bool(shown),
            page.start_preview,
            phase="cancel",
        )
        until(lambda: not page.progress.isVisible(), page.cancel, phase="cancel")
        figures["cancelled_preview_s"] = time.perf_counter() - t0
        figures["cancel_worked"] = not shown and page.stack.currentWidget() is page.form
        figures["preview_s"] = until(lambda: bool(shown), page.start_preview, phase="preview")
        figures["valid"] = shown[-1].valid_count
        results: list = []
        page.submitted.connect(results.append)
        figures["submit_s"] = until(lambda: bool(results), page.confirm, phase="submit")
        figures["status"] = results[-1].status
        figures["gui_max_stall_ms"] = gaps["max"] * 1000
        figures.update({f"{phase}_stall_ms": seconds * 1000 for phase, seconds in stalls.items()})
        runner.wait_idle(60_000)
        tab.close()
        signed.close()
    print(" ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
