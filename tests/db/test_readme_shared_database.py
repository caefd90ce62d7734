"""The README's "Using a shared database" steps, run as written (a terminal answers the password prompts), and the
admin tool's guard rails around them: full group paths, the grant chain, drop-roles only after the database."""

from __future__ import annotations

import os
import pty
import re
import select
import sys
import time
from pathlib import Path

import pytest

from smsdesk.admin.cli import main as admin_main
from smsdesk.services.auth import sign_in
from tests import conftest
from tests.conftest import ADMIN_PASSWORD, _drop, _new_name

pytestmark = pytest.mark.db
README = Path(__file__).resolve().parents[2] / "README.md"
PASSWORD = "readme-pass-1"


def readme_steps() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("Set up a new shared database once"):]
    block = re.search(r"```\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip()]


def run_in_terminal(script: str, env: dict[str, str], timeout: float = 240) -> tuple[int, str]:
    """Runs a bash script with a pseudo-terminal as its controlling terminal, typing PASSWORD at each prompt."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: bash on the terminal
        os.execvpe("bash", ["bash", "-euo", "pipefail", "-c", script], env)
    out = b""
    deadline = time.monotonic() + timeout
    answered = 0
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 1.0)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
            prompts = len(re.findall(rb"(?:Password|Again): ", out))
            while answered < prompts:
                os.write(fd, PASSWORD.encode() + b"\n")
                answered += 1
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out.decode("utf-8", "replace")


def test_the_shared_database_steps_run_as_written(pg_server):
    steps = readme_steps()
    assert steps[0].startswith("export DB=") and len(steps) >= 9
    name = _new_name()
    url = pg_server.super_target(name).url(driver="postgresql")
    script = "\n".join([f"export DB='{url}'", *steps[1:]])  # "put your server in DB"
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ["PATH"], "TERM": "dumb"}
    try:
        code, out = run_in_terminal(script, env)
        assert code == 0, out
        assert "initialised=yes admin=boss" in out
        assert re.search(r"group=总部/华东/上海/客服一部 group_id=\d+", out), out
        assert re.search(r"user=alice granted=5000 limit=5000", out), out
        assert "state=up-to-date" in out
        db = conftest.TestDatabase(pg_server, name)
        with db.connect_su() as conn:
            tops = conn.execute("select name from smsdesk.user_group where parent_id is null").fetchall()
            assert tops == [("总部",)]
    finally:
        _drop(pg_server, name)


def test_group_paths_start_at_the_top_group(org_db, capsys):
    url = org_db.su.url(driver="postgresql")
    assert admin_main(["--db", url, "group", "create", "华东/上海/客服一部"]) != 0
    err = capsys.readouterr().err
    assert "not a top-level group" in err and "总部/华东/上海/客服一部" in err
    with org_db.connect_su() as conn:
        assert conn.execute("select count(*) from smsdesk.user_group").fetchone()[0] == 1  # nothing half-made
    assert admin_main(["--db", url, "group", "create", "总部/华东/上海"]) == 0
    assert re.fullmatch(r"group=总部/华东/上海 group_id=\d+\n", capsys.readouterr().out)
    assert admin_main(["--db", url, "group", "create", "--top-level", "分公司"]) == 0


def test_a_grant_that_skips_a_group_says_how_quota_flows(org_db, capsys):
    url = org_db.su.url(driver="postgresql")
    assert admin_main(["--db", url, "group", "create", "总部/华东/上海"]) == 0
    assert admin_main(["--db", url, "quota", "grant", "--group", "总部", "--amount", "1000"]) == 0
    capsys.readouterr()
    assert admin_main(["--db", url, "quota", "grant", "--group", "总部/华东/上海", "--amount", "10"]) != 0
    err = capsys.readouterr().err
    assert "holds 0 segments" in err and "one level at a time" in err


def test_drop_roles_only_after_the_database_is_gone(org_db, capsys):
    url = org_db.su.url(driver="postgresql")
    assert admin_main(["--db", url, "db", "drop-roles"]) != 0
    assert "still exists" in capsys.readouterr().err
    # the roles are still there: boss can still sign in
    sign_in(org_db.target, "boss", ADMIN_PASSWORD).close()
