"""What a write changed: the keys a write job declares (``runner.write(..., changes={Change.TASKS})``) and the
tabs listen for in ``on_changes(keys)`` to decide whether to read again.

A key belongs here only when some write of the console sends it (tests/ui/test_changes.py checks that every key a
tab listens for is sent by some write).
"""

from __future__ import annotations

from enum import StrEnum


class Change(StrEnum):
    APPROVALS = "approvals"  # a task or template was decided
    BLACKLIST = "blacklist"  # numbers added to or removed from a blacklist
    CONTACTS = "contacts"  # contacts, contact groups or contact fields
    ORGANISATION = "organisation"  # users or user groups added, changed, moved, deleted or restored
    PHRASES = "phrases"  # phrases and phrase groups
    QUOTA = "quota"  # a quota reserved, charged or refunded: a send, a cancel, a rejection
    SIGNATURES = "signatures"
    TASKS = "tasks"  # a task queued, decided or cancelled
    TEMPLATES = "templates"  # a template created, edited, deleted or decided
    WORDS = "words"  # the sensitive-word list
