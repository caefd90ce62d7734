"""smsdesk --self-test (INS-1, the MSI's smoke test) and the console's word on a Qt platform plugin that cannot
load: the report, a machine where Qt's X libraries are missing, and the database checks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from smsdesk.services import diagnostics
from smsdesk.settings import DatabaseTarget
from smsdesk.ui import selftest
from tests.conftest import ADMIN_PASSWORD

LIB_DIR = Path("/usr/lib/x86_64-linux-gnu")
HIDDEN = ("libxcb-icccm.so*", "libxcb-keysyms.so*")  # what a fresh Debian lacked in the field report
CONSOLE = "from smsdesk.ui.app import main; raise SystemExit(main())"


def _console(*args: str, hide: tuple[str, ...] = (), env: dict[str, str] | None = None):
    command = [sys.executable, "-c", CONSOLE, *args]
    if hide:
        # A private mount namespace where the libraries are absent from the system's library folder, as on a
        # machine that never installed them (nothing changes outside this one process tree).
        script = """
          set -e
          view=$(mktemp -d); fake=$(mktemp -d)
          mount --bind "$LIB_DIR" "$view"; mount -t tmpfs tmpfs "$fake"
          for f in "$view"/*; do
            n=$(basename "$f"); skip=0
            for p in $HIDDEN; do case "$n" in $p) skip=1;; esac; done
            [ $skip = 1 ] || ln -s "$view/$n" "$fake/$n"
          done
          mount --bind "$fake" "$LIB_DIR"
          exec "$@"
        """
        command = ["unshare", "-m", "--propagation", "private", "bash", "-c", script, "hide", *command]
    full_env = {**os.environ, **(env or {}), "LIB_DIR": str(LIB_DIR), "HIDDEN": " ".join(hide)}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=full_env)


def _report(stdout: str) -> dict[str, tuple[str, str]]:
    found = {}
    for line in stdout.splitlines():
        if line.startswith("check="):
            check, rest = line[len("check="):].split(" status=", 1)
            status, _, detail = rest.partition(" detail=")
            found[check] = (status, detail.strip('"'))
    return found


def test_self_test_reports_every_check_and_passes_here():
    result = _console("--self-test", env={"QT_QPA_PLATFORM": "offscreen"})
    report = _report(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("imports", "qt_platform", "cjk_font", "translations_zh_CN", "translations_en", "keyring",
                  "database", "dispatcher"):
        assert check in report, result.stdout
        assert report[check][0] in ("ok", "warn"), (check, report[check])
    if sys.platform.startswith("linux"):
        assert report["qt_xcb_libraries"][0] == "ok"
    assert result.stdout.strip().splitlines()[-1].startswith("self_test=passed passed=")


def _can_hide_libraries() -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0 and any(LIB_DIR.glob("libxcb-icccm.so*"))


needs_namespace = pytest.mark.skipif(not _can_hide_libraries(), reason="needs root, unshare and Qt's xcb libraries")


@needs_namespace
def test_self_test_names_the_missing_x_libraries():
    result = _console("--self-test", hide=HIDDEN, env={"QT_QPA_PLATFORM": "", "DISPLAY": ":0"})
    report = _report(result.stdout)
    assert result.returncode == 1, result.stdout + result.stderr
    status, detail = report["qt_xcb_libraries"]
    assert status == "fail"
    assert "libxcb-icccm.so.4" in detail and "libxcb-keysyms.so.1" in detail
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in detail
    assert "libxcb-cursor" not in detail  # Qt's own hint names this one, which is installed
    assert report["qt_platform"][0] == "fail"
    assert report["cjk_font"][0] == "ok"  # the other checks still run (offscreen)
    assert result.stdout.strip().splitlines()[-1].startswith("self_test=failed")


@needs_namespace
def test_the_console_says_which_libraries_are_missing_instead_of_aborting():
    result = _console(hide=HIDDEN, env={"QT_QPA_PLATFORM": "", "DISPLAY": ":0"})
    assert result.returncode == 1, result.stderr
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in result.stderr
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in result.stderr
    assert "could not load the qt platform plugin" not in result.stderr.lower()


def test_package_names_for_libraries():
    assert selftest.apt_line(["libxcb-cursor.so.0", "libxcb-icccm.so.4"]) == (
        "apt-get install libxcb-cursor0 libxcb-icccm4")
    assert selftest.apt_line(["libfoo-bar.so.3", "libxyz2.so.1"]) == "apt-get install libfoo-bar3 libxyz2-1"


@pytest.mark.db
def test_database_check_reads_the_schema_with_a_login(org_db):
    findings = {f.check: f for f in diagnostics.database(org_db.su)}
    assert findings["database"].status == "ok", findings
    assert findings["schema"].status == "ok", findings
    assert "as this console expects" in findings["schema"].detail


@pytest.mark.db
def test_database_check_without_a_login_proves_the_installation_and_says_the_schema_was_not_read(org_db):
    findings = {f.check: f for f in diagnostics.database(org_db.target)}
    assert findings["database"].status == "ok", findings
    assert findings["schema"].status == "warn"
    user = org_db.target.with_login("boss", ADMIN_PASSWORD)
    findings = {f.check: f for f in diagnostics.database(user)}
    assert findings["schema"].status == "ok", findings


@pytest.mark.db
def test_database_check_fails_for_an_empty_database_and_an_unreachable_server(empty_db):
    findings = diagnostics.database(empty_db.target)
    assert findings[0].status == "fail" and "no SMS Desk installation" in findings[0].detail, findings
    nowhere = DatabaseTarget(source="command line", host="127.0.0.1", port=1, dbname="smsdesk")
    findings = diagnostics.database(nowhere)
    assert findings[0].status == "fail" and "cannot reach" in findings[0].detail, findings
