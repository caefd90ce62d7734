"""smsdesk-admin's user and group verbs (issue 17 item 6): the same checked functions as the console, printing CSV or
one key=value line."""

from __future__ import annotations

import csv
import io

import psycopg
import pytest

from smsdesk.admin.cli import main as admin_main
from smsdesk.store import roles
from tests.db.conftest import build_org

pytestmark = pytest.mark.db


@pytest.fixture
def url(org_db):
    build_org(org_db)
    return org_db.su.url(driver="postgresql")


def run(url, capsys, *args, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = admin_main(["--db", url, *args])
    out = capsys.readouterr()
    return code, out.out.strip(), out.err.strip()


def fields(line: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in line.split())


def test_user_list_update_disable_enable_delete_restore(url, capsys, monkeypatch):
    code, out, _ = run(url, capsys, "user", "list", "--group", "总部/华东")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["login"] for r in rows} == {"east-admin", "east-op", "sh-op", "east-reviewer"}
    assert rows[0].keys() >= {"login", "name", "group", "type", "status", "quota", "used"}
    assert {r["group"] for r in rows if r["login"] == "sh-op"} == {"总部/华东/上海"}

    code, out, err = run(
        url,
        capsys,
        "user",
        "update",
        "east-op",
        "--name",
        '李明 "/"',
        "--reviewer",
        "--full-numbers",
        "--top-up",
        "40",
    )
    assert code == 0, err
    assert (fields(out)["reviewer"], fields(out)["full_numbers"], fields(out)["quota"]) == ("yes", "yes", "40")
    code, out, _ = run(
        url, capsys, "user", "update", "east-op", "--take-back", "15", "--no-reviewer", "--group", "总部/华东/上海"
    )
    assert (fields(out)["quota"], fields(out)["reviewer"]) == ("25", "no")

    for verb, status in (("disable", "disabled"), ("enable", "normal"), ("delete", "deleted")):
        code, out, err = run(url, capsys, "user", verb, "east-op")
        assert code == 0, err
        assert fields(out) == {"login": "east-op", "status": status}
    code, out, _ = run(url, capsys, "user", "list", "--deleted")
    assert [r["login"] for r in csv.DictReader(io.StringIO(out))] == ["east-op"]
    code, _, err = run(
        url,
        capsys,
        "user",
        "create",
        "--login",
        "east-op",
        "--group",
        "总部",
        "--password-stdin",
        stdin="long-enough-1\n",
        monkeypatch=monkeypatch,
    )
    assert code != 0 and "deleted user" in err
    code, out, err = run(url, capsys, "user", "restore", "east-op")
    assert code == 0, err
    assert fields(out)["restored"] == "yes"
    code, out, _ = run(url, capsys, "user", "list", "--group", "总部/华东/上海")
    row = next(r for r in csv.DictReader(io.StringIO(out)) if r["login"] == "east-op")
    assert (row["name"], row["status"], row["quota"]) == ('李明 "/"', "normal", "25")


def test_reset_password_must_be_changed(url, org_db, capsys, monkeypatch):
    code, out, err = run(
        url, capsys, "user", "reset-password", "sh-op", "--password-stdin", stdin="short\n", monkeypatch=monkeypatch
    )
    assert code != 0 and "at least 8 characters" in err
    code, out, err = run(
        url,
        capsys,
        "user",
        "reset-password",
        "sh-op",
        "--password-stdin",
        stdin="a-new-password\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert fields(out) == {"login": "sh-op", "password": "reset", "must_change": "yes"}
    with org_db.connect_su() as su:
        assert su.execute("select must_change_password from smsdesk.app_user where login = 'sh-op'").fetchone()[0]


def test_group_rename_move_delete(url, capsys):
    assert run(url, capsys, "group", "create", "总部/华东/上海/客服一部")[0] == 0
    code, out, err = run(url, capsys, "group", "rename", "总部/华东/上海/客服一部", "客服 '1' 部")
    assert code == 0, err
    assert fields(out.replace("客服 '1' 部", "X"))["renamed"] == "yes"
    code, out, err = run(url, capsys, "group", "move", "总部/华东/上海/客服 '1' 部", "--to", "总部/华南")
    assert code == 0, err
    code, out, err = run(url, capsys, "group", "move", "总部/华东", "--to", "总部/华东/上海")
    assert code != 0 and "below it" in err
    code, out, err = run(url, capsys, "group", "delete", "总部/华东/上海")
    assert code != 0 and "still holds 1 users" in err
    code, out, err = run(url, capsys, "group", "delete", "总部/华南/客服 '1' 部")
    assert code == 0, err
    code, out, _ = run(url, capsys, "group", "delete", "总部/华南/客服 '1' 部")
    assert code != 0


def test_import_is_all_or_nothing_and_writes_results(url, org_db, capsys, tmp_path):
    good = tmp_path / "users.csv"
    good.write_text(
        "login,name,group,mobile,type,reviewer,review,quota,password\n"
        "op-a,甲,总部/华东,13800000001,user,no,yes,10,password-a1\n"
        'op-b,"O\'Brien, B",总部/华东/上海,,user,yes,no,0,password-b1\n',
        encoding="utf-8",
    )
    bad = tmp_path / "dupes.csv"
    bad.write_text(
        "login,name,group,password\nop-c,丙,总部/华东,password-c1\nop-c,丙2,总部/华东,password-c2\n"
        "op-d,丁,总部/无此组,password-d1\n",
        encoding="utf-8",
    )
    results = tmp_path / "results.csv"
    code, out, err = run(url, capsys, "user", "import", str(bad), "--results", str(results))
    assert code != 0 and "nothing was imported" in err
    lines = list(csv.reader(results.open(encoding="utf-8-sig")))
    assert lines[0] == ["row", "login", "result"]
    assert [line[:2] for line in lines[1:]] == [["2", "op-c"], ["3", "op-c"], ["4", "op-d"]]
    assert "also on row 2" in lines[2][2]
    with org_db.connect_su() as su:
        assert su.execute("select count(*) from smsdesk.app_user where login like 'op-%%'").fetchone()[0] == 0
    code, out, err = run(url, capsys, "user", "import", str(good), "--results", str(results))
    assert code == 0, err
    assert fields(out) == {"imported": "users", "rows": "2", "created": "2", "refused": "0"}
    with org_db.connect_su() as su:
        rows = su.execute(
            "select login, operator_name, review_mode, is_reviewer, quota_limit from smsdesk.app_user "
            "where login like 'op-%%' order by login"
        ).fetchall()
    assert rows == [("op-a", "甲", True, False, 10), ("op-b", "O'Brien, B", False, True, 0)]
    export = tmp_path / "out.csv"
    code, out, err = run(url, capsys, "user", "export", str(export), "--group", "总部/华东/上海")
    assert code == 0 and fields(out)["users"] == "2"
    assert {r["login"] for r in csv.DictReader(export.open(encoding="utf-8-sig"))} == {"sh-op", "op-b"}
    with psycopg.connect(**org_db.target.with_login(roles.user_role(org_db.name, "op-a"), "password-a1").conninfo()):
        pass


def test_the_demo_administrator_can_send_from_the_first_minute(empty_db):
    """Issue 17 item 5: the demo administrator starts with a quota of their own (it used to be 0, with 120,000
    unallocated in the top group, so every preview said 额度不足)."""
    from smsdesk.demo import org as demo_org
    from smsdesk.services import admin
    from smsdesk.services.trial import DEMO_ADMIN
    from smsdesk.store.database import make_engine, session_factory, unit_of_work

    admin.db_upgrade(empty_db.su)
    engine = make_engine(empty_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            demo_org.create(s)
    finally:
        engine.dispose()
    with empty_db.connect_su() as su:
        limit, used = su.execute(
            "select quota_limit, quota_used from smsdesk.app_user where login = %s", (DEMO_ADMIN,)
        ).fetchone()
    assert limit - used >= 10_000
