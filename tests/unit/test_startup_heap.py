"""The console freezes what it loaded at startup out of the garbage collector's sight (ui/app.py), once, and
garbage made after that is still collected. Run in a child process: gc.freeze is process-wide."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import gc, weakref
    from smsdesk.ui.app import freeze_startup_heap

    class Node:
        pass

    before = gc.get_freeze_count()
    freeze_startup_heap()
    frozen = gc.get_freeze_count()
    freeze_startup_heap()  # a second main window (sign out and in, another language) freezes nothing more
    again = gc.get_freeze_count()

    a, b = Node(), Node()
    a.other, b.other = b, a  # a cycle made after startup: only the collector frees it
    gone = weakref.ref(a)
    del a, b
    gc.collect()
    print(before, frozen, again, gone() is None)
    """
)


def test_the_startup_heap_is_frozen_once_and_later_garbage_is_still_collected():
    out = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120, check=True
    ).stdout.split()
    before, frozen, again, collected = int(out[0]), int(out[1]), int(out[2]), out[3]
    assert before == 0
    assert frozen > 10_000  # Qt, the services and the rules: what a full collection would walk every time
    assert again == frozen
    assert collected == "True"
