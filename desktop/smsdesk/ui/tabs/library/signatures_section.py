"""Signatures (SET-5): 【2-8 characters】 per user group, one the group's default; administrators manage them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smsdesk.domain.text import SIGNATURE_CLOSE, SIGNATURE_OPEN
from smsdesk.services import library, org
from smsdesk.ui.changes import Change
from smsdesk.ui.tabs.library.section import FormDialog, Section, error_text
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, RowTableModel


class SignatureDialog(FormDialog):
    def __init__(self, parent: QWidget, groups: list, *, text: str = "", group_id: int | None = None) -> None:
        super().__init__("", parent)
        editing = bool(text)
        self.setWindowTitle(self.tr("Edit signature") if editing else self.tr("New signature"))
        self.group = QComboBox()
        self.group.setObjectName("signature_group")
        for g in groups:
            self.group.addItem(g.path, g.id)
        if group_id is not None:
            self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        self.group.setEnabled(not editing)
        self.text = QLineEdit(f"{SIGNATURE_OPEN}{text}{SIGNATURE_CLOSE}" if text else "")
        self.text.setObjectName("signature_text")
        self.text.setPlaceholderText(self.tr("【Company】: 2 to 8 characters"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.form.addRow(self.tr("User group:"), self.group)
        self.form.addRow(self.tr("Signature:"), self.text)
        self.form.addRow("", self.preview)
        self.text.textChanged.connect(self.revalidate)
        self.revalidate()

    def validate(self) -> str:
        value = self.text.text()
        problem = library.signature_problem(value)
        if problem is None:
            inner = library.check_signature(value)
            self.preview.setText(
                self.tr("Messages will start with %1 (%Ln character(s) counted)", "", int(len(inner) + 2))
                .replace("%1", f"{SIGNATURE_OPEN}{inner}{SIGNATURE_CLOSE}")
            )
        else:
            self.preview.setText("")
        if self.group.currentData() is None:
            return self.tr("You administer no user group.")
        return error_text(problem)


class SignaturesSection(Section):
    changes = frozenset({Change.SIGNATURES})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("signatures_section")
        self.groups: list = []
        yes = self.tr("default")

        self.filter = QLineEdit()
        self.filter.setObjectName("signature_filter")
        self.filter.setPlaceholderText(self.tr("Filter signatures or groups…"))
        self.filter.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New signature"))
        self.new_button.setObjectName("signature_new")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.default_button = QPushButton(self.tr("Make default"))
        self.default_button.setObjectName("signature_make_default")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.note = QLabel(self.tr("Signatures are managed by administrators. You send under your group's default."))
        self.note.setObjectName("signature_note")
        self.note.setWordWrap(True)

        self.model = RowTableModel(
            [
                Column(self.tr("Signature"), lambda s: s.text, lambda s: s.bracketed),
                Column(self.tr("Characters"), lambda s: len(s.text) + 2, align_right=True),
                Column(self.tr("Default"), lambda s: s.is_default, lambda s: yes if s.is_default else ""),
                Column(self.tr("User group"), lambda s: s.group_path),
            ],
            self,
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "library/signatures_header")
        self.table.setObjectName("signature_table")
        self.table.setModel(self.proxy)
        # fixed widths, not fit_columns_once(): measuring hundreds of rows of CJK text stalls the window
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 60)
        self.table.setColumnWidth(2, 60)
        self.table.restore_header()
        self.count = QLabel()

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        for button in (self.new_button, self.edit_button, self.default_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button.clicked.connect(self.new_signature)
        self.edit_button.clicked.connect(self.edit_selected)
        self.default_button.clicked.connect(self.make_default)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.apply_rights())
        self.shortcuts(find=self.filter.setFocus, new=self.new_signature, delete=self.delete_selected)
        self.apply_rights()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("SignaturesSection", "Signatures")

    def refresh(self) -> None:
        super().refresh()
        self.read(library.signatures, on_done=self._show)
        if self.ctx.profile.is_admin:
            self.read(org.visible_groups, on_done=self._set_groups)

    def _show(self, rows: list) -> None:
        self.loaded = True
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n signature(s)", "", len(rows)))
        self.apply_rights()

    def _set_groups(self, groups: list) -> None:
        scope = set(org.subtree_ids(groups, self.ctx.profile.group_id))
        self.groups = [g for g in groups if g.id in scope]

    def selected(self) -> library.SignatureRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _manages(self, row: library.SignatureRow | None) -> bool:
        return row is not None and any(g.id == row.group_id for g in self.groups)

    def apply_rights(self) -> None:
        admin = self.ctx.profile.is_admin
        self.note.setVisible(not admin)
        self.new_button.setVisible(admin)
        for button in (self.edit_button, self.default_button, self.delete_button):
            button.setVisible(admin)
        row = self.selected()
        self.edit_button.setEnabled(self._manages(row))
        self.delete_button.setEnabled(self._manages(row))
        self.default_button.setEnabled(self._manages(row) and not row.is_default)

    def new_signature(self) -> SignatureDialog | None:
        if not self.ctx.profile.is_admin:
            return None
        row = self.selected()
        dialog = SignatureDialog(self, self.groups, group_id=row.group_id if row else self.ctx.profile.group_id)
        dialog.accepted.connect(
            lambda: self.write(library.create_signature, dialog.group.currentData(), dialog.text.text())
        )
        dialog.open()
        return dialog

    def edit_selected(self) -> SignatureDialog | None:
        row = self.selected()
        if not self._manages(row):
            return None
        dialog = SignatureDialog(self, self.groups, text=row.text, group_id=row.group_id)
        dialog.accepted.connect(lambda: self.write(library.update_signature, row.id, dialog.text.text()))
        dialog.open()
        return dialog

    def make_default(self) -> None:
        row = self.selected()
        if self._manages(row):
            self.write(library.set_default_signature, row.id)

    def delete_selected(self):
        row = self.selected()
        if not self._manages(row):
            return None
        return self.confirm(
            self.tr("Delete the signature %1 of %2?").replace("%1", row.bracketed).replace("%2", row.group_path),
            lambda: self.write(library.delete_signature, row.id),
        )
