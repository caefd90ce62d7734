"""``smsdesk --self-test``: whether this workstation can run the console, for IT and the MSI's smoke test.

Checks the package's imports, Qt's platform plugin (on Linux: which system libraries the X11 plugin lacks), a
font for Chinese, the translations, the keyring, the configured database and the dispatcher program. Prints one
``check=… status=… detail=…`` line per check and a summary line; exits 1 when any check failed. Also used at every
start of the console: when the platform plugin cannot load, say which libraries are missing instead of letting Qt
abort with a hint that names the wrong one.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from smsdesk import __version__
from smsdesk.services import diagnostics as d
from smsdesk.services.diagnostics import FAIL, OK, Finding
from smsdesk.ui import i18n

# Debian/Ubuntu packages of the libraries Qt's xcb platform plugin links to (what `ldd libqxcb.so` names).
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}
CJK_FONT_PACKAGE = "fonts-wqy-microhei"


def _platform_name() -> str:
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if chosen:
        return chosen
    return {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")


def xcb_plugin() -> Path | None:
    found = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return found if found.is_file() else None


def missing_libraries(library: Path) -> list[str]:
    """Shared libraries ``library`` needs that the dynamic linker cannot find, directly or through others."""
    if shutil.which("ldd"):
        out = subprocess.run(["ldd", str(library)], capture_output=True, text=True, timeout=30)
        return sorted({m.group(1) for m in re.finditer(r"^\s*(\S+) => not found", out.stdout, re.M)})
    try:  # no ldd: the loader names the first one only
        ctypes.CDLL(str(library), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        found = re.match(r"([^:\s]+\.so[.\d]*): cannot open shared object", str(exc))
        return [found.group(1) if found else str(exc)]
    return []


def apt_line(libraries: list[str]) -> str:
    packages = sorted({XCB_PACKAGES.get(lib, _guess_package(lib)) for lib in libraries})
    return "apt-get install " + " ".join(packages)


def _guess_package(library: str) -> str:
    """Debian names most library packages after the soname: libfoo-bar.so.3 -> libfoo-bar3."""
    m = re.match(r"lib(.+)\.so\.(\d+)", library)
    if not m:
        return library
    stem, major = m.groups()
    return f"lib{stem.lower()}{'-' if stem[-1].isdigit() else ''}{major}"


def platform_problem() -> str | None:
    """Why Qt's platform plugin will not load here, or None. Cheap: one dlopen of the plugin, ldd only on failure."""
    if not sys.platform.startswith("linux") or _platform_name() != "xcb":
        return None
    plugin = xcb_plugin()
    if plugin is None:
        return "Qt's X11 platform plugin (libqxcb.so) is missing from the PySide6 installation: reinstall PySide6"
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
        return None
    except OSError:
        missing = missing_libraries(plugin) or ["(unknown)"]
    return (
        "SMS Desk cannot open a window: Qt's X11 platform plugin needs system libraries this machine lacks: "
        + ", ".join(missing)
        + f".\nInstall them (as root): {apt_line(missing)}\nor run installer/setup console, which does it for you."
    )


# -- the report ----------------------------------------------------------------------------------------------------


def _qt_checks() -> list:
    found = []
    platform = _platform_name()
    usable = True
    if sys.platform.startswith("linux"):
        plugin = xcb_plugin()
        missing = missing_libraries(plugin) if plugin else ["libqxcb.so"]
        if missing:
            found.append(Finding("qt_xcb_libraries", FAIL, f"missing {', '.join(missing)}: {apt_line(missing)}"))
            if platform == "xcb":
                found.append(Finding("qt_platform", FAIL, "xcb cannot load without those libraries: no window"))
                usable = False
        else:
            found.append(Finding("qt_xcb_libraries", OK, f"all found for {plugin}"))
        if platform == "xcb" and usable and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            found.append(Finding("qt_platform", FAIL, "no display: DISPLAY is not set (start it in a desktop session)"))
            usable = False
    if not usable:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # fonts and translations can still be checked
    platform = os.environ.get("QT_QPA_PLATFORM") or platform
    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", platform])
    if usable:
        found.append(Finding("qt_platform", OK, f"{app.platformName()} (Qt {QLibraryInfo.version().toString()})"))

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if families:
        found.append(Finding("cjk_font", OK, f"{len(families)} families for Chinese, e.g. {families[0]}"))
    else:
        hint = f": apt-get install {CJK_FONT_PACKAGE}" if sys.platform.startswith("linux") else ""
        found.append(Finding("cjk_font", FAIL, f"no font can show Chinese (names would be boxes){hint}"))

    for language, probe in (("zh_CN", ("SignInDialog", "SMS Desk")), ("en", None)):
        qm = i18n.qm_file(language)
        translator = QTranslator()
        if qm is None or not translator.load(str(qm)) or translator.isEmpty():
            found.append(Finding(f"translations_{language}", FAIL, f"no usable {language} translation ({qm})"))
            continue
        if probe is not None:
            QCoreApplication.installTranslator(translator)
            text = QCoreApplication.translate(*probe)
            QCoreApplication.removeTranslator(translator)
            if text == probe[1]:
                found.append(Finding(f"translations_{language}", FAIL, f"{qm.name} does not translate {probe[1]!r}"))
                continue
        found.append(Finding(f"translations_{language}", OK, str(qm)))
    return found


def _quote(text: str) -> str:
    text = text.replace("\n", " ").replace('"', "'")
    return f'"{text}"' if (" " in text or not text) else text


def run(db_url: str | None = None, out=None) -> int:
    """Runs every check, prints the report, returns the exit status (1 when any check failed)."""
    out = out or sys.stdout
    print(f"self_test=smsdesk version={__version__} python={sys.version.split()[0]} platform={sys.platform}",
          file=out, flush=True)
    findings = []

    def emit(batch) -> None:
        for f in batch:
            findings.append(f)
            print(f"check={f.check} status={f.status} detail={_quote(f.detail)}", file=out, flush=True)

    emit([d.imports()])
    emit(_qt_checks())
    emit([d.keyring(), d.data_directory()])
    try:
        target = d.configured_target(db_url)
    except ValueError as exc:
        emit([d.Finding("database", d.FAIL, str(exc))])
    else:
        emit(d.database(target))
    emit([d.dispatcher_program()])
    failed = sum(f.status == d.FAIL for f in findings)
    warned = sum(f.status == d.WARN for f in findings)
    passed = len(findings) - failed - warned
    print(f"self_test={'failed' if failed else 'passed'} passed={passed} failed={failed} warnings={warned}",
          file=out, flush=True)
    return 1 if failed else 0


def main(db_url: str | None, report: str | None) -> int:
    """The console's --self-test: the report on standard output (a windowed Windows build borrows the console it
    was started from) and, with --report, in a file too."""
    if sys.stdout is None and sys.platform == "win32":
        if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
            sys.stdout = open("CONOUT$", "w", encoding="utf-8")  # noqa: SIM115 (the process's stdout)
    if report is None:
        return run(db_url, sys.stdout or open(os.devnull, "w"))
    with open(report, "w", encoding="utf-8") as file:
        tee = _Tee(file, sys.stdout)
        return run(db_url, tee)


class _Tee:
    def __init__(self, *streams) -> None:
        self.streams = [s for s in streams if s is not None]

    def write(self, text: str) -> int:
        for stream in self.streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()
