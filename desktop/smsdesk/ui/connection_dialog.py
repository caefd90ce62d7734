"""Per-user choice of the shared database (when IT has not set one for the whole machine)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsdesk.settings import DatabaseTarget

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")


class ConnectionDialog(QDialog):
    def __init__(self, current: DatabaseTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database connection"))
        self.embedded = QCheckBox(self.tr("Use the embedded database on this computer (trial, one seat)"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.dbname = QLineEdit()
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.sslrootcert = QLineEdit()
        self.sslrootcert.setPlaceholderText(self.tr("CA certificate file, for verify-ca / verify-full"))

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.dbname)
        form.addRow(self.tr("TLS:"), self.sslmode)
        form.addRow(self.tr("CA certificate:"), self.sslrootcert)
        self._form_widget = QWidget()
        self._form_widget.setLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.embedded)
        layout.addWidget(self._form_widget)
        layout.addWidget(buttons)

        self.embedded.toggled.connect(lambda on: self._form_widget.setEnabled(not on))
        self.embedded.setChecked(current.embedded)
        self.host.setText("" if current.embedded else current.host)
        self.port.setValue(current.port)
        self.dbname.setText(current.dbname)
        self.sslmode.setCurrentText(current.options.get("sslmode", "prefer"))
        self.sslrootcert.setText(current.options.get("sslrootcert", ""))
        self._form_widget.setEnabled(not current.embedded)

    def result_target(self) -> DatabaseTarget | None:
        """None means the embedded database."""
        if self.embedded.isChecked():
            return None
        options = {"sslmode": self.sslmode.currentText()}
        if self.sslrootcert.text().strip():
            options["sslrootcert"] = self.sslrootcert.text().strip()
        return DatabaseTarget(
            source="user",
            host=self.host.text().strip(),
            port=self.port.value(),
            dbname=self.dbname.text().strip() or "smsdesk",
            options=options,
        )

    def accept(self) -> None:
        if not self.embedded.isChecked() and not self.host.text().strip():
            self.host.setFocus()
            self.host.setPlaceholderText(self.tr("a server is required"))
            return
        super().accept()
