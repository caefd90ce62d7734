"""The compose flow of the Send tab: form and recipients, preview, result (SEND-1..SEND-8).

All database and file work runs through the JobRunner. The draft is kept as the user types (debounced, written
in the background to the signed-in user's own draft file: infra/drafts.py), so nothing is lost if the console
closes or crashes, and nobody else who signs in on the same computer sees it. A paste of many numbers becomes a
pasted list beside the numbers box rather than a million lines in an editor, which Qt lays out for seconds.
"""

from __future__ import annotations

import html
import uuid
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.kinds import KINDS
from smsdesk.domain.text import DEFAULT_OPT_OUT
from smsdesk.infra.drafts import PASTED, DraftStore
from smsdesk.services import contacts, library, sending
from smsdesk.services import settings as install_settings
from smsdesk.ui.changes import Change
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.messages import describe
from smsdesk.ui.tabs.numbercheck.send_offer import KnownDeadOffer
from smsdesk.ui.widgets.encoding_picker import EncodingCombo, EncodingDialog, asks_for_encoding
from smsdesk.ui.widgets.phrase_picker import PhrasePicker

SAVE_DELAY_MS = 400
LARGE_PASTE_CHARS = 50_000  # about 4,000 numbers: a bigger paste becomes a pasted list, not editor lines
LIST_SHOWN = 10_000  # lines a list viewer shows; saving writes every line
FILE_FILTER = "*.csv *.txt *.xlsx *.xls"


def _write_lines(_job, path: str, lines: list[str]) -> int:
    with open(path, "w", encoding="utf-8-sig", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    return len(lines)


class ListDialog(QDialog):
    """One list of the preview (valid, invalid, duplicates, blacklisted): viewable and saveable."""

    def __init__(self, title: str, lines: list[str], runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_list_dialog")
        self.setWindowTitle(title)
        self.resize(480, 520)
        self.lines, self.runner = lines, runner
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setPlainText("\n".join(lines[:LIST_SHOWN]))
        note = QLabel(
            self.tr("%1 lines; the first %2 are shown, saving writes them all.")
            .replace("%1", QLocale().toString(len(lines)))
            .replace("%2", QLocale().toString(LIST_SHOWN))
            if len(lines) > LIST_SHOWN
            else self.tr("%1 lines").replace("%1", QLocale().toString(len(lines)))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        save = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save list"), "", self.tr("Text (*.csv *.txt)"))
        if path:
            self.runner.io(_write_lines, path, self.lines, owner=self)


class NumbersEdit(QPlainTextEdit):
    """The numbers box. A paste (or drop) that would take it past LARGE_PASTE_CHARS is handed on as
    ``bulk_pasted(text)`` instead of being inserted: laying out a million lines takes Qt seconds, and every
    draft save and counter update would copy them again."""

    bulk_pasted = Signal(object)  # str, passed as a Python object: as a QString a million numbers cost 40 ms more

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
            if len(text) + self.document().characterCount() > LARGE_PASTE_CHARS:
                self.bulk_pasted.emit(text)
                return
        super().insertFromMimeData(source)


MAX_RESUBMITS = 3  # a submit whose connection broke is sent again (same task key) when the database is back


class ComposePage(QWidget):
    """Form → preview → result, in one stacked widget."""

    preview_shown = Signal(object)  # Preview (tests wait on it)
    draft_restored = Signal()  # the signed-in user's draft was read back (or there was none)
    submitted = Signal(object)  # SubmitResult
    failed = Signal(str)  # the message shown to the user

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opt_out = DEFAULT_OPT_OUT  # until the installation's is read
        self.setObjectName("send_compose")
        self.ctx = ctx
        self.runner = ctx.runner
        self.current: sending.Preview | None = None
        self.task_key: uuid.UUID | None = None
        self.resubmits = 0  # automatic resubmissions of the current task after a lost connection
        self.handle = None
        self.file_headers: list[str] = []
        self._restoring = False
        self.restoring_draft = 0  # draft reads in flight
        self._file_seq = 0
        self.pasted = ""  # numbers pasted as a list (NumbersEdit.bulk_pasted), kept as the text pasted
        self._pasted_count: int | None = None
        self._pasted_seq = 0
        self.drafts = DraftStore.of(ctx.signed.target, ctx.profile.login, ctx.profile.id)

        self.stack = QStackedWidget()
        self.form = self._build_form()
        self.review = self._build_review()
        self.result = self._build_result()
        for page in (self.form, self.review, self.result):
            self.stack.addWidget(page)

        self.progress = QProgressBar()
        self.progress.setObjectName("send_progress")
        self.progress.setMaximumHeight(18)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("send_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setObjectName("send_status")
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)
        layout.addWidget(self.status)

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save_draft)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.start_preview)
        for editor in (self.content, self.paste):
            editor.installEventFilter(self)
        self._saved_signature = ""
        self._default_signature: str | None = None  # the sender's default, resolved by the database
        self._prices = None  # the installation's price list (Settings tab), read with the other settings
        self.update_counter()
        self.restore_draft()

    def eventFilter(self, watched, event) -> bool:
        # Ctrl+Enter previews from inside the editors too (they would otherwise take it as a new line)
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.start_preview()
            return True
        return super().eventFilter(watched, event)

    # -- construction -----------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("send_name")
        self.name_edit.setPlaceholderText(sending.default_name())
        self.name_edit.setMaxLength(200)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("send_kind")
        for kind, label in CommonLabels().kinds():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setCurrentIndex(KINDS.index("notification"))
        self.signature_combo = QComboBox()
        self.signature_combo.setObjectName("send_signature")
        self.signature_combo.addItem(self.tr("(no signature)"), "")
        self.content = QPlainTextEdit()
        self.content.setObjectName("send_content")
        self.content.setPlaceholderText(self.tr("Message text. Ctrl+Enter previews."))
        from smsdesk.ui.tabs.send.highlighter import SensitiveHighlighter

        self.highlighter = SensitiveHighlighter(self.content.document())
        self.counter = QLabel()
        self.counter.setObjectName("send_counter")
        self.opt_out_label = QLabel()
        self.opt_out_label.setObjectName("send_opt_out")
        self.now_radio = QRadioButton(self.tr("Send now"))
        self.now_radio.setObjectName("send_now")
        self.at_radio = QRadioButton(self.tr("Send at"))
        self.at_radio.setObjectName("send_at")
        group = QButtonGroup(self)
        group.addButton(self.now_radio)
        group.addButton(self.at_radio)
        self.now_radio.setChecked(True)
        self.at_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.at_edit.setObjectName("send_at_time")
        self.at_edit.setCalendarPopup(True)
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setEnabled(False)
        when = QHBoxLayout()
        when.addWidget(self.now_radio)
        when.addWidget(self.at_radio)
        when.addWidget(self.at_edit)
        when.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Task name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Signature"), self.signature_combo)
        form.addRow(self.tr("Content"), self.content)
        form.addRow("", self.counter)
        form.addRow("", self.opt_out_label)
        form.addRow(self.tr("When"), when)
        message_box = QGroupBox(self.tr("Message"))
        message_box.setLayout(form)

        self.phrases = PhrasePicker(self.runner)
        self.phrases.phrase_chosen.connect(self.content.insertPlainText)
        phrase_box = QGroupBox(self.tr("Phrases"))
        QVBoxLayout(phrase_box).addWidget(self.phrases)

        # recipients: the four paths
        self.paste = NumbersEdit()
        self.paste.setObjectName("send_numbers")
        self.paste.setPlaceholderText(
            self.tr("Type or paste numbers, separated by commas, spaces, semicolons or lines")
        )
        self.paste.bulk_pasted.connect(self.add_pasted)
        self.pasted_label = QLabel()
        self.pasted_label.setObjectName("send_pasted")
        view_pasted = QPushButton(self.tr("View…"))
        view_pasted.setObjectName("send_view_pasted")
        view_pasted.clicked.connect(self.show_pasted)
        clear_pasted = QPushButton(self.tr("Remove"))
        clear_pasted.setObjectName("send_clear_pasted")
        clear_pasted.clicked.connect(lambda: self.set_pasted(""))
        self.pasted_row = QWidget()
        pasted_layout = QHBoxLayout(self.pasted_row)
        pasted_layout.setContentsMargins(0, 0, 0, 0)
        pasted_layout.addWidget(self.pasted_label, 1)
        pasted_layout.addWidget(view_pasted)
        pasted_layout.addWidget(clear_pasted)
        self.pasted_row.hide()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("send_file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("send_choose_file")
        choose.clicked.connect(self.choose_file)
        clear_file = QPushButton(self.tr("Remove"))
        clear_file.clicked.connect(lambda: self.set_file(None))
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("send_sheet")
        self.sheet_combo.setVisible(False)
        self.sheet_combo.activated.connect(
            lambda _i: self.load_file_info(self.file_edit.text(), self.sheet_combo.currentText())
        )
        self.encoding_label = QLabel(self.tr("Encoding"))
        self.encoding_combo = EncodingCombo()
        self.encoding_combo.setObjectName("send_encoding")
        self.encoding_combo.activated.connect(
            lambda _i: self.load_file_info(self.file_edit.text(), self._sheet(), self.encoding_combo.chosen())
        )
        for widget in (self.encoding_label, self.encoding_combo):
            widget.setVisible(False)
        self.column_combo = QComboBox()
        self.column_combo.setObjectName("send_column")
        self.column_combo.setMinimumWidth(140)
        self.file_note = QLabel()
        self.file_note.setObjectName("send_file_note")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)
        file_row.addWidget(clear_file)
        file_row2 = QHBoxLayout()
        file_row2.addWidget(QLabel(self.tr("Sheet")))
        file_row2.addWidget(self.sheet_combo)
        file_row2.addWidget(self.encoding_label)
        file_row2.addWidget(self.encoding_combo)
        file_row2.addWidget(QLabel(self.tr("Phone column")))
        file_row2.addWidget(self.column_combo)
        file_row2.addWidget(self.file_note, 1)
        self.book_label = QLabel()
        self.book_label.setObjectName("send_book_label")
        pick_groups = QPushButton(self.tr("Add contact group…"))
        pick_groups.setObjectName("send_pick_group")
        pick_groups.clicked.connect(self.pick_group)
        clear_book = QPushButton(self.tr("Clear address-book picks"))
        clear_book.clicked.connect(self.clear_book)
        book_row = QHBoxLayout()
        book_row.addWidget(self.book_label, 1)
        book_row.addWidget(pick_groups)
        book_row.addWidget(clear_book)
        self.contact_ids: list[int] = []
        self.group_ids: list[int] = []
        self.group_names: dict[int, str] = {}

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Numbers")), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.paste, 0, 1)
        grid.addWidget(self.pasted_row, 1, 1)
        grid.addWidget(QLabel(self.tr("File")), 2, 0)
        grid.addLayout(file_row, 2, 1)
        grid.addLayout(file_row2, 3, 1)
        grid.addWidget(QLabel(self.tr("Address book")), 4, 0)
        grid.addLayout(book_row, 4, 1)
        recipients = QGroupBox(self.tr("Recipients"))
        recipients.setLayout(grid)

        self.preview_button = QPushButton(self.tr("Preview (Ctrl+Enter)"))
        self.preview_button.setObjectName("send_preview")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.start_preview)
        new_button = QPushButton(self.tr("New task"))
        new_button.setObjectName("send_new")
        new_button.clicked.connect(self.new_task)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(new_button)
        buttons.addWidget(self.preview_button)

        top = QSplitter()
        top.addWidget(message_box)
        top.addWidget(phrase_box)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(top, 3)
        layout.addWidget(recipients, 2)
        layout.addLayout(buttons)

        for signal in (
            self.name_edit.textChanged,
            self.content.textChanged,
            self.paste.textChanged,
            self.at_edit.dateTimeChanged,
        ):
            signal.connect(self.on_edited)
        for combo in (self.kind_combo, self.signature_combo, self.column_combo):
            combo.currentIndexChanged.connect(self.on_edited)
        self.at_radio.toggled.connect(self.at_edit.setEnabled)
        self.at_radio.toggled.connect(self.on_edited)
        return page

    def _build_review(self) -> QWidget:
        page = QWidget()
        page.setObjectName("send_review")
        self.review_title = QLabel()
        self.review_title.setObjectName("send_review_title")
        font = self.review_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.review_title.setFont(font)
        self.count_labels: dict[str, QLabel] = {}
        counts = QGridLayout()
        names = {
            "valid": self.tr("Valid"),
            "invalid": self.tr("Invalid"),
            "duplicates": self.tr("Duplicates"),
            "blacklisted": self.tr("Blacklisted"),
        }
        for row, (key, label) in enumerate(names.items()):
            value = QLabel()
            value.setObjectName(f"send_count_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.count_labels[key] = value
            view = QPushButton(self.tr("View / save…"))
            view.setObjectName(f"send_view_{key}")
            view.clicked.connect(lambda _c=False, k=key: self.show_list(k))
            counts.addWidget(QLabel(label), row, 0)
            counts.addWidget(value, row, 1)
            counts.addWidget(view, row, 2)
        counts.setColumnStretch(3, 1)
        counts_box = QGroupBox(self.tr("Recipients"))
        counts_box.setLayout(counts)
        self.facts = QLabel()
        self.facts.setObjectName("send_facts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        facts_box = QGroupBox(self.tr("Message and cost"))
        QVBoxLayout(facts_box).addWidget(self.facts)
        self.samples = QTextEdit()
        self.samples.setObjectName("send_samples")
        self.samples.setReadOnly(True)
        samples_box = QGroupBox(self.tr("Sample messages"))
        QVBoxLayout(samples_box).addWidget(self.samples)
        self.warnings = QLabel()
        self.warnings.setObjectName("send_warnings")
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setWordWrap(True)
        back = QPushButton(self.tr("Back to edit"))
        back.setObjectName("send_back")
        back.clicked.connect(self.back)
        self.confirm_button = QPushButton(self.tr("Confirm and submit"))
        self.confirm_button.setObjectName("send_confirm")
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(back)
        buttons.addWidget(self.confirm_button)
        left = QVBoxLayout()
        left.addWidget(counts_box)
        left.addWidget(facts_box)
        left.addStretch(1)
        middle = QHBoxLayout()
        middle.addLayout(left, 1)
        middle.addWidget(samples_box, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review_title)
        layout.addLayout(middle, 1)
        layout.addWidget(KnownDeadOffer(self))  # numbers a number check found empty or suspended (issue 21)
        layout.addWidget(self.warnings)
        layout.addLayout(buttons)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setObjectName("send_result")
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumWidth(560)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        again = QPushButton(self.tr("Compose another task"))
        again.setObjectName("send_again")
        again.clicked.connect(self.new_task)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.result_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    # -- loading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.read(library.signature_choices, on_done=self._on_signature_choices, owner=self)
        self.runner.read(sending.opt_out_suffix, on_done=self.set_opt_out, owner=self)
        self.runner.read(install_settings.price_list, on_done=self._on_prices, owner=self)
        self.runner.read(library.sensitive_words, on_done=self.highlighter.set_words, owner=self)
        self.phrases.refresh()

    def on_changes(self, keys: frozenset[Change]) -> None:
        self.phrases.on_changes(keys)
        if Change.SIGNATURES in keys:
            self.runner.read(library.signature_choices, on_done=self._on_signature_choices, owner=self)
        if Change.WORDS in keys:
            self.runner.read(library.sensitive_words, on_done=self.highlighter.set_words, owner=self)

    def _on_prices(self, prices) -> None:
        self._prices = prices
        self.update_counter()

    def _on_signature_choices(self, choices) -> None:
        rows, self._default_signature = choices
        self.set_signatures(rows)

    def set_signatures(self, rows) -> None:
        wanted = self.signature_combo.currentData() or self._saved_signature
        self.signature_combo.blockSignals(True)
        self.signature_combo.clear()
        self.signature_combo.addItem(self.tr("(no signature)"), "")
        # Only what the database sends with: the signatures of the sender's own group and the groups above it (an
        # administrator also reads those of the groups below, which are not theirs to send under).
        mine = self.ctx.profile.group_path
        for row in rows:
            if mine and not (mine == row.group_path or mine.startswith(row.group_path + "/")):
                continue
            self.signature_combo.addItem(f"{row.bracketed}  {row.group_path}", row.text)
        # The database resolves the default along the sender's own group path (my_default_signature): an
        # administrator reads the signatures of every group below, but never sends with a sub-group's default.
        pick = wanted if wanted else (self._default_signature or "")
        index = self.signature_combo.findData(pick)
        self.signature_combo.setCurrentIndex(max(0, index))
        self.signature_combo.blockSignals(False)
        self.update_counter()

    def set_opt_out(self, suffix: str) -> None:
        """The installation's opt-out suffix: the one the database appends to marketing, so the one counted here."""
        self._opt_out = suffix or DEFAULT_OPT_OUT
        self.update_counter()

    # -- the draft ----------------------------------------------------------------------------------------

    def draft(self, *, recipients: bool = True) -> sending.Draft:
        """The form as a Draft; ``recipients=False`` leaves the numbers out (the live counter needs only the
        message, and copying a pasted list on every keystroke would cost the typist)."""
        send_at = None
        if self.at_radio.isChecked():
            send_at = self.at_edit.dateTime().toPython().astimezone()  # the workstation's time, as everywhere
        column = self.column_combo.currentText() if self.column_combo.count() else None
        return sending.Draft(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentData(),
            signature=self.signature_combo.currentData() or None,
            content=self.content.toPlainText(),
            send_at=send_at,
            typed=self.typed_numbers() if recipients else "",
            file=self.file_edit.text() or None,
            column=column,
            sheet=self._sheet(),
            encoding=self.encoding_combo.chosen() if self.encoding_combo.isVisible() else None,
            contact_ids=list(self.contact_ids),
            group_ids=list(self.group_ids),
            opt_out=self._opt_out,
        )

    def typed_numbers(self) -> str:
        """The numbers box and the pasted list together, as sending reads them."""
        typed = self.paste.toPlainText()
        if not self.pasted:
            return typed
        return f"{typed}\n{self.pasted}" if typed.strip() else self.pasted

    def on_edited(self, *_args) -> None:
        if self._restoring:
            return
        self.update_counter()
        self.save_timer.start()

    def save_draft(self) -> None:
        """Hands a snapshot of the form to the draft file's writer in the background. The snapshot shares the
        strings the page holds (the pasted list is not copied); serialising and writing happen off this thread."""
        self.save_timer.stop()
        data = self.draft(recipients=False).to_dict()
        data["typed"] = self.paste.toPlainText()
        data[PASTED] = self.pasted
        data["pasted_count"] = self._pasted_count  # read back with the draft, not counted again
        data["group_names"] = {str(k): v for k, v in self.group_names.items()}
        data["headers"] = self.file_headers
        self._write_draft(data)

    def discard_draft(self) -> None:
        self.save_timer.stop()
        self._write_draft(None)

    def _write_draft(self, data) -> None:
        drafts = self.drafts  # the write goes on if the page closes meanwhile
        drafts.stage(data)
        self.runner.io(lambda _job: drafts.write(), on_error=self._draft_not_saved)

    def _draft_not_saved(self, exc: BaseException) -> None:
        # the form itself is intact; the next edit tries again
        if shiboken6.isValid(self):
            self.status.setText(self.tr("The draft could not be saved: %1").replace("%1", str(exc)))

    def flush_draft(self) -> None:
        """A save still waiting for the typist to pause is made now (the page is hidden or closing)."""
        if self.save_timer.isActive():
            self.save_draft()

    def hideEvent(self, event) -> None:
        self.flush_draft()
        super().hideEvent(event)

    def restore_draft(self) -> None:
        """Reads the signed-in user's draft in the background; ``draft_restored`` once it is on the form."""
        drafts = self.drafts
        self.restoring_draft += 1
        self.runner.io(lambda _job: drafts.load(), on_done=self._apply_draft, on_error=self._draft_unreadable,
                       owner=self)

    def _draft_unreadable(self, exc: BaseException) -> None:
        self.restoring_draft -= 1
        self.status.setText(self.tr("The draft could not be read: %1").replace("%1", str(exc)))
        self.draft_restored.emit()

    def _apply_draft(self, data) -> None:
        self.restoring_draft -= 1
        try:
            draft = sending.Draft.from_dict(data) if data else None
        except (ValueError, TypeError):
            draft = None
        if draft is None:
            self.draft_restored.emit()
            return
        self._restoring = True
        try:
            self.name_edit.setText(draft.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.kind)))
            self._saved_signature = draft.signature or ""
            if self.signature_combo.findData(self._saved_signature) > 0:
                self.signature_combo.setCurrentIndex(self.signature_combo.findData(self._saved_signature))
            self.content.setPlainText(draft.content)
            self.paste.setPlainText(draft.typed)
            if draft.send_at is not None:
                self.at_radio.setChecked(True)
                self.at_edit.setDateTime(QDateTime(draft.send_at.astimezone().replace(tzinfo=None)))
            # contacts handed over from the Contacts tab before the draft was read back join the draft's
            added, added_groups = self.contact_ids, self.group_ids
            self.contact_ids = list(dict.fromkeys([*draft.contact_ids, *added]))
            self.group_ids = list(dict.fromkeys([*draft.group_ids, *added_groups]))
            self.group_names = {**{int(k): v for k, v in (data.get("group_names") or {}).items()}, **self.group_names}
            if draft.file and not self.file_edit.text():
                self.file_edit.setText(draft.file)
                self.file_headers = list(data.get("headers") or [])
                self.column_combo.clear()
                self.column_combo.addItems(self.file_headers)
                if draft.column:
                    self.column_combo.setCurrentText(draft.column)
                if draft.encoding:  # the encoding chosen for it stays chosen
                    self.encoding_combo.show_file(None, draft.encoding)
                    self.encoding_label.show()
                    self.encoding_combo.show()
        finally:
            self._restoring = False
        if data.get(PASTED) and not self.pasted:
            count = data.get("pasted_count")
            self.set_pasted(str(data[PASTED]), save=False, count=count if isinstance(count, int) else None)
        self.update_book_label()
        self.update_counter()
        if added or added_groups:
            self.save_timer.start()
        self.draft_restored.emit()

    # -- recipients: a pasted list ------------------------------------------------------------------------

    def add_pasted(self, text: str) -> None:
        """A big paste: added to the pasted list (after what was pasted before)."""
        if text.strip():
            self.set_pasted(f"{self.pasted}\n{text}" if self.pasted else text)

    def set_pasted(self, text: str, *, save: bool = True, count: int | None = None) -> None:
        self.pasted = text
        self._pasted_seq += 1
        self._pasted_count = None
        self.pasted_row.setVisible(bool(text))
        if text and count is not None:
            self._on_pasted_counted(self._pasted_seq, count)
        elif text:
            self.pasted_label.setText(self.tr("Pasted list: counting the numbers…"))
            QTimer.singleShot(0, self, lambda seq=self._pasted_seq: self._count_pasted(seq, text))
        if save:
            self.on_edited()
        else:
            self.update_counter()

    def _count_pasted(self, seq: int, text: str) -> None:
        # started once the paste has been handled, so the count does not compete with it for the GIL
        if seq == self._pasted_seq:
            self.runner.io(lambda _job: len(sending.split_typed(text)),
                           on_done=lambda n: self._on_pasted_counted(seq, n), owner=self)

    def _on_pasted_counted(self, seq: int, count: int) -> None:
        if seq != self._pasted_seq:
            return
        self._pasted_count = count
        self.pasted_label.setText(
            self.tr("Pasted list: %1 numbers (not shown in the box above)").replace("%1", QLocale().toString(count))
        )
        self.update_counter()

    def show_pasted(self) -> None:
        text = self.pasted
        if text:
            self.runner.io(lambda _job: sending.split_typed(text),
                           on_done=lambda lines: self._open_list(self.tr("Pasted numbers"), lines), owner=self)

    def new_task(self) -> None:
        self._restoring = True
        try:
            self.name_edit.clear()
            self.name_edit.setPlaceholderText(sending.default_name())
            self.content.clear()
            self.paste.clear()
            self.set_pasted("", save=False)
            self.now_radio.setChecked(True)
            self.set_file(None)
            self.contact_ids, self.group_ids, self.group_names = [], [], {}
        finally:
            self._restoring = False
        self.current, self.task_key = None, None
        self.status.clear()
        self.update_book_label()
        self.update_counter()
        self.save_draft()
        self.stack.setCurrentWidget(self.form)

    # -- live counter -------------------------------------------------------------------------------------

    def estimated_recipients(self) -> int:
        typed = 0
        if self.paste.document().characterCount() < 200_000:
            typed = len(sending.split_typed(self.paste.toPlainText()))
        return typed + (self._pasted_count or 0) + self._file_rows + len(self.contact_ids)

    _file_rows = 0

    def update_counter(self) -> None:
        draft = self.draft(recipients=False)
        m = sending.measure(draft)
        recipients = self.estimated_recipients()
        cost = sending.estimated_cost(m.segments, recipients, draft.kind, self._prices)
        loc = QLocale()
        encoding = "GSM-7" if m.encoding == "GSM7" else "UCS-2"
        text = (
            self.tr("%1 characters · %2 · %3 segments · %4 recipients · estimated cost ¥%5")
            .replace("%1", loc.toString(m.chars))
            .replace("%2", encoding)
            .replace("%3", loc.toString(m.segments))
            .replace("%4", loc.toString(recipients) + ("+" if self.group_ids else ""))
            .replace("%5", f"{cost:,.2f}")
        )
        if m.over_limit:
            text += " · " + self.tr("over the limit of %1 characters").replace("%1", str(m.limit))
        self.counter.setText(text)
        self.counter.setStyleSheet("color: #b00020;" if m.over_limit else "")
        if draft.kind == "marketing":
            self.opt_out_label.setText(
                self.tr("Marketing messages end with “%1” (counted above).").replace("%1", draft.opt_out)
            )
            self.opt_out_label.show()
        else:
            self.opt_out_label.hide()

    # -- recipients: file ---------------------------------------------------------------------------------

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
        self.sheet_combo.hide()
        self.encoding_label.hide()
        self.encoding_combo.hide()
        self.file_headers = []
        self._file_rows = 0
        self.file_note.clear()
        if path:
            self.load_file_info(path, None)
        self.on_edited()

    def _sheet(self) -> str | None:
        return self.sheet_combo.currentText() if self.sheet_combo.isVisible() and self.sheet_combo.count() else None

    def load_file_info(self, path: str, sheet: str | None, encoding: str | None = None) -> None:
        self._file_seq += 1
        seq = self._file_seq
        self.file_note.setText(self.tr("Reading the file…"))
        self.show_progress(True)

        def done(info: sending.FileInfo) -> None:
            if seq != self._file_seq:
                return
            self.show_progress(False)
            self.file_headers = info.headers
            self._file_rows = info.rows
            self.column_combo.blockSignals(True)
            self.column_combo.clear()
            self.column_combo.addItems(info.headers)
            self.column_combo.setCurrentIndex(info.guessed)
            self.column_combo.blockSignals(False)
            if len(info.sheets) > 1:
                self.sheet_combo.blockSignals(True)
                self.sheet_combo.clear()
                self.sheet_combo.addItems(info.sheets)
                self.sheet_combo.setCurrentText(info.sheet or info.sheets[0])
                self.sheet_combo.blockSignals(False)
                self.sheet_combo.show()
            self.encoding_combo.show_file(info.encoding, encoding)
            self.encoding_label.setVisible(info.encoding is not None)
            self.encoding_combo.setVisible(info.encoding is not None)
            self.file_note.setText(self.tr("%1 rows").replace("%1", QLocale().toString(info.rows)))
            self.on_edited()

        def error(exc: BaseException) -> None:
            if seq != self._file_seq:
                return
            self.show_progress(False)
            self.file_note.clear()
            if asks_for_encoding(exc):  # ask, then show the rows read that way (the preview lists them)
                guess = getattr(exc, "params", {}).get("encoding")
                picker = EncodingDialog(describe(exc)[0], Path(path).name, guess, parent=self)
                picker.setObjectName("send_encoding_dialog")
                picker.accepted.connect(lambda: self.load_file_info(path, sheet, picker.chosen()))
                picker.open()
                return
            self.show_error(exc)

        self.handle = self.runner.io(
            lambda _job: sending.file_info(path, sheet, encoding), on_done=done, on_error=error, owner=self
        )

    # -- recipients: address book -------------------------------------------------------------------------

    def add_contacts(self, ids: list[int]) -> None:
        """The Contacts tab's "Send SMS to selection" hands its contact ids here."""
        known = set(self.contact_ids)
        self.contact_ids.extend(i for i in ids if i not in known)
        self.update_book_label()
        self.on_edited()

    def pick_group(self) -> None:
        self.runner.read(contacts.load_book, on_done=self._open_group_picker, on_error=self.show_error, owner=self)

    def _open_group_picker(self, book) -> None:
        from smsdesk.ui.tabs.contacts.group_picker_dialog import GroupPickerDialog

        dialog = GroupPickerDialog(book, self.ctx.profile.id, title=self.tr("Send to a contact group"), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            gid = dialog.target_group()
            if gid is not None and gid not in self.group_ids:
                self.group_ids.append(gid)
                self.group_names[gid] = book.path(gid)
                self.update_book_label()
                self.on_edited()

        dialog.accepted.connect(chosen)
        dialog.open()

    def clear_book(self) -> None:
        self.contact_ids, self.group_ids, self.group_names = [], [], {}
        self.update_book_label()
        self.on_edited()

    def update_book_label(self) -> None:
        parts = []
        if self.contact_ids:
            parts.append(self.tr("%1 contacts").replace("%1", QLocale().toString(len(self.contact_ids))))
        if self.group_ids:
            names = "、".join(self.group_names.get(g, str(g)) for g in self.group_ids)
            parts.append(self.tr("groups (with sub-groups): %1").replace("%1", names))
        self.book_label.setText("; ".join(parts) if parts else self.tr("Nothing picked from the address book"))

    # -- preview and submit -------------------------------------------------------------------------------

    def show_progress(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        if on:
            self.progress.setRange(0, 0)

    def on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
        self.show_progress(False)
        self.preview_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled."))

    def start_preview(self) -> None:
        if self.stack.currentWidget() is not self.form or not self.preview_button.isEnabled():
            return
        draft = self.draft()
        if not draft.has_recipients:
            self.status.setText(
                self.tr("Add recipients first: type numbers, choose a file or pick from the address book.")
            )
            return
        self.save_draft()
        self.status.setText(self.tr("Preparing the preview…"))
        self.preview_button.setEnabled(False)
        self.show_progress(True)
        self.handle = self.runner.read(
            sending.preview,
            draft,
            on_done=self.show_preview,
            on_error=self._preview_failed,
            on_progress=self.on_progress,
            owner=self,
        )

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.show_progress(False)
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        text, detail = describe(exc)
        if getattr(exc, "code", "") == "insufficient_quota" and hasattr(exc, "shortfall"):
            text = self.tr("Not enough quota: %1 segments short. Nothing was submitted.").replace(
                "%1", QLocale().toString(exc.shortfall)
            )
        self.status.setText(f"<span style='color:#b00020'>{html.escape(text)}</span>")  # may name a sheet or file
        self.status.setToolTip(detail)
        self.failed.emit(text)

    def show_preview(self, p: sending.Preview) -> None:
        self.preview_button.setEnabled(True)
        self.show_progress(False)
        self.status.clear()
        self.current = p
        self.task_key = uuid.uuid4()  # a new key per preview: confirming twice queues one task
        loc = QLocale()
        self.review_title.setText(self.tr("Preview of “%1”").replace("%1", p.name))
        for key, value in (
            ("valid", p.valid_count),
            ("invalid", p.invalid_count),
            ("duplicates", p.duplicate_count),
            ("blacklisted", p.blacklisted_count),
        ):
            self.count_labels[key].setText(loc.toString(value))
        encoding = "GSM-7" if p.message.encoding == "GSM7" else "UCS-2"
        starts = p.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
        rows = [
            (self.tr("Characters"), loc.toString(p.message.chars)),
            (self.tr("Encoding"), encoding),
            (self.tr("Segments per message"), loc.toString(p.segments)),
            (self.tr("Segments in total"), loc.toString(p.needed)),
            (self.tr("Estimated cost"), f"¥{p.cost:,.2f}"),
            (self.tr("Quota left"), loc.toString(p.quota_left)),
            (self.tr("Starts"), starts),
            (self.tr("Sensitive words"), "、".join(p.words) if p.words else self.tr("none")),
        ]
        self.facts.setText(
            "<table cellspacing='3'>"
            + "".join(f"<tr><td>{k}</td><td><b>{_esc(v)}</b></td></tr>" for k, v in rows)
            + "</table>"
        )
        self.samples.setHtml("".join(f"<p><b>{_esc(who)}</b><br>{_esc(text)}</p>" for who, text in p.samples))
        lines = [f"<span style='color:#b00020'>{_esc(self.problem_text(c, a))}</span>" for c, a in p.problems]
        lines += [f"<span style='color:#8a5a00'>{_esc(self.warning_text(c, a))}</span>" for c, a in p.warnings]
        self.warnings.setText("<br>".join(lines))
        self.confirm_button.setEnabled(p.can_submit)
        self.stack.setCurrentWidget(self.review)
        self.preview_shown.emit(p)

    def problem_text(self, code: str, arg: str) -> str:
        loc = QLocale()
        if code == "quota_short":
            return self.tr("Not enough quota: %1 segments short. The task would be refused.").replace(
                "%1", loc.toString(int(arg))
            )
        if code == "past_schedule":
            return self.tr("The send time is in the past. Choose a later time or send now.")
        if code == "no_recipients":
            return self.tr("No valid recipient is left.")
        if code == "content_over_limit":
            return self.tr("The content is longer than the %1 characters allowed for this kind.").replace("%1", arg)
        if code in ("content_empty", "content_empty_content"):
            return self.tr("The message has no content.")
        if code.startswith("content_signature"):
            return self.tr("The signature cannot be used.")
        if code == "sensitive_refused":
            return self.tr("The content holds sensitive words and cannot be sent: %1").replace("%1", arg)
        if code == "name_too_long":
            return self.tr("A task name has at most 200 characters.")
        return code

    def warning_text(self, code: str, arg: str) -> str:
        if code == "quiet_hours":
            when = datetime.fromisoformat(arg).astimezone().strftime("%Y-%m-%d %H:%M")
            return self.tr("Marketing messages are sent only in the allowed hours: this task waits until %1.").replace(
                "%1", when
            )
        if code == "sensitive_words":
            return self.tr("Sensitive words will be replaced by *: %1").replace("%1", arg)
        if code == "review":
            return self.tr("Your tasks need approval: this one will wait for a reviewer.")
        return code

    def show_list(self, key: str) -> None:
        p = self.current
        if p is None:
            return
        titles = {
            "valid": self.tr("Valid numbers"),
            "invalid": self.tr("Invalid numbers"),
            "duplicates": self.tr("Duplicate numbers"),
            "blacklisted": self.tr("Blacklisted numbers"),
        }
        if key == "duplicates":
            self.show_progress(True)

            def done(rows) -> None:
                self.show_progress(False)
                self._open_list(titles[key], [f"{n},{k}" for n, k in rows])

            self.handle = self.runner.io(p.duplicate_list, on_done=done, on_error=self._preview_failed, owner=self)
            return
        if key == "valid":
            lines = p.valid_list()
        elif key == "invalid":
            lines = [f"{raw},{reason}" for _src, raw, reason in p.invalid_list()]
        else:
            lines = [f"{n},{scope}" for n, scope in p.blacklisted_list()]
        self._open_list(titles[key], lines)

    def _open_list(self, title: str, lines: list[str]) -> None:
        dialog = ListDialog(title, lines, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def back(self) -> None:
        self.stack.setCurrentWidget(self.form)

    def confirm(self) -> None:
        if self.current is None or not self.confirm_button.isEnabled():
            return
        self.confirm_button.setEnabled(False)
        self.resubmits = 0
        self._submit()

    def _submit(self) -> None:
        self.show_progress(True)
        self.status.setText(self.tr("Submitting…"))

        def error(exc: BaseException) -> None:
            self.show_progress(False)
            if getattr(exc, "code", "") == "unreachable" and self.resubmits < MAX_RESUBMITS:
                # The connection broke under the submit: it may or may not have been committed. The same task key
                # again returns the first task if it was, so the page submits again once the database answers.
                self.resubmits += 1
                self.status.setText(
                    self.tr(
                        "The connection to the database was lost while submitting. The task is submitted again as "
                        "soon as the database can be reached; it is queued once, never twice."
                    )
                )
                self.ctx.notifications.reachability.connect(self._on_reachability_for_resubmit)
                self.ctx.notifications.check()
                return
            self.confirm_button.setEnabled(True)  # the same key again is safe: a retry never queues twice
            self.show_error(exc)

        self.handle = self.runner.write(
            sending.submit,
            self.current,
            self.task_key,
            changes={Change.TASKS, Change.QUOTA},
            on_done=self.show_result,
            on_error=error,
            owner=self,
        )

    def _on_reachability_for_resubmit(self, up: bool, _detail: str) -> None:
        if not up:
            return  # still down: the banner says so; wait for the connection to come back
        self.ctx.notifications.reachability.disconnect(self._on_reachability_for_resubmit)
        if self.current is not None and self.task_key is not None:
            self._submit()

    def show_result(self, result: sending.SubmitResult) -> None:
        self.show_progress(False)
        self.status.clear()
        states = {
            "queued": self.tr("queued for sending"),
            "scheduled": self.tr("scheduled"),
            "awaiting_review": self.tr("waiting for approval"),
        }
        loc = QLocale()
        self.result_label.setText(
            "<h3>"
            + _esc(
                self.tr("Task %1 is %2.")
                .replace("%1", str(result.task_id))
                .replace("%2", states.get(result.status, result.status))
            )
            + "</h3><p>"
            + _esc(
                self.tr("%1 recipients, %2 segments reserved from your quota.")
                .replace("%1", loc.toString(result.recipients))
                .replace("%2", loc.toString(result.reserved))
            )
            + "</p>"
        )
        self.stack.setCurrentWidget(self.result)
        self.discard_draft()
        self.submitted.emit(result)


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
