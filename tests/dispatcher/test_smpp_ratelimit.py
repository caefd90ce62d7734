"""Token bucket and back-off, on a fake clock."""

from __future__ import annotations

import pytest

from smsdesk.gateways.smpp.ratelimit import Backoff, TokenBucket


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bucket_starts_full_then_paces() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=10, burst=3, clock=clock)
    assert [bucket.try_take() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.try_take() == pytest.approx(0.1)
    clock.now += 0.05
    assert bucket.try_take() == pytest.approx(0.05)
    clock.now += 0.05
    assert bucket.try_take() == 0.0


def test_bucket_never_exceeds_rate_over_a_long_run() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=50, burst=5, clock=clock)
    taken = 0
    for _ in range(10_000):  # poll every millisecond for 10 seconds
        if bucket.try_take() == 0.0:
            taken += 1
        clock.now += 0.001
    assert 500 <= taken <= 505  # rate * seconds, plus at most the initial burst


def test_bucket_caps_idle_credit() -> None:
    clock = FakeClock()
    bucket = TokenBucket(rate=100, burst=2, clock=clock)
    clock.now += 60
    assert bucket.available == 2


def test_backoff_doubles_to_the_cap_and_resets() -> None:
    backoff = Backoff(initial=1.0, maximum=10.0)
    assert [backoff.next_delay() for _ in range(6)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    backoff.reset()
    assert backoff.next_delay() == 1.0
    backoff.attempts = 10_000
    assert backoff.next_delay() == 10.0


def test_backoff_jitter_only_shortens() -> None:
    backoff = Backoff(initial=1.0, maximum=8.0, jitter=0.5, rng=lambda: 1.0)
    assert backoff.next_delay() == 0.5


@pytest.mark.parametrize("args", [(2.0, 1.0), (-1.0, 1.0), (1.0, 2.0, 0.5)])
def test_backoff_rejects_nonsense(args: tuple[float, ...]) -> None:
    with pytest.raises(ValueError):
        Backoff(*args)
