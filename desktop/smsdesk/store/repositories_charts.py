"""The charts' queries (REP-6): sums over the hourly rollups (smsdesk.stat_hour), read as the signed-in user, whose
row-level security decides the scope (operators their own rows, administrators and reviewers their subtree).

Every query takes the same filter: a range of local days in a whole-hour time zone (so days and months are sums
of the rollups' UTC hours), a group with its sub-groups, a user, a kind, a channel, a carrier and a template.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
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


DAY_ZONE = "Asia/Shanghai"  # smsdesk.stat_day_zone(): the days and months stat_day, stat_day_wide, stat_month_wide sum

# The failure categories in the order of the rollups' causes column (smsdesk.stat_causes): '' is a failure
# recorded without a category.
CAUSES = ("timeout", "content_blocked", "invalid_number", "blacklisted", "quota", "gateway_error", "other", "")

# What a source row holds, in one shape whatever the table: ``at`` is the local wall time (in the chart's zone) its
# hour, day or month starts at; the outcomes are columns (failed: failed or expired), causes the failed and expired
# per category (CAUSES); a table that lacks a key or a count gives nothing for it.
_SHAPE = ("hour", "group_id", "user_id", "kind", "channel_id", "carrier", "template_id", "messages", "delivered",
          "failed", "pending", "cancelled", "segments", "delivered_segments", "refunded_segments", "cost",
          "latency_hist", "causes", "replies", "opt_outs")
_NOTHING = {"hour": "NULL::timestamptz",  # the stored hour of an hourly rollup (None for days and months)
            "channel_id": "0::bigint", "carrier": "''::text", "template_id": "0::bigint", "segments": "0::bigint",
            "delivered_segments": "0::bigint", "refunded_segments": "0::bigint", "cost": "0::numeric",
            "latency_hist": "NULL::bigint[]", "causes": "NULL::bigint[]", "replies": "0::bigint",
            "opt_outs": "0::bigint"}


def _when(outcomes: str, value: str = "s.messages") -> str:
    return f"CASE WHEN s.outcome IN ({outcomes}) THEN {value} ELSE 0 END"


_BY_OUTCOME = {  # the pivoted columns of a table with a row per outcome (stat_hour, stat_day)
    "delivered": _when("'delivered'"), "failed": _when("'failed', 'expired'"), "pending": _when("'pending'"),
    "cancelled": _when("'cancelled'"), "delivered_segments": _when("'delivered'", "s.segments"),
}
_HOUR_CAUSES = ("CASE WHEN s.outcome IN ('failed', 'expired') THEN ARRAY["
                + ", ".join(f"CASE WHEN s.category = '{c}' THEN s.messages ELSE 0 END" for c in CAUSES)
                + "]::bigint[] END")


def _select(mapping: dict[str, str]) -> str:
    return ", ".join(f"{mapping.get(c, _NOTHING.get(c, 's.' + c))} AS {c}" for c in _SHAPE)


_TABLES = {  # table: (its period column, ``at`` from it, its columns in _SHAPE)
    "stat_hour": ("hour", "(s.hour AT TIME ZONE CAST(:tz AS text))",
                  _select({c: f"s.{c}" for c in _SHAPE} | _BY_OUTCOME | {"causes": _HOUR_CAUSES})),
    "stat_day_wide": ("day", "s.day::timestamp",
                      _select({c: f"s.{c}" for c in _SHAPE[1:]} | {"failed": "s.failed + s.expired"})),
    "stat_month_wide": ("month", "s.month::timestamp",
                        _select({c: f"s.{c}" for c in _SHAPE[1:]} | {"failed": "s.failed + s.expired"})),
    "stat_hour_kind": ("hour", "(s.hour AT TIME ZONE CAST(:tz AS text))", _select({"hour": "s.hour"})),
    "stat_day": ("day", "s.day::timestamp", _select(_BY_OUTCOME | {
        "segments": "s.segments", "refunded_segments": "s.refunded_segments", "cost": "s.cost"})),
}


def _first_of_next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)


def _plan(scope: Scope, resolution: str, narrow: str | None) -> list[tuple[str, Any, Any]]:
    """Which rollup answers which part of the range, as (table, first day, day after): the fewest rows that still
    hold the ``resolution`` (hour, day, or '' when the sums need no time finer than the range) and the keys asked
    for. ``narrow``: the query needs no channel, carrier, template, category, latency or replies, so the narrow
    rollups serve: stat_day, and for ``messages`` (outcomes counted, no money) also stat_hour_kind. Days and months
    are those of DAY_ZONE: any other zone, or a range cut at an hour (today so far, the last hour), sums stat_hour
    (stat_hour_kind for ``messages``)."""
    d_from, d_end = scope.date_from, scope.date_to + dt.timedelta(days=1)
    if scope.channel_id is not None or scope.carrier is not None or scope.template_id is not None:
        narrow = None
    if resolution == "hour" or scope.tz != DAY_ZONE or scope.until is not None or scope.since is not None:
        return [("stat_hour_kind" if narrow == "messages" else "stat_hour", d_from, d_end)]
    if narrow:  # a few rows per user, kind, outcome and day: fewer than the monthly rollup's per channel etc.
        return [("stat_day", d_from, d_end)]
    day_table = "stat_day_wide"
    if resolution == "day":
        return [(day_table, d_from, d_end)]
    # whole months from the monthly rollup, the days before and after them from the daily one
    m_from = d_from if d_from.day == 1 else _first_of_next_month(d_from)
    m_end = d_end if d_end.day == 1 else d_end.replace(day=1)
    if m_from >= m_end:
        return [(day_table, d_from, d_end)]
    parts = [("stat_month_wide", m_from, m_end)]
    if d_from < m_from:
        parts.append((day_table, d_from, m_from))
    if m_end < d_end:
        parts.append((day_table, m_end, d_end))
    return parts


def _source(scope: Scope, resolution: str | None = None, *, narrow: str | None = None,
            skip: tuple[str, ...] = ()) -> tuple[str, dict[str, Any]]:
    """A subquery of the rollup rows of the scope, in one shape (``at`` and _WIDE's columns), from the rollups
    _plan picks; each read as the caller (row-level security)."""
    params: dict[str, Any] = {"tz": scope.tz}
    filters = []
    if scope.group_id is not None and "group" not in skip:
        filters.append(f"s.group_id IN ({SUBTREE})")
        params["g"] = scope.group_id
    for name, column in (("user_id", "user_id"), ("kind", "kind"), ("channel_id", "channel_id"),
                         ("carrier", "carrier"), ("template_id", "template_id")):
        value = getattr(scope, name)
        if value is not None and name not in skip:
            filters.append(f"s.{column} = :{name}")
            params[name] = value
    parts = []
    for i, (table, first, end) in enumerate(_plan(scope, resolution or "", narrow)):
        column, at, columns = _TABLES[table]
        if column == "hour":
            where = [f"s.hour >= (CAST(:f{i} AS date)::timestamp AT TIME ZONE CAST(:tz AS text))",
                     f"s.hour < (CAST(:e{i} AS date)::timestamp AT TIME ZONE CAST(:tz AS text))"]
            if scope.since is not None:
                where.append("s.hour >= :since")
                params["since"] = scope.since
            if scope.until is not None:
                where.append("s.hour < :until")
                params["until"] = scope.until
        else:
            where = [f"s.{column} >= CAST(:f{i} AS date)", f"s.{column} < CAST(:e{i} AS date)"]
        params[f"f{i}"], params[f"e{i}"] = first, end
        parts.append(f"SELECT {at} AS at, {columns} FROM smsdesk.{table} s WHERE {' AND '.join(where + filters)}")
    return "(" + " UNION ALL ".join(parts) + ")", params


_COUNTS = """
    coalesce(sum(s.messages), 0) AS messages, coalesce(sum(s.delivered), 0) AS delivered,
    coalesce(sum(s.failed), 0) AS failed, coalesce(sum(s.pending), 0) AS pending,
    coalesce(sum(s.cancelled), 0) AS cancelled"""
_CAUSE_SUMS = ", ".join(f"coalesce(sum(s.causes[{i}]), 0) AS c{i}" for i in range(1, len(CAUSES) + 1))


@dataclass(frozen=True)
class _Totals:
    messages: int
    delivered: int
    failed: int
    pending: int
    cancelled: int
    cost: Any


@dataclass(frozen=True)
class Cause:
    """Failed or expired messages of one failure category ('' none recorded), in a period or of a dimension."""

    period: Any
    dim: Any
    category: str
    messages: int


def _causes(rows: list[Any], *, period: bool, dim: bool) -> list[Cause]:
    out = []
    for r in rows:
        for i, category in enumerate(CAUSES, start=1):
            n = int(getattr(r, f"c{i}"))
            if n:
                out.append(Cause(r.period if period else None, r.dim if dim else None, category, n))
    return out


class ChartRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _all(self, sql: str, params: dict[str, Any]) -> list[Any]:
        return list(self.session.execute(text(sql), params).all())

    # -- sums over the rollups ----------------------------------------------------------------------------------

    def volume(self, scope: Scope, by: str) -> list[Any]:
        """(period as local wall time, messages, delivered, failed, pending, cancelled) per bin that has rows."""
        src, params = _source(scope, by, narrow="messages")
        params["by"] = by
        if by == "hour":  # the hours summed first, each then turned into local time once (a whole-hour zone)
            return self._all(
                f"SELECT (s.hour AT TIME ZONE CAST(:tz AS text)) AS period, {_COUNTS} FROM {src} s"
                " GROUP BY s.hour ORDER BY s.hour",
                params,
            )
        return self._all(
            f"SELECT date_trunc(CAST(:by AS text), s.at) AS period, {_COUNTS} FROM {src} s GROUP BY 1 ORDER BY 1",
            params,
        )

    def peaks(self, scope: Scope) -> list[Any]:
        """(ISO weekday 1-7, local hour 0-23, messages)."""
        src, params = _source(scope, "hour", narrow="messages")
        return self._all(
            f"""
            SELECT extract(isodow FROM h.at)::int AS weekday, extract(hour FROM h.at)::int AS hour,
                   sum(h.messages) AS messages
            FROM (SELECT (s.hour AT TIME ZONE CAST(:tz AS text)) AS at, sum(s.messages) AS messages
                  FROM {src} s GROUP BY s.hour) h
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
            params,
        )

    def outcomes_over_time(self, scope: Scope, by: str, dimension: str) -> list[Any]:
        """(period, dimension value, messages, delivered, failed, pending) for the rates per channel or carrier."""
        column = DIMENSIONS[dimension]
        src, params = _source(scope, by)
        params["by"] = by
        return self._all(
            f"""
            SELECT date_trunc(CAST(:by AS text), s.at) AS period, s.{column} AS dim, {_COUNTS}
            FROM {src} s WHERE s.messages <> 0 OR s.delivered <> 0 OR s.failed <> 0
            GROUP BY 1, 2 ORDER BY 1, 2
            """,
            params,
        )

    def latency(self, scope: Scope, dimension: str, buckets: int) -> list[Any]:
        """(dimension value, delivered messages, the summed latency histogram as a list): each bucket summed as
        its own column, so no row is unnested."""
        column = DIMENSIONS[dimension]
        src, params = _source(scope)
        sums = ", ".join(f"coalesce(sum(s.latency_hist[{i}]), 0)" for i in range(1, buckets + 1))
        return self._all(
            f"""
            SELECT s.{column} AS dim, sum(s.delivered) AS messages, ARRAY[{sums}] AS hist
            FROM {src} s WHERE s.delivered <> 0 OR s.latency_hist IS NOT NULL
            GROUP BY 1 ORDER BY 1
            """,
            params,
        )

    def failures(self, scope: Scope, dimension: str, by: str) -> list[Cause]:
        """(period, dimension value, category, messages) of failed and expired messages: one read serves the
        causes per dimension and their trend."""
        column = DIMENSIONS[dimension]
        src, params = _source(scope, by)
        params["by"] = by
        rows = self._all(
            f"SELECT date_trunc(CAST(:by AS text), s.at) AS period, s.{column} AS dim, {_CAUSE_SUMS}"
            f" FROM {src} s WHERE s.causes IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            params,
        )
        return _causes(rows, period=True, dim=True)

    def performance(self, scope: Scope, dimension: str) -> list[Any]:
        """Per kind or template: messages, delivered, failed, pending, cancelled, segments, refunded, replies,
        opt-outs."""
        column = DIMENSIONS[dimension]
        src, params = _source(scope)
        return self._all(
            f"""
            SELECT s.{column} AS dim, {_COUNTS},
                   sum(s.segments) AS segments, sum(s.refunded_segments) AS refunded,
                   sum(s.replies) AS replies, sum(s.opt_outs) AS opt_outs
            FROM {src} s
            GROUP BY 1 ORDER BY 2 DESC, 1
            """,
            params,
        )

    def totals_pair(self, now: Scope, before: Scope) -> tuple[Any, Any]:
        """totals() of two ranges of whole days with the same filters (the period and the same period a week
        before), in one read of the days that cover both."""
        if now.until is not None or now.since is not None or before.until is not None or before.since is not None:
            return self.totals(now), self.totals(before)
        both = replace(now, date_from=min(now.date_from, before.date_from), date_to=max(now.date_to, before.date_to))
        src, params = _source(both, narrow="money")
        cols = []
        for name, sc in (("n", now), ("b", before)):
            params[f"{name}_from"] = dt.datetime.combine(sc.date_from, dt.time())
            params[f"{name}_end"] = dt.datetime.combine(sc.date_to + dt.timedelta(days=1), dt.time())
            inside = f"s.at >= :{name}_from AND s.at < :{name}_end"
            cols += [f"coalesce(sum(s.{c}) FILTER (WHERE {inside}), 0) AS {name}_{c}"
                     for c in ("messages", "delivered", "failed", "pending", "cancelled", "cost")]
        row = self._all(f"SELECT {', '.join(cols)} FROM {src} s", params)[0]
        return tuple(
            _Totals(*(getattr(row, f"{name}_{c}") for c in ("messages", "delivered", "failed", "pending",
                                                              "cancelled", "cost")))
            for name in ("n", "b")
        )

    def totals(self, scope: Scope) -> Any:
        """Messages, delivered, failed, pending, cancelled and the money charged (the prices recorded on each task
        at submit, refunds taken off)."""
        src, params = _source(scope, narrow="money")
        return self._all(f"SELECT {_COUNTS}, coalesce(sum(s.cost), 0) AS cost FROM {src} s", params)[0]

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
