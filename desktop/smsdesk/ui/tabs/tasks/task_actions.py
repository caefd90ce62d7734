"""What the task list and the task detail both do: cancel with a confirmation that names what is refunded,
resend the failed numbers as a new task, and export a task's messages with progress and cancel."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import tasks
from smsdesk.services.errors import ServiceError
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.tabs.tasks.labels import TaskLabels


class ResendDialog(QDialog):
    """Name of the new task, whether to skip numbers that cannot succeed; one task key per dialog."""

    def __init__(self, task: tasks.TaskListRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resend_dialog")
        self.setWindowTitle(self.tr("Resend failed numbers"))
        self.task_key = uuid.uuid4()  # a double click or a retry queues one task, not two
        self.name = QLineEdit(self.tr("Resend: %1").replace("%1", task.name)[:200])
        self.name.setObjectName("resend_name")
        self.name.setMaxLength(200)
        self.skip = QCheckBox(self.tr("Leave out numbers that failed as invalid or blacklisted"))
        self.skip.setObjectName("resend_skip")
        self.skip.setChecked(True)
        info = QLabel(
            self.tr("%Ln number(s) of “%1” failed. A new task with the same kind, content and signature sends "
                    "to them now; its quota is reserved as for any task.", "", int(task.failed_count))
            .replace("%1", task.name)
        )
        info.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Task name:"), self.name)
        form.addRow("", self.skip)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send again"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())


def widen(box: QMessageBox, width: int = 460) -> QMessageBox:
    """A confirmation wide enough to read at a glance (a bare QMessageBox wraps its question into a narrow box)."""
    from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem

    grid = box.layout()
    if isinstance(grid, QGridLayout):
        grid.addItem(QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding),
                     grid.rowCount(), 0, 1, grid.columnCount())
    return box


class TaskActions(QObject):
    """Cancel and resend, each confirmed first; ``done(text)`` with a sentence for the status line."""

    done = Signal(str)
    cancelled = Signal(int)  # task id, after the database cancelled it
    resent = Signal(int, int)  # old task id, new task id

    def __init__(self, ctx: ConsoleContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.confirm_box: QMessageBox | None = None  # the open confirmation (tests press its buttons)
        self.resend_dialog: ResendDialog | None = None

    # -- cancel ---------------------------------------------------------------------------------------

    def cancel(self, task: tasks.TaskListRow, parent: QWidget) -> None:
        if not task.cancellable:
            self.done.emit(
                self.tr("A %1 task cannot be cancelled.").replace("%1", TaskLabels().task_status(task.status))
            )
            return
        self.ctx.runner.read(
            tasks.cancel_preview,
            task.id,
            on_done=lambda preview: self._confirm_cancel(preview, parent),
            on_error=lambda exc: show_error(parent, exc),
            owner=parent,
        )

    def _confirm_cancel(self, preview: tasks.CancelPreview, parent: QWidget) -> None:
        box = QMessageBox(parent)
        box.setObjectName("cancel_task_box")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Cancel task"))
        box.setText(self.tr("Cancel the task “%1”?").replace("%1", preview.name))
        info = (
            self.tr("%Ln message(s) will not be sent", "", preview.messages)
            + self.tr(", and %Ln segment(s) go back to the quota.", "", preview.segments)
        )
        if preview.in_flight:
            info += " " + self.tr("%Ln message(s) are being sent right now and may still go out.", "",
                                  preview.in_flight)
        box.setInformativeText(info)
        widen(box)
        yes = box.addButton(self.tr("Cancel task"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("cancel_task_yes")
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.confirm_box = box

        def finished(_result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is yes:
                self._do_cancel(preview, parent)

        box.finished.connect(finished)
        box.open()

    def _do_cancel(self, preview: tasks.CancelPreview, parent: QWidget) -> None:
        def ok(count: int) -> None:
            self.done.emit(
                self.tr("Task “%1” cancelled: %Ln message(s) will not be sent.", "", int(count))
                .replace("%1", preview.name)
            )
            self.cancelled.emit(preview.task_id)

        self.ctx.runner.write(
            tasks.cancel, preview.task_id, changes={Change.TASKS, Change.QUOTA}, on_done=ok,
            on_error=lambda exc: show_error(parent, exc), owner=parent,
        )

    # -- resend ---------------------------------------------------------------------------------------

    def resend(self, task: tasks.TaskListRow, parent: QWidget) -> None:
        if task.failed_count == 0:
            self.done.emit(self.tr("The task has no failed numbers."))
            return
        dialog = ResendDialog(task, parent)
        self.resend_dialog = dialog

        def finished(result: int) -> None:
            self.resend_dialog = None
            if result == QDialog.DialogCode.Accepted:
                self._do_resend(task, dialog.name.text(), dialog.skip.isChecked(), dialog.task_key, parent)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _do_resend(self, task: tasks.TaskListRow, name: str, skip: bool, key: uuid.UUID, parent: QWidget) -> None:
        def work(session):
            return tasks.resend_failed(session, task.id, name=name, skip_hopeless=skip, task_key=key)

        def ok(result: tasks.ResendResult) -> None:
            self.done.emit(
                self.tr("A new task sends to %Ln failed number(s) again.", "", int(result.recipients))
            )
            self.resent.emit(task.id, result.task_id)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ServiceError) and exc.code == "invalid" and "no failed numbers" in exc.detail:
                self.done.emit(self.tr("No failed numbers are left to send again."))
                return
            show_error(parent, exc)

        self.ctx.runner.write(work, changes={Change.TASKS, Change.QUOTA}, on_done=ok, on_error=failed, owner=parent)


class ExportBar(QWidget):
    """Export a task's messages (CSV with BOM or XLSX) in the background: a progress bar, a cancel button, and
    a sentence with the result. ``finished(result or None)``."""

    finished = Signal(object)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handle = None
        self._cancelled = False
        self.progress = QProgressBar()
        self.progress.setObjectName("task_export_progress")
        self.progress.setMaximumWidth(220)
        self.label = QLabel()
        self.label.setObjectName("task_export_label")
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setObjectName("task_export_cancel")
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

    def choose(self, task: tasks.TaskListRow, statuses: tuple[str, ...] = ()) -> None:
        name = f"{task.name}.xlsx".replace("/", "_").replace("\\", "_")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export messages"), name, self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
        )
        if path:
            if not Path(path).suffix:
                path += ".csv" if "csv" in chosen else ".xlsx"
            self.start(path, task, statuses)

    def start(self, path: str, task: tasks.TaskListRow, statuses: tuple[str, ...] = ()) -> None:
        if self.running:
            return
        labels = TaskLabels()
        request = tasks.ExportRequest(
            path=path,
            task_id=task.id,
            statuses=tuple(statuses),
            headers={
                "number": self.tr("Number"),
                "carrier": self.tr("Carrier"),
                "channel": self.tr("Channel"),
                "status": self.tr("Status"),
                "segments": self.tr("Segments"),
                "submitted": self.tr("Submitted"),
                "receipt": self.tr("Receipt"),
                "category": self.tr("Failure"),
                "code": self.tr("Code"),
                "reason": self.tr("Reason"),
                "sheet": self.tr("Messages"),
            },
            labels={**dict(labels.message_statuses()), **labels.failures()},
        )
        self._cancelled = False
        self._busy(True)
        self.label.setText(self.tr("Exporting to %1…").replace("%1", Path(path).name))
        self.handle = self.ctx.runner.read(
            tasks.export_messages, request, on_done=self._on_done, on_error=self._on_error,
            on_progress=self._on_progress, owner=self,
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
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, result: tasks.ExportResult) -> None:
        self._busy(False)
        text = self.tr("%Ln message(s) exported to %2.", "", int(result.rows)).replace("%2", result.path)
        if result.masked:
            text += " " + self.tr("Numbers are masked.")
        self.label.setText(text)
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
