"""Queries of the reports answered from the rollups (REP-2, REP-4, failures): daily and monthly volumes, cost and
failures, and the price list. Row-level security on stat_day / stat_hour decides what each caller sees (operators
their own rows, administrators and reviewers their group's subtree): these are plain SELECTs as the caller.

Days are days of ``smsdesk.stat_day_zone()`` (China Standard Time); the daily, monthly and cost reports read
stat_day (a few rows per user, kind and day), failures the monthly and daily rollups keyed wide (they need
channel, carrier, template and category).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

DAY_ZONE = "Asia/Shanghai"  # smsdesk.stat_day_zone(); a test holds the two equal
FAILURE_DIMENSIONS = ("channel", "carrier", "kind", "template", "user", "group")


@dataclass(frozen=True)
class RollupFilter:
    """Days from ``first`` to ``last`` inclusive; ``group_id`` includes its sub-groups; empty fields do not filter."""

    first: date
    last: date
    group_id: int | None = None
    user_id: int | None = None
    kind: str | None = None


def _where(f: RollupFilter, params: dict[str, Any], alias: str = "s") -> str:
    where = [f"{alias}.outcome <> ''"]
    if f.group_id is not None:
        where.append(f"{alias}.group_id IN (SELECT sg.id FROM smsdesk.user_group sg WHERE :group = ANY (sg.id_path))")
        params["group"] = f.group_id
    if f.user_id is not None:
        where.append(f"{alias}.user_id = :user")
        params["user"] = f.user_id
    if f.kind:
        where.append(f"{alias}.kind = :kind")
        params["kind"] = f.kind
    return " AND ".join(where)


_VOLUME_COLUMNS = (
    "sum(s.messages)::bigint, sum(s.segments)::bigint,"
    " coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0)::bigint,"
    " coalesce(sum(s.messages) FILTER (WHERE s.outcome IN ('failed', 'expired')), 0)::bigint,"
    " coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0)::bigint,"
    " coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'cancelled'), 0)::bigint,"
    " sum(s.cost)"
)


def volume_by_period(session: Session, f: RollupFilter, period: str) -> list[tuple]:
    """(period start, kind, messages, segments, delivered, failed, pending, cancelled, cost) per day or month and
    kind, in order; periods and kinds without messages are left out."""
    if period not in ("day", "month"):
        raise ValueError(period)
    params: dict[str, Any] = {"first": f.first, "last": f.last}
    sql = (
        f"SELECT s.day AS period, s.kind, {_VOLUME_COLUMNS} FROM smsdesk.stat_day s"
        f" WHERE s.day BETWEEN :first AND :last AND {_where(f, params)}"
        " GROUP BY 1, 2 HAVING sum(s.messages) <> 0"
    )
    if period == "month":
        # months from the days' sums: the month of a few thousand day rows, not of every rollup row
        sql = (
            "SELECT date_trunc('month', d.period)::date, d.kind, sum(d.m)::bigint, sum(d.s)::bigint,"
            " sum(d.dl)::bigint, sum(d.f)::bigint, sum(d.p)::bigint, sum(d.c)::bigint, sum(d.cost)"
            f" FROM ({sql}) d(period, kind, m, s, dl, f, p, c, cost) GROUP BY 1, 2"
        )
    sql += " ORDER BY 1, 2"
    return [tuple(r) for r in session.execute(text(sql), params)]


def cost_rows(session: Session, f: RollupFilter) -> list[tuple]:
    """(group id, group path, user id, login, kind, segments charged, segments refunded, cost) per group, user and
    kind, in order of group path, login and kind."""
    params: dict[str, Any] = {"first": f.first, "last": f.last}
    sql = (
        "SELECT x.group_id, coalesce(smsdesk.group_path(x.group_id), x.group_id::text), x.user_id,"
        " coalesce(u.login, x.user_id::text), x.kind, x.charged, x.refunded, x.cost"
        " FROM (SELECT s.group_id, s.user_id, s.kind,"
        "         coalesce(sum(s.segments) FILTER (WHERE s.outcome = 'delivered'), 0)::bigint AS charged,"
        "         sum(s.refunded_segments)::bigint AS refunded, sum(s.cost) AS cost"
        "       FROM smsdesk.stat_day s"
        f"     WHERE s.day BETWEEN :first AND :last AND {_where(f, params)}"
        "      GROUP BY 1, 2, 3) x"
        " LEFT JOIN smsdesk.app_user u ON u.id = x.user_id"
        " WHERE x.charged <> 0 OR x.refunded <> 0 OR x.cost <> 0"
        " ORDER BY 2, 4, 5"
    )
    return [tuple(r) for r in session.execute(text(sql), params)]


_DIMENSION_SQL = {
    "channel": (
        "s.channel_id",
        "coalesce(c.name, CASE WHEN d.key = 0 THEN '' ELSE d.key::text END)",
        "LEFT JOIN smsdesk.channel c ON c.id = d.key",
    ),
    "carrier": ("s.carrier", "d.key", ""),
    "kind": ("s.kind", "d.key", ""),
    "template": (
        "s.template_id",
        "coalesce(t.name, CASE WHEN d.key = 0 THEN '' ELSE d.key::text END)",
        "LEFT JOIN smsdesk.message_template t ON t.id = d.key",
    ),
    "user": ("s.user_id", "coalesce(u.login, d.key::text)", "LEFT JOIN smsdesk.app_user u ON u.id = d.key"),
    "group": ("s.group_id", "coalesce(smsdesk.group_path(d.key), d.key::text)", ""),
}


def failure_rows(session: Session, f: RollupFilter, by: str) -> list[tuple]:
    """(dimension value, failure category, messages) of failed messages, most first within each value. Failed means
    failed or expired, as in the daily and monthly reports, the dashboard and every chart (an expired message's
    cause, timeout mostly, is a failure cause like any other). Summed from the rollups the charts read: whole months
    from stat_month_wide, the days around them from stat_day_wide (their causes column)."""
    from smsdesk.store.repositories_charts import _CAUSE_SUMS, CAUSES, Scope, _source

    if by not in _DIMENSION_SQL:
        raise ValueError(by)
    key, label, join = _DIMENSION_SQL[by]
    src, params = _source(Scope(f.first, f.last, DAY_ZONE, f.group_id, f.user_id, f.kind or None))
    sql = (
        f"SELECT {label} AS value, d.* FROM ("
        f"  SELECT {key} AS key, {_CAUSE_SUMS} FROM {src} s WHERE s.causes IS NOT NULL GROUP BY 1) d"
        f" {join}"
        " ORDER BY 1"
    )
    out: list[tuple] = []
    for row in session.execute(text(sql), params):
        counts = [(category, int(row[2 + i])) for i, category in enumerate(CAUSES)]
        out += [(row[0], category, n) for category, n in sorted(counts, key=lambda c: (-c[1], c[0])) if n]
    return out


def day_zone(session: Session) -> str:
    return session.execute(text("SELECT smsdesk.stat_day_zone()")).scalar_one()


# -- the price list ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PriceRow:
    id: int
    kind: str  # '' any kind
    carrier: str  # '' any carrier
    price: Decimal
    effective_from: datetime | None  # None: since always
    in_force: bool  # the row a send of its kind and carrier would use now


def price_rows(session: Session) -> list[PriceRow]:
    rows = session.execute(
        text(
            "SELECT p.id, p.kind, p.carrier, p.price, CASE WHEN p.effective_from = '-infinity' THEN NULL"
            " ELSE p.effective_from END, p.effective_from <= now() AND NOT EXISTS ("
            "   SELECT 1 FROM smsdesk.price_list q WHERE q.kind = p.kind AND q.carrier = p.carrier"
            "     AND q.effective_from <= now() AND (q.effective_from, q.id) > (p.effective_from, p.id))"
            " FROM smsdesk.price_list p ORDER BY p.kind, p.carrier, p.effective_from DESC, p.id DESC"
        )
    )
    return [PriceRow(*r) for r in rows]


def price_set(session: Session, kind: str, carrier: str, price: Decimal, effective_from: datetime | None) -> int:
    return session.execute(
        text("SELECT smsdesk.price_set(:k, :c, :p, coalesce(CAST(:f AS timestamptz), now()))"),
        {"k": kind, "c": carrier, "p": price, "f": effective_from},
    ).scalar_one()


def price_delete(session: Session, price_id: int) -> None:
    session.execute(text("SELECT smsdesk.price_delete(:id)"), {"id": price_id})


def prices_in_force(session: Session, kind: str) -> dict[str, Decimal]:
    """carrier -> price per segment for a send of ``kind`` now ('' for any other carrier)."""
    rows = session.execute(
        text("SELECT p.key, p.value::text::numeric FROM jsonb_each(smsdesk.task_prices(:k)) p"), {"k": kind}
    )
    return {carrier: Decimal(price) for carrier, price in rows}


def rebuild(session: Session, first: datetime, end: datetime) -> dict[str, int]:
    return dict(session.execute(text("SELECT smsdesk.stat_rebuild(:f, :t)"), {"f": first, "t": end}).scalar_one())
