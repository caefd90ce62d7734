"""Writes only the demo organisation makes (smsdesk/demo/): weeks of finished history copied in as they would
have been recorded, and the installation owner acting as a demo user so that everything else goes through the
ordinary checked functions and their audit. The session is the installation owner's (a superuser)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

import psycopg
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from smsdesk.store.models import AppUser
from smsdesk.store.models_outbox import Channel, SendTask

_TASK_COLUMNS = (
    "task_key", "owner_id", "group_id", "name", "kind", "signature", "content", "opt_out", "status", "send_at",
    "expires_at", "recipient_count", "segments_per_message", "reserved", "charged", "refunded", "submitted_count",
    "delivered_count", "failed_count", "created_at", "updated_at", "finished_at", "reviewed_by", "reviewed_at",
    "review_reason",
)  # fmt: skip
COPY_TABLES = ("message", "inbound_reply", "quota_movement", "channel_event")


class DemoRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _raw(self) -> psycopg.Connection:
        return self.session.connection().connection.driver_connection

    # -- acting as a demo user ---------------------------------------------------------------------------

    def role_of(self, login: str) -> str | None:
        """The login role of an active user, or None."""
        return self.session.execute(
            text("SELECT role_name FROM smsdesk.app_user WHERE login = :l AND status = 'normal'"), {"l": login}
        ).scalar()

    def act_as(self, role: str | None) -> None:
        """SET LOCAL SESSION AUTHORIZATION: smsdesk.me() reads session_user; None goes back to the owner."""
        if role is None:
            self.session.execute(text("RESET SESSION AUTHORIZATION"))
        else:
            quoted = role.replace('"', '""')
            self.session.execute(text(f'SET LOCAL SESSION AUTHORIZATION "{quoted}"'))

    # -- what is there already -----------------------------------------------------------------------------

    def user_ids(self, logins: Sequence[str]) -> dict[str, tuple[int, int]]:
        """login -> (user id, group id)."""
        rows = self.session.execute(
            select(AppUser.login, AppUser.id, AppUser.group_id).where(AppUser.login.in_(list(logins)))
        ).all()
        return {login: (int(uid), int(gid)) for login, uid, gid in rows}

    def has_tasks(self) -> bool:
        return self.session.scalar(select(func.count()).select_from(SendTask)) > 0

    def existing_keys(self, keys: Sequence[uuid.UUID]) -> set[uuid.UUID]:
        rows = self.session.execute(
            text("SELECT task_key FROM smsdesk.send_task WHERE task_key = ANY (CAST(:k AS uuid[]))"),
            {"k": [str(k) for k in keys]},
        ).all()
        return {r[0] if isinstance(r[0], uuid.UUID) else uuid.UUID(str(r[0])) for r in rows}

    def channel_ids(self, names: Sequence[str]) -> dict[str, int]:
        rows = self.session.execute(select(Channel.name, Channel.id).where(Channel.name.in_(list(names)))).all()
        return {name: int(cid) for name, cid in rows}

    # -- history, copied in ------------------------------------------------------------------------------

    def insert_tasks(self, rows: Sequence[dict[str, Any]]) -> dict[uuid.UUID, int]:
        conn = self._raw()
        with conn.cursor().copy(f"COPY smsdesk.send_task ({', '.join(_TASK_COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(tuple(row.get(c) for c in _TASK_COLUMNS))
        keys = [row["task_key"] for row in rows]
        found = conn.execute("SELECT task_key, id FROM smsdesk.send_task WHERE task_key = ANY(%s)", (keys,)).fetchall()
        return {key: int(task_id) for key, task_id in found}

    def copy_rows(self, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        if table not in COPY_TABLES:
            raise ValueError(table)
        with self._raw().cursor().copy(f"COPY smsdesk.{table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def record_history(self, task_ids: Sequence[int]) -> None:
        """What the recording functions would have recorded for these finished tasks besides their raw rows: the
        prices in force at submit (task_queue), each reply's message (record_replies: the newest message of its
        task to its number), and the rollups, staged by the same functions the recording functions call
        (_stat_stage, _stat_stage_replies) and added at commit by the same trigger."""
        ids = list(task_ids)
        conn = self._raw()
        conn.execute("UPDATE smsdesk.send_task SET prices = smsdesk.task_prices(kind, created_at) WHERE id = ANY (%s)",
                     (ids,))  # fmt: skip
        conn.execute(
            """UPDATE smsdesk.inbound_reply r
                  SET message_id = (SELECT m.id FROM smsdesk.message m WHERE m.task_id = r.task_id
                                       AND m.number = r.number ORDER BY m.id DESC LIMIT 1)
                WHERE r.task_id = ANY (%s) AND r.message_id IS NULL""", (ids,))  # fmt: skip
        conn.execute(
            """SELECT smsdesk._stat_stage(array_agg(g.task_id), array_agg(g.carrier), array_agg(g.channel),
                                          array_agg(g.outcome), array_agg(g.category), array_agg(g.n),
                                          array_agg(g.seg), array_agg(g.ref), array_agg(g.bucket), false)
                 FROM (SELECT m.task_id, coalesce(m.carrier, '') AS carrier,
                              CASE WHEN m.status IN ('queued', 'sending', 'submitted') THEN 0
                                   ELSE coalesce(m.channel_id, 0) END AS channel,
                              CASE WHEN m.status IN ('queued', 'sending', 'submitted') THEN 'pending'
                                   ELSE m.status END AS outcome,
                              CASE WHEN m.status IN ('failed', 'expired') THEN coalesce(m.failure_category, '')
                                   ELSE '' END AS category,
                              count(*)::bigint AS n, sum(m.segments)::bigint AS seg,
                              sum(CASE WHEN m.status IN ('expired', 'cancelled')
                                            OR (m.status = 'failed' AND m.attempts > 0)
                                       THEN m.segments ELSE 0 END)::bigint AS ref,
                              CASE WHEN m.status = 'delivered'
                                   THEN smsdesk.stat_latency_bucket(extract(epoch FROM m.done_at - m.submitted_at)
                                                                    ::double precision)
                                   ELSE 0 END AS bucket
                         FROM smsdesk.message m WHERE m.task_id = ANY (%s)
                        GROUP BY 1, 2, 3, 4, 5, 9) g""", (ids,))  # fmt: skip
        conn.execute(
            """SELECT smsdesk._stat_stage_replies(array_agg(r.message_id ORDER BY r.id),
                                                  array_agg(r.opt_out ORDER BY r.id))
                 FROM smsdesk.inbound_reply r WHERE r.task_id = ANY (%s) AND r.message_id IS NOT NULL""",
            (ids,))  # fmt: skip

    def add_quota_used(self, user_id: int, amount: int) -> None:
        self.session.execute(
            text("UPDATE smsdesk.app_user SET quota_used = quota_used + :a WHERE id = :u"), {"a": amount, "u": user_id}
        )

    def opt_out(self, numbers: Sequence[str]) -> int:
        return int(
            self.session.execute(
                text("SELECT smsdesk._dispatch_opt_out(cast(:n as text[]), 'opt-out reply (demo history)')"),
                {"n": list(numbers)},
            ).scalar_one()
        )
