"""The states a task, a message and a channel go through, and the failure categories of REP-6. The database
checks them (store/models_outbox.py); the console labels them (ui/tabs/tasks/labels.py)."""

from __future__ import annotations

TASK_STATUSES = (
    "preview",
    "awaiting_review",
    "rejected",
    "scheduled",
    "queued",
    "sending",
    "finished",
    "cancelled",
    "expired",
)
MESSAGE_STATUSES = ("queued", "sending", "submitted", "delivered", "failed", "expired", "cancelled")
# REP-6 failure categories.
FAILURE_CATEGORIES = ("timeout", "content_blocked", "invalid_number", "blacklisted", "quota", "gateway_error", "other")
CHANNEL_STATUSES = ("idle", "binding", "up", "down", "failing", "disabled")
