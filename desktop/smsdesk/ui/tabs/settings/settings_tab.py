"""Installation settings (issue 17), for administrators of the top-level group: marketing hours and their time
zone, the opt-out suffix, content limits per kind, what happens to sensitive words, retention, the sign-in
policy, the price list, and each group's default signature (inherited by its sub-groups). The database checks
every value (settings_set); a batch is saved all or nothing and a refusal is shown beside its section."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.kinds import KINDS
from smsdesk.services import installation, library
from smsdesk.ui.changes import Change
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.tabs.settings.labels import SettingsLabels
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, RowTableModel

TIME_ZONES = ("Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei", "Asia/Urumqi", "Asia/Singapore",
              "Asia/Tokyo", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "UTC")
KEYS = ("marketing_hours", "opt_out_suffix", "content_limits", "sensitive_words_mode", "retention_months",
        "signin_policy")


def _spin(low: int, high: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSuffix(suffix)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


class SettingsTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_tab")
        self.ctx = ctx
        self.common = CommonLabels(self)
        self.problems = SettingsLabels(self)
        self.values: dict[str, Any] = {}
        self.errors: dict[str, QLabel] = {}
        self.boxes: dict[str, QGroupBox] = {}

        # -- sending rules -------------------------------------------------------------------------------
        self.hours_start = QTimeEdit()
        self.hours_start.setDisplayFormat("HH:mm")
        self.hours_end = QTimeEdit()
        self.hours_end.setDisplayFormat("HH:mm")
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(TIME_ZONES)
        hours = QHBoxLayout()
        hours.addWidget(QLabel(self.tr("from")))
        hours.addWidget(self.hours_start)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.hours_end)
        hours.addStretch(1)
        self.opt_out = QLineEdit()
        self.opt_out.setMaxLength(20)
        self.words_mode = QComboBox()
        self.words_mode.addItem(self.tr("Replace them with asterisks and send"), "replace")
        self.words_mode.addItem(self.tr("Refuse the message"), "refuse")
        self.limits: dict[str, QSpinBox] = {kind: _spin(10, 1000, self.tr(" characters")) for kind in KINDS}

        marketing = self._box("marketing_hours", self.tr("Marketing hours"))
        form = QFormLayout()
        form.addRow(self.tr("Marketing messages go out:"), hours)
        form.addRow(self.tr("Time zone:"), self.time_zone)
        marketing.layout().insertLayout(0, form)

        content = self._box("content_limits", self.tr("Content"))
        form = QFormLayout()
        form.addRow(self.tr("Opt-out suffix of marketing messages:"), self.opt_out)
        form.addRow(self.tr("Sensitive words in a message:"), self.words_mode)
        for kind, label in self.common.kinds():
            form.addRow(self.tr("%1, at most:").replace("%1", label), self.limits[kind])
        content.layout().insertLayout(0, form)
        self.errors["opt_out_suffix"] = self.errors["sensitive_words_mode"] = self.errors["content_limits"]

        # -- records and sign-in --------------------------------------------------------------------------
        self.retention = _spin(0, 1200, self.tr(" months"))
        self.retention.setSpecialValueText(self.tr("Keep everything"))
        self.min_password = _spin(6, 64, self.tr(" characters"))
        self.lockout_after = _spin(0, 100, self.tr(" failed sign-ins"))
        self.lockout_after.setSpecialValueText(self.tr("Never lock"))
        self.lockout_minutes = _spin(1, 1440, self.tr(" minutes"))
        security = self._box("signin_policy", self.tr("Records and sign-in"))
        form = QFormLayout()
        form.addRow(self.tr("Keep message details for:"), self.retention)
        retention_note = QLabel(self.tr("Older tasks, messages, receipts and replies are deleted every day by the "
                                        "dispatcher; reports and charts keep their totals."))
        retention_note.setWordWrap(True)
        retention_note.setObjectName("settings_retention_note")
        form.addRow("", retention_note)
        form.addRow(self.tr("Shortest password:"), self.min_password)
        form.addRow(self.tr("Lock an account after:"), self.lockout_after)
        form.addRow(self.tr("Lock it for:"), self.lockout_minutes)
        security.layout().insertLayout(0, form)
        self.errors["retention_months"] = self.errors["signin_policy"]

        # -- prices: the dated price list (one source of truth with the reports' money) ---------------------------
        prices = self._box("prices", self.tr("Prices per message segment"))
        self.prices_note = QLabel(self.tr("By kind and carrier, each from the date it takes effect."))
        self.prices_note.setToolTip(self.tr("A task keeps the prices in force when it was submitted."))
        self.prices_button = QPushButton(self.tr("Price list…"))
        self.prices_button.setObjectName("settings_prices_open")
        self.prices_button.clicked.connect(self.open_prices)
        grid = QGridLayout()
        grid.addWidget(self.prices_note, 0, 0)
        grid.addWidget(self.prices_button, 1, 0)
        grid.setColumnStretch(1, 1)
        prices.layout().insertLayout(0, grid)

        # -- default signatures ---------------------------------------------------------------------------
        self.signature_model = RowTableModel(
            [
                Column(self.tr("Group"), lambda r: r.path),
                Column(self.tr("Its own default"), lambda r: r.own_default or "",
                       lambda r: f"【{r.own_default}】" if r.own_default else self.tr("none")),
                Column(self.tr("Its users send with"), lambda r: r.in_force or "", self._in_force_text),
                Column(self.tr("Signatures of the group"), lambda r: len(r.choices),
                       lambda r: "  ".join(f"【{text}】" for _, text in r.choices)),
            ],
            self,
        )
        proxy = RowFilterProxy(self)
        proxy.setSourceModel(self.signature_model)
        self.signature_table = DataTableView(ctx.prefs.raw(), "settings/signatures_header")
        self.signature_table.setObjectName("settings_signatures")
        self.signature_table.setModel(proxy)
        self.signature_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.signature_table.restore_header()
        self.signature_table.setMinimumHeight(180)
        self.choose_default = QPushButton(self.tr("Choose default signature…"))
        self.choose_default.setObjectName("settings_choose_default")
        signature_box = QGroupBox(self.tr("Default signature per group"))
        signature_layout = QVBoxLayout(signature_box)
        note = QLabel(self.tr("A group without a default of its own uses the nearest one above it; a group never "
                              "uses another branch's. Add signatures in the Library tab."))
        note.setWordWrap(True)
        signature_layout.addWidget(note)
        signature_layout.addWidget(self.signature_table)
        choose_bar = QHBoxLayout()
        choose_bar.addWidget(self.choose_default)
        choose_bar.addStretch(1)
        signature_layout.addLayout(choose_bar)

        # -- page -----------------------------------------------------------------------------------------
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setObjectName("settings_save")
        self.undo_button = QPushButton(self.tr("Undo changes"))
        self.undo_button.setObjectName("settings_undo")
        self.status = QLabel()
        self.status.setObjectName("settings_status")
        page = QWidget()
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(marketing)
        left.addWidget(content)
        left.addStretch(1)
        right.addWidget(security)
        right.addWidget(prices)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(columns)
        page_layout.addWidget(signature_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(self._on_save_clicked)
        self.undo_button.clicked.connect(self.refresh)
        self.choose_default.clicked.connect(self._on_choose_default_clicked)
        self.signature_table.doubleClicked.connect(self._on_choose_default_clicked)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("SettingsTab", "Settings")

    def open_prices(self):
        """The price list (top-level administrators change it there; the reports and the Send tab price with it)."""
        from smsdesk.ui.tabs.reports.price_dialog import PriceListDialog

        dialog = PriceListDialog(self.ctx, self)
        dialog.open()
        self.price_dialog = dialog
        return dialog

    def _box(self, key: str, title: str) -> QGroupBox:
        box = QGroupBox(title)
        box.setObjectName(f"settings_{key}")
        layout = QVBoxLayout(box)
        error = QLabel()
        error.setObjectName(f"settings_error_{key}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020")
        error.hide()
        layout.addWidget(error)
        self.errors[key] = error
        self.boxes[key] = box
        return box

    def _in_force_text(self, r: installation.GroupSignature) -> str:
        if r.in_force is None:
            return self.tr("none")
        if r.inherited_from:
            return self.tr("【%1】 from %2").replace("%1", r.in_force).replace("%2", r.inherited_from)
        return f"【{r.in_force}】"

    # -- reading ---------------------------------------------------------------------------------------------

    def on_changes(self, keys: frozenset[Change]) -> None:
        if Change.SIGNATURES in keys:
            self._read_signatures()

    def refresh(self) -> None:
        for error in self.errors.values():
            error.hide()
        self.ctx.runner.read(installation.load, on_done=self._fill, on_error=self._on_error, owner=self)
        self._read_signatures()

    def _read_signatures(self) -> None:
        self.ctx.runner.read(installation.group_signatures, on_done=self._show_signatures, on_error=self._on_error,
                             owner=self)

    def _fill(self, values: dict[str, Any]) -> None:
        self.values = values
        hours = values.get("marketing_hours") or {}
        self.hours_start.setTime(QTime.fromString(hours.get("start", "08:00"), "HH:mm"))
        end = hours.get("end", "20:00")
        self.hours_end.setTime(QTime(23, 59) if end == "24:00" else QTime.fromString(end, "HH:mm"))
        zone = hours.get("time_zone", "Asia/Shanghai")
        if self.time_zone.findText(zone) < 0:
            self.time_zone.addItem(zone)
        self.time_zone.setCurrentText(zone)
        self.opt_out.setText(values.get("opt_out_suffix") or "")
        self.words_mode.setCurrentIndex(max(0, self.words_mode.findData(values.get("sensitive_words_mode"))))
        limits = values.get("content_limits") or {}
        for kind, box in self.limits.items():
            box.setValue(int(limits.get(kind, 500)))
        self.retention.setValue(int(values.get("retention_months") or 0))
        policy = values.get("signin_policy") or {}
        self.min_password.setValue(int(policy.get("min_password_length", 8)))
        self.lockout_after.setValue(int(policy.get("lockout_after", 5)))
        self.lockout_minutes.setValue(int(policy.get("lockout_minutes", 15)))
        self.status.setText("")

    def _show_signatures(self, rows: list[installation.GroupSignature]) -> None:
        self.signature_model.set_rows(rows)
        self.signature_table.fit_columns_once()

    def _on_error(self, exc: BaseException) -> None:
        show_error(self, exc)

    # -- saving ----------------------------------------------------------------------------------------------

    def edited(self) -> dict[str, Any]:
        """Every setting as the page shows it now."""
        end = self.hours_end.time().toString("HH:mm")
        return {
            "marketing_hours": {"start": self.hours_start.time().toString("HH:mm"),
                                "end": "24:00" if end == "23:59" and (self.values.get("marketing_hours") or {})
                                .get("end") == "24:00" else end,
                                "time_zone": self.time_zone.currentText().strip()},
            "opt_out_suffix": self.opt_out.text().strip(),
            "content_limits": {kind: box.value() for kind, box in self.limits.items()},
            "sensitive_words_mode": self.words_mode.currentData(),
            "retention_months": self.retention.value(),
            "signin_policy": {"min_password_length": self.min_password.value(),
                              "lockout_after": self.lockout_after.value(),
                              "lockout_minutes": self.lockout_minutes.value()},
        }

    def changes(self) -> dict[str, Any]:
        now = self.edited()
        return {key: value for key, value in now.items() if value != self.values.get(key)}

    def _on_save_clicked(self) -> None:
        for error in self.errors.values():
            error.hide()
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Nothing changed."))
            return
        months = changes.get("retention_months")
        before = int(self.values.get("retention_months") or 0)
        if months and (before == 0 or months < before):
            self._confirm_retention(changes, months)
            return
        self._save(changes)

    def _confirm_retention(self, changes: dict[str, Any], months: int) -> None:
        """Shortening the retention deletes details for good: the user says so first."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Keep message details for %n month(s)", "", months),
                          self.tr("Tasks, messages, receipts and replies older than %n month(s) will be deleted for "
                                  "good, starting within a minute. Reports and charts keep their totals.", "",
                                  months),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setObjectName("settings_retention_confirm")
        delete = box.addButton(self.tr("Delete older details"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _: self._save(changes) if box.clickedButton() is delete else
                             self.status.setText(self.tr("Nothing was saved.")))  # fmt: skip
        box.open()
        self.retention_confirm = box

    def _save(self, changes: dict[str, Any]) -> None:
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.ctx.runner.write(installation.save, changes, on_done=self._on_saved, on_error=self._on_save_failed,
                              owner=self)

    def _on_saved(self, values: dict[str, Any]) -> None:
        self.save_button.setEnabled(True)
        self._fill(values)
        self.status.setText(self.tr("Saved: the new settings apply from now on."))

    def _on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        key = getattr(exc, "key", None)
        text = self.problems.problem(exc)
        self.status.setText(self.tr("Nothing was saved."))
        label = self.errors.get(key or "")
        if label is None:
            show_error(self, exc)
            return
        label.setText(text)
        label.show()

    # -- default signatures ----------------------------------------------------------------------------------

    def _on_choose_default_clicked(self, *_args) -> None:
        rows = self.signature_table.selectionModel().selectedRows()
        if not rows:
            return
        group: installation.GroupSignature = rows[0].data(ROW_ROLE)
        dialog = DefaultSignatureDialog(group, self)
        dialog.accepted.connect(lambda: self._set_default(dialog.chosen()))
        dialog.open()
        self.default_dialog = dialog

    def _set_default(self, signature_id: int | None) -> None:
        if signature_id is None:
            return
        self.ctx.runner.write(library.set_default_signature, signature_id, changes={Change.SIGNATURES},
                              on_error=self._on_error, owner=self)


class DefaultSignatureDialog(QDialog):
    """Picks the default among a group's own signatures."""

    def __init__(self, group: installation.GroupSignature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("default_signature_dialog")
        self.setWindowTitle(self.tr("Default signature of %1").replace("%1", group.path))
        self.combo = QComboBox()
        for signature_id, text in group.choices:
            self.combo.addItem(f"【{text}】", signature_id)
        current = next((i for i, (_, text) in enumerate(group.choices) if text == group.own_default), 0)
        self.combo.setCurrentIndex(current)
        layout = QVBoxLayout(self)
        if group.choices:
            text = self.tr("Users of %1 and of its sub-groups without a default of their own send with:").replace(
                "%1", group.path)
        else:
            text = self.tr("%1 has no signatures of its own yet. Add them in the Library tab, then choose the "
                           "default here.").replace("%1", group.path)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        self.combo.setVisible(bool(group.choices))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(group.choices))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> int | None:
        return self.combo.currentData()
