"""Delivery latency histograms (submit to final receipt) as the rollups keep them, and percentiles read from them.

The bounds are the database's (``smsdesk.stat_latency_bounds()``; a test holds the two equal): bucket 1 is under
1 s, bucket k is [bound k-1, bound k), the last bucket an hour or more.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

LATENCY_BOUNDS: tuple[float, ...] = (1, 2, 5, 10, 20, 30, 60, 120, 180, 300, 600, 1800, 3600)
BUCKETS = len(LATENCY_BOUNDS) + 1


def bucket_of(seconds: float | None) -> int:
    """The bucket (1 to 14) of a latency in seconds; none or negative counts as no time at all."""
    value = max(seconds or 0.0, 0.0)
    for index, bound in enumerate(LATENCY_BOUNDS, start=1):
        if value < bound:
            return index
    return BUCKETS


def add(histograms: Iterable[Sequence[int] | None]) -> list[int]:
    """Histograms summed bucket by bucket (None: all zeros)."""
    total = [0] * BUCKETS
    for hist in histograms:
        if hist:
            for i, n in enumerate(hist[:BUCKETS]):
                total[i] += int(n)
    return total


def percentile(hist: Sequence[int] | None, p: float) -> float | None:
    """The latency, in seconds, below which a share ``p`` (0 < p <= 1) of the counted messages arrived: the upper
    bound of the bucket where that share is reached (an upper estimate; ``inf`` in the last bucket). None when the
    histogram counts nothing."""
    if not 0 < p <= 1:
        raise ValueError("p is a share between 0 and 1")
    counts = add([hist])
    total = sum(counts)
    if total <= 0:
        return None
    needed = p * total
    running = 0
    for index, n in enumerate(counts):
        running += n
        if running >= needed:
            return LATENCY_BOUNDS[index] if index < len(LATENCY_BOUNDS) else float("inf")
    return float("inf")
