"""Import step 3: what happened, with the rejected rows one click away."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smsdesk.services.contacts_transfer import ImportResult


class ImportResultDialog(QDialog):
    def __init__(self, result: ImportResult, *, file_name: str, group_path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("import_result_dialog")
        self.setWindowTitle(self.tr("Import finished"))
        self.setMinimumWidth(420)
        self.result = result
        loc = QLocale()

        title = QLabel(
            self.tr("%1 was imported into %2.")
            .replace("%1", f"<b>{html.escape(file_name)}</b>")
            .replace("%2", f"<b>{html.escape(group_path)}</b>")
        )
        title.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("rows", self.tr("Rows in the file:")),
            ("imported", self.tr("New contacts:")),
            ("updated", self.tr("Contacts updated:")),
            ("invalid", self.tr("Invalid mobile numbers:")),
            ("duplicates", self.tr("Duplicates:")),
            ("rejected", self.tr("Rows not imported:")),
        ):
            value = QLabel(loc.toString(getattr(result, key)))
            value.setObjectName(f"import_result_{key}")
            self.values[key] = value
            form.addRow(label, value)
        form.addRow(self.tr("Time taken:"), QLabel(self.tr("%1 s").replace("%1", loc.toString(result.seconds, "f", 1))))

        self.open_rejects = QPushButton(self.tr("Open the rejected rows"))
        self.open_rejects.setObjectName("import_open_rejects")
        self.open_rejects.setVisible(bool(result.rejected_file))
        self.open_rejects.clicked.connect(self._on_open_rejects_clicked)
        self.rejects_label = QLabel()
        self.rejects_label.setWordWrap(True)
        if result.rejected_file:
            self.rejects_label.setText(
                self.tr("The rows not imported, each with its reason, are in %1").replace("%1", result.rejected_file)
            )
            self.rejects_label.setToolTip(result.rejected_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.rejects_label)
        layout.addWidget(self.open_rejects)
        layout.addWidget(buttons)

    def _on_open_rejects_clicked(self) -> None:
        if self.result.rejected_file and Path(self.result.rejected_file).exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.result.rejected_file))
