"""Cost per segment (SEND-3, GW-5), in Decimal and never float."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smsdesk.domain.pricing import PriceList, as_price


def test_cost_is_exact_decimal():
    prices = PriceList("0.045")
    assert prices.cost(3, "notification") == Decimal("0.135")
    assert prices.cost(0, "notification") == Decimal("0")
    assert prices.cost(200_000 * 2, "marketing") == Decimal("18000.000")
    assert isinstance(prices.cost(1, "alert"), Decimal)


def test_most_specific_override_wins():
    prices = PriceList(
        Decimal("0.045"),
        {("marketing", None): "0.05", ("marketing", "cmcc-1"): "0.048", ("verification", "backup"): 1},
    )
    assert prices.unit_price("notification") == Decimal("0.045")
    assert prices.unit_price("marketing") == Decimal("0.05")
    assert prices.unit_price("marketing", "other") == Decimal("0.05")
    assert prices.unit_price("marketing", "cmcc-1") == Decimal("0.048")
    assert prices.unit_price("verification", "backup") == Decimal("1")
    assert prices.unit_price("verification", "main") == Decimal("0.045")
    assert prices.cost(4, "marketing", "cmcc-1") == Decimal("0.192")


@pytest.mark.parametrize("price", [0.045, float("nan")])
def test_float_prices_are_refused(price):
    with pytest.raises(TypeError, match="must not be floats"):
        PriceList(price)
    with pytest.raises(TypeError):
        PriceList("0.045", {("marketing", None): price})


@pytest.mark.parametrize("segments", [1.0, 2.5])
def test_float_segments_are_refused(segments):
    with pytest.raises(TypeError):
        PriceList("0.045").cost(segments, "notification")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("-0.01", ValueError),
        ("abc", ValueError),
        ("Infinity", ValueError),
        ("NaN", ValueError),
        (True, TypeError),
        (None, TypeError),
    ],
)
def test_bad_prices(value, error):
    with pytest.raises(error):
        as_price(value)


def test_bad_segments_and_kinds():
    prices = PriceList("0.045")
    with pytest.raises(ValueError):
        prices.cost(-1, "notification")
    with pytest.raises(TypeError):
        prices.cost(True, "notification")
    with pytest.raises(ValueError, match="unknown message kind"):
        prices.cost(1, "spam")
    with pytest.raises(ValueError, match="unknown message kind"):
        PriceList("0.045", {("spam", None): "1"})
