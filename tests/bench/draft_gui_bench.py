"""Typing in the Send tab with a million pasted numbers while the draft is saved (issue #13: the draft used to go
into console.ini on every save, 0.9 s each on the GUI thread).

    QT_QPA_PLATFORM=offscreen python3 -m tests.bench.draft_gui_bench [--why]  # SMSDESK_TEST_DATABASE_URL, else embedded

The real Send tab: 1,000,000 numbers are pasted (Ctrl+V) into the numbers box, then a typist types into the message
with a pause after every few words, so the draft (12 MB) is saved again and again in the background; then the tab is
opened again and the draft read back. Prints one line: paste_ms (the paste itself, a one-off), paste_stall_ms (the
longest GUI stall from the paste until the pasted list is counted and saved in the background), longest_stall_ms (the
longest the GUI thread went without running its event loop while typing and saving), saves, save_ms (the slowest
background write), draft_mb, restore_ms (a new tab until the draft is back) and restore_stall_ms.
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
from tests.bench.send_bench import PASSWORD, numbers, seed_operator

PASTED = 1_000_000
WORDS = 12  # typed with a pause after each, long enough for the draft to be saved
KEYS_PER_WORD = 8
KEY_INTERVAL_S = 0.05  # a fast typist


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SMSDESK_DATA_DIR", tempfile.mkdtemp(prefix="smsdesk-draft-bench-"))
    os.environ.setdefault("SMSDESK_CONFIG_DIR", tempfile.mkdtemp(prefix="smsdesk-draft-bench-config-"))
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from smsdesk.infra import drafts
    from smsdesk.ui.app import _preload_main_window, freeze_startup_heap
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.jobs import JobRunner
    from smsdesk.ui.prefs import Prefs
    from smsdesk.ui.tabs.send import compose_page
    from smsdesk.ui.tabs.send.send_tab import SendTab

    app = QApplication.instance() or QApplication([])
    _preload_main_window()

    def run_for(seconds: float, done=lambda: False) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)

    writes: list[float] = []
    original_write = drafts.write_atomically

    def timed_write(path: Path, data) -> None:
        t0 = time.perf_counter()
        original_write(path, data)
        writes.append(time.perf_counter() - t0)

    drafts.write_atomically = timed_write
    pasted = "\n".join(numbers(PASTED, random.Random(13)))
    figures: dict[str, object] = {}
    with bench_database() as (target, su):
        seed_operator(su)
        signed = sign_in(target, "bench-op", PASSWORD)
        runner = JobRunner()
        runner.set_session(signed)
        prefs = Prefs()
        tab = SendTab(ConsoleContext(signed, runner, prefs))
        tab.resize(1100, 760)
        freeze_startup_heap()
        tab.show()
        tab.refresh()
        page = tab.compose
        run_for(30, lambda: not page.restoring_draft and runner.wait_idle(0))
        gaps = stall_meter("--why" in sys.argv)

        QApplication.clipboard().setText(pasted)
        page.paste.setFocus()
        gaps["on"], gaps["last"], gaps["max"] = True, time.perf_counter(), 0.0
        t0 = time.perf_counter()
        page.paste.paste()  # Ctrl+V: a million lines become the pasted list
        figures["paste_ms"] = (time.perf_counter() - t0) * 1000
        run_for(60, lambda: page._pasted_count is not None)  # counted in the background
        figures["counted"] = page._pasted_count
        run_for(10, lambda: not page.drafts.pending and runner.wait_idle(0))
        gaps["on"] = False
        figures["paste_stall_ms"] = gaps["max"] * 1000
        writes.clear()

        page.content.setFocus()
        gaps["on"], gaps["last"], gaps["max"] = True, time.perf_counter(), 0.0
        gaps.get("rearm", lambda: None)()
        for _word in range(WORDS):
            for _key in range(KEYS_PER_WORD):
                QTest.keyClick(page.content, Qt.Key.Key_A)
                run_for(KEY_INTERVAL_S)
            QTest.keyClick(page.content, Qt.Key.Key_Space)
            run_for(compose_page.SAVE_DELAY_MS / 1000 + 0.25)  # the typist pauses: the draft is saved
        run_for(10, lambda: not page.drafts.pending and runner.wait_idle(0))
        gaps["on"] = False
        figures["longest_stall_ms"] = gaps["max"] * 1000
        figures["saves"] = len(writes)
        figures["save_ms"] = max(writes, default=0.0) * 1000
        figures["draft_mb"] = page.drafts.path.stat().st_size / 1e6
        typed = page.content.toPlainText()
        tab.close()
        runner.wait_idle(60_000)

        # a new window: the draft comes back
        again = SendTab(ConsoleContext(signed, runner, prefs))
        again.resize(1100, 760)
        restored: list[bool] = []
        again.compose.draft_restored.connect(lambda: restored.append(True))
        gaps["on"], gaps["last"], gaps["max"] = True, time.perf_counter(), 0.0
        t0 = time.perf_counter()
        again.show()
        run_for(60, lambda: bool(restored))
        figures["restore_ms"] = (time.perf_counter() - t0) * 1000
        run_for(60, lambda: again.compose._pasted_count is not None)
        gaps["on"] = False
        figures["restore_stall_ms"] = gaps["max"] * 1000
        figures["restored"] = again.compose.content.toPlainText() == typed and again.compose._pasted_count == PASTED
        again.close()
        runner.wait_idle(60_000)
        signed.close()
    print(" ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()))


if __name__ == "__main__":
    main()
