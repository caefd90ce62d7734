"""Import step 2: bind the file's columns to contact fields (from its headers), with the first rows shown, and
choose what happens to duplicates and invalid numbers. The file was read in the background (step 1)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services.contacts import FieldRow
from smsdesk.services.contacts_transfer import ImportRequest, Preview
from smsdesk.ui.widgets.encoding_picker import EncodingCombo

IGNORE = ""


class ImportMappingDialog(QDialog):
    # another sheet, header row or not, another encoding (None: detected): the tab reads the file again
    reread_requested = Signal(object, bool, object)

    def __init__(
        self,
        preview: Preview,
        *,
        group_id: int,
        group_path: str,
        fields: list[FieldRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_mapping_dialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(860, 620)
        self.group_id = group_id
        self.fields = fields
        self.preview = preview

        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.encoding = EncodingCombo()
        self.encoding.setObjectName("import_encoding")
        self.target_label = QLabel(group_path)
        self.target_label.setObjectName("import_target")
        self.has_header = QCheckBox(self.tr("The first row holds the column names"))
        self.has_header.setObjectName("import_has_header")

        self.columns_box = QGroupBox(self.tr("Columns"))
        self.columns_grid = QGridLayout(self.columns_box)
        self.combos: list[QComboBox] = []

        self.preview_model = QStandardItemModel(self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("import_preview")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_view.verticalHeader().setDefaultSectionSize(22)
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_view.setWordWrap(False)

        self.skip = QRadioButton(self.tr("Skip it (keep the contact as it is)"))
        self.skip.setObjectName("import_skip")
        self.update = QRadioButton(self.tr("Update the contact with the file's values"))
        self.update.setObjectName("import_update")
        self.skip.setChecked(True)
        self.keep_invalid = QCheckBox(self.tr("Also import rows whose mobile number is invalid (marked invalid)"))
        self.keep_invalid.setObjectName("import_keep_invalid")
        self.warning = QLabel()
        self.warning.setObjectName("import_warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #c0392b")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setObjectName("import_start")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.tr("File:"), self.file_label)
        self.sheet_row_label = QLabel(self.tr("Sheet:"))
        top.addRow(self.sheet_row_label, self.sheet)
        self.encoding_row_label = QLabel(self.tr("Encoding:"))
        top.addRow(self.encoding_row_label, self.encoding)
        top.addRow(self.tr("Into group:"), self.target_label)
        top.addRow("", self.has_header)
        policy = QGroupBox(self.tr("A mobile number already in the group, or repeated in the file"))
        pl = QVBoxLayout(policy)
        pl.addWidget(self.skip)
        pl.addWidget(self.update)
        options = QHBoxLayout()
        options.addWidget(policy, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.columns_box)
        layout.addWidget(QLabel(self.tr("First rows of the file:")))
        layout.addWidget(self.preview_view, 1)
        layout.addLayout(options)
        layout.addWidget(self.keep_invalid)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.sheet.currentTextChanged.connect(self._on_sheet_current_text_changed)
        self.encoding.currentIndexChanged.connect(self._on_encoding_current_index_changed)
        self.has_header.toggled.connect(self._on_has_header_toggled)
        self.set_preview(preview)

    # -- filling ------------------------------------------------------------------------------------

    def set_preview(self, preview: Preview) -> None:
        self.preview = preview
        name = preview.path.replace("\\", "/").rsplit("/", 1)[-1]
        details = self.tr("%Ln row(s)", "", int(preview.row_count))
        self.file_label.setText(f"{name} ({details})")
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(preview.sheets)
        if preview.sheet:
            self.sheet.setCurrentText(preview.sheet)
        self.sheet.blockSignals(False)
        self.has_header.blockSignals(True)
        self.has_header.setChecked(preview.has_header)
        self.has_header.blockSignals(False)
        # every sheet is offered, hidden ones too: the first visible one is read unless another is chosen
        self.sheet.setVisible(len(preview.sheets) > 1)
        self.sheet_row_label.setVisible(len(preview.sheets) > 1)
        self.encoding.show_file(preview.encoding, preview.encoding_chosen)
        self.encoding.setVisible(preview.encoding is not None)
        self.encoding_row_label.setVisible(preview.encoding is not None)
        self._fill_columns(preview)
        self._fill_preview(preview)
        self._update()

    def _targets(self, header: str) -> list[tuple[str, str]]:
        targets = [
            (IGNORE, self.tr("— not imported —")),
            ("name", self.tr("Name")),
            ("mobile", self.tr("Mobile")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("Email")),
            ("notes", self.tr("Notes")),
        ]
        targets += [(f"custom:{f.id}", self.tr("Field: %1").replace("%1", f.label)) for f in self.fields]
        if header and header not in {f.label for f in self.fields}:
            targets.append((f"new:{header}", self.tr("New field \u201c%1\u201d").replace("%1", header)))
        return targets

    def _fill_columns(self, preview: Preview) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.combos = []
        guessed = {index: key for key, index in preview.guess.items() if index is not None}
        if self._has_header():  # a column named like one of the book's custom fields goes there
            labels = {f.label.casefold(): f"custom:{f.id}" for f in self.fields}
            for i, header in enumerate(preview.headers):
                if i not in guessed and header.strip().casefold() in labels:
                    guessed[i] = labels[header.strip().casefold()]
        per_row = 3
        for i, header in enumerate(preview.headers):
            label = QLabel(header + ":")
            label.setToolTip(header)
            combo = QComboBox()
            combo.setObjectName(f"import_column_{i}")
            for key, text in self._targets(header if self._has_header() else ""):
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(i, IGNORE))))
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._on_combo_changed(c))
            self.combos.append(combo)
            self.columns_grid.addWidget(label, i // per_row, (i % per_row) * 2, Qt.AlignmentFlag.AlignRight)
            self.columns_grid.addWidget(combo, i // per_row, (i % per_row) * 2 + 1)

    def _has_header(self) -> bool:
        return self.preview.has_header

    def _fill_preview(self, preview: Preview) -> None:
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels(preview.headers)
        for row in preview.rows:
            self.preview_model.appendRow([QStandardItem(str(cell)) for cell in row])
        self.preview_view.resizeColumnsToContents()
        header = self.preview_view.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(max(header.sectionSize(column), 80), 220))

    # -- behaviour ----------------------------------------------------------------------------------

    def _on_combo_changed(self, changed: QComboBox) -> None:
        key = changed.currentData()
        if key and not key.startswith("new:"):
            for combo in self.combos:  # one column per field
                if combo is not changed and combo.currentData() == key:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._update()

    def _on_sheet_current_text_changed(self, name: str) -> None:
        if name and name != self.preview.sheet:
            self.import_button.setEnabled(False)
            self.reread_requested.emit(name, self.has_header.isChecked(), self.preview.encoding_chosen)

    def _on_has_header_toggled(self, on: bool) -> None:
        self.import_button.setEnabled(False)
        self.reread_requested.emit(self.preview.sheet, on, self.preview.encoding_chosen)

    def _on_encoding_current_index_changed(self, _index: int) -> None:
        self.import_button.setEnabled(False)
        self.reread_requested.emit(self.preview.sheet, self.has_header.isChecked(), self.encoding.chosen())

    def mapping(self) -> dict[str, int]:
        return {combo.currentData(): i for i, combo in enumerate(self.combos) if combo.currentData()}

    def _update(self) -> None:
        mapping = self.mapping()
        if "mobile" not in mapping:
            if self.preview.guess.get("mobile") is None:
                self.warning.setText(
                    self.tr("No column of this file looks like mobile numbers. Choose the column that holds them.")
                )
            else:
                self.warning.setText(self.tr("Choose the column that holds the mobile numbers."))
        else:
            self.warning.setText("")
        self.import_button.setEnabled("mobile" in mapping)

    def request(self) -> ImportRequest:
        return ImportRequest(
            path=self.preview.path,
            group_id=self.group_id,
            mapping=self.mapping(),
            sheet=self.preview.sheet,
            encoding=self.preview.encoding_chosen,
            update=self.update.isChecked(),
            keep_invalid=self.keep_invalid.isChecked(),
        )
