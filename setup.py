"""Build glue: maps db/ and resources/ into the package and compiles translations (.ts -> .qm)."""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).parent


def compile_translations() -> None:
    """Run lrelease on every .ts so the .qm files never need to be committed."""
    ts_dir = HERE / "resources" / "translations"
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        try:
            import PySide6

            candidate = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
            lrelease = str(candidate) if candidate.exists() else None
        except ImportError:
            lrelease = None
    if lrelease is None:
        print("warning: lrelease not found; the console compiles translations at first start", file=sys.stderr)
        return
    for ts in sorted(ts_dir.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


class BuildWithTranslations(build_py):
    def run(self) -> None:
        compile_translations()
        super().run()


setup(
    package_dir={"": "desktop", "smsdesk.db": "db", "smsdesk.resources": "resources"},
    packages=[*find_packages("desktop", include=["smsdesk*"]), "smsdesk.db", "smsdesk.resources"],
    package_data={
        "smsdesk.db": [
            "alembic.ini",
            "migrations/*.py",
            "migrations/*.mako",
            "migrations/versions/*.py",
            "sql/*.sql",
            "sql/*/*.sql",
            "sql/history/*/*.sql",
            "sql/history/*/*/*.sql",
        ],
        "smsdesk.resources": ["translations/*.ts", "translations/*.qm", "icons/*.svg", "*.qss"],
    },
    cmdclass={"build_py": BuildWithTranslations},
)
