"""Settings of the dispatcher process: every batch size, interval and threshold is explicit here."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class DispatcherSettings:
    name: str = "dispatcher"  # shown in the console and the audit log

    # Claiming: messages per round trip, how long a claim holds, how much each channel keeps in hand.
    claim_batch: int = 2000
    lease_s: int = 120
    backlog_per_window: int = 40  # a channel keeps window_size x this claimed ahead (at most claim_batch)
    idle_poll_s: float = 0.25  # with nothing to claim: look again this often (NOTIFY wakes us sooner)

    # Writing: outcomes, receipts and replies go to the database in batches this often.
    flush_interval_s: float = 0.05
    flush_max_rows: int = 5000
    max_buffered_receipts: int = 200_000  # beyond: answer deliver_sm with ESME_RX_T_APPN (SMSC redelivers)
    # Receipts and replies are acknowledged only once written; this many waiting start a write at once (an
    # SMSC's window of unanswered deliver_sm is often 10 to 100).
    ack_batch: int = 8

    # Housekeeping and liveness.
    control_interval_s: float = 1.0
    maintenance_full_every_s: float = 30.0
    # Retention purge (SEC-5): a turn of this many ms with the full maintenance, and every control tick while
    # older rows are left.
    retention_budget_ms: int = 500
    dead_grace_s: int = 5  # a dispatcher whose lock is gone and who was silent this long is dead
    task_refresh_s: float = 2.0
    words_refresh_s: float = 30.0

    # Channel health (GW-3): down when unbound this long; failing when most submits fail or nothing answers.
    down_after_s: float = 3.0
    stall_after_s: float = 5.0
    failure_window_s: float = 10.0
    failure_min_samples: int = 20
    failure_threshold: float = 0.5
    failing_cooldown_s: float = 30.0

    # SMPP session timers not kept per channel.
    reconnect_initial_s: float = 1.0
    reconnect_max_s: float = 30.0
    drain_timeout_s: float = 10.0

    # Database reconnects.
    db_retry_initial_s: float = 0.5
    db_retry_max_s: float = 5.0

    message_log: str | None = None  # path, "-" for standard error, None for none
    max_channels: int | None = None  # None: a fair share of the live dispatchers'
