"""First run of the embedded database: create the first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from smsdesk.services.auth import valid_login


class FirstAdminDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create the first administrator"))
        self.login = QLineEdit()
        self.login.setMaxLength(32)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.group = QLineEdit(self.tr("Head office"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        form.addRow(self.tr("Top-level group:"), self.group)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str]:
        return self.login.text().strip().lower(), self.password.text(), self.group.text().strip()

    def accept(self) -> None:
        login, password, group = self.values()
        if not valid_login(login):
            self.error.setText(self.tr("A login has 1 to 32 characters: lower-case letters, digits, '_', '.' or '-'."))
        elif len(password) < 8:
            self.error.setText(self.tr("A password has at least 8 characters."))
        elif password != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
        elif not group or "/" in group:
            self.error.setText(self.tr("A group name has 1 to 100 characters and no '/'."))
        else:
            super().accept()
