"""smsdesk-admin send: preview as one key=value line, submit, and clear failures (issue #6 part 6)."""

from __future__ import annotations

import io

import pytest

from smsdesk.admin import cli
from smsdesk.services import admin, library
from tests.db.conftest import PASSWORD, build_org
from tests.db.contacts_helpers import write_csv
from tests.db.test_sending import as_su

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def db(shared_org_db):
    build_org(shared_org_db)
    as_su(shared_org_db, lambda s: admin.grant_user(s, "east-op", 10))
    as_su(shared_org_db, lambda s: library.create_signature(s, admin.find_group(s, "总部"), "测试公司"))
    return shared_org_db


def run(db, monkeypatch, capsys, *args):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = cli.main(["--db", db.target.url("postgresql"), "send", "--login", "east-op", "--password-stdin", *args])
    out = capsys.readouterr()
    return code, out.out.strip(), out.err.strip()


def fields(line: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in line.split())


def test_preview_then_submit_from_a_gbk_export(db, monkeypatch, capsys, tmp_path):
    f = write_csv(
        tmp_path / "导出.csv",
        [
            ["姓名", "手机"],
            ["张三", "13800138000"],
            ["李四", "13900139000.0"],
            ["王五", "12345"],
            ["张三", "138 0013 8000"],
        ],
        encoding="gbk",
    )
    base = (
        "--kind",
        "notification",
        "--text",
        "您的快递已到",
        "--signature",
        "测试公司",
        "--file",
        str(f),
        "--column",
        "手机",
        "--numbers",
        "13700000003",
    )
    code, out, err = run(db, monkeypatch, capsys, *base, "--preview")
    assert code == 0, err
    got = fields(out)
    assert (got["valid"], got["invalid"], got["duplicates"], got["segments"]) == ("3", "1", "1", "1")
    assert got["problems"] == '""'
    code, out, err = run(db, monkeypatch, capsys, *base, "--name", "快递通知")
    assert code == 0, err
    got = fields(out)
    assert got["status"] == "queued" and int(got["task"]) > 0 and got["reserved"] == "3"


def test_clear_failures(db, monkeypatch, capsys, tmp_path):
    code, _, err = run(
        db,
        monkeypatch,
        capsys,
        "--kind",
        "alert",
        "--text",
        "x",
        "--numbers",
        "13800138000",
        "--signature",
        "不存在公司",
    )
    assert code == cli.EXIT_FAILED and "unknown signature" in err
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\x00\x01 not a workbook" * 50)
    code, _, err = run(db, monkeypatch, capsys, "--kind", "alert", "--text", "x", "--file", str(bad))
    assert code == cli.EXIT_FAILED and "bad.xlsx" in err
    many = ",".join(f"1380000{i:04d}" for i in range(50))
    code, _, err = run(db, monkeypatch, capsys, "--kind", "alert", "--text", "x", "--numbers", many)
    assert code == cli.EXIT_FAILED and "not enough quota" in err and "short" in err
