"""Loads the console's translations (Qt Linguist .qm files built from resources/translations/*.ts)."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smsdesk import paths

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "中文", "en": "English"}


def default_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def _ts_dir() -> Path:
    return Path(str(resources.files("smsdesk.resources") / "translations"))


def _lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    exe = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    return str(exe) if exe.exists() else None


def qm_file(language: str) -> Path | None:
    """The built .qm; an editable (developer) install compiles a stale or missing one into the data dir."""
    ts = _ts_dir() / f"smsdesk_{language}.ts"
    shipped = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # the Windows build ships its .qm: never compile next to it
    if shipped.exists() and (frozen or not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    cache = paths.user_data_dir() / "translations" / shipped.name
    if cache.exists() and cache.stat().st_mtime >= ts.stat().st_mtime:
        return cache
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease to build %s", ts.name)
        return shipped if shipped.exists() else None
    cache.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool, "-silent", str(ts), "-qm", str(cache)], check=True, capture_output=True)
    return cache


class Translations:
    """Owns the installed translators so switching language replaces them cleanly."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "en"
        qm = qm_file(self.language)
        if qm is not None:
            tr = QTranslator(app)
            if tr.load(str(qm)):
                app.installTranslator(tr)
                self._installed.append(tr)
            else:
                log.warning("could not load %s", qm)
        if self.language != "en":
            qt_tr = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_tr.load(QLocale(self.language), "qtbase", "_", qt_dir):
                app.installTranslator(qt_tr)
                self._installed.append(qt_tr)
        QLocale.setDefault(QLocale(self.language))
