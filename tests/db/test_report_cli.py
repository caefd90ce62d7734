"""``smsdesk-admin report cost|daily|monthly|failures|rebuild`` and ``price``: the command line's numbers equal the
service the console's pages call (report_rollups.compute) and a GROUP BY over the raw rows, as the superuser and as a
signed-in operator; bad input gets a clear message and no output file."""

from __future__ import annotations

import csv
import io
import json
import random
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from smsdesk.admin.cli import main as admin_main
from smsdesk.domain.schedule import BEIJING
from smsdesk.services import report_rollups as reports
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.test_rollups import Workload
from tests.dispatcher.world import OPERATOR, OPERATOR_PASSWORD, _module_world, world  # noqa: F401  (fixtures)

pytestmark = pytest.mark.db

TODAY = datetime.now(BEIJING).date()
RANGE = ["--from", (TODAY - timedelta(days=1)).isoformat(), "--to", (TODAY + timedelta(days=1)).isoformat()]

RAW_DAILY = """
SELECT (t.send_at AT TIME ZONE 'Asia/Shanghai')::date AS day, t.kind, count(*), sum(m.segments),
       count(*) FILTER (WHERE m.status = 'delivered'), count(*) FILTER (WHERE m.status IN ('failed', 'expired')),
       count(*) FILTER (WHERE m.status IN ('queued', 'sending', 'submitted')),
       coalesce(sum(m.segments * (t.prices ->> '')::numeric) FILTER (WHERE m.status = 'delivered'), 0)
  FROM smsdesk.send_task t JOIN smsdesk.message m ON m.task_id = t.id
 GROUP BY 1, 2 ORDER BY 1, 2
"""
RAW_COST = """
SELECT smsdesk.group_path(t.group_id), u.login, t.kind,
       coalesce(sum(m.segments) FILTER (WHERE m.status = 'delivered'), 0),
       coalesce(sum(m.segments) FILTER (WHERE m.status IN ('expired', 'cancelled')
                                          OR (m.status = 'failed' AND m.attempts > 0)), 0),
       coalesce(sum(m.segments * (t.prices ->> '')::numeric) FILTER (WHERE m.status = 'delivered'), 0)
  FROM smsdesk.send_task t JOIN smsdesk.message m ON m.task_id = t.id JOIN smsdesk.app_user u ON u.id = t.owner_id
 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
"""


def run(world, capsys, monkeypatch, *args, login: bool = False) -> tuple[int, str, str]:  # noqa: F811
    url = world.db.su.url(driver="postgresql")
    extra = []
    if login:
        monkeypatch.setattr("sys.stdin", io.StringIO(OPERATOR_PASSWORD + "\n"))
        extra = ["--login", OPERATOR, "--password-stdin"]
    code = admin_main(["--db", url, *args, *extra])
    out = capsys.readouterr()
    return code, out.out, out.err.strip()


def _csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _page(world, report: str, **options) -> reports.Report:  # noqa: F811
    engine = make_engine(world.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as session:
            query = reports.ReportQuery(report, TODAY - timedelta(days=1), TODAY + timedelta(days=1), **options)
            return reports.compute(session, query)
    finally:
        engine.dispose()


@pytest.fixture
def busy(world):  # noqa: F811
    work = Workload(world, random.Random(3))
    try:
        for step in [("queue", 12, "marketing", 2, False), ("queue", 6, "alert", 0, True), ("claim", 0, 12),
                     ("receipts", 1, 10, False), ("claim", 1, 5), ("replies", 2, True), ("expire",),
                     ("queue", 4, "notification", 0, False), ("cancel",)]:
            work.step(step)
    finally:
        work.close()
    return world


def test_daily_monthly_and_cost_equal_the_page_and_the_raw_rows(busy, capsys, monkeypatch):
    w = busy
    code, out, err = run(w, capsys, monkeypatch, "report", "daily", *RANGE)
    assert code == 0, err
    rows = _csv(out)
    assert rows[0] == ["day", "kind", "messages", "segments", "delivered", "failed", "pending", "cost"]
    raw = [[d.isoformat(), k, *(str(v) for v in vals[:-1]), format(Decimal(vals[-1]).quantize(Decimal("0.0001")), "f")]
           for d, k, *vals in w.sql(RAW_DAILY)]
    assert rows[1:] == raw
    page = _page(w, "daily")
    assert [[str(c) if not isinstance(c, Decimal) else format(c, "f") for c in row] for row in page.rows] == rows[1:]
    assert page.totals[2] == sum(int(r[2]) for r in rows[1:])

    code, out, _ = run(w, capsys, monkeypatch, "report", "monthly", *RANGE, "--format", "json")
    assert code == 0
    monthly = json.loads(out)
    assert {m["kind"]: m["messages"] for m in monthly} == {
        k: sum(int(r[2]) for r in rows[1:] if r[1] == k) for k in {r[1] for r in rows[1:]}
    }
    assert all(m["month"] == TODAY.strftime("%Y-%m") for m in monthly) or len({m["month"] for m in monthly}) <= 2

    code, out, _ = run(w, capsys, monkeypatch, "report", "cost", *RANGE)
    assert code == 0
    cost = _csv(out)
    assert cost[0] == ["group", "user", "kind", "segments_charged", "segments_refunded", "cost"]
    raw_cost = [[g, u, k, str(c), str(r), format(Decimal(m).quantize(Decimal("0.0001")), "f")]
                for g, u, k, c, r, m in w.sql(RAW_COST) if c or r or m]
    assert cost[1:] == raw_cost


def test_failures_by_each_dimension_and_as_the_operator(busy, capsys, monkeypatch):
    w = busy
    # failed means failed or expired, as in the daily report and the charts
    failed = w.sql("SELECT count(*) FROM smsdesk.message WHERE status IN ('failed', 'expired')")[0][0]
    assert failed > 0
    for by in reports.FAILURE_DIMENSIONS:
        code, out, err = run(w, capsys, monkeypatch, "report", "failures", *RANGE, "--by", by)
        assert code == 0, err
        rows = _csv(out)
        assert rows[0] == [by, "category", "messages"]
        assert sum(int(r[2]) for r in rows[1:]) == failed
    raw = w.sql("SELECT coalesce(failure_category, ''), count(*) FROM smsdesk.message"
                " WHERE status IN ('failed', 'expired') GROUP BY 1")
    code, out, _ = run(w, capsys, monkeypatch, "report", "failures", *RANGE, "--by", "kind", "--format", "json")
    by_category: dict[str, int] = {}
    for row in json.loads(out):
        by_category[row["category"]] = by_category.get(row["category"], 0) + row["messages"]
    assert by_category == {c: n for c, n in raw}
    # the operator sees their own rows: here, all of them
    code, out, err = run(w, capsys, monkeypatch, "report", "daily", *RANGE, login=True)
    assert code == 0, err
    _, out2, _ = run(w, capsys, monkeypatch, "report", "daily", *RANGE)
    assert out == out2


def test_rebuild_and_bad_input(busy, capsys, monkeypatch, tmp_path):
    w = busy
    code, before, _ = run(w, capsys, monkeypatch, "report", "daily", *RANGE)
    w.sql("UPDATE smsdesk.stat_day SET messages = messages + 1")  # damaged
    code, out, err = run(w, capsys, monkeypatch, "report", "rebuild", *RANGE)
    assert code == 0, err
    assert out.startswith("rebuilt=yes")
    code, after, _ = run(w, capsys, monkeypatch, "report", "daily", *RANGE)
    assert after == before
    # the operator may not rebuild
    code, _, err = run(w, capsys, monkeypatch, "report", "rebuild", *RANGE, login=True)
    assert code == 3 and "top-level group" in err
    # a reversed range, an unknown group, a folder that cannot be written: a message, no file
    code, _, err = run(w, capsys, monkeypatch, "report", "daily", "--from", "2026-12-05", "--to", "2026-12-01")
    assert code == 3 and "before it starts" in err
    code, _, err = run(w, capsys, monkeypatch, "report", "cost", *RANGE, "--group", "总部/没有")
    assert code == 3 and "no group" in err
    code, _, err = run(w, capsys, monkeypatch, "report", "daily", "--from", "1990-01-01", "--to", "2026-01-01")
    assert code == 3 and "at most 20 years" in err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, _, err = run(w, capsys, monkeypatch, "report", "daily", *RANGE, "--output", str(locked / "x.csv"))
        if code == 0:  # running as root: the folder is writable anyway
            assert (locked / "x.csv").read_text(encoding="utf-8") == before
        else:
            assert code == 3 and "cannot write" in err
            assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)
    out_file = tmp_path / "daily.csv"
    code, out, _ = run(w, capsys, monkeypatch, "report", "daily", *RANGE, "--output", str(out_file))
    assert code == 0 and out == "" and out_file.read_text(encoding="utf-8") == before


def test_price_set_list_delete(world, capsys, monkeypatch):  # noqa: F811
    later = (datetime.now(BEIJING) + timedelta(days=30)).replace(microsecond=0)
    code, out, err = run(world, capsys, monkeypatch, "price", "set", "--kind", "marketing", "--price", "0.06",
                         "--from", later.isoformat())
    assert code == 0, err
    price_id = int(dict(p.split("=", 1) for p in out.split())["price"])
    code, out, _ = run(world, capsys, monkeypatch, "price", "list")
    rows = _csv(out)
    assert rows[0] == ["id", "kind", "carrier", "price", "effective_from", "in_force"]
    assert [str(price_id), "marketing", "any", "0.06", later.isoformat(), "no"] in rows
    assert ["any", "any", "0.05", "", "yes"] in [r[1:] for r in rows]  # the setting's price, since always
    code, _, err = run(world, capsys, monkeypatch, "price", "set", "--kind", "marketing", "--price", "-1")
    assert code == 3 and "price" in err
    code, _, err = run(world, capsys, monkeypatch, "price", "set", "--kind", "alert", "--price", "0.1", login=True)
    assert code == 3 and "top-level group" in err
    code, out, _ = run(world, capsys, monkeypatch, "price", "delete", "--id", str(price_id))
    assert code == 0
    world.sql("DELETE FROM smsdesk.price_list WHERE effective_from > now()")
