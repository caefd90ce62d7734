"""One row of the failure-code map (GW-4, REP-6): a code the gateway reports, the category reports count it
under, and whether the message is tried again. For every channel, or one channel's own (which wins)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import channel_admin
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.channels.labels import ChannelLabels
from smsdesk.ui.tabs.tasks.labels import TaskLabels
from smsdesk.ui.widgets.placeholder import fit_placeholder


class FailureMappingDialog(QDialog):
    def __init__(self, ctx: ConsoleContext, channels: list[channel_admin.ChannelState],
                 mapping: channel_admin.FailureMapping | None = None, channel_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("failure_dialog")
        self.ctx = ctx
        self.labels = ChannelLabels(self)
        tasks = TaskLabels(self)
        self.setWindowTitle(self.tr("Failure code") if mapping is None else self.tr("Edit failure code"))
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Every channel"), None)
        for c in channels:
            self.channel.addItem(c.name, c.id)
        self.source = QComboBox()
        for source in channel_admin.SOURCES:
            self.source.addItem(self.labels.source(source), source)
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(self.tr("e.g. UNDELIV, 0x00000058 or 027"))
        fit_placeholder(self.code)
        self.category = QComboBox()
        for category in channel_admin.CATEGORIES:
            self.category.addItem(tasks.failure(category), category)
        self.transient = QCheckBox(self.tr("Temporary: try the message again later"))
        if mapping is not None:
            channel_id = mapping.channel_id
            self.source.setCurrentIndex(max(0, self.source.findData(mapping.source)))
            self.code.setText(mapping.code)
            self.category.setCurrentIndex(max(0, self.category.findData(mapping.category)))
            self.transient.setChecked(mapping.transient)
            for box in (self.channel, self.source, self.code):
                box.setEnabled(False)  # they name the row; a different one is a new row
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel_id)))
        form = QFormLayout()
        # a long label puts its field below it rather than squeezing the dialog (in any language)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Applies to:"), self.channel)
        form.addRow(self.tr("Where the code comes from:"), self.source)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Counts as:"), self.category)
        form.addRow(self.transient)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _on_save_clicked(self) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        self.ctx.runner.write(
            channel_admin.set_failure_mapping, self.channel.currentData(), self.source.currentData(),
            self.code.text(), self.category.currentData(), self.transient.isChecked(),
            on_done=lambda _r: self.accept(), on_error=self._on_failed, owner=self,
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.labels.refusal(exc))
        self.error.show()
