"""Running a test's coroutine without pytest-asyncio, and waiting inside it for a condition."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any


def run(coro: Coroutine[Any, Any, Any], timeout: float = 15.0) -> Any:
    """Run one test coroutine in a fresh loop, with a hard ceiling so a hang fails instead of stalling CI."""
    return asyncio.run(asyncio.wait_for(coro, timeout))


async def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    """Polls ``predicate`` on the running loop until it holds; fails the test after ``timeout`` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)
