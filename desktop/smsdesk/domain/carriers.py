"""The mainland's three carriers, as ``numbers.Number.carrier`` names them; others (China Broadnet, foreign
networks) come through in phonenumbers' English. Apart from ``numbers`` so that the dispatcher's routing reads them
without loading phonenumbers and numpy at start-up."""

from __future__ import annotations

CARRIER_NAMES: tuple[str, ...] = ("China Mobile", "China Unicom", "China Telecom")
