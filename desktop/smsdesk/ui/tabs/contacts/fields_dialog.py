"""The custom fields of one address book: add, rename, remove (a removed field's values go with it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import contacts
from smsdesk.services.contacts import FieldRow
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error


class FieldsDialog(QDialog):
    def __init__(self, ctx: ConsoleContext, owner_id: int, book_title: str, fields: list[FieldRow], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("fields_dialog")
        self.setWindowTitle(self.tr("Custom fields"))
        self.ctx, self.owner_id = ctx, owner_id
        self.list = QListWidget()
        self.list.setObjectName("fields_list")
        add = QPushButton(self.tr("Add…"))
        self.rename = QPushButton(self.tr("Rename…"))
        self.remove = QPushButton(self.tr("Remove…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.accept)
        side = QVBoxLayout()
        for b in (add, self.rename, self.remove):
            side.addWidget(b)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Fields of the address book %1:").replace("%1", book_title)))
        layout.addLayout(row)
        layout.addWidget(buttons)
        add.clicked.connect(self._on_add_clicked)
        self.rename.clicked.connect(self._on_rename_clicked)
        self.remove.clicked.connect(self._on_remove_clicked)
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.set_fields(fields)

    def set_fields(self, fields: list[FieldRow]) -> None:
        self.list.clear()
        for f in fields:
            if f.owner_id == self.owner_id:
                item = QListWidgetItem(f.label)
                item.setData(Qt.ItemDataRole.UserRole, f.id)
                self.list.addItem(item)
        self._update()

    def _update(self) -> None:
        has = self.list.currentItem() is not None
        self.rename.setEnabled(has)
        self.remove.setEnabled(has)

    def _write(self, fn, *args) -> None:
        self.ctx.runner.write(
            fn,
            *args,
            changes={Change.CONTACTS},
            on_done=lambda _r: self._reload(),
            on_error=lambda e: show_error(self, e),
            owner=self,
        )

    def _reload(self) -> None:
        self.ctx.runner.read(contacts.load_book, on_done=lambda book: self.set_fields(book.fields), owner=self)

    def _on_add_clicked(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("New field"), self.tr("Name of the field:"))
        if ok and label.strip():
            self._write(contacts.save_field, self.owner_id, None, label.strip())

    def _on_rename_clicked(self) -> None:
        item = self.list.currentItem()
        label, ok = QInputDialog.getText(self, self.tr("Rename field"), self.tr("Name of the field:"), text=item.text())
        if ok and label.strip() and label.strip() != item.text():
            self._write(contacts.save_field, None, item.data(Qt.ItemDataRole.UserRole), label.strip())

    def _on_remove_clicked(self) -> None:
        item = self.list.currentItem()
        answer = QMessageBox.question(
            self,
            self.tr("Remove field"),
            self.tr("Remove the field \u201c%1\u201d and its value in every contact?").replace("%1", item.text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._write(contacts.delete_field, item.data(Qt.ItemDataRole.UserRole))
