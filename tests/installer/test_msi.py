"""The MSI as IT meets it: built on Linux from the Windows wheels (installer/build-msi) and checked under Wine
(installer/verify-msi: tables, then install, upgrade, downgrade, uninstall). Needs Debian's wine, wixl and
msitools (the test set-up installs them); without them the test is skipped, except in CI where it fails."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("wixl", "msibuild", "msiinfo", "wine", "wineboot", "wineserver")


def _older(version: str) -> str:
    """A version below the project's, for the upgrade's OLD package."""
    major, minor, patch = (int(p) for p in [*version.split("."), "0", "0"][:3])
    if patch:
        return f"{major}.{minor}.{patch - 1}"
    if minor:
        return f"{major}.{minor - 1}.99"
    return f"{major - 1}.99.99"


@pytest.fixture(scope="module")
def tools() -> None:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must have {missing}: .ci/run installs them through installer/setup")
        pytest.skip(f"needs {', '.join(missing)} (apt-get install wine wine64 wixl msitools)")


def _build(*args: str) -> Path:
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "build-msi"), *args],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    return Path(result.stdout.strip().splitlines()[-1])


def _verify_msi():
    loader = importlib.machinery.SourceFileLoader("verify_msi", str(ROOT / "installer" / "verify-msi"))
    spec = importlib.util.spec_from_loader("verify_msi", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def packages(tools, tmp_path_factory) -> tuple[Path, Path]:
    """NEW: the project's MSI from the full wheel payload. OLD: an older version with a smaller payload, and a file
    NEW no longer has (the upgrade must remove it)."""
    new = _build()
    version = re.search(r"smsdesk-(\d+\.\d+\.\d+)-x64\.msi$", new.name)
    assert version, new
    payload = tmp_path_factory.mktemp("old-payload")
    for launcher in (ROOT / "build" / "msi" / "payload").glob("*.exe"):
        shutil.copy(launcher, payload)
    (payload / "wheels").mkdir()
    (payload / "wheels" / "smsdesk_retired-0.0.1-py3-none-any.whl").write_bytes(b"PK\x05\x06" + bytes(18))
    old = _build("--payload", str(payload), "--version", _older(version.group(1)),
                 "--out", str(tmp_path_factory.mktemp("old") / "old.msi"))
    return old, new


def test_msi_builds_on_linux_and_installs_upgrades_and_uninstalls_under_wine(packages):
    old, new = packages
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "verify-msi"), str(old), str(new)],
                            capture_output=True, text=True, timeout=1200)
    print(result.stderr)
    last = result.stdout.strip().splitlines()[-1]
    print(last)
    assert re.fullmatch(r"msi: \d+ passed, 0 failed", last), result.stderr
    assert result.returncode == 0


def test_verify_msi_table_checks_can_fail(packages, capsys):
    """The same package as OLD and NEW is no upgrade; the older one as NEW is a downgrade."""
    old, new = packages
    verify = _verify_msi()
    checks = verify.Checks()
    verify.check_tables(checks, new, new)
    err = capsys.readouterr().err
    assert "FAIL NEW's ProductVersion is above OLD's" in err
    assert "FAIL each build has its own ProductCode" in err
    assert checks.failed == 2, err
    checks = verify.Checks()
    verify.check_tables(checks, new, old)
    assert checks.failed == 1
    retired = verify.installed_files(old) - verify.installed_files(new)
    assert retired == {"wheels/smsdesk_retired-0.0.1-py3-none-any.whl"}
