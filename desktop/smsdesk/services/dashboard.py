"""The dashboard (REP-8): today's and the chosen period's key figures, each against the same period a week
before, the approvals waiting, channel health and low-quota warnings, as the signed-in user may see them
(operators their own figures; administrators and reviewers their group subtree, by row-level security)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from smsdesk.domain import charts as rules
from smsdesk.services.auth import Profile
from smsdesk.services.charts import ChartFilter
from smsdesk.services.errors import translate_db_errors
from smsdesk.store.repositories_approvals import ApprovalRepository
from smsdesk.store.repositories_channels import ChannelAdminRepository
from smsdesk.store.repositories_charts import ChartRepository, Scope
from smsdesk.store.repositories_org import OrgRepository

LOW_QUOTA_SHARE = 0.10  # a user whose quota left is under a tenth of their limit is warned about
LOW_QUOTA_SHOWN = 20
FIGURES = ("sent", "delivered_rate", "failed", "pending", "cost")


@dataclass(frozen=True)
class Totals:
    messages: int = 0  # every message of the range but the cancelled: the "sent" figure
    delivered: int = 0
    failed: int = 0  # failed or expired
    pending: int = 0
    cost: Decimal = Decimal(0)

    @property
    def delivered_rate(self) -> float | None:
        return rules.rate(self.delivered, self.messages)

    def value(self, name: str) -> float | int | Decimal | None:
        return {
            "sent": self.messages, "delivered_rate": self.delivered_rate, "failed": self.failed,
            "pending": self.pending, "cost": self.cost,
        }[name]


@dataclass(frozen=True)
class Figures:
    """A range's totals and the same range a week before."""

    now: Totals
    before: Totals

    def change(self, name: str) -> float | None:
        now, before = self.now.value(name), self.before.value(name)
        if name == "delivered_rate":  # a change of a rate is said in points, not per cent of per cent
            return None if now is None or before is None else float(now) - float(before)
        return rules.change(None if now is None else float(now), None if before is None else float(before))


@dataclass(frozen=True)
class ChannelHealth:
    channel_id: int
    name: str
    enabled: bool
    status: str
    submit_per_s: float | None  # administrators only (the dispatcher's figures)
    failure_rate: float | None  # failed / finished in the last hour, in the caller's scope
    messages_last_hour: int


@dataclass(frozen=True)
class QuotaWarning:
    login: str
    name: str
    left: int
    limit: int


@dataclass
class Dashboard:
    today: Figures
    period: Figures
    period_from: dt.date
    period_to: dt.date
    approvals: tuple[int, int] | None  # tasks, templates awaiting the caller's decision (reviewers, admins)
    my_awaiting: int  # the caller's own tasks waiting for a reviewer
    channels: list[ChannelHealth] = field(default_factory=list)
    low_quota: list[QuotaWarning] = field(default_factory=list)
    quota_limit: int = 0
    quota_used: int = 0
    as_of: dt.datetime | None = None


def _totals(repo: ChartRepository, scope: Scope) -> Totals:
    return _as_totals(repo.totals(scope))


def _as_totals(r) -> Totals:
    return Totals(int(r.messages) - int(r.cancelled), int(r.delivered), int(r.failed), int(r.pending),
                  Decimal(r.cost))


def today_range(now: dt.datetime, tz: str) -> tuple[dt.date, dt.datetime]:
    """Today's local date and the end of the current hour (UTC): today so far."""
    local = now.astimezone(ZoneInfo(tz))
    end = local.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    return local.date(), end.astimezone(dt.UTC)


def figures(session: Session, flt: ChartFilter, *, now: dt.datetime | None = None) -> tuple[Figures, Figures]:
    """(today so far, the period), each with the same span a week before."""
    flt = flt.checked()
    now = now or dt.datetime.now(dt.UTC)
    repo = ChartRepository(session)
    week = dt.timedelta(days=7)
    with translate_db_errors():
        today, until = today_range(now, flt.tz)
        t = replace(flt, date_from=today, date_to=today).scope(until=until)
        t_before = replace(t, date_from=today - week, date_to=today - week, until=until - week)
        p = flt.scope()
        p_before = replace(p, date_from=flt.date_from - week, date_to=flt.date_to - week)
        period = repo.totals_pair(p, p_before)
        return (
            Figures(_totals(repo, t), _totals(repo, t_before)),
            Figures(_as_totals(period[0]), _as_totals(period[1])),
        )


def channel_health(session: Session, profile: Profile, flt: ChartFilter, *, now: dt.datetime | None = None
                   ) -> list[ChannelHealth]:
    now = now or dt.datetime.now(dt.UTC)
    repo = ChartRepository(session)
    hour = now.replace(minute=0, second=0, microsecond=0)
    with translate_db_errors():
        last = replace(flt, date_from=(now - dt.timedelta(days=1)).date(), date_to=now.date() + dt.timedelta(days=1),
                       channel_id=None).scope(since=hour - dt.timedelta(hours=1))
        recent: dict[int, tuple[int, int, int]] = {}
        for r in repo.outcomes_over_time(last, "day", "channel"):
            m, d, f = recent.get(int(r.dim), (0, 0, 0))
            recent[int(r.dim)] = (m + int(r.messages), d + int(r.delivered), f + int(r.failed))
        rates: dict[int, float] = {}
        if profile.is_admin:
            rates = {c.id: c.submit_per_s for c in ChannelAdminRepository(session).overview()}
        out = []
        for c in repo.channel_states():
            m, d, f = recent.get(int(c.id), (0, 0, 0))
            out.append(
                ChannelHealth(int(c.id), c.name, bool(c.enabled), c.status, rates.get(int(c.id)),
                              rules.rate(f, d + f), m)
            )
        return out


def low_quota(session: Session, profile: Profile) -> list[QuotaWarning]:
    """Users in the caller's scope (administrators and reviewers) whose quota is nearly spent, lowest first."""
    if not profile.can_review:
        return []
    with translate_db_errors():
        users = OrgRepository(session).users(None)
    low = [
        QuotaWarning(u.login, u.operator_name or u.login, u.quota_left, u.quota_limit)
        for u in users
        if u.status == "normal" and u.quota_limit > 0 and u.quota_left < u.quota_limit * LOW_QUOTA_SHARE
    ]
    low.sort(key=lambda w: (w.left / w.limit, w.login))
    return low[:LOW_QUOTA_SHOWN]


def dashboard(session: Session, profile: Profile, flt: ChartFilter, *, now: dt.datetime | None = None) -> Dashboard:
    now = now or dt.datetime.now(dt.UTC)
    today, period = figures(session, flt, now=now)
    with translate_db_errors():
        approvals = ApprovalRepository(session).counts() if profile.can_review else None
        repo = ChartRepository(session)
        mine = repo.my_tasks_awaiting_review()
        me = OrgRepository(session).user(profile.id)
    return Dashboard(
        today, period, flt.date_from, flt.date_to, approvals, mine,
        channel_health(session, profile, flt, now=now) if profile.can_review else [],
        low_quota(session, profile),
        me.quota_limit if me else profile.quota_limit, me.quota_used if me else profile.quota_used, now,
    )
