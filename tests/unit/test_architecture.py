"""The house rules that tools check: import-linter contracts (layering) and ruff."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(tool: str, *args: str) -> subprocess.CompletedProcess:
    # the tool of the interpreter running the tests first: another one on PATH may see another checkout
    beside = Path(sys.executable).parent / tool
    exe = str(beside) if beside.exists() else shutil.which(tool) or tool
    return subprocess.run([exe, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_import_contracts_hold():
    result = run("lint-imports")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_ruff_finds_nothing():
    result = run("ruff", "check", ".")
    assert result.returncode == 0, result.stdout[-3000:]
