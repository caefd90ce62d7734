"""The price list (REP-2): prices per segment per kind and carrier with the date each takes effect. Everyone reads
it; administrators of the top-level group add a price from a date on, or remove one that has not taken effect (the
database checks both, price_set / price_delete). Tasks keep the prices recorded when they were submitted."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import report_rollups
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import datetime_format, when
from smsdesk.ui.widgets.placeholder import fit_placeholder

CARRIERS = ("China Mobile", "China Unicom", "China Telecom", "China Broadnet")
STATUS_LOOKUP = "status_lookup"  # the price of one live-status lookup of a number check (smsdesk.price_set)


class PriceListDialog(QDialog):
    """``changed()`` after a price was added or removed."""

    changed = Signal()

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("price_dialog")
        self.setWindowTitle(self.tr("Price list"))
        self.resize(720, 460)
        self.ctx = ctx
        self.common = CommonLabels(self)
        self.rows: list[report_rollups.PriceRow] = []
        profile = ctx.profile
        self.can_change = profile.is_admin and "/" not in (profile.group_path or "").strip("/")

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("price_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Carrier"),
                self.tr("Price per segment"),
                self.tr("In force from"),
                self.tr("Now"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)

        self.kind = QComboBox()
        self.kind.setObjectName("price_kind")
        self.kind.addItem(self.tr("Any kind"), "")
        for key, label in self.common.kinds():
            self.kind.addItem(label, key)
        self.kind.addItem(self.lookup_label(), STATUS_LOOKUP)
        self.carrier = QComboBox()
        self.carrier.setObjectName("price_carrier")
        self.carrier.addItem(self.tr("Any carrier"), "")
        for key in CARRIERS:
            self.carrier.addItem(self.common.carrier(key), key)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.price = QLineEdit()
        self.price.setObjectName("price_amount")
        self.price.setPlaceholderText(self.tr("e.g. 0.045"))
        self.price.setMaxLength(12)
        self.price.setMaximumWidth(160)
        fit_placeholder(self.price)  # squeezed by the row, the hint read "e.g." in another language
        self.start = QDateTimeEdit(QDateTime.currentDateTime())
        self.start.setObjectName("price_from")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(datetime_format())
        self.add_button = QPushButton(self.tr("Add price"))
        self.add_button.setObjectName("price_add")
        self.delete_button = QPushButton(self.tr("Remove"))
        self.delete_button.setObjectName("price_delete")
        self.delete_button.setEnabled(False)
        form = QHBoxLayout()
        for widget in (
            self.kind,
            self.carrier,
            QLabel(self.tr("¥ per segment")),
            self.price,
            QLabel(self.tr("from")),
            self.start,
            self.add_button,
        ):
            form.addWidget(widget)
        form.addStretch(1)
        form.addWidget(self.delete_button)
        editing = QWidget()
        editing.setLayout(form)
        editing.layout().setContentsMargins(0, 0, 0, 0)
        editing.setVisible(self.can_change)

        self.note = QLabel(
            self.tr(
                "The most specific price wins: a kind and carrier, then the kind, then the carrier, then any. "
                "Each task keeps the prices in force when it was submitted, so past costs never change."
            )
            if self.can_change
            else self.tr("Only administrators of the top-level group change prices.")
        )
        self.note.setObjectName("price_note")
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("price_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(editing)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_price)
        self.delete_button.clicked.connect(self.delete_price)
        self.price.returnPressed.connect(self.add_price)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.reload()

    def _on_kind_current_index_changed(self, _index: int) -> None:
        lookup = self.kind.currentData() == STATUS_LOOKUP  # one price for every carrier
        if lookup:
            self.carrier.setCurrentIndex(0)
        self.carrier.setEnabled(not lookup)

    def lookup_label(self) -> str:
        return self.tr("Number status lookup (per number)")

    def _kind_label(self, kind: str) -> str:
        if kind == STATUS_LOOKUP:
            return self.lookup_label()
        return self.common.kind(kind) if kind else self.tr("Any kind")

    def reload(self) -> None:
        self.ctx.runner.read(
            report_rollups.price_list, on_done=self._on_rows, on_error=lambda exc: show_error(self, exc), owner=self
        )

    def _on_rows(self, rows: list[report_rollups.PriceRow]) -> None:
        self.rows = rows
        loc = QLocale()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [
                self._kind_label(row.kind),
                self.common.carrier(row.carrier) if row.carrier else self.tr("Any carrier"),
                "¥" + loc.toString(float(row.price), "f", max(2, -row.price.normalize().as_tuple().exponent)),
                when(row.effective_from) if row.effective_from else self.tr("Always"),
                self.tr("In force")
                if row.in_force
                else (
                    self.tr("Scheduled")
                    if row.effective_from and row.effective_from > datetime.now().astimezone()
                    else ""
                ),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self._on_table_item_selection_changed()

    def _selected(self) -> report_rollups.PriceRow | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[rows.pop()] if len(rows) == 1 else None

    def _on_table_item_selection_changed(self) -> None:
        row = self._selected()
        future = row is not None and row.effective_from is not None and row.effective_from > datetime.now().astimezone()
        self.delete_button.setEnabled(self.can_change and future)

    def add_price(self) -> None:
        text = self.price.text().strip().replace("¥", "").replace("，", ".")
        when = self.start.dateTime().toPython().astimezone()
        self.add_button.setEnabled(False)
        self.ctx.runner.write(
            report_rollups.set_price,
            self.kind.currentData(),
            self.carrier.currentData(),
            text,
            when,
            on_done=self._on_saved,
            on_error=self._on_failed,
            owner=self,
        )

    def delete_price(self) -> None:
        row = self._selected()
        if row is None:
            return
        self.ctx.runner.write(
            report_rollups.delete_price, row.id, on_done=self._on_saved, on_error=self._on_failed, owner=self
        )

    def _on_saved(self, _result) -> None:
        self.add_button.setEnabled(True)
        self.price.clear()
        self.status.setText(self.tr("Saved."))
        self.changed.emit()
        self.reload()

    def _on_failed(self, exc: BaseException) -> None:
        self.add_button.setEnabled(True)
        self.status.setText("")
        show_error(self, exc)
