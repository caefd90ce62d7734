"""Simulator settings and the outcome table behind ``--fail-mix``."""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass, field

from smsdesk.gateways.smpp.pdu import (
    ESME_RINVDSTADR,
    ESME_RSYSERR,
    MESSAGE_STATE_DELIVERED,
    MESSAGE_STATE_EXPIRED,
    MESSAGE_STATE_REJECTED,
    MESSAGE_STATE_UNDELIVERABLE,
)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happens to one submitted message: a receipt (stat/err) or a refused submit."""

    name: str
    stat: str = ""
    err: str = "000"
    message_state: int = 0
    # GSM MAP error for the network_error_code TLV, so err and the TLV tell the same story.
    network_error: int | None = None
    submit_status: int | None = None  # set: submit_sm_resp carries this error, no receipt

    @property
    def delivered(self) -> bool:
        return self.message_state == MESSAGE_STATE_DELIVERED


# err codes follow GSM MAP error values, which is what most SMSCs put there.
OUTCOMES: dict[str, Outcome] = {
    "delivered": Outcome("delivered", "DELIVRD", "000", MESSAGE_STATE_DELIVERED),
    "undeliverable": Outcome("undeliverable", "UNDELIV", "034", MESSAGE_STATE_UNDELIVERABLE, 34),  # system failure
    "expired": Outcome("expired", "EXPIRED", "027", MESSAGE_STATE_EXPIRED, 27),  # absent subscriber
    "rejected": Outcome("rejected", "REJECTD", "013", MESSAGE_STATE_REJECTED, 13),  # call barred
    "unknown": Outcome("unknown", "UNDELIV", "001", MESSAGE_STATE_UNDELIVERABLE, 1),  # unknown subscriber
    # Refused at submit time: a transient SMSC fault and a permanent bad number (for GW-4 retries).
    "sys_error": Outcome("sys_error", submit_status=ESME_RSYSERR),
    "bad_destination": Outcome("bad_destination", submit_status=ESME_RINVDSTADR),
}

DEFAULT_FAIL_MIX = "delivered=90,undeliverable=4,expired=2,rejected=2,unknown=2"


@dataclass(frozen=True, slots=True)
class FailMix:
    """Weighted outcomes; weights need not add up to 100."""

    weights: tuple[tuple[str, float], ...]
    _cumulative: tuple[float, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        total = 0.0
        cumulative = []
        for name, weight in self.weights:
            if name not in OUTCOMES:
                raise ValueError(f"unknown outcome {name!r}; known: {', '.join(OUTCOMES)}")
            if weight < 0:
                raise ValueError(f"weight of {name!r} is negative")
            total += weight
            cumulative.append(total)
        if total <= 0:
            raise ValueError("fail mix needs at least one positive weight")
        object.__setattr__(self, "_cumulative", tuple(c / total for c in cumulative))

    @classmethod
    def parse(cls, spec: str) -> FailMix:
        """``delivered=90,undeliverable=4,expired=2,rejected=2,unknown=2``."""
        weights = []
        seen = set()
        for part in spec.split(","):
            part = part.strip()
            if not part:
                continue
            name, sep, value = part.partition("=")
            name = name.strip().lower()
            if not sep:
                raise ValueError(f"fail mix entry {part!r} is not name=weight")
            if name in seen:
                raise ValueError(f"outcome {name!r} given twice")
            seen.add(name)
            try:
                weight = float(value)
            except ValueError:
                raise ValueError(f"weight of {name!r} is not a number: {value!r}") from None
            weights.append((name, weight))
        return cls(tuple(weights))

    def pick(self, rng: random.Random) -> Outcome:
        index = bisect.bisect_right(self._cumulative, rng.random())
        return OUTCOMES[self.weights[min(index, len(self.weights) - 1)][0]]

    def share(self, name: str) -> float:
        total = sum(weight for _, weight in self.weights)
        return sum(weight for n, weight in self.weights if n == name) / total


# MO replies: "T" and "退订" are the usual opt-out replies in China, "TD" the other short form.
REPLY_TEXTS = ("T", "退订", "TD", "OK", "Thanks", "STOP", "收到，谢谢", "好的")


@dataclass(frozen=True, slots=True, kw_only=True)
class SimscConfig:
    host: str = "127.0.0.1"
    port: int = 2775
    system_id: str | None = None  # None: any system_id may bind
    password: str | None = None  # None: any password
    smsc_system_id: str = "SMSDESK-SIM"
    latency_ms: float = 0.0  # before each submit_sm_resp
    receipt_delay_ms: float = 100.0  # submit -> delivery receipt
    reply_delay_ms: float = 500.0  # submit -> MO reply
    fail_mix: FailMix = field(default_factory=lambda: FailMix.parse(DEFAULT_FAIL_MIX))
    reply_rate: float = 0.0  # probability that a delivered message gets an MO reply
    tps: float = 0.0  # per system_id; above it submit_sm gets ESME_RTHROTTLED. 0: unlimited
    tps_burst: float = 0.0  # 0: a tenth of a second's worth, at least 1
    id_format: str = "hex"  # message ids in submit_sm_resp: "hex" or "dec"
    receipt_id_format: str = "same"  # ids in receipts: "same", "hex" or "dec" (real SMSCs differ)
    deliver_window: int = 1000  # deliver_sm awaiting deliver_sm_resp, per connection
    redeliver_delay_ms: float = 1000.0  # after a deliver_sm_resp with an error
    seed: int | None = None
    stats_interval_s: float = 0.0
    tls_cert: str | None = None
    tls_key: str | None = None

    def __post_init__(self) -> None:
        if self.id_format not in ("hex", "dec"):
            raise ValueError("id_format must be hex or dec")
        if self.receipt_id_format not in ("same", "hex", "dec"):
            raise ValueError("receipt_id_format must be same, hex or dec")
        if not 0.0 <= self.reply_rate <= 1.0:
            raise ValueError("reply_rate must be between 0 and 1")
        if self.tps < 0 or self.latency_ms < 0 or self.receipt_delay_ms < 0 or self.reply_delay_ms < 0:
            raise ValueError("tps and delays must not be negative")
        if self.deliver_window < 1:
            raise ValueError("deliver_window must be at least 1")
        if (self.tls_cert is None) != (self.tls_key is None):
            raise ValueError("tls_cert and tls_key go together")

    @property
    def effective_tps_burst(self) -> float:
        return self.tps_burst or max(1.0, self.tps / 10.0)
