"""Settings of one SMPP session (one channel's bind): every timer and limit is explicit here."""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from enum import StrEnum

from smsdesk.gateways.smpp.pdu import DEFAULT_MAX_PDU_SIZE, INTERFACE_VERSION_34


class BindMode(StrEnum):
    TRANSCEIVER = "trx"  # one link sends and receives
    TRANSMITTER_RECEIVER = "tx+rx"  # two links: submits on one, receipts and MO on the other
    TRANSMITTER = "tx"  # send-only channel: no receipts, no MO


@dataclass(frozen=True, slots=True, kw_only=True)
class SessionSettings:
    host: str
    port: int
    system_id: str
    password: str = ""
    system_type: str = ""
    bind_mode: BindMode = BindMode.TRANSCEIVER
    interface_version: int = INTERFACE_VERSION_34
    addr_ton: int = 0
    addr_npi: int = 0
    address_range: str = ""

    # Transport.
    tls: ssl.SSLContext | None = None
    tls_server_hostname: str | None = None  # defaults to host
    tcp_nodelay: bool = True  # SMPP is request/response in small PDUs: Nagle only adds latency
    max_pdu_size: int = DEFAULT_MAX_PDU_SIZE

    # Send window and pacing.
    window_size: int = 10  # max submit_sm awaiting submit_sm_resp
    queue_size: int = 0  # messages accepted by send() ahead of the window; 0 means window_size
    max_messages_per_second: float = 0.0  # token bucket rate; 0 means unlimited
    rate_burst: float = 1.0  # bucket size: how many may go back to back after an idle spell

    # Timers (seconds).
    connect_timeout_s: float = 10.0
    bind_timeout_s: float = 10.0
    submit_timeout_s: float = 30.0  # submit_sm -> submit_sm_resp
    enquire_link_interval_s: float = 30.0  # sent when nothing was received for this long
    enquire_link_timeout_s: float = 10.0  # no enquire_link_resp by then: the link is dead
    unbind_timeout_s: float = 5.0
    drain_timeout_s: float = 10.0  # close(): how long to wait for outstanding responses

    # Reconnect back-off.
    reconnect_initial_s: float = 1.0
    reconnect_max_s: float = 60.0
    reconnect_multiplier: float = 2.0
    reconnect_jitter: float = 0.1
    backoff_reset_after_s: float = 30.0  # a link that stayed bound this long resets the back-off

    # ESME_RTHROTTLED / ESME_RMSGQFUL: pause sending, then resend the same message.
    throttle_backoff_initial_s: float = 0.5
    throttle_backoff_max_s: float = 10.0
    throttle_max_retries: int = 8  # per message; then its result carries the throttling status

    # Inbound deliver_sm/data_sm: answer at once (False), or only when the owner calls Delivery.ack() once it
    # has stored the receipt or reply (True). Until then the SMSC keeps it and, if the link drops, delivers
    # it again; its own window of unanswered deliveries is what then slows it down.
    defer_deliver_ack: bool = False

    def __post_init__(self) -> None:
        if self.window_size < 1:
            raise ValueError("window_size must be at least 1")
        if self.max_messages_per_second < 0:
            raise ValueError("max_messages_per_second must not be negative")
        for name in ("connect_timeout_s", "bind_timeout_s", "submit_timeout_s", "enquire_link_interval_s",
                     "enquire_link_timeout_s", "unbind_timeout_s", "throttle_backoff_initial_s"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")
        if self.reconnect_max_s < self.reconnect_initial_s:
            raise ValueError("reconnect_max_s must be at least reconnect_initial_s")

    @property
    def peer(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def effective_queue_size(self) -> int:
        return self.queue_size or self.window_size
