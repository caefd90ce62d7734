"""A channel's routes (GW-4): which carriers and kinds it carries, its priority among channels carrying the same
messages, and the backup that takes over while it is down. Saved through route_rules_set."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.numbers import CARRIER_NAMES
from smsdesk.services import channel_admin
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.channels.labels import ChannelLabels
from smsdesk.ui.widgets.placeholder import fit_placeholder
from smsdesk.ui.widgets.tab_order import follow_reading_order


class RoutesDialog(QDialog):
    def __init__(self, ctx: ConsoleContext, channel: channel_admin.ChannelState,
                 channels: list[channel_admin.ChannelState], routes: list[channel_admin.Route],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routes_dialog")
        self.ctx = ctx
        self.channel = channel
        self.labels = ChannelLabels(self)
        common = CommonLabels(self)
        mine = [r for r in routes if r.channel_id == channel.id]
        carriers = {r.carrier for r in mine if r.carrier}
        kinds = {r.kind for r in mine if r.kind}
        self.setWindowTitle(self.tr("Routes of %1").replace("%1", channel.name))

        carrier_box = QGroupBox(self.tr("Carriers (none ticked: every carrier)"))
        carrier_layout = QVBoxLayout(carrier_box)
        self.carrier_checks: dict[str, QCheckBox] = {}
        for name in CARRIER_NAMES:
            check = QCheckBox(common.carrier(name))
            check.setChecked(name in carriers)
            self.carrier_checks[name] = check
            carrier_layout.addWidget(check)
        self.other_carriers = QLineEdit(", ".join(sorted(carriers - set(CARRIER_NAMES))))
        self.other_carriers.setPlaceholderText(self.tr("Other carriers, separated by commas"))
        fit_placeholder(self.other_carriers)
        carrier_layout.addWidget(self.other_carriers)

        kind_box = QGroupBox(self.tr("Message kinds (none ticked: every kind)"))
        kind_layout = QVBoxLayout(kind_box)
        self.kind_checks: dict[str, QCheckBox] = {}
        for kind, label in common.kinds():
            check = QCheckBox(label)
            check.setChecked(kind in kinds)
            self.kind_checks[kind] = check
            kind_layout.addWidget(check)
        kind_layout.addStretch(1)

        self.priority = QSpinBox()
        self.priority.setRange(0, 100000)
        self.priority.setValue(mine[0].priority if mine else 100)
        self.backup = QComboBox()
        self.backup.addItem(self.tr("(no backup)"), None)
        for other in channels:
            if other.id != channel.id:
                self.backup.addItem(other.name, other.id)
        current_backup = mine[0].backup_channel_id if mine else None
        self.backup.setCurrentIndex(max(0, self.backup.findData(current_backup)))
        form = QFormLayout()
        form.addRow(self.tr("Priority (smaller goes first):"), self.priority)
        form.addRow(self.tr("Backup channel while this one is down:"), self.backup)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        boxes = QHBoxLayout()
        boxes.addWidget(carrier_box, 1)
        boxes.addWidget(kind_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(boxes)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        follow_reading_order(self)  # Tab follows the reading order, whatever order the fields were made in

    def chosen(self) -> tuple[list[str], list[str], int, int | None]:
        carriers = [name for name, check in self.carrier_checks.items() if check.isChecked()]
        carriers += [c.strip() for c in self.other_carriers.text().replace("，", ",").split(",") if c.strip()]
        kinds = [kind for kind, check in self.kind_checks.items() if check.isChecked()]
        return carriers, kinds, self.priority.value(), self.backup.currentData()

    def _on_save_clicked(self) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        self.ctx.runner.write(channel_admin.set_routes, self.channel.id, *self.chosen(),
                              on_done=lambda _n: self.accept(), on_error=self._on_failed, owner=self)

    def _on_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(self.labels.refusal(exc))
        self.error.show()
