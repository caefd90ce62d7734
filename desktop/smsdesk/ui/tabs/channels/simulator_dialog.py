"""The trial's gateway simulator (GW-6): its delay before answering a submit, the mix of outcomes it reports and how
often a recipient replies. Stored as the installation setting ``simulator``; the console then starts the simulator
again with it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import settings as install_settings
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.channels.labels import ChannelLabels
from smsdesk.ui.tabs.settings.labels import SettingsLabels

OUTCOMES = ("delivered", "undeliverable", "expired", "rejected", "unknown", "sys_error", "bad_destination")


class SimulatorDialog(QDialog):
    def __init__(self, ctx: ConsoleContext, value: dict[str, Any], host=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("simulator_dialog")
        self.ctx = ctx
        self.host = host  # the console's DispatchHost (trial mode): restarts the simulator after a save
        self.labels = ChannelLabels(self)
        self.problems = SettingsLabels(self)
        self.setWindowTitle(self.tr("Gateway simulator (trial)"))
        intro = QLabel(self.tr(
            "In trial mode messages go to a built-in gateway simulator. Set how it behaves; it starts again with "
            "these settings when you save."
        ))
        intro.setWordWrap(True)
        self.latency = QSpinBox()
        self.latency.setRange(0, 10000)
        self.latency.setSuffix(self.tr(" ms"))
        self.latency.setValue(int(value.get("latency_ms", 2)))
        self.reply_rate = QDoubleSpinBox()
        self.reply_rate.setRange(0, 100)
        self.reply_rate.setDecimals(1)
        self.reply_rate.setSuffix(" %")
        self.reply_rate.setValue(float(value.get("reply_rate", 0.03)) * 100)
        form = QFormLayout()
        form.addRow(self.tr("Delay before each submit response:"), self.latency)
        form.addRow(self.tr("Recipients who reply:"), self.reply_rate)
        mix_box = QGroupBox(self.tr("Outcomes (relative weights)"))
        mix_form = QFormLayout(mix_box)
        mix = value.get("fail_mix") or {}
        self.weights: dict[str, QDoubleSpinBox] = {}
        for name in OUTCOMES:
            box = QDoubleSpinBox()
            box.setRange(0, 1000)
            box.setDecimals(1)
            box.setAlignment(Qt.AlignmentFlag.AlignRight)
            box.setValue(float(mix.get(name, 0)))
            self.weights[name] = box
            mix_form.addRow(self.labels.outcome(name) + ":", box)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(mix_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def value(self) -> dict[str, Any]:
        def number(x: float) -> float | int:
            return int(x) if float(x).is_integer() else round(x, 1)

        return {
            "latency_ms": self.latency.value(),
            "reply_rate": round(self.reply_rate.value() / 100, 4),
            "fail_mix": {name: number(box.value()) for name, box in self.weights.items() if box.value() > 0},
        }

    def _on_save_clicked(self) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        self.ctx.runner.write(install_settings.set_value, "simulator", self.value(), on_done=self._on_saved,
                              on_error=self._on_failed, owner=self)

    def _on_saved(self, _value: Any) -> None:
        host = self.host
        if host is not None:
            self.ctx.runner.io(lambda _job: host.restart_simulator())
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.problems.problem(exc))
        self.error.show()
