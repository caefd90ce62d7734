"""The delivery charts (REP-6), one function per chart, each answered from the hourly rollups as the signed-in user
sees them. The console draws what these return; ``smsdesk-admin report chart`` prints the same ``table()``.

Every result carries its data as a table of codes and stored names (kind ``notification``, category
``invalid_number``, channel and carrier names as stored) under English column names, and the filter of the
messages behind each point (``detail()``), which the Reports tab's message detail opens.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from smsdesk.domain import charts as rules
from smsdesk.domain import latency as latency_rules
from smsdesk.domain.kinds import KINDS
from smsdesk.domain.statuses import FAILURE_CATEGORIES
from smsdesk.services.errors import ServiceError, translate_db_errors
from smsdesk.store.repositories_charts import ChartRepository, Scope

CHART_NAMES = ("volume", "peaks", "rates", "latency", "failures", "kinds", "templates", "conversion", "channels")
CONVERSION_TASKS = 200  # the newest marketing tasks of the range


@dataclass(frozen=True)
class ChartFilter:
    """What every chart is filtered by: local days (inclusive) in ``tz``, and optional group (with its
    sub-groups), user, kind, channel, carrier and template."""

    date_from: dt.date
    date_to: dt.date
    group_id: int | None = None
    user_id: int | None = None
    kind: str | None = None
    channel_id: int | None = None
    carrier: str | None = None
    template_id: int | None = None
    tz: str = "Asia/Shanghai"

    def scope(self, **changes: Any) -> Scope:
        values = {
            "date_from": self.date_from, "date_to": self.date_to, "tz": self.tz, "group_id": self.group_id,
            "user_id": self.user_id, "kind": self.kind, "channel_id": self.channel_id, "carrier": self.carrier,
            "template_id": self.template_id,
        }
        values.update(changes)
        return Scope(**values)

    def detail(self, **narrower: Any) -> dict[str, Any]:
        """The message-detail filter of the messages behind a point: this filter, narrowed (a bar's period, a
        channel, a category, a status…). Keys are those of the Reports tab's ``DetailFilter``. Times are the tasks'
        send times (``basis`` send), as the rollups count them; a ``failed`` status is failed or expired, as every
        chart counts it."""
        if narrower.get("status") == "failed":
            narrower["status"] = "failed_or_expired"
        out: dict[str, Any] = {
            "tz": self.tz, "basis": "send",
            "date_from": self.date_from, "date_to": self.date_to, "kind": self.kind, "group_id": self.group_id,
            "user_id": self.user_id, "channel_id": self.channel_id, "carrier": self.carrier,
            "template_id": self.template_id,
        }
        out.update({k: v for k, v in narrower.items()})
        return out

    def checked(self) -> ChartFilter:
        try:
            rules.check_range(self.date_from, self.date_to)
        except ValueError as exc:
            raise ServiceError("invalid", str(exc)) from None
        if self.kind is not None and self.kind not in KINDS:
            raise ServiceError("invalid", f"unknown kind {self.kind!r}")
        return self


@dataclass
class Table:
    """A chart's data as printed and exported: English column names, codes and stored names as values."""

    columns: list[str]
    rows: list[tuple]


@dataclass
class Names:
    """How ids read, as in the reports' command line: channel and template names as stored, the id of one deleted
    since, '' for none."""

    channels: dict[int, str] = field(default_factory=dict)
    templates: dict[int, str] = field(default_factory=dict)

    def channel(self, channel_id: int) -> str:
        if not channel_id:
            return ""
        return self.channels.get(int(channel_id), str(channel_id))

    def template(self, template_id: int) -> str:
        if not template_id:
            return ""
        return self.templates.get(int(template_id), str(template_id))


def _repo(session: Session) -> ChartRepository:
    return ChartRepository(session)


def _fmt_period(p: dt.datetime, by: str) -> str:
    if by == "hour":
        return p.strftime("%Y-%m-%dT%H:00")
    if by == "day":
        return p.strftime("%Y-%m-%d")
    return p.strftime("%Y-%m")


def period_end(start: dt.datetime, by: str) -> dt.datetime:
    if by == "hour":
        return start + dt.timedelta(hours=1)
    if by == "day":
        return start + dt.timedelta(days=1)
    y, m = divmod(start.month, 12)
    return start.replace(year=start.year + y, month=m + 1, day=1)


def _ratio(a: int, b: int) -> float | None:
    return rules.rate(a, b)


def _r(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(x, digits)


# -- volume ---------------------------------------------------------------------------------------------------


@dataclass
class VolumeChart:
    flt: ChartFilter
    by: str
    compare: str
    periods: list[dt.datetime]
    messages: list[int]
    delivered: list[int]
    failed: list[int]
    pending: list[int]
    previous: list[int] | None  # the same bins of the period before, aligned by position
    previous_from: dt.date | None = None
    previous_to: dt.date | None = None

    @property
    def empty(self) -> bool:
        return not any(self.messages) and not any(self.previous or ())

    def table(self) -> Table:
        cols = ["period", "messages", "delivered", "failed"]
        rows = [
            (_fmt_period(p, self.by), m, d, f)
            for p, m, d, f in zip(self.periods, self.messages, self.delivered, self.failed, strict=True)
        ]
        return Table(cols, rows)

    def full_table(self) -> Table:
        cols = ["period", "messages", "delivered", "failed", "pending"]
        if self.previous is not None:
            cols.append(f"previous_{self.compare}")
        rows = []
        for i, p in enumerate(self.periods):
            row = (_fmt_period(p, self.by), self.messages[i], self.delivered[i], self.failed[i], self.pending[i])
            if self.previous is not None:
                row += (self.previous[i],)
            rows.append(row)
        return Table(cols, rows)

    def detail(self, index: int, *, status: str | None = None) -> dict[str, Any]:
        start = self.periods[index]
        return self.flt.detail(period_from=start, period_to=period_end(start, self.by), status=status)


def _fill(rows: list[Any], periods: list[dt.datetime], *fields: str) -> list[list[int]]:
    at = {p: i for i, p in enumerate(periods)}
    out = [[0] * len(periods) for _ in fields]
    for r in rows:
        i = at.get(r.period)
        if i is None:
            continue
        for k, name in enumerate(fields):
            out[k][i] += int(getattr(r, name))
    return out


def volume(session: Session, flt: ChartFilter, by: str = "auto", compare: str = "none") -> VolumeChart:
    flt = flt.checked()
    by = rules.auto_bin(flt.date_from, flt.date_to) if by == "auto" else by
    if by not in rules.BINS:
        raise ServiceError("invalid", f"unknown bin {by!r}: hour, day or month")
    if compare not in rules.COMPARES:
        raise ServiceError("invalid", f"unknown comparison {compare!r}: none, day, week, month or year")
    if by == "hour" and rules.bin_count(flt.date_from, flt.date_to, by) > 24 * 400:
        raise ServiceError("invalid", "hourly volume is shown for up to 400 days: choose days or months")
    repo = _repo(session)
    with translate_db_errors():
        periods = rules.periods(flt.date_from, flt.date_to, by)
        messages, delivered, failed, pending = _fill(
            repo.volume(flt.scope(), by), periods, "messages", "delivered", "failed", "pending"
        )
        previous = None
        p_from = p_to = None
        if compare != "none":
            p_from, p_to = rules.shift_back(flt.date_from, compare), rules.shift_back(flt.date_to, compare)
            before = rules.periods(p_from, p_to, by)
            (prev,) = _fill(repo.volume(replace(flt, date_from=p_from, date_to=p_to).scope(), by), before, "messages")
            previous = (prev + [0] * len(periods))[: len(periods)]
    return VolumeChart(flt, by, compare, periods, messages, delivered, failed, pending, previous, p_from, p_to)


# -- peaks ----------------------------------------------------------------------------------------------------


@dataclass
class PeaksChart:
    flt: ChartFilter
    grid: list[list[int]]  # [weekday 0 = Monday][hour 0-23]

    @property
    def empty(self) -> bool:
        return not any(any(row) for row in self.grid)

    def table(self) -> Table:
        rows = [(d + 1, h, self.grid[d][h]) for d in range(7) for h in range(24)]
        return Table(["weekday", "hour", "messages"], rows)

    full_table = table

    def detail(self, weekday: int, hour: int) -> dict[str, Any]:
        return self.flt.detail(weekday=weekday + 1, hour=hour)


def peaks(session: Session, flt: ChartFilter) -> PeaksChart:
    flt = flt.checked()
    grid = [[0] * 24 for _ in range(7)]
    with translate_db_errors():
        for r in _repo(session).peaks(flt.scope()):
            grid[int(r.weekday) - 1][int(r.hour)] += int(r.messages)
    return PeaksChart(flt, grid)


# -- rates per channel / carrier over time ----------------------------------------------------------------------


@dataclass
class RatesChart:
    flt: ChartFilter
    by: str
    dimension: str  # channel | carrier
    periods: list[dt.datetime]
    keys: list[Any]  # channel ids or carrier names
    names: Names
    messages: dict[Any, list[int]]
    delivered: dict[Any, list[int]]
    failed: dict[Any, list[int]]

    @property
    def empty(self) -> bool:
        return not self.keys

    def label(self, key: Any) -> str:
        return self.names.channel(key) if self.dimension == "channel" else str(key)

    def success_rate(self, key: Any) -> list[float | None]:
        return [_ratio(d, d + f) for d, f in zip(self.delivered[key], self.failed[key], strict=True)]

    def failure_rate(self, key: Any) -> list[float | None]:
        return [_ratio(f, d + f) for d, f in zip(self.delivered[key], self.failed[key], strict=True)]

    def table(self) -> Table:
        cols = ["period", self.dimension, "messages", "delivered", "failed", "success_rate", "failure_rate"]
        rows = []
        for i, p in enumerate(self.periods):
            for k in self.keys:
                m, d, f = self.messages[k][i], self.delivered[k][i], self.failed[k][i]
                if m:
                    rows.append((_fmt_period(p, self.by), self.label(k), m, d, f, _r(_ratio(d, d + f)),
                                 _r(_ratio(f, d + f))))
        return Table(cols, rows)

    full_table = table

    def detail(self, key: Any, index: int, *, status: str | None = None) -> dict[str, Any]:
        start = self.periods[index]
        dim = {"channel_id": key} if self.dimension == "channel" else {"carrier": key}
        return self.flt.detail(period_from=start, period_to=period_end(start, self.by), status=status, **dim)


def rates(session: Session, flt: ChartFilter, dimension: str = "channel", by: str = "auto") -> RatesChart:
    flt = flt.checked()
    if dimension not in ("channel", "carrier"):
        raise ServiceError("invalid", f"rates are by channel or carrier, not {dimension!r}")
    by = rules.auto_bin(flt.date_from, flt.date_to) if by == "auto" else by
    if by == "hour" and rules.bin_count(flt.date_from, flt.date_to, by) > 24 * 400:
        raise ServiceError("invalid", "hourly rates are shown for up to 400 days: choose days or months")
    repo = _repo(session)
    with translate_db_errors():
        periods = rules.periods(flt.date_from, flt.date_to, by)
        at = {p: i for i, p in enumerate(periods)}
        rows = repo.outcomes_over_time(flt.scope(), by, dimension)
        names = Names(channels=repo.channel_names()) if dimension == "channel" else Names()
    keys: list[Any] = []
    msg: dict[Any, list[int]] = {}
    dlv: dict[Any, list[int]] = {}
    fld: dict[Any, list[int]] = {}
    for r in rows:
        k = int(r.dim) if dimension == "channel" else (r.dim or "")
        if k not in msg:
            keys.append(k)
            msg[k], dlv[k], fld[k] = [0] * len(periods), [0] * len(periods), [0] * len(periods)
        i = at.get(r.period)
        if i is not None:
            msg[k][i] += int(r.messages)
            dlv[k][i] += int(r.delivered)
            fld[k][i] += int(r.failed)
    keys.sort(key=lambda k: -sum(msg[k]))
    return RatesChart(flt, by, dimension, periods, keys, names, msg, dlv, fld)


# -- latency --------------------------------------------------------------------------------------------------


@dataclass
class LatencyRow:
    key: Any
    messages: int
    hist: list[int]
    p50: float | None
    p90: float | None
    p99: float | None


@dataclass
class LatencyChart:
    flt: ChartFilter
    dimension: str  # channel | kind
    rows: list[LatencyRow]
    names: Names

    @property
    def empty(self) -> bool:
        return not any(r.messages for r in self.rows)

    def label(self, key: Any) -> str:
        return self.names.channel(key) if self.dimension == "channel" else str(key)

    def table(self) -> Table:
        """Percentiles as the upper bound of the histogram bucket they fall in (inf: an hour or more)."""
        return Table(
            [self.dimension, "messages", "p50_s", "p90_s", "p99_s"],
            [(self.label(r.key), r.messages, r.p50, r.p90, r.p99) for r in self.rows],
        )

    full_table = table

    def detail(self, key: Any) -> dict[str, Any]:
        dim = {"channel_id": key} if self.dimension == "channel" else {"kind": key}
        return self.flt.detail(status="delivered", **dim)


def latency(session: Session, flt: ChartFilter, dimension: str = "channel") -> LatencyChart:
    flt = flt.checked()
    if dimension not in ("channel", "kind"):
        raise ServiceError("invalid", f"latency is by channel or kind, not {dimension!r}")
    repo = _repo(session)
    out = []
    with translate_db_errors():
        for r in repo.latency(flt.scope(), dimension, latency_rules.BUCKETS):
            hist = latency_rules.add([[int(x or 0) for x in (r.hist or [])]])
            out.append(
                LatencyRow(
                    int(r.dim) if dimension == "channel" else r.dim, int(r.messages), hist,
                    latency_rules.percentile(hist, 0.50), latency_rules.percentile(hist, 0.90),
                    latency_rules.percentile(hist, 0.99),
                )
            )
        names = Names(channels=repo.channel_names()) if dimension == "channel" else Names()
    if dimension == "kind":
        order = {k: i for i, k in enumerate(KINDS)}
        out.sort(key=lambda r: order.get(r.key, 99))
    return LatencyChart(flt, dimension, out, names)


# -- failure causes -------------------------------------------------------------------------------------------


@dataclass
class FailuresChart:
    flt: ChartFilter
    dimension: str  # channel | carrier | kind
    keys: list[Any]
    counts: dict[Any, dict[str, int]]  # key -> category -> messages (every category present, zeros too)
    names: Names
    by: str
    periods: list[dt.datetime]
    trend: dict[str, list[int]]  # category -> messages per period

    @property
    def empty(self) -> bool:
        return not self.keys

    def label(self, key: Any) -> str:
        return self.names.channel(key) if self.dimension == "channel" else str(key)

    def table(self) -> Table:
        rows = [
            (self.label(k), c, n)
            for k in self.keys
            for c, n in self.counts[k].items()
            if n
        ]
        return Table([self.dimension, "category", "messages"], rows)

    def full_table(self) -> Table:
        rows = [(self.label(k), c, n) for k in self.keys for c, n in self.counts[k].items()]
        return Table([self.dimension, "category", "messages"], rows)

    def trend_table(self) -> Table:
        rows = [
            (_fmt_period(p, self.by), c, self.trend[c][i]) for i, p in enumerate(self.periods) for c in self.trend
        ]
        return Table(["period", "category", "messages"], rows)

    def detail(self, key: Any, category: str) -> dict[str, Any]:
        column = {"channel": "channel_id", "carrier": "carrier", "kind": "kind"}[self.dimension]
        return self.flt.detail(category=category, status="failed", **{column: key})

    def trend_detail(self, index: int, category: str) -> dict[str, Any]:
        start = self.periods[index]
        return self.flt.detail(period_from=start, period_to=period_end(start, self.by), category=category,
                               status="failed")


def _category(value: str | None) -> str:
    return value if value in FAILURE_CATEGORIES else "other"


def failures(session: Session, flt: ChartFilter, dimension: str = "channel", by: str = "auto") -> FailuresChart:
    flt = flt.checked()
    if dimension not in ("channel", "carrier", "kind"):
        raise ServiceError("invalid", f"failures are by channel, carrier or kind, not {dimension!r}")
    by = rules.auto_bin(flt.date_from, flt.date_to) if by == "auto" else by
    if by == "hour" and rules.bin_count(flt.date_from, flt.date_to, by) > 24 * 400:
        by = "day"
    repo = _repo(session)
    with translate_db_errors():
        rows = repo.failures(flt.scope(), dimension, by)
        periods = rules.periods(flt.date_from, flt.date_to, by)
        names = Names(channels=repo.channel_names()) if dimension == "channel" else Names()
    counts: dict[Any, dict[str, int]] = {}
    at = {p: i for i, p in enumerate(periods)}
    trend = {c: [0] * len(periods) for c in FAILURE_CATEGORIES}
    for r in rows:
        k = int(r.dim) if dimension == "channel" else (r.dim or "")
        cats = counts.setdefault(k, dict.fromkeys(FAILURE_CATEGORIES, 0))
        cats[_category(r.category)] += int(r.messages)
        i = at.get(r.period)
        if i is not None:
            trend[_category(r.category)][i] += int(r.messages)
    keys = sorted(counts, key=lambda k: -sum(counts[k].values()))
    return FailuresChart(flt, dimension, keys, counts, names, by, periods, trend)


# -- kinds and templates --------------------------------------------------------------------------------------


@dataclass
class PerformanceRow:
    key: Any
    messages: int
    delivered: int
    failed: int
    pending: int
    replies: int
    opt_outs: int

    @property
    def success_rate(self) -> float | None:
        return _ratio(self.delivered, self.delivered + self.failed)


@dataclass
class PerformanceChart:
    flt: ChartFilter
    dimension: str  # kind | template
    rows: list[PerformanceRow]
    names: Names

    @property
    def empty(self) -> bool:
        return not any(r.messages for r in self.rows)

    @property
    def total(self) -> int:
        return sum(r.messages for r in self.rows)

    def label(self, key: Any) -> str:
        return self.names.template(key) if self.dimension == "template" else str(key)

    def table(self) -> Table:
        total = self.total
        return Table(
            [self.dimension, "messages", "share", "delivered", "failed", "pending", "success_rate", "replies",
             "opt_outs"],
            [
                (self.label(r.key), r.messages, _r(_ratio(r.messages, total)), r.delivered, r.failed, r.pending,
                 _r(r.success_rate), r.replies, r.opt_outs)
                for r in self.rows
            ],
        )

    full_table = table

    def detail(self, key: Any) -> dict[str, Any]:
        return self.flt.detail(**({"template_id": key} if self.dimension == "template" else {"kind": key}))


def _performance(session: Session, flt: ChartFilter, dimension: str) -> PerformanceChart:
    flt = flt.checked()
    repo = _repo(session)
    with translate_db_errors():
        raw = repo.performance(flt.scope(), dimension)
        rows = [
            PerformanceRow(
                int(r.dim) if dimension == "template" else r.dim, int(r.messages), int(r.delivered), int(r.failed),
                int(r.pending), int(r.replies), int(r.opt_outs),
            )
            for r in raw
        ]
        names = Names(templates=repo.template_names([r.key for r in rows if r.key])) if dimension == "template" \
            else Names()
    if dimension == "kind":
        order = {k: i for i, k in enumerate(KINDS)}
        rows.sort(key=lambda r: order.get(r.key, 99))
    return PerformanceChart(flt, dimension, rows, names)


def kinds(session: Session, flt: ChartFilter) -> PerformanceChart:
    return _performance(session, flt, "kind")


def templates(session: Session, flt: ChartFilter) -> PerformanceChart:
    return _performance(session, flt, "template")


# -- marketing conversion -------------------------------------------------------------------------------------


@dataclass
class ConversionRow:
    task_id: int
    name: str
    send_at: dt.datetime
    messages: int
    delivered: int
    replies: int
    opt_outs: int


@dataclass
class ConversionChart:
    flt: ChartFilter
    rows: list[ConversionRow]

    @property
    def empty(self) -> bool:
        return not self.rows

    def table(self) -> Table:
        return Table(
            ["task_id", "task", "sent_at", "messages", "delivered", "replies", "opt_outs", "reply_rate",
             "opt_out_rate"],
            [
                (r.task_id, r.name, r.send_at.isoformat(timespec="seconds"), r.messages, r.delivered, r.replies,
                 r.opt_outs, _r(_ratio(r.replies, r.delivered)), _r(_ratio(r.opt_outs, r.delivered)))
                for r in self.rows
            ],
        )

    full_table = table

    def detail(self, index: int) -> dict[str, Any]:
        return self.flt.detail(task_id=self.rows[index].task_id, date_from=None, date_to=None)


def conversion(session: Session, flt: ChartFilter, limit: int = CONVERSION_TASKS) -> ConversionChart:
    flt = flt.checked()
    with translate_db_errors():
        raw = _repo(session).marketing_tasks(flt.scope(), limit)
    rows = [
        ConversionRow(int(r.id), r.name, r.send_at, int(r.messages), int(r.delivered), int(r.replies),
                      int(r.opt_outs))
        for r in raw
    ]
    rows.reverse()  # oldest first, as a time axis reads
    return ConversionChart(flt, rows)


# -- channel status beside its failure rate -------------------------------------------------------------------


@dataclass
class ChannelEventRow:
    at: dt.datetime
    channel_id: int
    old_status: str
    new_status: str
    reason: str


@dataclass
class ChannelsChart:
    flt: ChartFilter
    by: str
    periods: list[dt.datetime]
    keys: list[int]
    names: Names
    failure_rate: dict[int, list[float | None]]
    events: list[ChannelEventRow]  # with the last change before the range first, per channel
    reviews: list[tuple[dt.datetime, str, str]]  # at, 'template.approve' | 'template.reject', template name
    may_read_events: bool = True

    @property
    def empty(self) -> bool:
        return not self.keys and not self.events

    def table(self) -> Table:
        rows: list[tuple] = []
        for e in self.events:
            rows.append((e.at.isoformat(timespec="seconds"), self.names.channel(e.channel_id), "status",
                         e.new_status))
        for k in self.keys:
            for i, p in enumerate(self.periods):
                v = self.failure_rate[k][i]
                if v is not None:
                    rows.append((_fmt_period(p, self.by), self.names.channel(k), "failure_rate", _r(v)))
        for at, action, name in self.reviews:
            rows.append((at.isoformat(timespec="seconds"), "", action.replace(".", "_"), name))
        return Table(["time", "channel", "event", "value"], rows)

    full_table = table

    def detail(self, key: int, index: int) -> dict[str, Any]:
        start = self.periods[index]
        return self.flt.detail(channel_id=key, period_from=start, period_to=period_end(start, self.by),
                               status="failed")


def channels(session: Session, flt: ChartFilter, by: str = "auto", *, events: bool = True) -> ChannelsChart:
    flt = flt.checked()
    by = rules.auto_bin(flt.date_from, flt.date_to) if by == "auto" else by
    if by == "hour" and rules.bin_count(flt.date_from, flt.date_to, by) > 24 * 400:
        by = "day"
    rates_chart = rates(session, flt, "channel", by)
    repo = _repo(session)
    evs: list[ChannelEventRow] = []
    reviews: list[tuple[dt.datetime, str, str]] = []
    with translate_db_errors():
        if events:
            evs = [
                ChannelEventRow(r.at, int(r.channel_id), r.old_status, r.new_status, r.reason)
                for r in repo.channel_events(flt.scope(), flt.channel_id)
            ]
            reviews = [(r.at, r.action, r.target) for r in repo.template_reviews(flt.scope())]
    keys = [k for k in rates_chart.keys if k]  # no channel (pending or failed before submit): no status, no rate
    for e in evs:
        if e.channel_id not in keys:
            keys.append(e.channel_id)
    fr = {k: rates_chart.failure_rate(k) if k in rates_chart.messages else [None] * len(rates_chart.periods)
          for k in keys}
    return ChannelsChart(flt, by, rates_chart.periods, keys, rates_chart.names, fr, evs, reviews, events)


CHARTS = {
    "volume": volume,
    "peaks": peaks,
    "rates": rates,
    "latency": latency,
    "failures": failures,
    "kinds": kinds,
    "templates": templates,
    "conversion": conversion,
    "channels": channels,
}


def export_table(session: Session, job, name: str, flt: ChartFilter, table: Table, path: str) -> int:
    """A chart's figures as CSV (UTF-8 with BOM) or XLSX by the file's suffix, through the console's one export
    path (services/exports.py: the location checked first, audited with the chart and its filter, no partial file
    left behind). Returns the rows written."""
    from smsdesk.services import exports

    spec = exports.ExportSpec(
        path=path, kind="report", header=list(table.columns), target=f"chart {name}",
        details={"report": "chart", "chart": name, "filter": {k: v for k, v in asdict(flt).items() if v is not None}},
        sheet=name[:31] or "chart",
    )
    return exports.run_export(session, job, spec, lambda _ticket: table.rows).rows


@dataclass
class FilterChoices:
    groups: list[tuple[int, str]]
    users: list[tuple[int, str, str, int]]  # id, login, name, group
    channels: list[tuple[int, str]]
    templates: list[tuple[int, str, str]]  # id, name, kind


def filter_choices(session: Session) -> FilterChoices:
    """What the dashboard's filters offer, as far as the signed-in user sees (row-level security)."""
    with translate_db_errors():
        c = _repo(session).filter_choices()
    return FilterChoices(
        [(int(r.id), r.path) for r in c["groups"]],
        [(int(r.id), r.login, r.operator_name or "", int(r.group_id)) for r in c["users"]],
        [(int(r.id), r.name) for r in c["channels"]],
        [(int(r.id), r.name, r.kind) for r in c["templates"]],
    )


def resolve_filter(
    session: Session,
    date_from: dt.date,
    date_to: dt.date,
    *,
    group: str | None = None,
    user: str | None = None,
    kind: str | None = None,
    channel: str | None = None,
    carrier: str | None = None,
    template: str | None = None,
) -> ChartFilter:
    """A filter from the names the command line takes (group path, login, channel and template names)."""
    repo = _repo(session)
    with translate_db_errors():
        found = repo.resolve_names(group=group, user=user, channel=channel, template=template)
    for what, value in (("group", group), ("user", user), ("channel", channel), ("template", template)):
        if value is not None and found.get(what) is None:
            raise ServiceError("not_found", f"no {what} {value!r} that you may see")
    return ChartFilter(date_from, date_to, group_id=found.get("group"), user_id=found.get("user"), kind=kind,
                       channel_id=found.get("channel"), carrier=carrier, template_id=found.get("template")).checked()
