"""Per-user choice of the shared database (when IT has not set one for the whole machine), with a test of the
address before it is kept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import diagnostics
from smsdesk.settings import DatabaseTarget
from smsdesk.ui.code_labels import TLS_MODES, CodeLabels

SSL_MODES = tuple(m for m in TLS_MODES if m != "allow")


class ConnectionDialog(QDialog):
    """``runner`` (the console's job runner) enables "Test connection"; without one the button is hidden."""

    def __init__(self, current: DatabaseTarget, parent: QWidget | None = None, runner=None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_dialog")
        self.setWindowTitle(self.tr("Database connection"))
        self.setMinimumWidth(520)
        self.runner = runner
        codes = CodeLabels(self)
        self.embedded = QCheckBox(self.tr("Use the embedded database on this computer (trial, one seat)"))
        self.embedded.setObjectName("connection_embedded")
        self.host = QLineEdit()
        self.host.setObjectName("connection_host")
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.dbname = QLineEdit()
        self.dbname.setObjectName("connection_dbname")
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("connection_tls")
        for mode in SSL_MODES:
            self.sslmode.addItem(codes.tls_mode(mode), mode)
        self.sslrootcert = QLineEdit()
        self.sslrootcert.setObjectName("connection_ca")
        self.sslrootcert.setPlaceholderText(self.tr("CA certificate file"))
        self.sslrootcert.setToolTip(self.tr("Needed when the server's certificate is checked."))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("connection_test")
        self.test_button.setVisible(runner is not None)
        self.test_result = QLabel()
        self.test_result.setObjectName("connection_test_result")
        self.test_result.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.dbname)
        form.addRow(self.tr("TLS:"), self.sslmode)
        form.addRow(self.tr("CA certificate:"), self.sslrootcert)
        self._form_widget = QWidget()
        self._form_widget.setLayout(form)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.embedded)
        layout.addWidget(self._form_widget)
        layout.addLayout(test_row)
        layout.addWidget(buttons)

        self.embedded.toggled.connect(self._on_embedded_toggled)
        self.embedded.setChecked(current.embedded)
        self.host.setText("" if current.embedded else current.host)
        self.port.setValue(current.port)
        self.dbname.setText(current.dbname)
        mode = current.options.get("sslmode", "prefer")
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(mode)))
        self.sslrootcert.setText(current.options.get("sslrootcert", ""))
        self._on_embedded_toggled(current.embedded)
        self.test_button.clicked.connect(self.test_connection)
        for edit in (self.host, self.dbname, self.sslrootcert):
            edit.textChanged.connect(lambda _t: self.test_result.clear())
        self.setTabOrder(self.embedded, self.host)
        self.setTabOrder(self.host, self.port)
        self.setTabOrder(self.port, self.dbname)
        self.setTabOrder(self.dbname, self.sslmode)
        self.setTabOrder(self.sslmode, self.sslrootcert)
        self.setTabOrder(self.sslrootcert, self.test_button)

    def _on_embedded_toggled(self, on: bool) -> None:
        self._form_widget.setEnabled(not on)
        self.test_button.setEnabled(not on)
        self.test_result.clear()

    def result_target(self) -> DatabaseTarget | None:
        """None means the embedded database."""
        if self.embedded.isChecked():
            return None
        options = {"sslmode": self.sslmode.currentData()}
        if self.sslrootcert.text().strip():
            options["sslrootcert"] = self.sslrootcert.text().strip()
        return DatabaseTarget(
            source="user",
            host=self.host.text().strip(),
            port=self.port.value(),
            dbname=self.dbname.text().strip() or "smsdesk",
            options=options,
        )

    def test_connection(self) -> None:
        if self.runner is None or self.embedded.isChecked():
            return
        if not self.host.text().strip():
            self._say_required()
            return
        target = self.result_target()
        self.test_button.setEnabled(False)
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting…"))
        self.runner.io(lambda _job: diagnostics.probe(target), on_done=self._show_test, on_error=self._show_failed,
                       owner=self)

    def _show_test(self, outcome: str) -> None:
        self.test_button.setEnabled(True)
        ok = outcome == "ok"
        self.test_result.setStyleSheet("color: #2e7d32;" if ok else "color: #c0392b;")
        self.test_result.setText(
            {
                "ok": self.tr("Connected: the server holds an SMS Desk database."),
                "no_installation": self.tr("The server answers, but has no SMS Desk database by that name."),
            }.get(outcome, self.tr("Cannot reach the server. Check the address, the port and the network."))
        )

    def _show_failed(self, _exc: BaseException) -> None:
        self._show_test("unreachable")

    def _say_required(self) -> None:
        self.host.setFocus()
        self.test_result.setStyleSheet("color: #c0392b;")
        self.test_result.setText(self.tr("Enter the server's name or address."))

    def accept(self) -> None:
        if not self.embedded.isChecked() and not self.host.text().strip():
            self._say_required()
            return
        super().accept()
