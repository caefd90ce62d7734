"""What the GUI benchmarks share."""

from __future__ import annotations

import sys
import time


def explain_stalls(gaps: dict) -> None:
    """--why: when the GUI thread is 80 ms late, print what every thread is doing (to stderr)."""
    import threading
    import traceback

    main = threading.main_thread().ident

    def watch():
        reported = 0.0
        while True:
            time.sleep(0.01)
            late = time.perf_counter() - gaps["last"]
            if gaps["on"] and late > 0.08 and gaps["last"] != reported:
                reported = gaps["last"]
                stacks = []
                for tid, frame in sys._current_frames().items():
                    if tid != threading.get_ident():
                        who = "GUI" if tid == main else f"thread {tid}"
                        stacks.append(f"--- {who}\n" + "".join(traceback.format_stack(frame, limit=5)))
                print(f"=== GUI thread {late * 1000:.0f} ms late\n" + "".join(stacks), file=sys.stderr)

    threading.Thread(target=watch, daemon=True).start()
