"""What the library's sections share: background reads and writes, error boxes, shortcuts, a form dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services.library import Rights
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.messages import Messages
from smsdesk.ui.widgets.tab_order import follow_reading_order


class Section(QWidget):
    """One page of the library. ``changes`` are what its writes change, and what makes it reload."""

    changes: frozenset[Change] = frozenset()
    busy_changed = Signal(bool)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rights: Rights | None = None
        self.loaded = False
        self._stale = True

    @staticmethod
    def title() -> str:
        raise NotImplementedError

    # -- lifecycle ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from the database (in the background)."""
        self._stale = False

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    def set_rights(self, rights: Rights) -> None:
        self.rights = rights
        self.apply_rights()

    def apply_rights(self) -> None:
        """Enable what the signed-in user may change; the database refuses the rest anyway."""

    def on_changes(self, keys: frozenset[Change]) -> None:
        if keys & self.changes:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    # -- helpers -----------------------------------------------------------------------------------

    def read(self, fn: Callable, *args, on_done: Callable[[Any], None]):
        return self.ctx.runner.read(fn, *args, on_done=on_done, on_error=self.show_error, owner=self)

    def write(
        self,
        fn: Callable,
        *args,
        on_done: Callable[[Any], None] | None = None,
        changes: Iterable[Change] = (),
        on_progress: Callable[[int, int, str], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ):
        return self.ctx.runner.write(
            fn,
            *args,
            changes=changes or self.changes,
            on_done=on_done,
            on_error=on_error or self.show_error,
            on_progress=on_progress,
            owner=self,
        )

    def run_import(self, text: str, fn: Callable, on_done: Callable[[Any], None]) -> JobProgress:
        """A write job with a progress dialog and Cancel; ``fn(session, job)``."""
        progress = JobProgress(self, text)

        def failed(exc: BaseException) -> None:
            progress.close()
            self.show_error(exc)

        handle = self.write(fn, on_done=on_done, on_progress=progress.on_progress, on_error=failed)
        progress.follow(handle)
        return progress

    def report(self, text: str, details: str = "") -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information, QCoreApplication.translate("Section", "SMS Desk"), text, parent=self
        )
        box.setObjectName("import_report")
        if details:
            box.setDetailedText(details)
        box.open()
        return box

    def show_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def confirm(self, question: str, on_yes: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question, QCoreApplication.translate("Section", "SMS Desk"), question, parent=self
        )
        box.setObjectName("confirm_box")
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(on_yes)
        box.open()
        return box

    def shortcuts(
        self,
        *,
        find: Callable[[], None] | None = None,
        new: Callable[[], None] | None = None,
        delete: Callable[[], None] | None = None,
    ) -> None:
        """Ctrl+F, Ctrl+N and Del, live only while this section has the focus."""
        for key, slot in (
            (QKeySequence.StandardKey.Find, find),
            (QKeySequence.StandardKey.New, new),
            (QKeySequence.StandardKey.Delete, delete),
        ):
            if slot is not None:
                shortcut = QShortcut(QKeySequence(key), self, activated=slot)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def error_text(code: str | None) -> str:
    return Messages().error_text(code) if code else ""


class FormDialog(QDialog):
    """A small form with OK/Cancel; ``validate()`` returns an error text (shown live) or "" when OK may go."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("form_dialog")
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("form_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        follow_reading_order(self)  # Tab follows the reading order, whatever order the fields were made in

    def validate(self) -> str:
        return ""

    def revalidate(self, *_args) -> None:
        """OK follows the form at once; the problem is said only once the user has typed (an empty form that
        opens in red scolds before anything was done)."""
        problem = self.validate()
        if self.isVisible():
            self._touched = True
        shown = problem if getattr(self, "_touched", False) else ""
        self.problem.setText(shown)
        self.problem.setVisible(bool(shown))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self.validate():
            self._touched = True
            self.revalidate()
            return
        super().accept()


def file_dialog(parent: QWidget, title: str, on_chosen: Callable[[str], None]) -> QFileDialog:
    """An open-file dialog for import files, shown without blocking (tests drive the chosen path directly)."""
    dialog = QFileDialog(parent, title)
    dialog.setObjectName("import_file_dialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilters(
        [
            QCoreApplication.translate("Section", "Tables (*.csv *.txt *.tsv *.xlsx *.xlsm *.xls *.xlsb *.ods)"),
            QCoreApplication.translate("Section", "All files (*)"),
        ]
    )
    dialog.fileSelected.connect(on_chosen)
    dialog.open()
    return dialog


class JobProgress(QProgressDialog):
    """Progress and Cancel for a long background job; cancelling asks the job to stop at its next check."""

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(text, QCoreApplication.translate("Section", "Cancel"), 0, 0, parent)
        self.setObjectName("job_progress")
        self.setWindowTitle(QCoreApplication.translate("Section", "SMS Desk"))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.handle = None
        self.canceled.connect(self._on_canceled)

    def follow(self, handle) -> None:
        self.handle = handle
        handle.finished.connect(self.close)
        self.show()

    def on_progress(self, done: int, total: int, _text: str) -> None:
        if total <= 0:
            self.setRange(0, 0)
        else:
            self.setRange(0, total)
            self.setValue(done)
            self.setLabelText(
                QCoreApplication.translate("Section", "%1 of %2 stored…")
                .replace("%1", QLocale().toString(done))
                .replace("%2", QLocale().toString(total))
            )

    def _on_canceled(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
