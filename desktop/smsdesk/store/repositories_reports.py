"""Queries of the Reports tab: the message detail's pages (smsdesk.report_detail_page, which decides the caller's
scope and masks numbers) and the names its filters offer."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

_PAGE_SQL = text(
    "SELECT task_id, id, next_id, group_path, owner_login, owner_name, kind, task_name, body, number, carrier,"
    " channel, segments, status, submitted_at, done_at, latency_ms, failure_category, error_code, reason"
    " FROM smsdesk.report_detail_page(cast(:f as jsonb), :at, :ai, :lim, :budget, :ticket)"
)


class ReportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def detail_rows(self, filters: dict, after_task: int | None, after_id: int | None, limit: int,
                    budget_ms: int, ticket: int | None) -> Sequence[tuple]:
        """Rows of smsdesk.report_detail_page as it returns them (a last row with id NULL: where it stopped)."""
        return self.session.execute(
            _PAGE_SQL,
            {"f": json.dumps(filters, ensure_ascii=False), "at": after_task, "ai": after_id, "lim": limit,
             "budget": budget_ms, "ticket": ticket},
        ).all()

    def export_chunks(self, filters: dict, chunk: int) -> list[tuple[int, int, int | None]]:
        """smsdesk.report_detail_export_plan: the ranges of task ids an export reads, newest first, with the
        messages each holds (about; None when unknown)."""
        return [(int(r[0]), int(r[1]), None if r[2] is None else int(r[2])) for r in self.session.execute(
            text("SELECT task_hi, task_lo, messages FROM smsdesk.report_detail_export_plan(cast(:f as jsonb), :c)"),
            {"f": json.dumps(filters, ensure_ascii=False), "c": chunk}).all()]

    def channel_names(self) -> list[tuple[int, str]]:
        return [(int(r[0]), r[1]) for r in self.session.execute(
            text("SELECT id, name FROM smsdesk.channel ORDER BY name")).all()]

    def reply_rows(self, filters: dict, after_id: int | None, limit: int, ticket: int | None) -> Sequence[tuple]:
        """Rows of smsdesk.report_replies_page (the caller's scope, masked numbers, what each reply matched)."""
        return self.session.execute(
            text("SELECT id, received_at, number, reply, opt_out, blacklisted, matched, task_id, task_name, kind,"
                 " owner_login, owner_name, group_path, sent_text, sent_at, can_delete"
                 " FROM smsdesk.report_replies_page(cast(:f as jsonb), :after, :lim, :ticket)"),
            {"f": json.dumps(filters, ensure_ascii=False), "after": after_id, "lim": limit, "ticket": ticket},
        ).all()

    def delete_replies(self, ids: Sequence[int]) -> int:
        return int(self.session.scalar(text("SELECT smsdesk.reply_delete(cast(:ids as bigint[]))"),
                                       {"ids": list(ids)}))

    def complaint_blacklist(self, message_ids: Sequence[int], scope: str, group_id: int | None, kind: str | None,
                            reason: str) -> tuple[int, int, int]:
        row = self.session.execute(
            text("SELECT added, existing, rejected FROM smsdesk.complaint_blacklist(cast(:m as bigint[]), :s, :g,"
                 " :k, :r)"),
            {"m": list(message_ids), "s": scope, "g": group_id, "k": kind, "r": reason},
        ).one()
        return int(row[0]), int(row[1]), int(row[2])

    def user_id(self, login: str) -> int | None:
        found = self.session.scalar(text("SELECT id FROM smsdesk.app_user WHERE login = :l"), {"l": login})
        return None if found is None else int(found)
