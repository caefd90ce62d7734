"""The console's export bar (REP-7): asks for a .xlsx or .csv file, runs an export job of services/exports.py in the
background with a progress bar and a cancel button, and says how it ended in one sentence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error


class ExportBar(QWidget):
    """``finished(result or None)``; the job is ``fn(session, job, request)`` returning an object with ``rows``
    and ``path``."""

    finished = Signal(object)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None, *, name: str = "export") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handle = None
        self._cancelled = False
        self.progress = QProgressBar()
        self.progress.setObjectName(f"{name}_progress")
        self.progress.setMaximumWidth(220)
        self.label = QLabel()
        self.label.setObjectName(f"{name}_label")
        self.label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setObjectName(f"{name}_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self._busy(False)

    @property
    def running(self) -> bool:
        return self.handle is not None and self.handle.running

    def ask_path(self, title: str, name: str) -> str | None:
        safe = "".join("_" if c in '/\\:*?"<>|' else c for c in name) or "export"
        path, chosen = QFileDialog.getSaveFileName(
            self, title, f"{safe}.xlsx", self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
        )
        if not path:
            return None
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".csv" if "csv" in chosen else ".xlsx"
        return path

    def start(self, fn: Callable[..., Any], request: Any, path: str) -> None:
        if self.running:
            return
        self._cancelled = False
        self._busy(True)
        self.label.setText(self.tr("Exporting to %1…").replace("%1", Path(path).name))
        self.handle = self.ctx.runner.read(
            fn, request, on_done=self._on_done, on_error=self._on_error, on_progress=self._on_progress, owner=self
        )
        self.handle.finished.connect(self._on_finished)

    def cancel(self) -> None:
        if self.running:
            self._cancelled = True
            self.handle.cancel()
            self.label.setText(self.tr("Cancelling…"))

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.label.setText(self.tr("%Ln row(s) written…", "", int(done)))

    def _on_done(self, result: Any) -> None:
        self._busy(False)
        self.label.setText(
            self.tr("%Ln row(s) exported to %2.", "", int(result.rows)).replace(
                "%2", result.path)
        )
        self.finished.emit(result)

    def _on_error(self, exc: BaseException) -> None:
        self._busy(False)
        self.label.setText("")
        show_error(self, exc)
        self.finished.emit(None)

    def _on_finished(self) -> None:
        if self._cancelled:  # a cancelled job reports neither a result nor an error
            self._cancelled = False
            self._busy(False)
            self.label.setText(self.tr("Export cancelled; no file was written."))
            self.finished.emit(None)
