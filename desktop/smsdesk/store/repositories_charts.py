"""The charts' queries (REP-6): sums over the hourly rollups (smsdesk.stat_hour), read as the signed-in user, whose
row-level security decides the scope (operators their own rows, administrators and reviewers their subtree).

Every query takes the same filter: a range of local days in a whole-hour time zone (so days and months are sums
of the rollups' UTC hours), a group with its sub-groups, a user, a kind, a channel, a carrier and a template.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

DIMENSIONS = {"channel": "channel_id", "carrier": "carrier", "kind": "kind", "template": "template_id"}
FAILED = "outcome IN ('failed', 'expired')"
SUBTREE = "SELECT g.id FROM smsdesk.user_group g WHERE g.id_path @> ARRAY[CAST(:g AS bigint)]"


@dataclass(frozen=True)
class Scope:
    """The rows a chart sums: local days ``date_from``..``date_to`` (inclusive) in ``tz``, and the filters."""

    date_from: dt.date
    date_to: dt.date
    tz: str = "Asia/Shanghai"
    group_id: int | None = None
    user_id: int | None = None
    kind: str | None = None
    channel_id: int | None = None
    carrier: str | None = None
    template_id: int | None = None
    until: dt.datetime | None = None  # an earlier end than the last day's (today up to this hour)
    since: dt.datetime | None = None  # a later start than the first day's (the last hour)


def _where(scope: Scope, *, skip: tuple[str, ...] = ()) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {
        "d_from": scope.date_from,
        "d_to": scope.date_to + dt.timedelta(days=1),
        "tz": scope.tz,
    }
    parts = [
        "s.hour >= (CAST(:d_from AS date)::timestamp AT TIME ZONE CAST(:tz AS text))",
        "s.hour < (CAST(:d_to AS date)::timestamp AT TIME ZONE CAST(:tz AS text))",
    ]
    if scope.since is not None:
        parts.append("s.hour >= :since")
        params["since"] = scope.since
    if scope.until is not None:
        parts.append("s.hour < :until")
        params["until"] = scope.until
    if scope.group_id is not None and "group" not in skip:
        parts.append(f"s.group_id IN ({SUBTREE})")
        params["g"] = scope.group_id
    for name, column in (
        ("user_id", "user_id"),
        ("kind", "kind"),
        ("channel_id", "channel_id"),
        ("carrier", "carrier"),
        ("template_id", "template_id"),
    ):
        value = getattr(scope, name)
        if value is not None and name not in skip:
            parts.append(f"s.{column} = :{name}")
            params[name] = value
    return " AND ".join(parts), params


DAY_ZONE = "Asia/Shanghai"  # smsdesk.stat_day_zone(): the days stat_day sums


def _daily(scope: Scope) -> bool:
    """Whether stat_day (a few rows per user, kind and day) answers: whole days of its zone, filtered at most by
    group, user and kind."""
    return (scope.tz == DAY_ZONE and scope.until is None and scope.since is None and scope.channel_id is None
            and scope.carrier is None and scope.template_id is None)


def _where_day(scope: Scope) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"d_first": scope.date_from, "d_last": scope.date_to}
    parts = ["d.day BETWEEN :d_first AND :d_last", "d.outcome <> ''"]
    if scope.group_id is not None:
        parts.append(f"d.group_id IN ({SUBTREE})")
        params["g"] = scope.group_id
    if scope.user_id is not None:
        parts.append("d.user_id = :user_id")
        params["user_id"] = scope.user_id
    if scope.kind is not None:
        parts.append("d.kind = :kind")
        params["kind"] = scope.kind
    return " AND ".join(parts), params


_DAY_COUNTS = f"""
    sum(d.messages) AS messages,
    coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'delivered'), 0) AS delivered,
    coalesce(sum(d.messages) FILTER (WHERE d.{FAILED}), 0) AS failed,
    coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'pending'), 0) AS pending,
    coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'cancelled'), 0) AS cancelled"""


class ChartRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _all(self, sql: str, params: dict[str, Any]) -> list[Any]:
        return list(self.session.execute(text(sql), params).all())

    # -- sums over the rollups ----------------------------------------------------------------------------------

    def volume(self, scope: Scope, by: str) -> list[Any]:
        """(period as local wall time, messages, delivered, failed, pending, cancelled) per bin that has rows."""
        if by in ("day", "month") and _daily(scope):
            where, params = _where_day(scope)
            params["by"] = by
            return self._all(
                f"""
                SELECT date_trunc(CAST(:by AS text), d.day::timestamp) AS period, {_DAY_COUNTS}
                FROM smsdesk.stat_day d WHERE {where}
                GROUP BY 1 ORDER BY 1
                """,
                params,
            )
        where, params = _where(scope)
        params["by"] = by
        return self._all(
            f"""
            SELECT (date_trunc(CAST(:by AS text), s.hour, CAST(:tz AS text)) AT TIME ZONE CAST(:tz AS text)) AS period,
                   sum(s.messages) AS messages,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0) AS delivered,
                   coalesce(sum(s.messages) FILTER (WHERE s.{FAILED}), 0) AS failed,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0) AS pending,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'cancelled'), 0) AS cancelled
            FROM smsdesk.stat_hour s WHERE {where}
            GROUP BY 1 ORDER BY 1
            """,
            params,
        )

    def peaks(self, scope: Scope) -> list[Any]:
        """(ISO weekday 1-7, local hour 0-23, messages)."""
        where, params = _where(scope)
        return self._all(
            f"""
            SELECT extract(isodow FROM s.hour AT TIME ZONE CAST(:tz AS text))::int AS weekday,
                   extract(hour FROM s.hour AT TIME ZONE CAST(:tz AS text))::int AS hour,
                   sum(s.messages) AS messages
            FROM smsdesk.stat_hour s WHERE {where}
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
            params,
        )

    def outcomes_over_time(self, scope: Scope, by: str, dimension: str) -> list[Any]:
        """(period, dimension value, messages, delivered, failed, pending) for the rates per channel or carrier."""
        column = DIMENSIONS[dimension]
        where, params = _where(scope)
        params["by"] = by
        return self._all(
            f"""
            SELECT (date_trunc(CAST(:by AS text), s.hour, CAST(:tz AS text)) AT TIME ZONE CAST(:tz AS text)) AS period,
                   s.{column} AS dim,
                   sum(s.messages) AS messages,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0) AS delivered,
                   coalesce(sum(s.messages) FILTER (WHERE s.{FAILED}), 0) AS failed,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0) AS pending
            FROM smsdesk.stat_hour s WHERE {where}
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
            params,
        )

    def latency(self, scope: Scope, dimension: str, buckets: int) -> list[Any]:
        """(dimension value, delivered messages, the summed latency histogram as a list): each bucket summed as
        its own column, so no row is unnested."""
        column = DIMENSIONS[dimension]
        where, params = _where(scope)
        sums = ", ".join(f"coalesce(sum(s.latency_hist[{i}]), 0)" for i in range(1, buckets + 1))
        return self._all(
            f"""
            SELECT s.{column} AS dim, sum(s.messages) AS messages, ARRAY[{sums}] AS hist
            FROM smsdesk.stat_hour s WHERE {where} AND s.outcome = 'delivered'
            GROUP BY 1 ORDER BY 1
            """,
            params,
        )

    def failures(self, scope: Scope, dimension: str) -> list[Any]:
        """(dimension value, category, messages) of failed and expired messages."""
        column = DIMENSIONS[dimension]
        where, params = _where(scope)
        return self._all(
            f"""
            SELECT s.{column} AS dim, s.category, sum(s.messages) AS messages
            FROM smsdesk.stat_hour s WHERE {where} AND s.{FAILED}
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
            params,
        )

    def failures_over_time(self, scope: Scope, by: str) -> list[Any]:
        """(period, category, messages) of failed and expired messages."""
        where, params = _where(scope)
        params["by"] = by
        return self._all(
            f"""
            SELECT (date_trunc(CAST(:by AS text), s.hour, CAST(:tz AS text)) AT TIME ZONE CAST(:tz AS text)) AS period,
                   s.category, sum(s.messages) AS messages
            FROM smsdesk.stat_hour s WHERE {where} AND s.{FAILED}
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
            params,
        )

    def performance(self, scope: Scope, dimension: str) -> list[Any]:
        """Per kind or template: messages, delivered, failed, pending, cancelled, segments, refunded, replies,
        opt-outs."""
        column = DIMENSIONS[dimension]
        where, params = _where(scope)
        return self._all(
            f"""
            SELECT s.{column} AS dim,
                   sum(s.messages) AS messages,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0) AS delivered,
                   coalesce(sum(s.messages) FILTER (WHERE s.{FAILED}), 0) AS failed,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0) AS pending,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'cancelled'), 0) AS cancelled,
                   sum(s.segments) AS segments, sum(s.refunded_segments) AS refunded,
                   sum(s.replies) AS replies, sum(s.opt_outs) AS opt_outs
            FROM smsdesk.stat_hour s WHERE {where}
            GROUP BY 1 ORDER BY 2 DESC, 1
            """,
            params,
        )

    def totals(self, scope: Scope) -> Any:
        """Messages, delivered, failed, pending, cancelled and the money charged (the prices recorded on each task
        at submit, refunds taken off)."""
        if _daily(scope):
            where, params = _where_day(scope)
            return self._all(
                f"SELECT {_DAY_COUNTS.replace('sum(d.messages) AS', 'coalesce(sum(d.messages), 0) AS', 1)},"
                f" coalesce(sum(d.cost), 0) AS cost FROM smsdesk.stat_day d WHERE {where}",
                params,
            )[0]
        where, params = _where(scope)
        return self._all(
            f"""
            SELECT coalesce(sum(s.messages), 0) AS messages,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0) AS delivered,
                   coalesce(sum(s.messages) FILTER (WHERE s.{FAILED}), 0) AS failed,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0) AS pending,
                   coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'cancelled'), 0) AS cancelled,
                   coalesce(sum(s.cost), 0) AS cost
            FROM smsdesk.stat_hour s WHERE {where}
            """,
            params,
        )[0]

    # -- what the rollups do not hold ---------------------------------------------------------------------------

    def marketing_tasks(self, scope: Scope, limit: int) -> list[Any]:
        """Marketing tasks sent in the range, newest first: id, name, send time, messages, delivered, replies,
        opt-outs (replies matched to each task's messages)."""
        params: dict[str, Any] = {
            "d_from": scope.date_from,
            "d_to": scope.date_to + dt.timedelta(days=1),
            "tz": scope.tz,
            "limit": limit,
        }
        parts = [
            "t.kind = 'marketing'",
            "t.status NOT IN ('preview', 'awaiting_review', 'rejected')",
            "t.send_at >= (CAST(:d_from AS date)::timestamp AT TIME ZONE CAST(:tz AS text))",
            "t.send_at < (CAST(:d_to AS date)::timestamp AT TIME ZONE CAST(:tz AS text))",
        ]
        if scope.group_id is not None:
            parts.append(f"t.group_id IN ({SUBTREE})")
            params["g"] = scope.group_id
        if scope.user_id is not None:
            parts.append("t.owner_id = :u")
            params["u"] = scope.user_id
        if scope.template_id is not None:
            parts.append("t.template_id = :tpl")
            params["tpl"] = scope.template_id
        if scope.kind not in (None, "marketing"):
            parts.append("false")
        return self._all(
            f"""
            SELECT t.id, t.name, t.send_at, t.recipient_count AS messages, t.delivered_count AS delivered,
                   coalesce(r.replies, 0) AS replies, coalesce(r.opt_outs, 0) AS opt_outs
            FROM smsdesk.send_task t
            LEFT JOIN LATERAL (
              SELECT count(*) AS replies, count(*) FILTER (WHERE ir.opt_out) AS opt_outs
              FROM smsdesk.inbound_reply ir WHERE ir.task_id = t.id
            ) r ON true
            WHERE {" AND ".join(parts)}
            ORDER BY t.send_at DESC, t.id DESC
            LIMIT :limit
            """,
            params,
        )

    def channel_events(self, scope: Scope, channel_id: int | None) -> list[Any]:
        """State changes in the range (administrators read them): at, channel id, old and new status, reason;
        plus the last change before the range, so the timeline starts in the right state."""
        params: dict[str, Any] = {
            "d_from": scope.date_from,
            "d_to": scope.date_to + dt.timedelta(days=1),
            "tz": scope.tz,
            "c": channel_id,
        }
        return self._all(
            """
            WITH r AS (
              SELECT (CAST(:d_from AS date)::timestamp AT TIME ZONE CAST(:tz AS text)) AS t0,
                     (CAST(:d_to AS date)::timestamp AT TIME ZONE CAST(:tz AS text)) AS t1
            )
            SELECT e.at, e.channel_id, e.old_status, e.new_status, e.reason
            FROM smsdesk.channel_event e, r
            WHERE e.at >= r.t0 AND e.at < r.t1 AND (CAST(:c AS bigint) IS NULL OR e.channel_id = :c)
            UNION ALL
            SELECT p.at, p.channel_id, p.old_status, p.new_status, p.reason
            FROM r, LATERAL (
              SELECT DISTINCT ON (e.channel_id) e.at, e.channel_id, e.old_status, e.new_status, e.reason
              FROM smsdesk.channel_event e
              WHERE e.at < r.t0 AND (CAST(:c AS bigint) IS NULL OR e.channel_id = :c)
              ORDER BY e.channel_id, e.at DESC
            ) p
            ORDER BY 1
            """,
            params,
        )

    def template_reviews(self, scope: Scope) -> list[Any]:
        """Template approvals and rejections in the range from the audit log: at, action, template name."""
        params = {"d_from": scope.date_from, "d_to": scope.date_to + dt.timedelta(days=1), "tz": scope.tz}
        return self._all(
            """
            SELECT a.at, a.action, a.target
            FROM smsdesk.audit_page('', ARRAY['template.approve', 'template.reject'],
                                    CAST(:d_from AS date)::timestamp AT TIME ZONE CAST(:tz AS text),
                                    CAST(:d_to AS date)::timestamp AT TIME ZONE CAST(:tz AS text), NULL, 100000) a
            ORDER BY a.at
            """,
            params,
        )

    def channel_names(self) -> dict[int, str]:
        return {int(r.id): r.name for r in self._all("SELECT id, name FROM smsdesk.channel", {})}

    def template_names(self, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        rows = self._all("SELECT id, name FROM smsdesk.message_template WHERE id = ANY(:ids)", {"ids": ids})
        return {int(r.id): r.name for r in rows}

    def user_logins(self) -> dict[int, str]:
        return {int(r.id): r.login for r in self._all("SELECT id, login FROM smsdesk.app_user", {})}

    def my_tasks_awaiting_review(self) -> int:
        return int(
            self.session.execute(
                text(
                    "SELECT count(*) FROM smsdesk.send_task "
                    "WHERE owner_id = (SELECT smsdesk.my_user_id()) AND status = 'awaiting_review'"
                )
            ).scalar_one()
        )

    def channel_states(self) -> list[Any]:
        """Every channel's name, whether it is enabled and its status (every signed-in user reads these)."""
        return self._all("SELECT id, name, enabled, status, status_at FROM smsdesk.channel ORDER BY name", {})

    def filter_choices(self) -> dict[str, list[Any]]:
        """What the filters offer, as far as the caller sees: groups (id, path), users (id, login, name, group),
        channels (id, name) and templates (id, name, kind), in one round trip each."""
        return {
            "groups": self._all(
                "SELECT id, smsdesk.group_path(id) AS path FROM smsdesk.user_group WHERE deleted_at IS NULL "
                "ORDER BY 2", {}),
            "users": self._all(
                "SELECT id, login, operator_name, group_id FROM smsdesk.app_user WHERE status <> 'deleted' "
                "ORDER BY login", {}),
            "channels": self._all("SELECT id, name FROM smsdesk.channel ORDER BY name", {}),
            "templates": self._all("SELECT id, name, kind FROM smsdesk.message_template ORDER BY name", {}),
        }

    def resolve_names(self, *, group: str | None, user: str | None, channel: str | None,
                      template: str | None) -> dict[str, int | None]:
        row = self.session.execute(
            text(
                """
                SELECT (SELECT id FROM smsdesk.user_group
                         WHERE CAST(:group AS text) IS NOT NULL AND deleted_at IS NULL
                           AND smsdesk.group_path(id) = trim(both '/' from CAST(:group AS text))) AS "group",
                       (SELECT id FROM smsdesk.app_user WHERE login = lower(CAST(:user AS text))) AS "user",
                       (SELECT id FROM smsdesk.channel WHERE name = CAST(:channel AS text)) AS channel,
                       (SELECT min(id) FROM smsdesk.message_template WHERE name = CAST(:template AS text)) AS template
                """
            ),
            {"group": group, "user": user, "channel": channel, "template": template},
        ).one()
        return {"group": row.group, "user": row.user, "channel": row.channel, "template": row.template}
