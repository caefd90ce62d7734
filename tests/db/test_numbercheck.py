"""Number checks (CHK-1, REP-5) against a real PostgreSQL: what a check stores, who reads it (plain SQL as each
user's own role), cancelling, deleting, the cache and the lookups' retries."""

from __future__ import annotations

import psycopg
import pytest

from smsdesk.services import numbercheck
from smsdesk.services.errors import ServiceError
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD

pytestmark = pytest.mark.db

HELD_OUT = {
    # number as typed: (valid, reason, carrier column, province, city)
    "13800138000": ("+8613800138000", "中国移动", "北京市", "北京市"),
    "13412345678": ("+8613412345678", "中国移动", "广东省", "东莞市"),
    "13012345678": ("+8613012345678", "中国联通", None, None),
    "18912345678": ("+8618912345678", "中国电信", None, None),
    "19212345678": ("+8619212345678", "中国广电", None, None),
    "17001234567": ("+8617001234567", "虚拟运营商(中国电信)", None, None),
    "17031234567": ("+8617031234567", "虚拟运营商(中国移动)", None, None),
    "17041234567": ("+8617041234567", "虚拟运营商(中国联通)", None, None),
    "17112345678": ("+8617112345678", "虚拟运营商(中国联通)", None, None),
    "16212345678": ("+8616212345678", "虚拟运营商(中国电信)", None, None),
    "16512345678": ("+8616512345678", "虚拟运营商(中国移动)", None, None),
    "16712345678": ("+8616712345678", "虚拟运营商(中国联通)", None, None),
}


def _as(db, login: str):
    engine = make_engine(db.target.with_login(roles.user_role(db.name, login), PASSWORD), pool_size=1)
    return engine, unit_of_work(session_factory(engine))


def _create(db, login: str, draft: numbercheck.CheckDraft) -> numbercheck.Created:
    engine, uow = _as(db, login)
    try:
        with uow as s:
            return numbercheck.create(s, None, draft)
    finally:
        engine.dispose()


def _read(db, login: str, fn, *args):
    engine, uow = _as(db, login)
    try:
        with uow as s:
            return fn(s, *args)
    finally:
        engine.dispose()


def test_a_check_stores_each_number_once_with_its_carrier_place_and_reason(org):
    typed = ", ".join(HELD_OUT) + ", 13800138000, abc, 1.38E+10, 123"
    created = _create(org.db, "east-op", numbercheck.CheckDraft(name="名单", typed=typed))
    assert (created.valid, created.invalid, created.duplicates) == (len(HELD_OUT), 3, 1)
    rows = _read(org.db, "east-op", numbercheck.results, created.task_id)
    by_shown = {r.shown: numbercheck.export_row(r) for r in rows}
    for e164, carrier, province, city in HELD_OUT.values():
        row = by_shown[e164]
        assert row[1] == "true" and row[3] == carrier, row
        if province:
            assert (row[4], row[5]) == (province, city)
    refused = {r.shown: r.reason for r in rows if not r.valid}
    assert refused == {"abc": "bad_chars", "1.38E+10": "imprecise", "123": "too_short"}
    task = _read(org.db, "east-op", numbercheck.task, created.task_id)
    assert (task.name, task.status, task.numbers, task.valid, task.duplicates) == ("名单", "done", 15, 12, 1)


def test_operators_read_their_own_checks_and_administrators_their_subtree(org):
    mine = _create(org.db, "east-op", numbercheck.CheckDraft(typed="13800138000")).task_id
    theirs = _create(org.db, "south-op", numbercheck.CheckDraft(typed="13900139000")).task_id

    def visible(login: str) -> set[int]:
        with org.connect(login) as conn:
            return {r[0] for r in conn.execute("SELECT id FROM smsdesk.check_task").fetchall()}

    def results(login: str) -> set[int]:
        with org.connect(login) as conn:
            return {r[0] for r in conn.execute("SELECT task_id FROM smsdesk.check_result").fetchall()}

    assert visible("east-op") == {mine} and results("east-op") == {mine}
    assert visible("south-op") == {theirs} and results("south-op") == {theirs}
    assert visible("sh-op") == set() and results("sh-op") == set()
    assert visible("east-admin") == {mine}
    assert visible("south-admin") == {theirs}
    with org.connect("east-op") as conn:
        with pytest.raises(psycopg.Error) as err:  # the number column stays the functions' (masked contacts)
            conn.execute("SELECT number FROM smsdesk.check_result")
        assert err.value.sqlstate == "42501"
        for sql in ("INSERT INTO smsdesk.check_task (owner_id, group_id, name) VALUES (1, 1, 'x')",
                    "UPDATE smsdesk.check_result SET status = 'active'",
                    "DELETE FROM smsdesk.check_task",
                    "SELECT * FROM smsdesk.number_status",
                    "SELECT * FROM smsdesk.status_lookup"):
            with pytest.raises(psycopg.Error) as err:
                conn.execute(sql)
            assert err.value.sqlstate == "42501", sql
        # another's check cannot be cancelled, deleted, or its numbers found by REP-5
        for sql in (f"SELECT smsdesk.check_cancel({theirs})",
                    f"SELECT smsdesk.check_delete(ARRAY[{theirs}]::bigint[])"):
            with pytest.raises(psycopg.Error) as err:
                conn.execute(sql)
            assert err.value.sqlstate == "SD403", sql
        assert conn.execute("SELECT count(*) FROM smsdesk.check_query(8613900139000, NULL, NULL)").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM smsdesk.check_query(8613800138000, NULL, NULL)").fetchone()[0] == 1
        # an operator cannot play the dispatcher: no statuses recorded, no lookups claimed, no provider set
        for sql in ("SELECT smsdesk.status_record(ARRAY[8613800138000]::bigint[], ARRAY['empty'], 'x')",
                    "SELECT * FROM smsdesk.status_claim(10)",
                    "SELECT smsdesk.status_retry(ARRAY[8613800138000]::bigint[], 'x')",
                    "SELECT smsdesk.check_config_set('{\"driver\": \"none\"}', 1, 1)"):
            with pytest.raises(psycopg.Error) as err:
                conn.execute(sql)
            assert err.value.sqlstate in ("SD403", "42501"), sql
    with org.connect("east-admin") as conn:  # an administrator over the group deletes it
        assert conn.execute(f"SELECT smsdesk.check_delete(ARRAY[{mine}]::bigint[])").fetchone()[0] == 1
    assert visible("east-op") == set()


def test_bad_input_is_refused_with_nothing_saved(org):
    for draft in (numbercheck.CheckDraft(), numbercheck.CheckDraft(typed="  ,, ")):
        with pytest.raises(ServiceError):
            _create(org.db, "east-op", draft)
    with pytest.raises(ServiceError):
        _create(org.db, "east-op", numbercheck.CheckDraft(typed="13800138000", name="x" * 201))
    assert _read(org.db, "east-op", numbercheck.tasks) == []


def _cli(db, monkeypatch, capsys, *args):
    import io

    from smsdesk.admin import cli

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["--db", db.target.url("postgresql"), "check", "--login", "east-op", "--password-stdin", *args])
    out = capsys.readouterr()
    return code, out.out, out.err.strip()


def test_the_command_line_prints_the_issue_columns_for_every_carrier_and_segment(org, monkeypatch, capsys, tmp_path):
    import csv
    import io
    import json

    with org.db.connect_su() as conn:  # a global blacklist entry, as the administrators' import would leave it
        conn.execute("INSERT INTO smsdesk.blacklist_list (scope, entries) VALUES ('global', 1)")
        list_id = conn.execute("SELECT id FROM smsdesk.blacklist_list WHERE scope = 'global'").fetchone()[0]
        conn.execute("INSERT INTO smsdesk.blacklist_batch (list_id) VALUES (%s)", (list_id,))
        batch = conn.execute("SELECT max(id) FROM smsdesk.blacklist_batch").fetchone()[0]
        conn.execute("INSERT INTO smsdesk.blacklist_entry (list_id, number, batch_id) VALUES (%s, 8613012345678, %s)",
                     (list_id, batch))
    code, out, err = _cli(org.db, monkeypatch, capsys, "--numbers", ",".join([*HELD_OUT, "12345"]), "--format", "csv")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "number,valid,reason,carrier,province,city,blacklisted,status"
    rows = {r["number"]: r for r in csv.DictReader(io.StringIO(out))}
    for e164, carrier, province, city in HELD_OUT.values():
        assert rows[e164]["valid"] == "true" and rows[e164]["carrier"] == carrier
        if province:
            assert (rows[e164]["province"], rows[e164]["city"]) == (province, city)
    assert rows["+8613012345678"]["blacklisted"] == "global"
    assert rows["+8613800138000"]["blacklisted"] == ""
    assert (rows["12345"]["valid"], rows["12345"]["reason"]) == ("false", "too_short")

    f = tmp_path / "名单.csv"
    f.write_bytes("姓名,手机\n张三,13800138000\n李四,1.38E+10\n".encode("gbk"))
    code, out, err = _cli(org.db, monkeypatch, capsys, "--file", str(f), "--column", "手机", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert [(d["number"], d["valid"], d["reason"]) for d in data] == [
        ("+8613800138000", True, ""),
        ("1.38E+10", False, "imprecise"),
    ]
    code, out, err = _cli(org.db, monkeypatch, capsys, "--numbers", " , ", "--format", "csv")
    assert code != 0 and "no number" in err and out == ""


def test_it_sets_the_status_provider_from_the_command_line_and_bad_settings_are_refused(org, capsys):
    from smsdesk.admin import cli

    url = org.db.su.url("postgresql")
    provider = ('{"driver": "http", "url": "https://api.example.cn/s?m={numbers}", "batch_size": 50, '
                '"rate_per_second": 20}')
    assert cli.main(["--db", url, "check-provider", "set", provider, "--cache-days", "7"]) == 0
    out = capsys.readouterr().out
    assert "driver=http" in out and "cache_days=7" in out and "batch_size=50" in out
    for bad in ('{"driver": "ftp"}', '{"driver": "http", "url": "file:///etc/passwd"}',
                '{"driver": "http", "url": "https://x/{numbers}", "batch_size": 0}',
                '{"driver": "http", "url": "https://x/{numbers}", "statuses": {"1": "dead"}}', "not json"):
        assert cli.main(["--db", url, "check-provider", "set", bad]) != 0, bad
    capsys.readouterr()
    assert cli.main(["--db", url, "check-provider", "get"]) == 0
    assert "driver=http" in capsys.readouterr().out
    # an operator sees only whether one is configured, never its address or key
    with org.connect("east-op") as conn:
        seen = conn.execute("SELECT smsdesk.check_config_get()").fetchone()[0]
    assert seen["provider"] == {"driver": "http"} and seen["cache_days"] == 7


def test_contacts_a_user_may_not_see_in_full_are_checked_masked(org):
    from tests.db.contacts_helpers import seed_books

    seed_books(org.db)
    with org.connect("east-op") as conn:
        groups = [r[0] for r in conn.execute("SELECT id FROM smsdesk.contact_group").fetchall()]
    assert groups
    created = _create(org.db, "east-op", numbercheck.CheckDraft(group_ids=groups))
    rows = _read(org.db, "east-op", numbercheck.results, created.task_id)
    contacts = [r for r in rows if r.source == "contacts"]
    assert contacts and all(r.masked and "****" in r.shown for r in contacts if r.valid)
    assert all(r.carrier for r in contacts if r.valid)
