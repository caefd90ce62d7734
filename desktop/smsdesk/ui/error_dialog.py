"""Shows errors in the user's language, with the technical detail and the log file one click away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from smsdesk.ui.messages import describe

translate = QCoreApplication.translate
# A box with no parent window would be garbage-collected (and vanish) as soon as the function returns.
_orphans: set[QMessageBox] = set()


def _open(box: QMessageBox, parent: QWidget | None) -> None:
    if parent is None:
        _orphans.add(box)
        box.finished.connect(lambda _result: _orphans.discard(box))
    box.open()


def show_error(parent: QWidget | None, exc: BaseException, *, log_path: str = "") -> None:
    text, detail = describe(exc)
    box = QMessageBox(parent)
    box.setObjectName("error_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ErrorDialog", "SMS Desk"))
    box.setText(text)
    if log_path:
        detail = f"{detail}\n\n{translate('ErrorDialog', 'Log file:')} {log_path}"
    if detail:
        box.setDetailedText(detail)
    _open(box, parent)


def show_crash(parent: QWidget | None, summary: str, log_path: str) -> None:
    box = QMessageBox(parent)
    box.setObjectName("crash_box")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialog", "SMS Desk: unexpected error"))
    box.setText(
        translate(
            "ErrorDialog",
            "Something unexpected went wrong. Your work so far is kept; the details are in the log file.",
        )
    )
    box.setInformativeText(log_path)
    box.setDetailedText(summary)
    _open(box, parent)
