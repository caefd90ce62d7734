"""Latency buckets and percentiles as the rollups keep them."""

from __future__ import annotations

import math

import pytest

from smsdesk.domain import latency


def test_buckets_follow_the_bounds():
    assert latency.bucket_of(None) == 1
    assert latency.bucket_of(-3) == 1
    assert latency.bucket_of(0.99) == 1
    assert latency.bucket_of(1) == 2
    assert latency.bucket_of(4.5) == 3
    assert latency.bucket_of(3599) == 13
    assert latency.bucket_of(3600) == 14
    assert latency.bucket_of(10**9) == latency.BUCKETS == 14


def test_percentiles_are_upper_bounds_of_the_bucket_reached():
    hist = [0] * 14
    hist[0], hist[2], hist[6] = 50, 40, 10  # <1 s, [2, 5) s, [30, 60) s
    assert latency.percentile(hist, 0.5) == 1
    assert latency.percentile(hist, 0.9) == 5
    assert latency.percentile(hist, 0.99) == 60
    assert latency.percentile(None, 0.5) is None
    assert latency.percentile([0] * 13 + [3], 0.5) == math.inf
    with pytest.raises(ValueError):
        latency.percentile(hist, 0)


def test_histograms_add_bucket_by_bucket():
    assert latency.add([[1] * 14, None, [2] * 14]) == [3] * 14
