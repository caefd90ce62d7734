"""The charts (issue 16): every chart's numbers equal a GROUP BY over the raw rows, for each role's scope, with every
filter; the command line prints the same series; bad input (no data, one day, twenty years, a deleted channel,
zero counts, a reversed range)."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter, defaultdict
from contextlib import redirect_stdout

import pytest

from smsdesk.admin import cli
from smsdesk.domain import latency
from smsdesk.domain.statuses import FAILURE_CATEGORIES
from smsdesk.services import charts, dashboard
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.services.errors import ServiceError
from tests.conftest import ADMIN_PASSWORD
from tests.db import charts_data
from tests.db.charts_data import DAY0, DAYS
from tests.db.conftest import PASSWORD, build_org

pytestmark = pytest.mark.db

LAST = DAY0 + dt.timedelta(days=DAYS - 1)
FLT = charts.ChartFilter(DAY0, LAST)


@pytest.fixture(scope="module")
def history(shared_org_db):
    build_org(shared_org_db)
    with shared_org_db.connect_su() as su:
        su.autocommit = True
        rows, ids = charts_data.seed(su)
    return shared_org_db, rows, ids


@pytest.fixture(scope="module")
def boss(history):
    db = history[0]
    signed = sign_in(db.target, "boss", ADMIN_PASSWORD)
    yield signed
    signed.close()


def run(signed, fn, *args, **kwargs):
    return session_service.run(signed, lambda s: fn(s, *args, **kwargs))


def day(r) -> dt.datetime:
    return r.local.replace(hour=0, minute=0)


def hour(r) -> dt.datetime:
    return r.local.replace(minute=0)


def test_volume_equals_the_raw_rows_per_hour_day_and_month(history, boss):
    _db, rows, _ids = history
    for by, key in (("hour", hour), ("day", day), ("month", lambda r: r.local.replace(day=1, hour=0, minute=0))):
        chart = run(boss, charts.volume, FLT, by)
        messages, delivered = charts_data.by(rows, key), charts_data.by(rows, key, outcome="delivered")
        failed, pending = charts_data.by(rows, key, outcome="failed"), charts_data.by(rows, key, outcome="pending")
        assert chart.by == by
        assert {p: n for p, n in zip(chart.periods, chart.messages, strict=True) if n} == dict(messages)
        assert {p: n for p, n in zip(chart.periods, chart.delivered, strict=True) if n} == dict(delivered)
        assert {p: n for p, n in zip(chart.periods, chart.failed, strict=True) if n} == dict(failed)
        assert {p: n for p, n in zip(chart.periods, chart.pending, strict=True) if n} == dict(pending)
    hourly = run(boss, charts.volume, FLT, "hour")
    assert len(hourly.periods) == DAYS * 24 and hourly.periods[0] == dt.datetime.combine(DAY0, dt.time())
    # the day before, overlaid: yesterday's bins, aligned
    compared = run(boss, charts.volume, charts.ChartFilter(DAY0 + dt.timedelta(days=1), LAST), "hour", "day")
    assert compared.previous[:24] == hourly.messages[:24]


def test_peaks_rates_failures_equal_the_raw_rows(history, boss):
    _db, rows, ids = history
    peaks = run(boss, charts.peaks, FLT)
    expected = charts_data.by(rows, lambda r: (r.local.isoweekday(), r.local.hour))
    assert {(d + 1, h): n for d in range(7) for h in range(24) if (n := peaks.grid[d][h])} == dict(expected)

    for dimension, key in (("channel", lambda r: r.channel_id), ("carrier", lambda r: r.carrier)):
        chart = run(boss, charts.rates, FLT, dimension, "day")
        for outcome, series in (("delivered", chart.delivered), ("failed", chart.failed)):
            want = charts_data.by(rows, lambda r, k=key: (day(r), k(r)), outcome=outcome)
            got = {(p, k): series[k][i] for k in chart.keys for i, p in enumerate(chart.periods) if series[k][i]}
            assert got == dict(want), (dimension, outcome)
        assert ids["deleted"] in chart.keys or dimension == "carrier"

    for dimension, key in (("channel", lambda r: r.channel_id), ("carrier", lambda r: r.carrier),
                           ("kind", lambda r: r.kind)):
        chart = run(boss, charts.failures, FLT, dimension, "day")
        want = charts_data.by(rows, lambda r, k=key: (k(r), r.category), outcome="failed")
        got = {(k, c): n for k in chart.keys for c, n in chart.counts[k].items() if n}
        assert got == dict(want), dimension
        # every category is there, zero counts too (the colours and the legend stay put)
        assert all(set(chart.counts[k]) == set(FAILURE_CATEGORIES) for k in chart.keys)
        trend = charts_data.by(rows, lambda r: (day(r), r.category), outcome="failed")
        got_trend = {(p, c): chart.trend[c][i] for c in chart.trend for i, p in enumerate(chart.periods)
                     if chart.trend[c][i]}
        assert chart.by == "day" and got_trend == dict(trend)


def test_latency_kinds_templates_conversion_equal_the_raw_rows(history, boss):
    _db, rows, ids = history
    for dimension, key in (("channel", lambda r: r.channel_id), ("kind", lambda r: r.kind)):
        chart = run(boss, charts.latency, FLT, dimension)
        want = charts_data.histograms(rows, key, latency.LATENCY_BOUNDS)
        got = {r.key: r.hist for r in chart.rows}
        assert got == want, dimension
        for r in chart.rows:
            assert r.messages == sum(want[r.key])
            assert r.p90 == latency.percentile(want[r.key], 0.9)

    for fn, key in ((charts.kinds, lambda r: r.kind), (charts.templates, lambda r: r.template_id)):
        chart = run(boss, fn, FLT)
        for field in ("delivered", "failed", "pending"):
            assert {r.key: getattr(r, field) for r in chart.rows if getattr(r, field)} == dict(
                charts_data.by(rows, key, outcome=field))
        assert {r.key: r.messages for r in chart.rows} == dict(charts_data.by(rows, key))
        replies: Counter = Counter()
        for r in rows:
            replies[key(r)] += r.replies
        assert {r.key: r.replies for r in chart.rows if r.replies} == {k: n for k, n in replies.items() if n}
    templates = run(boss, charts.templates, FLT)
    assert templates.names.template(ids["template"]) == "到货通知"

    conversion = run(boss, charts.conversion, FLT)
    per_task: dict = defaultdict(lambda: [0, 0])
    for r in rows:
        if r.kind == "marketing":
            per_task[r.task_id][0] += r.replies
            per_task[r.task_id][1] += r.opt_outs
    assert {c.task_id: [c.replies, c.opt_outs] for c in conversion.rows} == dict(per_task)


def test_key_figures_and_channels_equal_the_raw_rows(history, boss):
    _db, rows, ids = history
    now = dt.datetime.combine(DAY0 + dt.timedelta(days=1), dt.time(12, 30), charts_data.BEIJING)
    board = run(boss, dashboard.dashboard, boss.profile, FLT, now=now)
    sent = sum(r.outcome != "cancelled" for r in rows)
    assert board.period.now.messages == sent
    assert board.period.now.delivered == sum(r.outcome == "delivered" for r in rows)
    assert board.period.now.failed == sum(r.outcome in ("failed", "expired") for r in rows)
    assert board.period.before.messages == 0 and board.period.change("sent") is None
    today = [r for r in rows if r.local.date() == now.date() and r.local.hour <= 12 and r.outcome != "cancelled"]
    assert board.today.now.messages == len(today)
    assert board.approvals == (0, 0)
    assert {c.name for c in board.channels} == {"移动直连", "联通电信"}  # the deleted one is gone from the table

    chart = run(boss, charts.channels, FLT, "day")
    for key in (ids["channel_a"], ids["deleted"]):
        for i, p in enumerate(chart.periods):
            mine = [r for r in rows if r.channel_id == key and day(r) == p]
            done = [r for r in mine if r.outcome in ("delivered", "failed", "expired")]
            failed = [r for r in done if r.outcome != "delivered"]
            want = len(failed) / len(done) if done else None
            assert chart.failure_rate[key][i] == pytest.approx(want) if want is not None else \
                chart.failure_rate[key][i] is None
    assert chart.names.channel(ids["deleted"]) == str(ids["deleted"])  # as the reports' command line names it


def test_each_role_sees_its_scope_and_filters_narrow(history, boss):
    db, rows, ids = history
    logins = dict(db.connect_su().execute("SELECT login, id FROM smsdesk.app_user").fetchall())
    groups = dict(db.connect_su().execute("SELECT smsdesk.group_path(id), id FROM smsdesk.user_group").fetchall())
    east = {groups["总部/华东"], groups["总部/华东/上海"]}
    for login, visible in (
        ("east-op", lambda r: r.user_id == logins["east-op"]),
        ("east-admin", lambda r: r.group_id in east),
        ("east-reviewer", lambda r: r.group_id in east),
        ("south-op", lambda r: r.user_id == logins["south-op"]),
    ):
        signed = sign_in(db.target, login, PASSWORD)
        try:
            chart = run(signed, charts.volume, FLT, "day")
            assert sum(chart.messages) == sum(1 for r in rows if visible(r)), login
            kinds = run(signed, charts.kinds, FLT)
            assert sum(k.messages for k in kinds.rows) == sum(chart.messages)
        finally:
            signed.close()

    def total(**narrow) -> int:
        return sum(run(boss, charts.volume, charts.ChartFilter(DAY0, LAST, **narrow), "day").messages)

    assert total(group_id=groups["总部/华东"]) == sum(r.group_id in east for r in rows)
    assert total(user_id=logins["sh-op"]) == sum(r.user_id == logins["sh-op"] for r in rows)
    assert total(kind="alert") == sum(r.kind == "alert" for r in rows)
    # messages still waiting count under no channel (0) until their outcome is known, as the rollups keep them
    assert total(channel_id=ids["deleted"]) == sum(r.channel_id == ids["deleted"] and r.outcome != "pending"
                                                   for r in rows)
    assert total(carrier="") == sum(r.carrier == "" for r in rows)
    assert total(template_id=ids["template"]) == sum(r.template_id == ids["template"] for r in rows)
    one = next(r for r in rows if r.outcome == "delivered")
    assert total(user_id=one.user_id, kind=one.kind, carrier=one.carrier, channel_id=one.channel_id,
                 template_id=one.template_id or None) >= 1


def test_bad_input(history, boss):
    # a range with no data: every chart says empty
    nothing = charts.ChartFilter(dt.date(2010, 1, 1), dt.date(2010, 1, 31))
    for name, fn in charts.CHARTS.items():
        assert run(boss, fn, nothing).empty, name
    # one day: hours; twenty years: months, every message counted once
    one = run(boss, charts.volume, charts.ChartFilter(DAY0, DAY0))
    assert one.by == "hour" and len(one.periods) == 24
    years = run(boss, charts.volume, charts.ChartFilter(dt.date(2010, 1, 1), dt.date(2029, 12, 31)))
    assert years.by == "month" and len(years.periods) == 240 and sum(years.messages) == len(history[1])
    with pytest.raises(ServiceError):  # twenty years of hours is refused with a reason, not drawn
        run(boss, charts.volume, charts.ChartFilter(dt.date(2010, 1, 1), dt.date(2029, 12, 31)), "hour")
    with pytest.raises(ServiceError, match="ends before"):
        run(boss, charts.peaks, charts.ChartFilter(LAST, DAY0))
    with pytest.raises(ServiceError):
        run(boss, charts.rates, FLT, "kind")


def test_charts_equal_the_reports(history, boss):
    """The daily and monthly reports and the failures report, over the same days, as the same user."""
    from smsdesk.services import report_rollups as reports

    _db, rows, _ids = history
    for report, by in (("daily", "day"), ("monthly", "month")):
        got = run(boss, reports.compute, reports.ReportQuery(report, DAY0, LAST))
        per_period: dict = defaultdict(lambda: [0, 0, 0, 0])
        for row in got.rows:
            for k, i in enumerate((2, 4, 5, 6)):  # messages, delivered, failed, pending
                per_period[row[0]][k] += row[i]
        chart = run(boss, charts.volume, FLT, by)
        label = (lambda p: p.date().isoformat()) if by == "day" else (lambda p: p.strftime("%Y-%m"))
        mine = {label(p): [chart.messages[i], chart.delivered[i], chart.failed[i], chart.pending[i]]
                for i, p in enumerate(chart.periods) if chart.messages[i]}
        assert mine == dict(per_period), report
    for dimension in ("channel", "carrier", "kind"):
        report = run(boss, reports.compute, reports.ReportQuery("failures", DAY0, LAST, by=dimension))
        chart = run(boss, charts.failures, FLT, dimension, "day")
        table = Counter({(k, c): n for k, c, n in chart.table().rows})
        # one rule everywhere: failed means failed or expired (the daily report's failed column too)
        assert any(r.outcome == "expired" for r in rows) and any(r.outcome == "failed" for r in rows)
        want = Counter()
        for r in rows:
            if r.outcome in ("failed", "expired"):
                value = {"channel": chart.names.channel(r.channel_id), "carrier": r.carrier, "kind": r.kind}[dimension]
                want[(value, r.category)] += 1
        assert table == Counter({(k, c): n for k, c, n in report.rows}) == want, dimension
    daily = run(boss, reports.compute, reports.ReportQuery("daily", DAY0, LAST))
    failures = run(boss, reports.compute, reports.ReportQuery("failures", DAY0, LAST, by="kind"))
    assert daily.totals[5] == sum(n for _k, _c, n in failures.rows) == sum(chart.trend[c][i] for c in chart.trend
                                                                         for i in range(len(chart.periods)))


def cli_run(db, *args: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert cli.main(["--db", db.su.url(driver="postgresql"), "report", "chart", *args]) == 0
    return out.getvalue()


def test_command_line_prints_the_same_series(history, boss):
    db, rows, ids = history
    span = ["--from", DAY0.isoformat(), "--to", LAST.isoformat()]
    text = cli_run(db, "volume", "--by", "day", *span)
    lines = text.splitlines()
    assert lines[0] == "period,messages,delivered,failed"
    chart = run(boss, charts.volume, FLT, "day")
    assert lines[1:] == [f"{p:%Y-%m-%d},{m},{d},{f}" for p, m, d, f in
                         zip(chart.periods, chart.messages, chart.delivered, chart.failed, strict=True)]

    text = cli_run(db, "failures", "--by", "channel", *span)
    lines = text.splitlines()
    assert lines[0] == "channel,category,messages"
    want = charts_data.by(rows, lambda r: (r.channel_id, r.category), outcome="failed")
    names = {ids["channel_a"]: "移动直连", ids["channel_b"]: "联通电信", ids["deleted"]: str(ids["deleted"])}
    assert sorted(lines[1:]) == sorted(f"{names[c]},{cat},{n}" for (c, cat), n in want.items())

    text = cli_run(db, "latency", "--by", "kind", *span)
    assert text.splitlines()[0] == "kind,messages,p50_s,p90_s,p99_s"
    assert {line.split(",")[0] for line in text.splitlines()[1:]} <= {"verification", "notification", "marketing",
                                                                       "alert"}

    data = json.loads(cli_run(db, "kinds", *span, "--format", "json"))
    assert {d["kind"]: d["messages"] for d in data} == dict(charts_data.by(rows, lambda r: r.kind))

    for name in charts.CHART_NAMES:  # every chart prints, with a header row
        assert cli_run(db, name, *span).splitlines()[0]


def test_command_line_as_a_user_sees_their_scope(history, monkeypatch):
    db, rows, _ids = history
    east_op = db.connect_su().execute("SELECT id FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    text = cli_run(db, "volume", "--by", "month", "--from", DAY0.isoformat(), "--to", LAST.isoformat(),
                   "--login", "east-op", "--password-stdin")
    assert sum(int(line.split(",")[1]) for line in text.splitlines()[1:]) == sum(r.user_id == east_op for r in rows)


def test_command_line_refuses_bad_input(history, capsys):
    db = history[0]
    url = db.su.url(driver="postgresql")
    assert cli.main(["--db", url, "report", "chart", "volume", "--by", "channel"]) == cli.EXIT_FAILED
    assert "--by" in capsys.readouterr().err
    assert cli.main(["--db", url, "report", "chart", "peaks", "--from", "2026-13-01"]) == cli.EXIT_FAILED
    assert "not a date" in capsys.readouterr().err
    assert cli.main(["--db", url, "report", "chart", "kinds", "--channel", "没有这个"]) == cli.EXIT_FAILED
    assert "no channel" in capsys.readouterr().err


def _detail_count(signed, detail: dict) -> int:
    from smsdesk.services import report_detail
    from smsdesk.ui.tabs.overview.drilldown import detail_filter

    f = detail_filter(detail)
    return run(signed, lambda s: sum(len(block) for block in report_detail.iter_detail(s, f)))


def test_drill_down_opens_exactly_the_messages_counted(history, boss):
    """A peaks cell, a failed bar (failed and expired), a failure cause and an hour's bar open exactly the messages
    the chart counts, on the rollups' time basis (the task's send time), even for messages submitted in a later
    hour than their task was sent."""
    db, rows, _ids = history
    peaks = run(boss, charts.peaks, FLT)
    cells = [(d, h) for d in range(7) for h in range(24) if peaks.grid[d][h]][:4]
    assert cells
    for d, h in cells:
        assert _detail_count(boss, peaks.detail(d, h)) == peaks.grid[d][h]
    # a task whose messages were submitted in the next hour: counted in its send hour by the rollups and the detail
    moved = next(r for r in rows if r.status == "failed")
    with db.connect_su() as su:
        su.autocommit = True
        su.execute("UPDATE smsdesk.message SET submitted_at = submitted_at + interval '1 hour',"
                   " done_at = done_at + interval '1 hour' WHERE task_id = %s", (moved.task_id,))
        try:
            one = charts.ChartFilter(moved.local.date(), moved.local.date())
            volume = run(boss, charts.volume, one, "hour")
            i = volume.periods.index(hour(moved))
            assert volume.failed[i] >= 1
            assert _detail_count(boss, volume.detail(i, status="failed")) == volume.failed[i]
            assert _detail_count(boss, volume.detail(i)) == volume.messages[i]
            failures = run(boss, charts.failures, one, "channel", "hour")
            for category in FAILURE_CATEGORIES:
                if failures.trend[category][i]:
                    assert _detail_count(boss, failures.trend_detail(i, category)) == failures.trend[category][i]
            for key in failures.keys:
                for category, n in failures.counts[key].items():
                    assert _detail_count(boss, failures.detail(key, category)) == n, (key, category)
        finally:
            su.execute("UPDATE smsdesk.message SET submitted_at = submitted_at - interval '1 hour',"
                       " done_at = done_at - interval '1 hour' WHERE task_id = %s", (moved.task_id,))


def test_detail_refuses_a_bad_weekday_hour_or_zone_in_plain_sql(history):
    db = history[0]
    with db.connect_su() as su:
        for bad in ({"weekday": 8}, {"hour": 24}, {"zone": "Mars/Base"}, {"basis": "receipt"}, {"weekday": "x"}):
            with pytest.raises(Exception) as err:
                su.execute("SELECT count(*) FROM smsdesk.report_detail_page(%s, NULL, NULL, 10)", (json.dumps(bad),))
            assert getattr(err.value, "sqlstate", None) == "SD422", bad
            su.rollback()


@pytest.mark.parametrize("first,last,tz", [
    (dt.date(2026, 10, 31), dt.date(2026, 12, 1), "Asia/Shanghai"),  # a whole month and a day either side
    (dt.date(2026, 11, 3), dt.date(2026, 12, 31), "Asia/Shanghai"),  # days of one month, then a whole one
    (dt.date(2026, 11, 1), dt.date(2026, 11, 3), "Asia/Shanghai"),  # days only
    (dt.date(2026, 10, 1), dt.date(2026, 12, 31), "Europe/London"),  # another zone: the hourly rollup
])
def test_every_source_of_a_range_gives_the_raw_rows(history, boss, first, last, tz):
    """Whole months from the monthly rollup, the days around them from the daily ones, another zone from the
    hourly: each chart still equals a GROUP BY over the raw rows of the range."""
    _db, rows, _ids = history
    inside = [r for r in rows if first <= r.local.date() <= last] if tz == "Asia/Shanghai" else rows
    assert inside
    flt = charts.ChartFilter(first, last, tz=tz)
    failures = run(boss, charts.failures, flt, "kind", "month")
    assert Counter({(k, c): n for k, c, n in failures.table().rows}) == +charts_data.by(
        inside, lambda r: (r.kind, r.category), outcome="failed")
    assert sum(sum(v) for v in failures.trend.values()) == sum(charts_data.by(inside, lambda r: 1, outcome="failed")
                                                               .values())
    kinds = run(boss, charts.kinds, flt)
    assert {r.key: (r.messages, r.delivered, r.replies, r.opt_outs) for r in kinds.rows} == {
        k: (n, charts_data.by(inside, lambda r: r.kind, outcome="delivered")[k],
            sum(r.replies for r in inside if r.kind == k), sum(r.opt_outs for r in inside if r.kind == k))
        for k, n in charts_data.by(inside, lambda r: r.kind).items()}
    lat = run(boss, charts.latency, flt, "channel")
    assert {r.key: r.messages for r in lat.rows if r.messages} == dict(
        charts_data.by(inside, lambda r: r.channel_id, outcome="delivered"))
    rates = run(boss, charts.rates, flt, "carrier", "month")
    assert {k: (sum(rates.messages[k]), sum(rates.failed[k])) for k in rates.keys} == {
        k: (n, charts_data.by(inside, lambda r: r.carrier, outcome="failed")[k])
        for k, n in charts_data.by(inside, lambda r: r.carrier).items()}
    volume = run(boss, charts.volume, flt, "month")
    assert sum(volume.messages) == len(inside) and sum(volume.failed) == sum(
        r.outcome in ("failed", "expired") for r in inside)
    figures = run(boss, dashboard.figures, flt)[1]
    assert figures.now.messages == sum(r.status != "cancelled" for r in inside)
