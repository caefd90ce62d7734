"""One colour per failure category, carrier, kind, outcome and channel, the same in every chart: Paul Tol's muted
and Okabe-Ito's palettes, both readable with the common colour-vision deficiencies."""

from __future__ import annotations

import zlib

# Okabe & Ito (2008)
OKABE_ITO = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

CATEGORY = {  # Paul Tol, "muted"
    "timeout": "#DDCC77",
    "content_blocked": "#AA4499",
    "invalid_number": "#CC6677",
    "blacklisted": "#332288",
    "quota": "#999933",
    "gateway_error": "#44AA99",
    "other": "#BBBBBB",
}
CARRIER = {
    "China Mobile": "#0072B2",
    "China Unicom": "#D55E00",
    "China Telecom": "#009E73",
    "China Broadnet": "#CC79A7",
    "": "#999999",
}
KIND = {"verification": "#E69F00", "notification": "#56B4E9", "marketing": "#CC79A7", "alert": "#D55E00"}
OUTCOME = {"delivered": "#009E73", "failed": "#D55E00", "pending": "#BBBBBB", "cancelled": "#DDDDDD"}
PREVIOUS = "#555555"
PERCENTILE = {"p50": "#009E73", "p90": "#E69F00", "p99": "#D55E00"}
STATUS = {"up": "#009E73", "down": "#D55E00", "failing": "#E69F00", "binding": "#56B4E9", "idle": "#BBBBBB",
          "disabled": "#777777"}
_CHANNELS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#882255", "#117733", "#332288")


def channel(channel_id: int) -> str:
    """A channel keeps its colour in every chart (by its id)."""
    return "#999999" if not channel_id else _CHANNELS[(int(channel_id) - 1) % len(_CHANNELS)]


def carrier(name: str) -> str:
    return CARRIER.get(name or "", OKABE_ITO[_stable(name)])


def category(name: str) -> str:
    return CATEGORY.get(name, CATEGORY["other"])


def kind(name: str) -> str:
    return KIND.get(name, "#999999")


def for_dimension(dimension: str, key) -> str:
    if dimension == "channel":
        return channel(key)
    if dimension == "carrier":
        return carrier(key)
    if dimension == "kind":
        return kind(key)
    return OKABE_ITO[_stable(str(key))]


def _stable(name: str) -> int:
    return zlib.crc32(name.encode()) % len(OKABE_ITO)
