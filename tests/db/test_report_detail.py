"""Message detail (REP-3) on a real database: who sees what (plain SQL as each user's own role), every filter,
keyset paging, the time budget's resume point, masking, bad input, and the audited, streamed export."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import psycopg
import pytest
from sqlalchemy import text

from smsdesk.infra.jobs import QuietJob
from smsdesk.services import admin, report_detail
from smsdesk.services.errors import ServiceError
from smsdesk.services.report_detail import Cursor, DetailFilter
from tests.db.conftest import Org, build_org, ensure_signature
from tests.db.test_tasks_service import fail_messages, queue, session_as

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    ensure_signature(shared_org_db)
    with session_as(shared_org_db, None) as s:
        for path, amount in (("总部", 1_500_000), ("总部/华东", 600_000), ("总部/华东/上海", 200_000),
                             ("总部/华南", 200_000)):
            admin.grant_group(s, path, amount)
        for login in ("east-op", "sh-op", "south-op"):
            admin.grant_user(s, login, 200_000)
    return shared_org_db


@pytest.fixture(scope="module")
def sent(org):
    """Tasks of three operators in two branches; some messages failed, one template-like personal body."""
    ids = {
        "east": queue(org, "east-op", 30, name="东区通知", start=0),
        "east-market": queue(org, "east-op", 5, name="东区营销", kind="marketing", start=100),
        "sh": queue(org, "sh-op", 4, name="上海通知", start=200),
        "south": queue(org, "south-op", 3, name="华南通知", start=300),
    }
    fail_messages(org, ids["east"], 4, category="invalid_number", code="UNDELIV:001")
    with session_as(org, None) as s:
        # one personalised body (as a template send writes) holding what a LIKE pattern would take as wildcards
        s.execute(text("UPDATE smsdesk.send_task SET template_id = 1 WHERE id = :t"), {"t": ids["sh"]})
        s.execute(text("UPDATE smsdesk.message SET body = '尊敬的100%_客户\\您好' WHERE id = "
                       "(SELECT max(id) FROM smsdesk.message WHERE task_id = :t)"), {"t": ids["sh"]})
    return ids


def page(org, login, limit=200, after=None, **filters):
    with session_as(org, login) as s:
        return report_detail.detail_page(s, DetailFilter(**filters), after, limit=limit, budget_ms=0)


def test_each_user_sees_their_own_scope(org, sent):
    mine = {r.task_id for r in page(org, "east-op").rows}
    assert mine == {sent["east"], sent["east-market"]}
    east = {r.task_id for r in page(org, "east-admin").rows}
    assert east == {sent["east"], sent["east-market"], sent["sh"]}
    reviewer = {r.task_id for r in page(org, "east-reviewer").rows}
    assert reviewer == east
    assert {r.task_id for r in page(org, "south-admin").rows} == {sent["south"]}
    assert {r.task_id for r in page(org, "sh-op").rows} == {sent["sh"]}


def test_plain_sql_as_an_operator_sees_no_other_users_rows(org, sent):
    o = Org(org)
    with o.connect("sh-op") as conn:
        rows = conn.execute("SELECT task_id, number FROM smsdesk.report_detail_page('{}', NULL, NULL, 1000)").fetchall()
        assert {r[0] for r in rows} == {sent["sh"]}
        assert all("****" in r[1] for r in rows)  # no right to full numbers
        # asking for another user's task, group or number finds nothing
        for f in ({"task": sent["east"]}, {"user": 0}, {"number": "13800000001"}):
            got = conn.execute("SELECT count(*) FROM smsdesk.report_detail_page(%s, NULL, NULL, 1000)",
                               (json.dumps(f),)).fetchone()[0]
            assert got == 0
        # the message table itself stays behind row-level security
        hidden = conn.execute("SELECT count(*) FROM smsdesk.message WHERE task_id = %s", (sent["east"],)).fetchone()
        assert hidden[0] == 0


def test_filters(org, sent):
    ids = lambda **f: {(r.task_id, r.status) for r in page(org, "east-admin", **f).rows}  # noqa: E731
    assert {t for t, _ in ids(kind="marketing")} == {sent["east-market"]}
    assert ids(status="failed") == {(sent["east"], "failed")}
    assert ids(category="invalid_number") == {(sent["east"], "failed")}
    assert len(page(org, "east-admin", status="pending", task_id=sent["east"]).rows) == 26
    with session_as(org, None) as s:
        sh_group = s.execute(text("SELECT smsdesk.group_find('总部/华东/上海')")).scalar()
        east_group = s.execute(text("SELECT smsdesk.group_find('总部/华东')")).scalar()
        sh_op = s.execute(text("SELECT id FROM smsdesk.app_user WHERE login = 'sh-op'")).scalar()
    assert {t for t, _ in ids(group_id=sh_group)} == {sent["sh"]}
    assert sent["sh"] in {t for t, _ in ids(group_id=east_group)}  # sub-groups included
    assert {t for t, _ in ids(user_id=sh_op)} == {sent["sh"]}
    assert ids(date_from=datetime.now(UTC) + timedelta(days=1)) == set()
    assert ids(date_to=datetime.now(UTC) - timedelta(days=1)) == set()
    assert len(page(org, "east-admin", carrier="china_mobile").rows) + len(
        page(org, "east-admin", carrier="").rows) >= 0


def test_number_by_last_digits_or_whole(org, sent):
    rows = page(org, "east-admin", number="0003").rows  # +8613800000003 (east) only: sh starts at 200
    assert [r.task_id for r in rows] == [sent["east"]]
    assert rows[0].number.endswith("0003") and "****" in rows[0].number
    assert len(page(org, "east-admin", number="13800000201").rows) == 1
    assert len(page(org, "east-admin", number="+86 138-0000-0201").rows) == 1
    assert page(org, "east-admin", number="8613800000201").rows[0].task_id == sent["sh"]
    for bad in ("1", "123", "abc1234", "1" * 16):
        with pytest.raises(ServiceError) as err:
            page(org, "east-admin", number=bad)
        assert err.value.code == "number_fragment"


def test_content_fragment_with_wildcards_is_literal(org, sent):
    assert {r.task_id for r in page(org, "east-admin", content="东区").rows} == set()  # names are not content
    assert len(page(org, "east-admin", content="快递已到达").rows) == 30 + 5 + 3  # one body of sh is its own
    rows = page(org, "east-admin", content="100%_客户\\").rows
    assert [r.task_id for r in rows] == [sent["sh"]]
    assert page(org, "east-admin", content="100%%").rows == []
    assert page(org, "east-admin", content="%_").rows == [r for r in rows if False] + rows
    with pytest.raises(ServiceError) as err:
        page(org, "east-admin", content="x" * 1_000_000)
    assert err.value.code == "content_too_long"
    with pytest.raises(ServiceError) as err:
        page(org, "east-admin", content="x")
    assert err.value.code == "content_too_short"
    with pytest.raises(ServiceError) as err:
        page(org, "east-admin", date_from=datetime.now(UTC), date_to=datetime.now(UTC) - timedelta(days=1))
    assert err.value.code == "range_reversed"
    assert page(org, "east-admin", date_from=datetime.now(UTC) - timedelta(days=7300)).rows  # 20 years: fine


def test_keyset_pages_cover_everything_once(org, sent):
    seen, after = [], None
    while True:
        p = page(org, "east-admin", limit=7, after=after)
        seen += [(r.task_id, r.id) for r in p.rows]
        if p.next is None:
            break
        after = p.next
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == len(set(seen)) == 30 + 5 + 4


def test_failure_code_and_meaning_and_latency(org, sent):
    rows = page(org, "east-admin", status="failed").rows
    assert rows and all(r.error_code == "UNDELIV:001" and r.reason for r in rows)
    assert all(r.group_path == "总部/华东" and r.owner_login == "east-op" for r in rows)


def test_a_budget_stops_the_walk_and_says_where(org, sent):
    """With a budget already spent after the first slice, the database returns where it stopped; continuing
    from there finds the rest."""
    with session_as(org, "east-admin") as s:
        found, after, rounds = [], None, 0
        while True:
            rows, stop = report_detail._fetch(s, {"status": "failed"}, after, 100, 1, None)
            found += rows
            rounds += 1
            if stop is None:
                break
            after = stop
        assert len(found) == 4 and rounds >= 1


def test_export_is_audited_with_filter_and_rows_and_masks(org, sent, tmp_path):
    path = tmp_path / "detail.csv"
    with session_as(org, "east-admin") as s:
        out = report_detail.export_detail(s, QuietJob(), report_detail.DetailExportRequest(
            str(path), DetailFilter(kind="notification")))
    assert out.rows == 30 + 4
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Task" and len(rows) == 35
    assert all("****" in r[5] for r in rows[1:])
    with session_as(org, None) as s:
        audit = s.execute(text("SELECT action, details FROM smsdesk.audit_log WHERE action LIKE 'report.export%' "
                               "ORDER BY id")).all()
    assert [a for a, _ in audit][-2:] == ["report.export", "report.export_end"]
    assert audit[-2][1]["filter"] == {"kind": "notification"}
    assert audit[-1][1]["rows_served"] == 34 and audit[-1][1]["rows_written"] == 34
    assert audit[-1][1]["outcome"] == "done"
    # xlsx
    xlsx = tmp_path / "detail.xlsx"
    with session_as(org, "east-admin") as s:
        report_detail.export_detail(s, QuietJob(), report_detail.DetailExportRequest(str(xlsx), DetailFilter()))
    with zipfile.ZipFile(xlsx) as z:
        assert "xl/worksheets/sheet1.xml" in z.namelist()


def test_rows_with_a_ticket_need_a_committed_export(org, sent):
    o = Org(org)
    with o.connect("east-op") as conn, pytest.raises(psycopg.Error) as err:
        conn.execute("SELECT * FROM smsdesk.report_detail_page('{}', NULL, NULL, 10, 0, 999999)").fetchall()
    assert err.value.sqlstate == "SD403"


def test_cursor_dataclass():
    assert Cursor(1, 2) == Cursor(1, 2)


# -- the export streamed by the database (report_detail_export through COPY) ----------------------------------


class Cancelled(Exception):
    """What the console's job raises on cancel (matched by name, as run_export does)."""


class CancelAfterFirst:
    """A job whose user cancels once the first rows were written."""

    cancelled = False

    def progress(self, done, total, text="", *, force=False):
        if done > 0:
            self.cancelled = True
        self.check()

    def check(self):
        if self.cancelled:
            raise Cancelled()


def _unquote(cell: str) -> str:
    return cell[1:] if cell[:2] in ("'=", "'+", "'-", "'@", "'\t", "'\r") else cell


def _export_csv(org, login, path, f=DetailFilter(), labels=None):
    with session_as(org, login) as s:
        out = report_detail.export_detail(s, QuietJob(), report_detail.DetailExportRequest(str(path), f, None, labels))
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert out.rows == len(rows) - 1
    return rows


def _xlsx_rows(path):
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    return [["" if v is None else v for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]


@pytest.mark.parametrize("login", ["east-admin", "sh-op", "south-admin"])
@pytest.mark.parametrize("chunk", [4, 50_000])
def test_the_export_has_the_rows_the_page_shows(org, sent, tmp_path, monkeypatch, login, chunk):
    """Every row the page shows, in its order, as the page shows it (masked numbers, the code's meaning), whether
    the export's statements read the tasks 4 messages at a time or all at once; CSV and XLSX alike."""
    monkeypatch.setattr(report_detail, "EXPORT_CHUNK", chunk)
    shown = page(org, login, limit=5000).rows
    expected = [[str(r.task_id), r.group_path, r.owner_name or r.owner_login, r.kind, r.body, r.number, r.carrier,
                 r.channel, str(r.segments), r.status, r.failure_category or "", r.error_code or "", r.reason]
                for r in shown]
    pick = lambda row: row[:9] + row[12:]  # noqa: E731  (times are checked below)
    rows = _export_csv(org, login, tmp_path / "d.csv")
    assert rows[0][0] == "Task" and [pick([_unquote(c) for c in r]) for r in rows[1:]] == expected
    with session_as(org, login) as s:
        report_detail.export_detail(s, QuietJob(), report_detail.DetailExportRequest(str(tmp_path / "d.xlsx"),
                                                                                     DetailFilter()))
    sheet = _xlsx_rows(tmp_path / "d.xlsx")
    assert sheet[0][0] == "Task" and [pick(r) for r in sheet[1:]] == expected
    when = report_detail._utc_offset()
    for r, row in zip(shown, rows[1:], strict=True):
        submitted = r.submitted_at.astimezone(UTC) + timedelta(seconds=when)
        assert row[9] == submitted.strftime("%Y-%m-%d %H:%M:%S")
    assert all("****" in r[5] for r in rows[1:])


def test_the_export_filters_and_labels_as_the_page(org, sent, tmp_path):
    labels = {"failed": "失败", "invalid_number": "空号", "notification": "通知"}
    rows = _export_csv(org, "east-admin", tmp_path / "f.csv", DetailFilter(status="failed"), labels)
    assert len(rows) == 1 + 4
    assert {(r[3], r[12], r[13], r[14]) for r in rows[1:]} == {("通知", "失败", "空号", "UNDELIV:001")}
    assert len(_export_csv(org, "east-admin", tmp_path / "n.csv", DetailFilter(number="0003"))) == 2
    assert len(_export_csv(org, "east-admin", tmp_path / "c.csv", DetailFilter(content="100%_客户\\"))) == 2
    assert len(_export_csv(org, "east-admin", tmp_path / "k.csv", DetailFilter(kind="marketing"))) == 1 + 5
    assert len(_export_csv(org, "east-admin", tmp_path / "e.csv",
                           DetailFilter(date_from=datetime.now(UTC) + timedelta(days=1)))) == 1
    now = datetime.now(UTC)
    for n, f in enumerate([
        DetailFilter(status="failed_or_expired"), DetailFilter(category="other"), DetailFilter(status="pending"),
        DetailFilter(basis="send", date_from=now - timedelta(days=1), date_to=now + timedelta(days=1)),
        DetailFilter(weekday=now.astimezone(ZoneInfo("Asia/Shanghai")).isoweekday()),
        DetailFilter(hour=now.astimezone(ZoneInfo("Asia/Shanghai")).hour, zone="Asia/Shanghai"),
        DetailFilter(hour=(now.hour + 1) % 24, zone="UTC"),
    ]):
        shown = [str(r.task_id) for r in page(org, "east-admin", limit=5000, **{
            k: v for k, v in vars(f).items() if v is not None}).rows]
        assert [r[0] for r in _export_csv(org, "east-admin", tmp_path / f"g{n}.csv", f)[1:]] == shown, f


def test_formula_cells_and_odd_characters(org, sent, tmp_path):
    """A body a spreadsheet would run is text in both formats; XML's special characters, tabs, newlines and
    backslashes survive XLSX, and characters XML cannot hold are dropped."""
    bodies = ["=HYPERLINK(\"http://x\")&<b>", "-2\tx\\n \\\\", "@SUM(A1)\r\n下一行\x01", "+1 \"引号\", 逗号"]
    with session_as(org, None) as s:
        ids = s.execute(text("SELECT id FROM smsdesk.message WHERE task_id = :t ORDER BY id DESC"),
                        {"t": sent["south"]}).scalars().all()
        for mid, body in zip(ids, bodies, strict=False):
            s.execute(text("UPDATE smsdesk.message SET body = :b WHERE id = :i"), {"b": body, "i": mid})
    rows = _export_csv(org, "south-admin", tmp_path / "x.csv")
    assert [r[4] for r in rows[1:]] == ["'" + b for b in bodies[:3]]
    for path in (tmp_path / "x.xlsx",):
        with session_as(org, "south-admin") as s:
            report_detail.export_detail(s, QuietJob(), report_detail.DetailExportRequest(str(path), DetailFilter()))
        assert [r[4] for r in _xlsx_rows(path)[1:]] == [bodies[0], bodies[1], "@SUM(A1)\r\n下一行"]
        with zipfile.ZipFile(path) as z:
            assert "<f>" not in z.read("xl/worksheets/sheet1.xml").decode()


def test_a_cancelled_export_leaves_no_file_and_is_audited(org, sent, tmp_path, monkeypatch):
    monkeypatch.setattr(report_detail, "EXPORT_CHUNK", 4)
    for name in ("c.csv", "c.xlsx"):
        with session_as(org, "east-admin") as s, pytest.raises(Cancelled):
            report_detail.export_detail(s, CancelAfterFirst(), report_detail.DetailExportRequest(
                str(tmp_path / name), DetailFilter()))
        assert list(tmp_path.iterdir()) == []
        with session_as(org, None) as s:
            end = s.execute(text("SELECT details FROM smsdesk.audit_log WHERE action = 'report.export_end' "
                                 "ORDER BY id DESC LIMIT 1")).scalar()
        assert end["outcome"] == "cancelled" and 0 < end["rows_served"] < 39


def test_the_export_function_as_an_operator_in_plain_sql(org, sent):
    """As sh-op's own role: a committed ticket of its own serves only its rows, masked; no ticket, another user's
    ticket or an uncommitted one serves nothing."""
    o = Org(org)
    with o.connect("sh-op") as conn:
        ticket = conn.execute("SELECT smsdesk.export_begin('report', NULL, 'detail', '{}')").fetchone()[0]
        chunks = conn.execute("SELECT * FROM smsdesk.report_detail_export_plan('{}', 1000)").fetchall()
        assert len(chunks) == 1 and chunks[0][2] == 4
        rows = conn.execute("SELECT task, number FROM smsdesk.report_detail_export('{}', %s, %s, %s)",
                            (ticket, chunks[0][0], chunks[0][1])).fetchall()
        assert {int(r[0]) for r in rows} == {sent["sh"]} and all("****" in r[1] for r in rows)
        everything = conn.execute("SELECT count(*) FROM smsdesk.report_detail_export('{}', %s, 9e18::bigint, 0)",
                                  (ticket,)).fetchone()[0]
        assert everything == 4
        with pytest.raises(psycopg.Error) as err:
            conn.execute("SELECT * FROM smsdesk.report_detail_export('{}', 999999, 9e18::bigint, 0)").fetchall()
        assert err.value.sqlstate == "SD403"
        with pytest.raises(psycopg.Error) as err:
            conn.execute("SELECT * FROM smsdesk.report_detail_export('{\"number\": \"1\"}', %s, 9e18::bigint, 0)",
                         (ticket,)).fetchall()
        assert err.value.sqlstate == "SD422"
    with o.connect("east-op") as conn, pytest.raises(psycopg.Error) as err:
        conn.execute("SELECT * FROM smsdesk.report_detail_export('{}', %s, 9e18::bigint, 0)", (ticket,)).fetchall()
    assert err.value.sqlstate == "SD403"


def test_content_pages_follow_one_another_over_the_tasks_that_hold_it(org, sent):
    """Where the trigram indexes are (pg_trgm) the tasks holding a fragment are walked alone, one after another:
    pages of 7 give every match once, newest first, as one page of all does; a fragment nowhere gives nothing."""
    everything = [(r.task_id, r.id) for r in page(org, "east-admin", content="快递已到达").rows]
    seen, after = [], None
    while True:
        p = page(org, "east-admin", limit=7, after=after, content="快递已到达")
        seen += [(r.task_id, r.id) for r in p.rows]
        if p.next is None:
            break
        after = p.next
    assert seen == everything == sorted(everything, reverse=True) and len(seen) == 30 + 5 + 3
    assert page(org, "east-admin", content="无此内容的片段").rows == []
