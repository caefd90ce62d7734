"""``smsdesk-admin report detail|replies``: CSV with an English header and the product's codes, JSON, a signed-in
user's scope (audited) against the superuser's, the same rows as the page's function, and bad input."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlalchemy import text

from smsdesk.admin import cli
from smsdesk.services import admin, report_detail
from smsdesk.services.report_detail import DetailFilter
from tests.db.conftest import PASSWORD, build_org, ensure_signature
from tests.db.test_tasks_service import fail_messages, queue, session_as

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    ensure_signature(shared_org_db)
    with session_as(shared_org_db, None) as s:
        for path, amount in (("总部", 100_000), ("总部/华东", 50_000), ("总部/华南", 20_000)):
            admin.grant_group(s, path, amount)
        for login in ("east-op", "south-op"):
            admin.grant_user(s, login, 20_000)
    ids = {"east": queue(shared_org_db, "east-op", 12, name="=HYPERLINK()"),
           "south": queue(shared_org_db, "south-op", 3, start=900)}
    fail_messages(shared_org_db, ids["east"], 2, "invalid_number", "UNDELIV:001")
    with session_as(shared_org_db, None) as s:
        s.execute(text("INSERT INTO smsdesk.inbound_reply (number, text, task_id, owner_id, group_id, kind, message_id)"
                       " SELECT m.number, '=1+1', t.id, t.owner_id, t.group_id, t.kind, m.id FROM smsdesk.message m"
                       " JOIN smsdesk.send_task t ON t.id = m.task_id WHERE t.id = :t LIMIT 1"), {"t": ids["east"]})
    shared_org_db.ids = ids
    return shared_org_db


def run(db, monkeypatch, capsys, *args, login=None):
    extra = []
    if login:
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        extra = ["--login", login, "--password-stdin"]
    url = db.su.url("postgresql") if login is None else db.target.url("postgresql")
    code = cli.main(["--db", url, "report", *args, *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_detail_csv_as_a_user_equals_the_page(org, monkeypatch, capsys):
    code, out, err = run(org, monkeypatch, capsys, "detail", login="east-admin")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == list(cli_columns())
    with session_as(org, "east-admin") as s:
        page = report_detail.detail_page(s, DetailFilter(), limit=1000, budget_ms=0).rows
    assert [int(r["task"]) for r in rows] == [r.task_id for r in page]
    assert {r["task"] for r in rows} == {str(org.ids["east"])}
    failed = [r for r in rows if r["status"] == "failed"]
    assert len(failed) == 2 and {r["category"] for r in failed} == {"invalid_number"}
    assert all("****" in r["number"] for r in rows) and rows[0]["kind"] == "notification"
    assert rows[0]["submitted_at"][:4].isdigit() and "T" in rows[0]["submitted_at"]
    with session_as(org, None) as s:
        audit = s.execute(text("SELECT details FROM smsdesk.audit_log WHERE action = 'report.export_end' "
                               "ORDER BY id DESC LIMIT 1")).scalar()
    assert audit["rows_served"] == 12 and audit["rows_written"] == 12


def cli_columns():
    from smsdesk.services.report_cli import DETAIL_COLUMNS

    return DETAIL_COLUMNS


def test_superuser_sees_everything_in_full_as_json(org, monkeypatch, capsys, tmp_path):
    target = tmp_path / "all.json"
    code, out, err = run(org, monkeypatch, capsys, "detail", "--format", "json", "--output", str(target))
    assert code == 0, err
    assert "rows=15" in out
    rows = json.loads(target.read_text(encoding="utf-8"))
    assert {r["task"] for r in rows} == set(org.ids.values()) and rows[0]["number"].startswith("+86")
    code, out, _ = run(org, monkeypatch, capsys, "detail", "--group", "总部/华南", "--status", "queued")
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) == 3


def test_replies_and_formula_cells(org, monkeypatch, capsys):
    code, out, err = run(org, monkeypatch, capsys, "replies", login="east-op")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["reply"] == "'=1+1" and rows[0]["matched"] == "yes" and rows[0]["user"] == "east-op"
    code, out, _ = run(org, monkeypatch, capsys, "replies", login="south-op")
    assert code == 0 and list(csv.DictReader(io.StringIO(out))) == []


@pytest.mark.parametrize(("args", "says"), [
    (("detail", "--number", "7"), "4"),
    (("detail", "--from", "2026-12-05", "--to", "2026-12-01"), "range"),
    (("detail", "--from", "yesterday"), "ISO date"),
    (("detail", "--group", "总部/火星"), "group"),
])
def test_bad_input_is_said(org, monkeypatch, capsys, args, says):
    code, out, err = run(org, monkeypatch, capsys, *args)
    assert code != 0 and says in err and out == ""
