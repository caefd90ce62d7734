"""Add or edit an SMPP channel (GW-3). The password is written, never shown again: left empty it stays as it is.
Saved through channel_save (the database checks the values and who may); a refusal keeps the dialog open with
the reason in the user's language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import channel_admin
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.channels.labels import ChannelLabels
from smsdesk.ui.widgets.placeholder import fit_placeholder
from smsdesk.ui.widgets.tab_order import follow_reading_order

DEFAULTS: dict[str, Any] = {
    "name": "", "host": "", "port": 2775, "system_id": "", "system_type": "", "bind_mode": "trx", "source_addr": "",
    "source_ton": 0, "source_npi": 0, "tps": 0.0, "window_size": 10, "enquire_link_s": 30, "submit_timeout_s": 15,
    "tls": False, "receipt_ids": "auto", "max_attempts": 3, "retry_interval_s": 30, "receipt_timeout_s": 172800,
    "enabled": True,
}


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


class ChannelDialog(QDialog):
    def __init__(self, ctx: ConsoleContext, channel_id: int | None, values: dict[str, Any] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channel_dialog")
        self.ctx = ctx
        self.channel_id = channel_id
        self.saved_id: int | None = None
        self.labels = ChannelLabels(self)
        self.original = {**DEFAULTS, **(values or {})}
        self.setWindowTitle(self.tr("New channel") if channel_id is None else self.tr("Edit channel"))

        self.name = QLineEdit()
        self.name.setMaxLength(64)
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("Address of the gateway, e.g. smsc.example.com"))
        fit_placeholder(self.host)
        self.port = _spin(1, 65535)
        self.tls = QCheckBox(self.tr("Encrypt the connection (TLS)"))
        self.system_id = QLineEdit()
        self.system_id.setMaxLength(15)
        self.password = QLineEdit()
        self.password.setMaxLength(8)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Required") if channel_id is None else self.tr("Unchanged (never shown again)")
        )
        fit_placeholder(self.password)
        self.system_type = QLineEdit()
        self.system_type.setMaxLength(12)
        self.bind_mode = QComboBox()
        for mode in ("trx", "tx+rx"):
            self.bind_mode.addItem(self.labels.bind_mode(mode), mode)
        self.source_addr = QLineEdit()
        self.source_addr.setMaxLength(20)
        self.source_addr.setPlaceholderText(self.tr("Sender number, e.g. 10690001"))
        fit_placeholder(self.source_addr)
        self.source_ton = _spin(0, 6)
        self.source_npi = _spin(0, 18)
        self.tps = QDoubleSpinBox()
        self.tps.setRange(0, 100000)
        self.tps.setDecimals(1)
        self.tps.setSuffix(self.tr(" msg/s"))
        self.tps.setSpecialValueText(self.tr("Unlimited"))
        self.tps.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.window_size = _spin(1, 1000)
        self.enquire_link_s = _spin(1, 3600, self.tr(" s"))
        self.submit_timeout_s = _spin(1, 600, self.tr(" s"))
        self.receipt_ids = QComboBox()
        for convention in ("auto", "exact", "hex_dec", "dec_hex"):
            self.receipt_ids.addItem(self.labels.receipt_ids(convention), convention)
        self.max_attempts = _spin(1, 20)
        self.retry_interval_s = _spin(0, 86400, self.tr(" s"))
        self.receipt_timeout_h = _spin(1, 720, self.tr(" h"))
        self.enabled = QCheckBox(self.tr("Enabled"))
        self.enabled.setToolTip(self.tr("Dispatchers bind an enabled channel and send through it."))

        connection = QGroupBox(self.tr("Connection"))
        form = QFormLayout(connection)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow("", self.tls)
        form.addRow(self.tr("System ID:"), self.system_id)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("System type:"), self.system_type)
        form.addRow(self.tr("Bind mode:"), self.bind_mode)
        form.addRow(self.tr("Source address:"), self.source_addr)
        ton_npi = QHBoxLayout()
        ton_npi.addWidget(QLabel(self.tr("TON")))
        ton_npi.addWidget(self.source_ton)
        ton_npi.addWidget(QLabel(self.tr("NPI")))
        ton_npi.addWidget(self.source_npi)
        ton_npi.addStretch(1)
        form.addRow(self.tr("Source TON/NPI:"), ton_npi)

        sending = QGroupBox(self.tr("Sending"))
        form2 = QFormLayout(sending)
        form2.addRow(self.tr("Rate limit:"), self.tps)
        form2.addRow(self.tr("Window (unanswered submits):"), self.window_size)
        form2.addRow(self.tr("Keep-alive (enquire_link) every:"), self.enquire_link_s)
        form2.addRow(self.tr("Submit response timeout:"), self.submit_timeout_s)
        form2.addRow(self.tr("Receipt message IDs:"), self.receipt_ids)
        form2.addRow(self.tr("Attempts per message:"), self.max_attempts)
        form2.addRow(self.tr("Wait between attempts:"), self.retry_interval_s)
        form2.addRow(self.tr("Wait for a receipt up to:"), self.receipt_timeout_h)
        form2.addRow(self.enabled)

        self.error = QLabel()
        self.error.setObjectName("channel_dialog_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(connection, 1)
        columns.addWidget(sending, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # wide enough for the password's hint and the longest labels, in whatever language: the layout decides
        self.resize(max(900, self.minimumSizeHint().width()), self.sizeHint().height())
        self._fill(self.original)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        follow_reading_order(self)  # Tab follows the reading order, whatever order the fields were made in

    def _fill(self, v: dict[str, Any]) -> None:
        self.name.setText(v["name"])
        self.host.setText(v["host"])
        self.port.setValue(int(v["port"]))
        self.tls.setChecked(bool(v["tls"]))
        self.system_id.setText(v["system_id"])
        self.system_type.setText(v["system_type"])
        self.bind_mode.setCurrentIndex(max(0, self.bind_mode.findData(v["bind_mode"])))
        self.source_addr.setText(v["source_addr"])
        self.source_ton.setValue(int(v["source_ton"]))
        self.source_npi.setValue(int(v["source_npi"]))
        self.tps.setValue(float(v["tps"]))
        self.window_size.setValue(int(v["window_size"]))
        self.enquire_link_s.setValue(int(v["enquire_link_s"]))
        self.submit_timeout_s.setValue(int(v["submit_timeout_s"]))
        self.receipt_ids.setCurrentIndex(max(0, self.receipt_ids.findData(v["receipt_ids"])))
        self.max_attempts.setValue(int(v["max_attempts"]))
        self.retry_interval_s.setValue(int(v["retry_interval_s"]))
        self.receipt_timeout_h.setValue(max(1, round(int(v["receipt_timeout_s"]) / 3600)))
        self.enabled.setChecked(bool(v["enabled"]))

    def fields(self) -> dict[str, Any]:
        """What changed (every value for a new channel); the password only when one was typed."""
        now: dict[str, Any] = {
            "name": self.name.text().strip(), "host": self.host.text().strip(), "port": self.port.value(),
            "tls": self.tls.isChecked(), "system_id": self.system_id.text().strip(),
            "system_type": self.system_type.text().strip(), "bind_mode": self.bind_mode.currentData(),
            "source_addr": self.source_addr.text().strip(), "source_ton": self.source_ton.value(),
            "source_npi": self.source_npi.value(), "tps": self.tps.value(), "window_size": self.window_size.value(),
            "enquire_link_s": self.enquire_link_s.value(), "submit_timeout_s": self.submit_timeout_s.value(),
            "receipt_ids": self.receipt_ids.currentData(), "max_attempts": self.max_attempts.value(),
            "retry_interval_s": self.retry_interval_s.value(),
            "receipt_timeout_s": self.receipt_timeout_h.value() * 3600, "enabled": self.enabled.isChecked(),
        }
        if self.channel_id is not None:
            hours = max(1, round(int(self.original["receipt_timeout_s"]) / 3600))
            if now["receipt_timeout_s"] == hours * 3600:
                now["receipt_timeout_s"] = self.original["receipt_timeout_s"]  # not rounded away unless changed
            now = {k: v for k, v in now.items() if v != self.original.get(k)}
        if self.password.text():
            now["password"] = self.password.text()
        return now

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_save_clicked(self) -> None:
        fields = self.fields()
        if self.channel_id is None and not fields.get("password"):
            self.show_error(self.tr("Enter the password the gateway gave for this account."))
            self.password.setFocus()
            return
        if not fields:
            self.accept()
            return
        self.buttons.setEnabled(False)
        self.error.hide()
        self.ctx.runner.write(channel_admin.save_channel, self.channel_id, fields, on_done=self._on_saved,
                              on_error=self._on_failed, owner=self)

    def _on_saved(self, channel_id: int) -> None:
        self.saved_id = channel_id
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.show_error(self.labels.refusal(exc))
