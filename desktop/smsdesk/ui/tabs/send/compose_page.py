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
from itertools import pairwise
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
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
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.kinds import KINDS
from smsdesk.domain.text import DEFAULT_OPT_OUT
from smsdesk.domain.words import fold
from smsdesk.infra.csv_writer import safe_writer
from smsdesk.infra.drafts import PASTED, DraftStore
from smsdesk.services import contacts, library, sending
from smsdesk.services import settings as install_settings
from smsdesk.ui.changes import Change
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.messages import describe
from smsdesk.ui.tabs.numbercheck.send_offer import KnownDeadOffer
from smsdesk.ui.widgets.encoding_picker import EncodingCombo, EncodingDialog, asks_for_encoding
from smsdesk.ui.widgets.phrase_picker import PhrasePicker
from smsdesk.ui.widgets.row_table import Column, RowTableModel

SAVE_DELAY_MS = 400
LARGE_PASTE_CHARS = 50_000  # about 4,000 numbers: a bigger paste becomes a pasted list, not editor lines
LIST_SHOWN = 10_000  # lines a list viewer shows; saving writes every line
FILE_FILTER = "*.csv *.txt *.xlsx *.xls"


def _write_rows(_job, path: str, headers: list[str], rows: list[tuple]) -> int:
    """The list as CSV with its header row (UTF-8 with BOM, so Excel reads the Chinese); no cell a formula."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = safe_writer(f)
        writer.writerow(headers)
        writer.writerows(rows)
    return len(rows)


class ListDialog(QDialog):
    """One list of the preview (valid, invalid, duplicates, blacklisted): a table with headers (where an invalid
    number came from: the file's row or its place among the typed numbers), saveable as CSV."""

    def __init__(
        self, title: str, headers: list[str], rows: list[tuple], runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("send_list_dialog")
        self.setWindowTitle(title)
        self.resize(620, 540)
        self.headers, self.rows, self.runner = headers, rows, runner
        self.model = RowTableModel(
            [Column(h, (lambda r, i=i: r[i]), (lambda r, i=i: "" if r[i] is None else str(r[i]))) for i, h in
             enumerate(headers)],
            self,
        )
        self.model.set_rows(rows[:LIST_SHOWN])
        self.view = QTableView()
        self.view.setObjectName("send_list_table")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()  # at most LIST_SHOWN short rows
        count = len(rows)
        note = QLabel(
            self.tr("%Ln row(s); the first %1 are shown, saving writes them all.", "", count).replace(
                "%1", QLocale().toString(LIST_SHOWN)
            )
            if count > LIST_SHOWN
            else self.tr("%Ln row(s)", "", count)
        )
        note.setObjectName("send_list_note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        save = buttons.addButton(self.tr("Save…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save list"), "", self.tr("CSV (*.csv)"))
        if path:
            self.runner.io(_write_rows, path, self.headers, self.rows, owner=self)


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
    task_open_requested = Signal(int)  # "View task" on the result page: the Tasks tab shows it

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
            shortcut.activated.connect(self.go_on)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.go_back)
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
            self.go_on()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        # The same keys as the shortcuts, for a key that reaches the page unhandled while its window is not the
        # active one (the shortcuts only fire in the active window).
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.go_on()
            return
        super().keyPressEvent(event)

    def go_on(self) -> None:
        """Ctrl+Enter: preview from the form, submit from the preview, another task from the result."""
        page = self.stack.currentWidget()
        if page is self.form:
            self.start_preview()
        elif page is self.review:
            self.confirm()
        elif page is self.result:
            self.new_task()

    def go_back(self) -> None:
        """Esc: a running preview or submit is cancelled; the preview goes back to the form; the result page
        starts the next task."""
        if not self.progress.isHidden():  # the page shows work going on (its handle may finish a moment later)
            self.cancel()
        elif self.stack.currentWidget() is self.review:
            self.back()
        elif self.stack.currentWidget() is self.result:
            self.new_task()

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
        clear_file.setObjectName("send_clear_file")
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
        self.sheet_label = QLabel(self.tr("Sheet"))  # shown with its combo, for workbooks of several sheets
        self.sheet_label.setVisible(False)
        file_row2.addWidget(self.sheet_label)
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
        clear_book.setObjectName("send_clear_book")
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
        # Keyboard: Tab leaves the editors (an SMS has no use for a tab character) and goes down the form as it
        # reads, message, time, recipients, then Preview; the phrase picker beside the message comes last.
        self.content.setTabChangesFocus(True)
        self.paste.setTabChangesFocus(True)
        order = [self.name_edit, self.kind_combo, self.signature_combo, self.content, self.now_radio, self.at_radio,
                 self.at_edit, self.paste, view_pasted, clear_pasted, choose, clear_file, self.sheet_combo,
                 self.encoding_combo, self.column_combo, pick_groups, clear_book, self.preview_button, new_button,
                 self.phrases]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)
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
        self.view_buttons: dict[str, QPushButton] = {}
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
            self.view_buttons[key] = view
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
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        facts_box = QGroupBox(self.tr("Message and cost"))
        QVBoxLayout(facts_box).addWidget(self.facts)

        # The text exactly as it goes out (the database's own: masked words are shown as masked, and marked).
        self.sent_text = QTextEdit()
        self.sent_text.setObjectName("send_sent_text")
        self.sent_text.setReadOnly(True)
        self.sent_text.setTabChangesFocus(True)
        self.words_note = QLabel()
        self.words_note.setObjectName("send_words_note")
        self.words_note.setWordWrap(True)
        self.words_note.setTextFormat(Qt.TextFormat.RichText)
        self.words_accept = QCheckBox(self.tr("Send the replaced text"))
        self.words_accept.setObjectName("send_words_accept")
        self.words_accept.toggled.connect(self._update_confirm)
        self.words_edit = QPushButton(self.tr("Edit the words…"))
        self.words_edit.setObjectName("send_words_edit")
        self.words_edit.clicked.connect(self.edit_words)
        words_row = QHBoxLayout()
        words_row.addWidget(self.words_accept)
        words_row.addStretch(1)
        words_row.addWidget(self.words_edit)
        sent_box = QGroupBox(self.tr("As it will be sent"))
        sent_layout = QVBoxLayout(sent_box)
        sent_layout.addWidget(self.sent_text, 1)
        sent_layout.addWidget(self.words_note)
        sent_layout.addLayout(words_row)
        self.samples = QTextEdit()
        self.samples.setObjectName("send_samples")
        self.samples.setReadOnly(True)
        self.samples.setTabChangesFocus(True)
        samples_box = QGroupBox(self.tr("Sample messages"))
        QVBoxLayout(samples_box).addWidget(self.samples)

        # Warnings (the send waits, needs approval…); one more line may join them (a number-check offer).
        self.warnings = QLabel()
        self.warnings.setObjectName("send_warnings")
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.warnings.setWordWrap(True)
        self.notes = QVBoxLayout()
        self.notes.addWidget(self.warnings)

        # What stops the submit, beside the button it greys out, with whom to ask.
        self.problem_label = QLabel()
        self.problem_label.setObjectName("send_problem")
        self.problem_label.setTextFormat(Qt.TextFormat.RichText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        back = QPushButton(self.tr("Back to edit (Esc)"))
        back.setObjectName("send_back")
        back.clicked.connect(self.back)
        self.confirm_button = QPushButton(self.tr("Confirm and submit (Ctrl+Enter)"))
        self.confirm_button.setObjectName("send_confirm")
        self.confirm_button.clicked.connect(self.confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem_label, 1)
        buttons.addWidget(back)
        buttons.addWidget(self.confirm_button)

        top = QHBoxLayout()
        top.addWidget(counts_box, 1)
        top.addWidget(facts_box, 1)
        middle = QHBoxLayout()
        middle.addWidget(sent_box, 1)
        middle.addWidget(samples_box, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.review_title)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(KnownDeadOffer(self))  # numbers a number check found empty or suspended (issue 21)
        layout.addLayout(self.notes)
        layout.addLayout(buttons)
        # keyboard: the decision first, then the lists
        QWidget.setTabOrder(self.confirm_button, back)
        QWidget.setTabOrder(back, self.words_accept)
        QWidget.setTabOrder(self.words_accept, self.words_edit)
        QWidget.setTabOrder(self.words_edit, self.view_buttons["valid"])
        for a, b in pairwise(self.view_buttons.values()):
            QWidget.setTabOrder(a, b)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setObjectName("send_result")
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumWidth(560)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view_task_button = QPushButton(self.tr("View task"))
        self.view_task_button.setObjectName("send_view_task")
        self.view_task_button.clicked.connect(self._on_view_task_clicked)
        again = QPushButton(self.tr("Compose another task"))
        again.setObjectName("send_again")
        again.clicked.connect(self.new_task)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.view_task_button)
        row.addWidget(again)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.result_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(row)
        layout.addStretch(2)
        self._result_task: int | None = None
        return page

    def _on_view_task_clicked(self) -> None:
        if self._result_task is not None:
            self.task_open_requested.emit(self._result_task)

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
        # The database lists what the sender may send with (my_signatures: their own group and those above it,
        # nearest first) and resolves the default along that path; the template page shows the same.
        for row in rows:
            self.signature_combo.addItem(signature_label(row), row.text)
        # last, so that it is never picked by accident: carriers reject most unsigned messages
        self.signature_combo.addItem(self.tr("(no signature)"), "")
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
        data["file_rows"] = self._file_rows
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
        restored_file = None
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
                rows = data.get("file_rows")
                self._file_rows = rows if isinstance(rows, int) and rows >= 0 else 0
                if self._file_rows:
                    self.file_note.setText(self.tr("%Ln row(s)", "", self._file_rows))
                restored_file = draft
        finally:
            self._restoring = False
        if data.get(PASTED) and not self.pasted:
            count = data.get("pasted_count")
            self.set_pasted(str(data[PASTED]), save=False, count=count if isinstance(count, int) else None)
        self.update_book_label()
        self.update_counter()
        if added or added_groups:
            self.save_timer.start()
        if restored_file is not None:
            # The file may have changed since: its rows are counted again (the column chosen stays chosen).
            self._recount_file(restored_file.file, restored_file.sheet, restored_file.encoding)
        self.draft_restored.emit()

    def _recount_file(self, path: str, sheet: str | None, encoding: str | None) -> None:
        self._file_seq += 1
        seq = self._file_seq

        def done(info: sending.FileInfo) -> None:
            if seq == self._file_seq and self.file_edit.text() == path:
                self._file_rows = info.rows
                self.file_note.setText(self.tr("%Ln row(s)", "", info.rows))
                self.update_counter()

        def gone(exc: BaseException) -> None:
            if seq == self._file_seq and self.file_edit.text() == path:
                self.file_note.setText(describe(exc)[0])

        self.runner.io(lambda _job: sending.file_info(path, sheet, encoding), on_done=done, on_error=gone, owner=self)

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
            self.tr("Pasted list: %Ln number(s) (not shown in the box above)", "", count)
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
            # a new task starts from the defaults, not from the last task's kind, signature or time
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData("notification")))
            self._saved_signature = ""
            index = self.signature_combo.findData(self._default_signature or "")
            self.signature_combo.setCurrentIndex(max(0, index))
            self.at_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
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
        self.content.setFocus()

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
        encoding = "GSM-7" if m.encoding == "GSM7" else "UCS-2"
        parts = [
            self.tr("%Ln character(s)", "", m.chars),
            encoding,
            self.tr("%Ln segment(s)", "", m.segments),
            # contact groups are counted at preview: until then "at least"
            self.tr("%Ln or more recipient(s)", "", recipients) if self.group_ids
            else self.tr("%Ln recipient(s)", "", recipients),
            self.tr("estimated cost %1").replace("%1", money(cost)),
        ]
        text = " · ".join(parts)
        if m.over_limit:
            text += " · " + self.tr("over the limit of %Ln character(s)", "", int(m.limit))
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
        self.sheet_label.hide()
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
                self.sheet_label.show()
            self.encoding_combo.show_file(info.encoding, encoding)
            self.encoding_label.setVisible(info.encoding is not None)
            self.encoding_combo.setVisible(info.encoding is not None)
            self.file_note.setText(self.tr("%Ln row(s)", "", info.rows))
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
            parts.append(self.tr("%Ln contact(s)", "", len(self.contact_ids)))
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
            text = self.tr("Not enough quota: %Ln segment(s) short. Nothing was submitted.", "", int(exc.shortfall))
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
            self.view_buttons[key].setEnabled(value > 0)
        encoding = "GSM-7" if p.message.encoding == "GSM7" else "UCS-2"
        starts = loc.toString(QDateTime(p.starts_at.astimezone().replace(tzinfo=None)), "yyyy-MM-dd HH:mm")
        rows = [
            (self.tr("Characters"), loc.toString(p.message.chars)),
            (self.tr("Encoding"), encoding),
            (self.tr("Segments per message"), loc.toString(p.segments)),
            (self.tr("Segments in total"), loc.toString(p.needed)),
            (self.tr("Estimated cost"), money(p.cost)),
            (self.tr("Quota left"), loc.toString(p.quota_left)),
            (self.tr("Starts"), starts),
        ]
        self.facts.setText(
            "<table cellspacing='3'>"
            + "".join(f"<tr><td>{_esc(k)}</td><td><b>{_esc(v)}</b></td></tr>" for k, v in rows)
            + "</table>"
        )
        spans = self.word_spans(p)
        self.sent_text.setHtml(_marked(p.message.text, _shift(spans, p.message.text.find(p.message.content))))
        marks = _shift(spans, p.message.text.find(p.message.content))
        self.samples.setHtml(
            "".join(f"<p><b>{_esc(who)}</b><br>{_marked(text, marks)}</p>" for who, text in p.samples)
        )
        self._show_words(p)
        problems = [self.problem_text(c, a) for c, a in p.problems]
        self.problem_label.setText("<br>".join(f"<span style='color:#b00020'>{_esc(t)}</span>" for t in problems))
        self.warnings.setText(
            "<br>".join(
                f"<span style='color:#8a5a00'>{_esc(self.warning_text(c, a))}</span>"
                for c, a in p.warnings
                if c != "sensitive_words"  # said beside the text, with its own confirmation
            )
        )
        self.words_accept.setChecked(False)
        self._update_confirm()
        self.stack.setCurrentWidget(self.review)
        (self.confirm_button if self.confirm_button.isEnabled() else self.review).setFocus()
        self.preview_shown.emit(p)

    def word_spans(self, p: sending.Preview) -> list[tuple[int, int]]:
        """Where in the content the sensitive words are: the characters the database masked (or, when the
        installation refuses them, the words as typed)."""
        original, sent = p.draft.content or "", p.message.content
        if p.words and not p.words_refused and len(original) == len(sent):
            return _runs([i for i, (a, b) in enumerate(zip(original, sent, strict=True)) if b == "*" and a != "*"])
        if p.words:
            folded = fold(sent)
            found = []
            for word in p.words:
                key = fold(word)
                at = folded.find(key) if key else -1
                while at >= 0:
                    found.extend(range(at, at + len(key)))
                    at = folded.find(key, at + 1)
            return _runs(sorted(set(found))) if len(folded) == len(sent) else []
        return []

    def _show_words(self, p: sending.Preview) -> None:
        words = "、".join(p.words)
        if not p.words:
            self.words_note.setText(self.tr("No sensitive words."))
        elif p.words_refused:
            self.words_note.setText(
                "<span style='color:#b00020'>"
                + _esc(self.tr("Sensitive words are refused by this installation: %1. Edit them to send.")
                       .replace("%1", words))
                + "</span>"
            )
        else:
            self.words_note.setText(
                "<span style='color:#b00020'>"
                + _esc(self.tr("Sensitive words found: %1. They go out replaced by *, as marked above.")
                       .replace("%1", words))
                + "</span>"
            )
        self.words_accept.setVisible(bool(p.words) and not p.words_refused)
        self.words_edit.setVisible(bool(p.words))

    def needs_word_consent(self) -> bool:
        p = self.current
        return p is not None and bool(p.words) and not p.words_refused

    def _update_confirm(self, *_args) -> None:
        p = self.current
        ok = p is not None and p.can_submit and (not self.needs_word_consent() or self.words_accept.isChecked())
        self.confirm_button.setEnabled(ok)
        if p is not None and p.can_submit and not ok:
            self.confirm_button.setToolTip(self.tr("Tick “Send the replaced text” or edit the words first."))
        else:
            self.confirm_button.setToolTip("")

    def edit_words(self) -> None:
        """Back to the editor with the first sensitive word selected."""
        p = self.current
        self.back()
        if p is None or not p.words:
            return
        text = self.content.toPlainText()
        folded = fold(text)
        places = [folded.find(fold(w)) for w in p.words if fold(w)]
        places = [(at, len(fold(w))) for at, w in zip(places, p.words, strict=False) if at >= 0]
        if places and len(folded) == len(text):
            at, length = min(places)
            cursor = self.content.textCursor()
            cursor.setPosition(at)
            cursor.setPosition(at + length, cursor.MoveMode.KeepAnchor)
            self.content.setTextCursor(cursor)
        self.content.setFocus()

    def problem_text(self, code: str, arg: str) -> str:
        if code == "quota_short":
            p = self.current
            needed = self.tr("%Ln segment(s) needed", "", int(p.needed)) if p is not None else "?"
            left = self.tr("%Ln left", "segments", int(p.quota_left or 0)) if p is not None else "?"
            return (
                self.tr("Not enough quota: %1, %2, %3. Ask an administrator of %4 to top up "
                        "your quota, or send to fewer recipients.")
                .replace("%1", needed)
                .replace("%2", left)
                .replace("%3", self.tr("%Ln short", "segments", int(arg)))
                .replace("%4", quota_source(self.ctx.profile) or self.tr("your group"))
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
        return self.tr("The task cannot be submitted as it is.")

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
        number = self.tr("Number")
        if key == "duplicates":
            self.show_progress(True)

            def done(rows) -> None:
                self.show_progress(False)
                self._open_list(titles[key], [number, self.tr("Times given")], rows)

            self.handle = self.runner.io(p.duplicate_list, on_done=done, on_error=self._preview_failed, owner=self)
            return
        if key == "valid":
            self._open_list(titles[key], [number], [(n,) for n in p.valid_list()])
        elif key == "invalid":
            sources = {"typed": self.tr("Typed"), "file": self.tr("File"), "contacts": self.tr("Address book")}
            self.show_progress(True)

            def found(invalid) -> None:
                self.show_progress(False)
                rows = [
                    (sources.get(src, src), self._where(src, at), raw, self.reason_text(reason))
                    for src, at, raw, reason in invalid
                ]
                headers = [self.tr("Source"), self.tr("Row"), self.tr("As given"), self.tr("Reason")]
                self._open_list(titles[key], headers, rows)

            self.handle = self.runner.io(p.invalid_rows, on_done=found, on_error=self._preview_failed, owner=self)
        else:
            rows = [(n, self.scope_text(scope)) for n, scope in p.blacklisted_list()]
            self._open_list(titles[key], [number, self.tr("Blacklist")], rows)

    def _where(self, source: str, at: int | None) -> str:
        if at is None:
            return ""
        if source == "typed":
            return self.tr("item %1").replace("%1", QLocale().toString(at))
        return QLocale().toString(at)

    def reason_text(self, reason: str) -> str:
        return {
            "empty": self.tr("empty"),
            "not_a_number": self.tr("not a number"),
            "bad_chars": self.tr("letters or symbols"),
            "imprecise": self.tr("rounded by Excel (1.38E+10)"),
            "too_short": self.tr("too short"),
            "too_long": self.tr("too long"),
            "invalid_prefix": self.tr("no such mobile prefix"),
            "unknown_country": self.tr("unknown country code"),
            "invalid_number": self.tr("no such number"),
            "not_mobile": self.tr("not a mobile number"),
            "no_mobile": self.tr("the contact has no mobile number"),
        }.get(reason, self.tr("not a valid number"))

    def scope_text(self, scope: str) -> str:
        return {
            "global": self.tr("Global blacklist"),
            "kind": self.tr("Blacklist of this message kind"),
            "group": self.tr("Blacklist of your group"),
        }.get(scope, self.tr("Blacklist"))

    def _open_list(self, title: str, headers: list[str], rows: list[tuple]) -> None:
        dialog = ListDialog(title, headers, rows, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def back(self) -> None:
        self.stack.setCurrentWidget(self.form)

    def confirm(self) -> None:
        if self.current is None or not self.confirm_button.isEnabled() or self.stack.currentWidget() is not self.review:
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
            self._update_confirm()  # the same key again is safe: a retry never queues twice
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
        self._result_task = result.task_id
        self.result_label.setText(
            "<h3>"
            + _esc(
                self.tr("Task %1 is %2.")
                .replace("%1", str(result.task_id))
                .replace("%2", states.get(result.status, self.tr("submitted")))
            )
            + "</h3><p>"
            + _esc(
                self.tr("%Ln recipient(s)", "", result.recipients)
                + self.tr(", ")
                + self.tr("%Ln segment(s) reserved from your quota.", "", result.reserved)
            )
            + "</p>"
        )
        self.stack.setCurrentWidget(self.result)
        self.view_task_button.setFocus()
        self.discard_draft()
        self.submitted.emit(result)


def quota_source(profile) -> str:
    """The group whose administrators top up this user: their own group's, or for an administrator the group
    above (an administrator's quota is managed from there; the top group's administrators manage one another)."""
    path = profile.group_path or ""
    if profile.is_admin and "/" in path:
        return path.rsplit("/", 1)[0]
    return path


def signature_label(row) -> str:
    """How both pages of the Send tab name a signature: the bracketed text and the group it belongs to."""
    return f"{row.bracketed} · {row.group_path}"


def money(value) -> str:
    """A cost in yuan, in the console's language (the one place the Send tab formats a price)."""
    return "¥" + QLocale().toString(float(value), "f", 2)


def _runs(positions: list[int]) -> list[tuple[int, int]]:
    """Sorted character positions as (start, end) runs."""
    runs: list[tuple[int, int]] = []
    for i in positions:
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    return runs


def _shift(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(a + by, b + by) for a, b in spans] if by >= 0 else []


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` as HTML with ``spans`` marked the way the editor marks sensitive words."""
    out, at = [], 0
    for a, b in spans:
        out.append(_esc(text[at:a]))
        out.append(f"<span style='background:#ffd6d6;color:#b00020;text-decoration:underline'>{_esc(text[a:b])}</span>")
        at = b
    out.append(_esc(text[at:]))
    return "".join(out)


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
