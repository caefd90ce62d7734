"""Running a test's coroutine without pytest-asyncio."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any


def run(coro: Coroutine[Any, Any, Any], timeout: float = 15.0) -> Any:
    """Run one test coroutine in a fresh loop, with a hard ceiling so a hang fails instead of stalling CI."""
    return asyncio.run(asyncio.wait_for(coro, timeout))
