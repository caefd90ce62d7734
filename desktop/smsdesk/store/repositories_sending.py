"""Queries of the Send tab (issue #6): the caller's quota, address-book picks checked by the database, and the
submit that queues recipients through ``smsdesk.send_submit`` in one call (numbers as binary text arrays: the
operator role has no TEMPORARY right, see 0004)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import psycopg
from sqlalchemy.orm import Session

from smsdesk.store.repositories_outbox import CODES_ARRAY, LINES_ARRAY, codes_param, lines_param


@dataclass(frozen=True)
class SenderState:
    quota_left: int
    review: bool  # the user or their group is set to review: tasks wait for approval


@dataclass(frozen=True)
class SentText:
    """What the database would send for a content (smsdesk.send_text): it bills these segments, not the console's."""

    content: str  # sensitive words masked with "*", unless the installation refuses them
    words: list[str]  # the sensitive words found
    refused: bool  # the installation refuses sensitive words, and there are some
    signature: str | None  # without its 【】
    signature_allowed: bool  # in the library of the caller's group or a group above it
    opt_out: str | None  # the installation's suffix, for marketing
    on_air: str
    segments: int


@dataclass(frozen=True)
class ContactCheck:
    contact_id: int
    shown: str  # masked unless the caller may see full numbers (SEC-3)
    state: str  # valid, invalid, duplicate, blacklisted
    scope: str | None  # the blacklist that blocks it


class SendRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _raw(self) -> psycopg.Connection:
        return self.session.connection().connection.driver_connection

    def sender(self) -> SenderState:
        row = (
            self._raw()
            .execute(
                "SELECT u.quota_limit - u.quota_used, u.review_mode OR coalesce(g.review_mode, false) "
                "FROM smsdesk.app_user u LEFT JOIN smsdesk.user_group g ON g.id = u.group_id "
                "WHERE u.role_name = session_user"
            )
            .fetchone()
        )
        if row is None:
            return SenderState(0, False)
        return SenderState(int(row[0]), bool(row[1]))

    def opt_out_suffix(self) -> str | None:
        return self._raw().execute("SELECT smsdesk.setting('opt_out_suffix') #>> '{}'").fetchone()[0]

    def send_text(self, kind: str, signature: str | None, content: str) -> SentText:
        row = (
            self._raw()
            .execute(
                "SELECT content, words, refused, signature, signature_allowed, opt_out, on_air, segments"
                " FROM smsdesk.send_text(%s, %s, %s)",
                (kind, signature, content),
            )
            .fetchone()
        )
        return SentText(row[0], list(row[1] or []), bool(row[2]), row[3], bool(row[4]), row[5], row[6], int(row[7]))

    def contact_check(
        self, contacts: Sequence[int], groups: Sequence[int], kind: str, numbers: Sequence[str]
    ) -> list[ContactCheck]:
        rows = (
            self._raw()
            .execute(
                "SELECT contact_id, shown, state, scope"
                " FROM smsdesk.send_contact_check(%s::bigint[], %s::bigint[], %s, %b::text[])",
                (list(contacts), list(groups), kind, list(numbers)),
            )
            .fetchall()
        )
        return [ContactCheck(int(r[0]), r[1] or "", r[2], r[3]) for r in rows]

    def submit(
        self,
        *,
        task_key: uuid.UUID,
        name: str,
        kind: str,
        content: str,
        signature: str | None,
        opt_out: str | None,
        segments: int,
        send_at: datetime | None,
        numbers: Sequence[str],
        carriers: Sequence[str],
        contacts: Sequence[int],
        groups: Sequence[int],
    ) -> tuple[int, str, int]:
        """Returns (task id, status, segments reserved)."""
        conn = self._raw()
        row = conn.execute(
            f"SELECT smsdesk.send_submit(%s, %s, %s, %s, %s, %s, %s, %s, {LINES_ARRAY}, {CODES_ARRAY}, %s::bigint[], "
            "%s::bigint[])",
            (
                task_key,
                name,
                kind,
                content,
                signature,
                opt_out,
                segments,
                send_at,
                *lines_param(numbers),
                *codes_param(carriers),
                list(contacts),
                list(groups),
            ),
        ).fetchone()
        task_id = int(row[0])
        status, reserved = conn.execute(
            "SELECT status, reserved FROM smsdesk.send_task WHERE id = %s", (task_id,)
        ).fetchone()
        return task_id, status, int(reserved)
