"""Sensitive words (SET-1): the installation's list, searched, added to, imported, and tried on a test text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.words import fold
from smsdesk.services import library
from smsdesk.ui.changes import Change
from smsdesk.ui.formats import when
from smsdesk.ui.tabs.library.labels import LibraryLabels
from smsdesk.ui.tabs.library.section import Section, error_text, file_dialog
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowTableModel

REPORT_ROWS = 200  # refused rows listed in an import report's details


class WordsSection(Section):
    changes = frozenset({Change.WORDS})

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("words_section")
        self.labels = LibraryLabels(self)
        self.editable = False

        self.search = QLineEdit()
        self.search.setObjectName("word_search")
        self.search.setPlaceholderText(self.tr("Search words…"))
        self.search.setClearButtonEnabled(True)
        self.new_word = QLineEdit()
        self.new_word.setObjectName("word_new")
        self.new_word.setPlaceholderText(self.tr("New word"))
        self.new_word.setMaxLength(200)  # longer ones are refused with a message, not cut silently
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("word_add")
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("word_import")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("word_delete")
        self.note = QLabel(self.tr("The sensitive words are managed by the administrators of the top-level group."))
        self.note.setObjectName("word_note")
        self.note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("word_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        self.model = RowTableModel(
            [
                Column(self.tr("Word"), lambda w: w.word),
                Column(self.tr("Added by"), lambda w: w.author or ""),
                Column(
                    self.tr("Added"),
                    lambda w: w.created_at,
                    lambda w: when(w.created_at),
                ),
            ],
            self,
        )
        # 10,000+ rows: no sorting proxy (it calls Python per comparison); the database gives the newest first and
        # a search filters the loaded list in Python, so typing never waits for a query or stalls the window.
        self.table = DataTableView(ctx.prefs.raw(), "library/words_header")
        self.table.setObjectName("word_table")
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnHidden(1, not ctx.profile.is_admin)  # operators cannot see other users' names
        self.table.setColumnWidth(1, 110)
        self.table.restore_header()
        self.all_rows: list[library.WordRow] = []
        self.keys: list[str] = []  # each word folded as the matcher compares it
        self.count = QLabel()
        self.count.setObjectName("word_count")

        self.test_text = QPlainTextEdit()
        self.test_text.setObjectName("word_test_text")
        self.test_text.setPlaceholderText(self.tr("Type or paste a message to see what would be masked…"))
        self.masked = QPlainTextEdit()
        self.masked.setObjectName("word_masked")
        self.masked.setReadOnly(True)
        self.hits = QLabel()
        self.hits.setObjectName("word_hits")
        self.hits.setWordWrap(True)
        test_box = QGroupBox(self.tr("Test text"))
        tl = QVBoxLayout(test_box)
        tl.addWidget(self.test_text, 1)
        tl.addWidget(QLabel(self.tr("As it would be sent:")))
        tl.addWidget(self.masked, 1)
        tl.addWidget(self.hits)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.new_word)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        bar.addWidget(self.delete_button)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(test_box)
        splitter.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

        self._mask_timer = QTimer(self)
        self._mask_timer.setSingleShot(True)
        self._mask_timer.setInterval(200)
        self._mask_timer.timeout.connect(self.update_masked)
        self.search.textChanged.connect(self._filter)
        self.new_word.textChanged.connect(lambda _t: self._set_problem(""))
        self.new_word.returnPressed.connect(self.add_word)
        self.add_button.clicked.connect(self.add_word)
        self.import_button.clicked.connect(self.choose_file)
        self.delete_button.clicked.connect(self.delete_selected)
        self.test_text.textChanged.connect(lambda: self._mask_timer.start())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.apply_rights())
        self.shortcuts(find=self.search.setFocus, new=self.new_word.setFocus, delete=self.delete_selected)
        self.apply_rights()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("WordsSection", "Sensitive words")

    def refresh(self) -> None:
        super().refresh()
        self.read(self._load, on_done=self._show)
        self.update_masked()

    @staticmethod
    def _load(session) -> tuple[list, list[str]]:
        rows = library.words(session)
        return rows, [fold(w.word) for w in rows]

    def _show(self, loaded: tuple[list, list[str]]) -> None:
        self.loaded = True
        self.all_rows, self.keys = loaded
        self._filter()

    def _filter(self) -> None:
        needle = fold(self.search.text().strip())
        if needle:
            rows = [row for key, row in zip(self.keys, self.all_rows, strict=True) if needle in key]
        else:
            rows = self.all_rows
        self.model.set_rows(rows)
        total = len(self.all_rows)
        text = self.tr("%n word(s)", "", total)
        if len(rows) != total:
            text = self.tr("%1 of %2 shown").replace("%1", QLocale().toString(len(rows))).replace("%2", text)
        self.count.setText(text)
        self.apply_rights()

    def apply_rights(self) -> None:
        self.editable = bool(self.rights and self.rights.is_top_admin)
        for widget in (self.new_word, self.add_button, self.import_button, self.delete_button):
            widget.setVisible(self.editable)
        self.note.setVisible(self.rights is not None and not self.editable)
        self.delete_button.setEnabled(self.editable and self.table.selectionModel().hasSelection())

    def selected(self) -> list[library.WordRow]:
        return [index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows()]

    # -- actions -----------------------------------------------------------------------------------

    def add_word(self) -> None:
        word = self.new_word.text()
        problem = library.word_problem(word)
        if problem:
            self._set_problem(error_text(problem))
            return
        self.write(library.add_word, word, on_done=lambda _r: self.new_word.clear(), on_error=self._add_failed)

    def _add_failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        if code in ("word_exists", "word_empty", "word_too_long", "word_bad_chars"):
            self._set_problem(error_text(code))
        else:
            self.show_error(exc)

    def _set_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def delete_selected(self):
        rows = self.selected()
        if not rows or not self.editable:
            return None
        ids = [r.id for r in rows]
        question = (
            self.tr("Delete the word “%1”?").replace("%1", rows[0].word)
            if len(rows) == 1
            else self.tr("Delete %n selected word(s)?", "", len(rows))
        )
        return self.confirm(question, lambda: self.write(library.delete_words, ids))

    def choose_file(self):
        return file_dialog(self, self.tr("Import sensitive words"), self.import_file)

    def import_file(self, path: str):
        """Every cell of the file is a word (several per cell when separated by commas)."""

        def work(session, job):
            return library.import_words(session, job, path)

        return self.run_import(self.tr("Importing sensitive words…"), work, self._imported)

    def _imported(self, report: library.WordImport) -> None:
        text = (
            self.tr("%1: %2 read, %3, %4, %5.")
            .replace("%1", report.source)
            .replace("%2", self.tr("%Ln word(s)", "", int(report.read)))
            .replace("%3", self.tr("%Ln added", "words", int(report.added)))
            .replace("%4", self.tr("%Ln already on the list", "words", int(report.existing)))
            .replace("%5", self.tr("%Ln refused", "words", len(report.rejected)))
        )
        details = "\n".join(
            self.tr("Row %1: “%2” (%3)")
            .replace("%1", str(row))
            .replace("%2", value[:60])
            .replace("%3", self.labels.word_reason(reason))
            for row, value, reason in report.rejected[:REPORT_ROWS]
        )
        self.last_report = self.report(text, details)

    def update_masked(self) -> None:
        """The rules engine's own matcher, built from the list in the database (refreshed when the list changes)."""
        text = self.test_text.toPlainText()
        if not text:
            self.masked.setPlainText("")
            self.hits.setText("")
            return
        self.read(lambda s: library.mask_text(s, text), on_done=self._show_masked)

    def _show_masked(self, result: tuple[str, list[str]]) -> None:
        masked, hits = result
        self.masked.setPlainText(masked)
        self.hits.setText(
            self.tr("Found: %1").replace("%1", "、".join(hits)) if hits else self.tr("No sensitive words found.")
        )
