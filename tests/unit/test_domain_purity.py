"""The domain package stays pure: importing all of it loads no Qt and no SQL driver."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
MODULES = ["kinds", "text", "numbers", "words", "templates", "schedule", "pricing"]
FORBIDDEN = ("PySide6", "sqlalchemy", "psycopg", "smsdesk.store", "smsdesk.services", "smsdesk.ui")


def test_domain_imports_no_qt_and_no_sql():
    code = (
        "import sys\n"
        + "".join(f"import smsdesk.domain.{name}\n" for name in MODULES)
        + f"bad = sorted(m for m in sys.modules if m.startswith({FORBIDDEN!r}))\n"
        + "print(','.join(bad))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(DESKTOP), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
