"""Pacing arithmetic for the session and the simulator: a token bucket and an exponential back-off.

Both take their clock and randomness from the caller, so they are tested without sleeping.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable


class TokenBucket:
    """``rate`` tokens per second, holding at most ``burst``; starts full."""

    __slots__ = ("_clock", "_last", "_tokens", "burst", "rate")

    def __init__(self, rate: float, burst: float = 1.0, clock: Callable[[], float] = time.monotonic) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate)
        self.burst = max(1.0, float(burst))
        self._clock = clock
        self._tokens = self.burst
        self._last = clock()

    def try_take(self, count: float = 1.0) -> float:
        """Take ``count`` tokens and return 0.0, or take nothing and return the seconds to wait."""
        now = self._clock()
        tokens = self._tokens + (now - self._last) * self.rate
        if tokens > self.burst:
            tokens = self.burst
        self._last = now
        # The epsilon absorbs float drift: waiting exactly the advised time must be enough.
        if tokens >= count - 1e-9:
            self._tokens = max(0.0, tokens - count)
            return 0.0
        self._tokens = tokens
        return (count - tokens) / self.rate

    @property
    def available(self) -> float:
        return min(self.burst, self._tokens + (self._clock() - self._last) * self.rate)


class Backoff:
    """Exponential back-off: initial, initial*multiplier, ... capped at ``maximum``.

    ``jitter`` (0..1) spreads each delay by up to that fraction downwards, so several
    dispatchers that lost the same SMSC do not reconnect in lock-step.
    """

    __slots__ = ("_random", "attempts", "initial", "jitter", "maximum", "multiplier")

    def __init__(
        self,
        initial: float,
        maximum: float,
        multiplier: float = 2.0,
        jitter: float = 0.0,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if initial < 0 or maximum < initial or multiplier < 1.0 or not 0.0 <= jitter <= 1.0:
            raise ValueError("need 0 <= initial <= maximum, multiplier >= 1, 0 <= jitter <= 1")
        self.initial = initial
        self.maximum = maximum
        self.multiplier = multiplier
        self.jitter = jitter
        self._random = rng
        self.attempts = 0

    def peek(self) -> float:
        """The un-jittered delay the next call to ``next_delay`` is based on."""
        # The exponent is capped so a link down for days cannot overflow the float.
        return min(self.maximum, self.initial * self.multiplier ** min(self.attempts, 64))

    def next_delay(self) -> float:
        delay = self.peek()
        self.attempts += 1
        if self.jitter:
            delay *= 1.0 - self.jitter * self._random()
        return delay

    def reset(self) -> None:
        self.attempts = 0
