"""A new number check (号码检测业务): name (the time by default), an optional scheduled time, the live-status option,
and the numbers the four ways sending takes them: typed or pasted, a file with its phone column bound, contacts and
contact groups. The Send tab's own pieces do the work (its numbers box, encoding picker and file reading, the
contacts' group picker); the check itself runs in the background (services/numbercheck.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import contacts, numbercheck, sending
from smsdesk.ui.formats import datetime_format
from smsdesk.ui.messages import describe
from smsdesk.ui.tabs.send.compose_page import FILE_FILTER, NumbersEdit
from smsdesk.ui.widgets.encoding_picker import EncodingCombo, EncodingDialog, asks_for_encoding


class NewCheckPage(QWidget):
    created = Signal(object)  # numbercheck.Created
    failed = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_new")
        self.ctx = ctx
        self.runner = ctx.runner
        self.pasted = ""
        self.group_ids: list[int] = []
        self.group_names: dict[int, str] = {}
        self.contact_ids: list[int] = []
        self.handle = None
        self._file_seq = 0
        self.provider = "none"

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("check_name")
        self.name_edit.setMaxLength(200)
        self.name_edit.setPlaceholderText(sending.default_name())
        self.later = QCheckBox(self.tr("Check at"))
        self.later.setObjectName("check_later")
        self.at_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.at_edit.setObjectName("check_at")
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDisplayFormat(datetime_format())
        self.at_edit.setEnabled(False)
        self.later.toggled.connect(self.at_edit.setEnabled)
        when = QHBoxLayout()
        when.addWidget(self.later)
        when.addWidget(self.at_edit)
        when.addWidget(QLabel(self.tr("(otherwise now)")))
        when.addStretch(1)
        self.with_status = QCheckBox(self.tr("Also look up live status (empty, suspended, powered off, active)"))
        self.with_status.setObjectName("check_with_status")
        self.provider_note = QLabel()
        self.provider_note.setObjectName("check_provider_note")
        self.provider_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Check name"), self.name_edit)
        form.addRow(self.tr("When"), when)
        form.addRow(self.tr("Live status"), self.with_status)
        form.addRow("", self.provider_note)
        task_box = QGroupBox(self.tr("Check"))
        task_box.setLayout(form)

        # the numbers: the Send tab's four paths
        self.paste = NumbersEdit()
        self.paste.setObjectName("check_numbers")
        self.paste.setPlaceholderText(
            self.tr("Type or paste numbers, separated by commas, spaces, semicolons or lines")
        )
        self.paste.bulk_pasted.connect(self.set_pasted)
        self.pasted_label = QLabel()
        self.pasted_label.setObjectName("check_pasted")
        drop_pasted = QPushButton(self.tr("Remove"))
        drop_pasted.clicked.connect(lambda: self.set_pasted(""))
        self.pasted_row = QWidget()
        row = QHBoxLayout(self.pasted_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pasted_label, 1)
        row.addWidget(drop_pasted)
        self.pasted_row.hide()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("check_file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("check_choose_file")
        choose.clicked.connect(self.choose_file)
        clear_file = QPushButton(self.tr("Remove"))
        clear_file.clicked.connect(lambda: self.set_file(None))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("check_sheet")
        self.sheet_label = QLabel(self.tr("Sheet"))
        self.sheet_combo.activated.connect(
            lambda _i: self.load_file_info(self.file_edit.text(), self.sheet_combo.currentText())
        )
        self.encoding_label = QLabel(self.tr("Encoding"))
        self.encoding_combo = EncodingCombo()
        self.encoding_combo.setObjectName("check_encoding")
        self.encoding_combo.activated.connect(
            lambda _i: self.load_file_info(self.file_edit.text(), self._sheet(), self.encoding_combo.chosen())
        )
        for widget in (self.sheet_label, self.sheet_combo, self.encoding_label, self.encoding_combo):
            widget.setVisible(False)
        self.column_combo = QComboBox()
        self.column_combo.setObjectName("check_column")
        self.column_combo.setMinimumWidth(140)
        self.file_note = QLabel()
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(clear_file)
        file_row2 = QHBoxLayout()
        file_row2.addWidget(self.sheet_label)
        file_row2.addWidget(self.sheet_combo)
        file_row2.addWidget(self.encoding_label)
        file_row2.addWidget(self.encoding_combo)
        file_row2.addWidget(QLabel(self.tr("Phone column")))
        file_row2.addWidget(self.column_combo)
        file_row2.addWidget(self.file_note, 1)
        self.book_label = QLabel()
        self.book_label.setObjectName("check_book_label")
        pick = QPushButton(self.tr("Add contact group…"))
        pick.setObjectName("check_pick_group")
        pick.clicked.connect(self.pick_group)
        clear_book = QPushButton(self.tr("Clear address-book picks"))
        clear_book.clicked.connect(self.clear_book)
        book_row = QHBoxLayout()
        book_row.addWidget(self.book_label, 1)
        book_row.addWidget(pick)
        book_row.addWidget(clear_book)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Numbers")), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.paste, 0, 1)
        grid.addWidget(self.pasted_row, 1, 1)
        grid.addWidget(QLabel(self.tr("File")), 2, 0)
        grid.addLayout(file_row, 2, 1)
        grid.addLayout(file_row2, 3, 1)
        grid.addWidget(QLabel(self.tr("Address book")), 4, 0)
        grid.addLayout(book_row, 4, 1)
        numbers_box = QGroupBox(self.tr("Numbers to check"))
        numbers_box.setLayout(grid)

        self.progress = QProgressBar()
        self.progress.setObjectName("check_progress")
        self.progress.setMaximumHeight(18)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("check_cancel_run")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("check_status")
        self.status.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Check numbers"))
        self.submit_button.setObjectName("check_submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        clear = QPushButton(self.tr("Clear"))
        clear.setObjectName("check_clear")
        clear.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        buttons.addWidget(clear)
        buttons.addWidget(self.submit_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(task_box)
        layout.addWidget(numbers_box, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.update_book_label()
        self.set_provider("none")

    # -- state ---------------------------------------------------------------------------------------------
    def set_provider(self, driver: str) -> None:
        self.provider = driver
        configured = driver in ("simulator", "http")
        self.with_status.setEnabled(configured)
        if not configured:
            self.with_status.setChecked(False)
            self.provider_note.setText(
                self.tr("No status provider is configured: an administrator of the top-level group sets one up.")
            )
        elif driver == "simulator":
            self.provider_note.setText(self.tr("Statuses come from the trial's simulator, not from the carriers."))
        else:
            self.provider_note.setText(self.tr("Looked up by the dispatcher; results fill in as they arrive."))

    def draft(self) -> numbercheck.CheckDraft:
        typed = self.paste.toPlainText()
        if self.pasted:
            typed = f"{typed}\n{self.pasted}" if typed.strip() else self.pasted
        when = None
        if self.later.isChecked():
            when = self.at_edit.dateTime().toPython().astimezone()
        return numbercheck.CheckDraft(
            name=self.name_edit.text().strip(),
            scheduled_at=when,
            with_status=self.with_status.isChecked(),
            typed=typed,
            file=self.file_edit.text() or None,
            column=self.column_combo.currentText() or None,
            sheet=self._sheet(),
            encoding=self.encoding_combo.chosen() if self.encoding_combo.isVisible() else None,
            contact_ids=list(self.contact_ids),
            group_ids=list(self.group_ids),
        )

    def set_pasted(self, text: str) -> None:
        self.pasted = text or ""
        self.pasted_row.setVisible(bool(self.pasted))
        lines = self.pasted.count("\n") + 1 if self.pasted else 0
        self.pasted_label.setText(self.tr("A pasted list of about %Ln line(s)", "", int(lines)))

    def clear(self) -> None:
        self.name_edit.clear()
        self.name_edit.setPlaceholderText(sending.default_name())
        self.later.setChecked(False)
        self.paste.clear()
        self.set_pasted("")
        self.set_file(None)
        self.clear_book()
        self.status.clear()

    # -- file ------------------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file of numbers"), "", self.tr("Tables (%1)").replace("%1", FILE_FILTER)
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str | None) -> None:
        self.file_edit.setText(path or "")
        self.column_combo.clear()
        self.sheet_combo.clear()
        for widget in (self.sheet_label, self.sheet_combo, self.encoding_label, self.encoding_combo):
            widget.setVisible(False)
        self.file_note.clear()
        if path:
            self.load_file_info(path, None)

    def _sheet(self) -> str | None:
        return self.sheet_combo.currentText() if self.sheet_combo.isVisible() and self.sheet_combo.count() else None

    def load_file_info(self, path: str, sheet: str | None, encoding: str | None = None) -> None:
        self._file_seq += 1
        seq = self._file_seq
        self.file_note.setText(self.tr("Reading the file…"))

        def done(info: sending.FileInfo) -> None:
            if seq != self._file_seq:
                return
            self.column_combo.clear()
            self.column_combo.addItems(info.headers)
            self.column_combo.setCurrentIndex(info.guessed)
            if len(info.sheets) > 1:
                self.sheet_combo.blockSignals(True)
                self.sheet_combo.clear()
                self.sheet_combo.addItems(info.sheets)
                self.sheet_combo.setCurrentText(info.sheet or info.sheets[0])
                self.sheet_combo.blockSignals(False)
                self.sheet_label.show()
                self.sheet_combo.show()
            self.encoding_combo.show_file(info.encoding, encoding)
            self.encoding_label.setVisible(info.encoding is not None)
            self.encoding_combo.setVisible(info.encoding is not None)
            self.file_note.setText(self.tr("%Ln row(s)", "", int(info.rows)))

        def error(exc: BaseException) -> None:
            if seq != self._file_seq:
                return
            self.file_note.clear()
            if asks_for_encoding(exc):
                guess = getattr(exc, "params", {}).get("encoding")
                picker = EncodingDialog(describe(exc)[0], Path(path).name, guess, parent=self)
                picker.accepted.connect(lambda: self.load_file_info(path, sheet, picker.chosen()))
                picker.open()
                return
            self.show_error(exc)

        self.runner.io(lambda _job: sending.file_info(path, sheet, encoding), on_done=done, on_error=error, owner=self)

    # -- address book ----------------------------------------------------------------------------------------
    def add_contacts(self, ids: list[int]) -> None:
        known = set(self.contact_ids)
        self.contact_ids.extend(i for i in ids if i not in known)
        self.update_book_label()

    def pick_group(self) -> None:
        self.runner.read(contacts.load_book, on_done=self._open_group_picker, on_error=self.show_error, owner=self)

    def _open_group_picker(self, book) -> None:
        from smsdesk.ui.tabs.contacts.group_picker_dialog import GroupPickerDialog

        dialog = GroupPickerDialog(book, self.ctx.profile.id, title=self.tr("Check a contact group"), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            gid = dialog.target_group()
            if gid is not None and gid not in self.group_ids:
                self.group_ids.append(gid)
                self.group_names[gid] = book.path(gid)
                self.update_book_label()

        dialog.accepted.connect(chosen)
        dialog.open()

    def clear_book(self) -> None:
        self.contact_ids, self.group_ids, self.group_names = [], [], {}
        self.update_book_label()

    def update_book_label(self) -> None:
        parts = []
        if self.contact_ids:
            parts.append(self.tr("%Ln contact(s)", "", len(self.contact_ids)))
        if self.group_ids:
            names = "、".join(self.group_names.get(g, str(g)) for g in self.group_ids)
            parts.append(self.tr("groups (with sub-groups): %1").replace("%1", names))
        self.book_label.setText("; ".join(parts) if parts else self.tr("Nothing picked from the address book"))

    # -- running ---------------------------------------------------------------------------------------------
    def submit(self) -> None:
        draft = self.draft()
        if not draft.has_numbers:
            self.show_message(self.tr("There is no number to check: type some, choose a file or pick contacts."))
            return
        if draft.scheduled_at is not None and self.at_edit.dateTime() < QDateTime.currentDateTime().addSecs(-300):
            self.show_message(self.tr("The scheduled time is in the past."))
            return
        self.submit_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setText(self.tr("Checking the numbers…"))
        self.handle = self.runner.write(
            numbercheck.create, draft, on_done=self._done, on_error=self._failed, on_progress=self._on_progress,
            owner=self,
        )
        self.handle.finished.connect(self._idle)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _idle(self) -> None:
        self.submit_button.setEnabled(True)
        self.progress.hide()
        self.cancel_button.hide()

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.status.setText(self.tr("Cancelled: nothing was saved."))

    def _done(self, created: numbercheck.Created) -> None:
        self.status.setText(
            self.tr("Check saved: %1, %2, %3, %4.")
            .replace("%1", self.tr("%Ln number(s)", "", int(created.given)))
            .replace("%2", self.tr("%Ln valid", "numbers", int(created.valid)))
            .replace("%3", self.tr("%Ln invalid", "numbers", int(created.invalid)))
            .replace("%4", self.tr("%Ln duplicate(s)", "numbers", int(created.duplicates)))
        )
        self.created.emit(created)

    def _failed(self, exc: BaseException) -> None:
        self.status.clear()
        self.show_error(exc)

    def show_message(self, text: str) -> None:
        self.failed.emit(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Number check"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("check_message")
        box.open()

    def show_error(self, exc: BaseException) -> None:
        detail = getattr(exc, "detail", "") or str(exc)
        known = {
            "there is no number to check": self.tr("There is no number to check: type some, choose a file or "
                                                   "pick contacts."),
            "the file holds no numbers": self.tr("The file holds no numbers."),
            "a check takes at most": self.tr("A check takes at most 5,000,000 numbers."),
            "the scheduled time is in the past": self.tr("The scheduled time is in the past."),
            "name is at most 200": self.tr("A check's name is at most 200 characters."),
            "no cell of column": self.tr("No cell of this column holds a phone number: choose the phone column."),
        }
        for key, text in known.items():
            if key in detail:
                self.show_message(text)
                return
        self.show_message(describe(exc)[0])
