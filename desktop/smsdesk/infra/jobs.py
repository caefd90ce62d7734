"""What long work reports to: progress and cancel. The console's ``ui.jobs.Job`` is one; ``QuietJob`` stands in
on the command line, in tests and wherever nobody watches."""

from __future__ import annotations

from typing import Protocol


class JobLike(Protocol):
    """Progress (throttled by the console) and a cancel check that raises once the user cancelled."""

    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None: ...

    def check(self) -> None: ...


class QuietJob:
    """A job nobody watches: no progress, never cancelled."""

    cancelled = False

    def progress(self, done: int, total: int, text: str = "", *, force: bool = False) -> None:
        pass

    def check(self) -> None:
        pass
