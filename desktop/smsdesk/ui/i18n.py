"""Loads the console's translations (Qt Linguist .qm files built from resources/translations/*.ts)."""

from __future__ import annotations

import logging
import math
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smsdesk import paths
from smsdesk.ui.formats import forget_formats

log = logging.getLogger(__name__)

LANGUAGES = {"zh_CN": "中文", "en": "English"}
# Not offered in the menu: every English text 40% longer, its letters accented (Vorta's pseudo-locale), so a
# layout that only fits the English words shows itself (``smsdesk --lang pseudo``, tests/ui/test_pseudo_locale.py).
PSEUDO = "pseudo"

_ACCENTS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "áƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúʋŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŠŢÚƲŴẊÝŽ",
        strict=True,
    )
)
# what must stay as it is: Qt's placeholders (%1, %L1, %n), HTML tags and entities, accelerators (&x), URLs
_KEEP = re.compile(r"%L?\d+|%L?n|<[^>]*>|&[a-zA-Z]+;|&&|&(?=\w)|https?://\S+")


def pseudo_text(text: str) -> str:
    """``text`` accented and 40% longer: each run of words grows by 40% of its letters, placeholders kept."""
    out: list[str] = []
    pos = 0
    for match in [*_KEEP.finditer(text), None]:
        end = match.start() if match is not None else len(text)
        out.append(_stretch(text[pos:end]))
        if match is not None:
            out.append(match.group())
            pos = match.end()
    return "".join(out)


def _stretch(chunk: str) -> str:
    lines = chunk.split("\n")
    result = []
    for line in lines:
        accented = "".join(_ACCENTS.get(c, c) for c in line)
        letters = [c for c in accented if not c.isspace()]
        extra = math.ceil(len(letters) * 0.4)
        if extra:
            tail = (letters * (extra // len(letters) + 1))[:extra]
            stripped = accented.rstrip()
            # the padding goes before a closing colon, ellipsis or bracket, so "Name:" still ends with ":"
            cut = len(stripped)
            while cut and stripped[cut - 1] in ":：…).?!":
                cut -= 1
            accented = stripped[:cut] + "".join(tail) + stripped[cut:] + accented[len(stripped):]
        result.append(accented)
    return "\n".join(result)


class PseudoTranslator(QTranslator):
    """Translates into the pseudo-locale: the English translation (for its plural forms) or the source, stretched."""

    def __init__(self, english: QTranslator | None, parent=None) -> None:
        super().__init__(parent)
        self._english = english

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return source_text
        text = self._english.translate(context, source_text, disambiguation, n) if self._english else ""
        return pseudo_text(text or source_text)

    def isEmpty(self) -> bool:
        return False


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
    """Owns the installed translators so switching language replaces them cleanly. The application has one set of
    translators: whichever instance installs a language takes away what any other installed before."""

    _installed: list[QTranslator] = []  # shared on purpose: one language per application

    def __init__(self) -> None:
        self.language = "en"

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        for tr in self._installed:
            app.removeTranslator(tr)
        self._installed.clear()
        self.language = language if language in LANGUAGES or language == PSEUDO else "en"
        if self.language == PSEUDO:
            english = QTranslator(app)
            qm = qm_file("en")
            tr = PseudoTranslator(english if qm is not None and english.load(str(qm)) else None, app)
            app.installTranslator(tr)
            self._installed.append(tr)
            QLocale.setDefault(QLocale("en"))
            forget_formats()
            return
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
        forget_formats()
