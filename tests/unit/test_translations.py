"""Every visible string goes through tr(), and both .ts files are current and complete."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.find("name").text
        for message in ctx.iter("message"):
            out[(name, message.find("source").text)] = message
    return out


def lupdate() -> str | None:
    import shutil

    import PySide6

    tool = shutil.which("pyside6-lupdate") or str(Path(PySide6.__file__).parent / "lupdate")
    return tool if Path(tool).exists() or shutil.which(tool) else None


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_ts_matches_the_sources(tmp_path, language):
    tool = lupdate()
    assert tool, "lupdate ships with PySide6"
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "smsdesk" / "ui").rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = set(messages(TS_DIR / f"smsdesk_{language}.ts"))
    found = set(messages(fresh))
    assert found - committed == set(), "run lupdate: strings missing from the .ts"
    assert committed - found == set(), "run lupdate -no-obsolete: the .ts has strings the code dropped"


def test_every_chinese_string_is_translated():
    for key, message in messages(TS_DIR / "smsdesk_zh_CN.ts").items():
        tr = message.find("translation")
        assert tr.get("type") not in ("unfinished", "vanished", "obsolete"), key
        forms = [f.text for f in tr.findall("numerusform")] or [tr.text]
        assert all(f and f.strip() for f in forms), key
        if "%1" in key[1]:
            assert all("%1" in f for f in forms), key
