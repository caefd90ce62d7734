"""The number check's place table (domain.number_check) built once per phonenumbers release in a child process and
kept in the user's data folder: building it unpickles phonenumbers' geocoder data, one long hold of the GIL that
would freeze the console's window for a quarter of a second; loading the saved table takes milliseconds.

``python -m smsdesk.infra.number_tables PATH`` writes the table (the child's work)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import phonenumbers

from smsdesk.domain import number_check

log = logging.getLogger(__name__)


def table_path(folder: Path) -> Path:
    return folder / f"number-places-2-{phonenumbers.__version__}.npz"  # 2: the table's layout


def write(path: Path) -> None:
    table, names = number_check.build_region_table()
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, table=table, names=np.array([json.dumps([p.province, p.city], ensure_ascii=False) for p in names]))
    tmp.replace(path)


def load(folder: Path) -> bool:
    """Gives domain.number_check its place table from ``folder`` (built there by a child process when missing);
    False when that failed (the check then builds it in-process, as the command line does)."""
    from smsdesk.infra import processes

    path = table_path(folder)
    try:
        if not path.exists():
            folder.mkdir(parents=True, exist_ok=True)
            subprocess.run([*processes.program("smsdesk.infra.number_tables", ["smsdesk-admin", "number-tables"]),
                            str(path)], env=processes.child_env(), check=True, timeout=120,
                           capture_output=True, **processes.background_options())
        with np.load(path) as data:
            table = data["table"]
            names = [number_check.Place(*json.loads(s)) for s in data["names"].tolist()]
        number_check.set_region_table(table, names)
        return True
    except (OSError, ValueError, KeyError, subprocess.SubprocessError) as exc:
        log.warning("number places table unavailable (%s); built in-process", exc)
        return False


if __name__ == "__main__":
    write(Path(sys.argv[1]))
