"""The "Template send" page of the Send tab (TPL-2, 业务通知): an approved template, a data file, each variable
and the phone bound to a file column, every row rendered with its segments and cost, then start and end times.

All file and database work runs through the JobRunner; the tables hold plain rows in memory.
"""

from __future__ import annotations

import html
import uuid
from datetime import datetime
from itertools import pairwise

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.jobs import JobHandle, JobRunner
from smsdesk.ui.messages import describe
from smsdesk.ui.tabs.library.labels import LibraryLabels
from smsdesk.ui.tabs.send.compose_page import money, quota_source, signature_label
from smsdesk.ui.widgets.encoding_picker import EncodingCombo, asks_for_encoding
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowFilterProxy, RowTableModel

FILE_FILTER = "*.xlsx *.xls *.csv *.txt"
NO_COLUMN = -1
PREVIEW_DELAY_MS = 250  # bindings changed: wait for the user to stop clicking before rendering 100,000 rows
PROBLEM_COLOUR = QColor("#c0392b")
MISSING_BACKGROUND = QColor("#fdecea")
MASKED_COLOUR = QColor("#8a5a00")
VARIABLE_COLOUR = "#1565c0"
DATE_FORMAT = "yyyy-MM-dd HH:mm:ss"


class PreviewModel(RowTableModel):
    """Rendered rows (services.template_send.PreviewRow); rows that will not be sent are shown in red."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            row = self.rows[index.row()]
            if row.problem is None:
                # sent with words masked: marked as the compose page marks them
                return QBrush(MASKED_COLOUR) if row.detail and role == Qt.ItemDataRole.ForegroundRole else None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(PROBLEM_COLOUR)
            return QBrush(MISSING_BACKGROUND) if row.problem == "missing" else None
        return super().data(index, role)


class TemplateSendPanel(QWidget):
    """Embedded by the Send tab as its "Template send" page."""

    task_submitted = Signal(int)  # the new task's id, after the database queued it
    task_open_requested = Signal(int)  # "View task" beside the confirmation
    busy_changed = Signal(bool)  # a file is read, rows are rendered or the task is submitted

    def __init__(self, runner: JobRunner, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_send_panel")
        self.runner = runner
        self.ctx = context
        self.labels = LibraryLabels(self)
        self.options = None  # services.template_send.SendOptions
        self.data = None  # DataFile
        self.preview = None  # SendPreview of the current template, file and bindings
        self.task_key = uuid.uuid4()  # one per preview: a second click on Submit finds the first task
        self._handle: JobHandle | None = None
        self._handle_kind = ""
        self._generation = 0
        self._identity: tuple | None = None
        self._submitted: tuple | None = None  # (identity, task id) of the last task submitted from this page
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._on_preview_timer_timeout)
        self._build()

    # -- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("tpl_template")
        self.template_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(24)
        self.template_text = QLabel()
        self.template_text.setObjectName("tpl_text")
        self.template_text.setWordWrap(True)
        self.template_text.setTextFormat(Qt.TextFormat.RichText)
        self.template_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signature_combo = QComboBox()
        self.signature_combo.setObjectName("tpl_signature")
        self.task_name = QLineEdit()
        self.task_name.setObjectName("tpl_task_name")
        self.task_name.setMaxLength(200)

        self.file_path = QLineEdit()
        self.file_path.setObjectName("tpl_file")
        self.file_path.setReadOnly(True)
        self.file_path.setPlaceholderText(self.tr("CSV, TXT, XLSX or XLS with a header row"))
        self.file_button = QPushButton(self.tr("Choose file…"))
        self.file_button.setObjectName("tpl_choose_file")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("tpl_sheet")
        self.sheet_combo.setVisible(False)
        self.encoding_combo = EncodingCombo()
        self.encoding_combo.setObjectName("tpl_encoding")
        self.encoding_combo.setVisible(False)
        self.file_info = QLabel()
        self.file_info.setObjectName("tpl_file_info")

        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("tpl_mapping")
        self.mapping.setHorizontalHeaderLabels([self.tr("Template field"), self.tr("File column"), self.tr("Row 1")])
        self.mapping.verticalHeader().hide()
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.setColumnWidth(1, 180)
        self.mapping.verticalHeader().setDefaultSectionSize(27)
        self.combos: dict[str, QComboBox] = {}  # "" is the phone; otherwise the variable's name

        self.model = PreviewModel(
            [
                Column(self.tr("Row"), lambda r: r.row, align_right=True),
                Column(self.tr("Mobile"), lambda r: r.number),
                Column(self.tr("Message"), lambda r: r.body),
                Column(self.tr("Segments"), lambda r: r.segments, align_right=True),
                Column(self.tr("Cost"), lambda r: r.cost, lambda r: f"¥{r.cost:.3f}", align_right=True),
                Column(self.tr("Note"), self._note),
            ],
            self,
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(self.ctx.prefs.raw(), "send/template_preview_header")
        self.table.setObjectName("tpl_preview")
        self.table.setModel(self.proxy)
        for column, width in enumerate((60, 130, 520, 90, 80)):
            self.table.setColumnWidth(column, width)
        self.table.restore_header()
        self.totals = QLabel()
        self.totals.setObjectName("tpl_totals")
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        now = QDateTime.currentDateTime()
        self.start_now = QCheckBox(self.tr("Now"))
        self.start_now.setObjectName("tpl_start_now")
        self.start_now.setChecked(True)
        self.start_edit = QDateTimeEdit(now)
        self.start_edit.setObjectName("tpl_start")
        self.start_edit.setDisplayFormat(DATE_FORMAT)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setEnabled(False)
        self.end_on = QCheckBox(self.tr("Stop at"))
        self.end_on.setObjectName("tpl_end_on")
        self.end_on.setChecked(True)
        self.end_edit = QDateTimeEdit(now.addDays(1))
        self.end_edit.setObjectName("tpl_end")
        self.end_edit.setDisplayFormat(DATE_FORMAT)
        self.end_edit.setCalendarPopup(True)

        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("tpl_submit")
        self.submit_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setObjectName("tpl_progress")
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("tpl_cancel")
        self.cancel_button.setVisible(False)
        self.result = QLabel()
        self.result.setObjectName("tpl_result")
        self.result.setWordWrap(True)
        self.view_task_button = QPushButton(self.tr("View task"))
        self.view_task_button.setObjectName("tpl_view_task")
        self.view_task_button.setVisible(False)
        self.view_task_button.clicked.connect(self._on_view_task_button_clicked)
        # rows whose values hold sensitive words go out masked: the sender says so first (as on the compose page)
        self.words_accept = QCheckBox(self.tr("Send the replaced text"))
        self.words_accept.setObjectName("tpl_words_accept")
        self.words_accept.setVisible(False)
        self.words_accept.toggled.connect(self._update_submit)
        # what keeps Submit greyed out (quota short, nothing to send), beside it, with whom to ask
        self.blocker = QLabel()
        self.blocker.setObjectName("tpl_blocker")
        self.blocker.setWordWrap(True)
        self.blocker.setStyleSheet(f"color: {PROBLEM_COLOUR.name()}")
        self.blocker.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # layout
        template_box = QGroupBox(self.tr("Template"))
        form = QFormLayout(template_box)
        form.addRow(self.tr("Approved template:"), self.template_combo)
        form.addRow("", self.template_text)
        form.addRow(self.tr("Signature:"), self.signature_combo)
        form.addRow(self.tr("Task name:"), self.task_name)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.sheet_combo)
        file_row.addWidget(self.encoding_combo)
        file_row.addWidget(self.file_button)
        form.addRow(self.tr("Data file:"), file_row)
        form.addRow("", self.file_info)

        mapping_box = QGroupBox(self.tr("Columns"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping)

        top = QHBoxLayout()
        top.addWidget(template_box, 3)
        top.addWidget(mapping_box, 2)
        top_widget = QWidget()
        top_widget.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)

        preview_box = QGroupBox(self.tr("Preview: the first rows, then every row that will not be sent"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.table, 1)
        preview_layout.addWidget(self.totals)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top_widget)
        split.addWidget(preview_box)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([320, 480])

        times = QHBoxLayout()
        times.addWidget(QLabel(self.tr("Start:")))
        times.addWidget(self.start_now)
        times.addWidget(self.start_edit)
        times.addSpacing(16)
        times.addWidget(QLabel(self.tr("End:")))
        times.addWidget(self.end_on)
        times.addWidget(self.end_edit)
        times.addStretch(1)
        times.addWidget(self.progress)
        times.addWidget(self.cancel_button)
        times.addWidget(self.words_accept)
        times.addWidget(self.submit_button)
        self.submit_button.setText(self.tr("Submit (Ctrl+Enter)"))
        outcome = QHBoxLayout()
        outcome.addWidget(self.result, 1)
        outcome.addWidget(self.blocker, 1)
        outcome.addWidget(self.view_task_button)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(times)
        layout.addLayout(outcome)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self._on_cancel_button_clicked)
        # keyboard: down the form, then the columns, then the times and Submit
        order = [self.template_combo, self.signature_combo, self.task_name, self.file_button, self.mapping,
                 self.table, self.start_now, self.start_edit, self.end_on, self.end_edit, self.submit_button,
                 self.view_task_button]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)

        self.template_combo.currentIndexChanged.connect(self._on_template_combo_current_index_changed)
        self.signature_combo.currentIndexChanged.connect(self._on_signature_combo_current_index_changed)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.sheet_combo.activated.connect(self._on_sheet_combo_activated)
        self.encoding_combo.activated.connect(self._on_encoding_combo_activated)
        self.start_now.toggled.connect(self._on_start_now_toggled)
        self.end_on.toggled.connect(self.end_edit.setEnabled)
        self.submit_button.clicked.connect(self._on_submit_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._show_template()
        self._show_totals()

    def keyPressEvent(self, event) -> None:
        # as the shortcuts, for keys that reach the page while its window is not the active one
        if event.key() == Qt.Key.Key_Escape:
            self._on_cancel_button_clicked()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.submit()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1100, 720)

    # -- public ---------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Loads the approved templates, the signatures and the quota left (in the background)."""
        from smsdesk.services import template_send

        profile = self.ctx.profile
        self.runner.read(
            template_send.send_options,
            profile.group_path,
            profile.id,
            on_done=self._set_options,
            on_error=self._show_error,
            owner=self,
        )

    def on_changes(self, keys: frozenset[Change]) -> None:
        if keys & {Change.TEMPLATES, Change.SIGNATURES, Change.QUOTA, Change.WORDS, Change.BLACKLIST}:
            self.refresh()
            if self.data is not None:
                self._schedule_preview()

    def load_file(self, path: str, sheet: str | None = None, encoding: str | None = None) -> None:
        """Reads a data file in the background (what "Choose file…" does once a file is picked)."""
        from smsdesk.services import template_send

        self.file_path.setText(path)
        self.file_info.setText(self.tr("Reading…"))
        self._start(
            "read",
            self.runner.io(
                template_send.load_data_file,
                path,
                self._variables(),
                sheet,
                encoding,
                **self._current(lambda loaded: self._set_data(loaded, encoding), self._on_read_failed),
                on_progress=self._on_progress,
                owner=self,
            ),
        )

    def bind(self, field: str, column: int) -> None:
        """Binds a variable (or the phone, field "") to a file column (-1: none)."""
        combo = self.combos[field]
        combo.setCurrentIndex(max(0, combo.findData(column)))

    def bindings(self):
        from smsdesk.services.template_send import Bindings

        def column(field: str) -> int | None:
            combo = self.combos.get(field)
            value = combo.currentData() if combo is not None else NO_COLUMN
            return None if value is None or value == NO_COLUMN else int(value)

        return Bindings(column(""), {name: column(name) for name in self._variables()})

    @property
    def busy(self) -> bool:
        return self._handle is not None and self._handle.running

    # -- options and template -------------------------------------------------------------------------

    def _set_options(self, options) -> None:
        current = self.template_combo.currentData()
        self.options = options
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for row in options.templates:
            self.template_combo.addItem(f"{row.name}（{self.labels.kind(row.kind)}）", row.id)
        if not options.templates:
            self.template_combo.addItem(self.tr("No approved template"), None)
        index = self.template_combo.findData(current) if current is not None else 0
        self.template_combo.setCurrentIndex(max(0, index))
        self.template_combo.blockSignals(False)
        chosen = self.signature_combo.currentData()
        self.signature_combo.blockSignals(True)
        self.signature_combo.clear()
        for row in options.signatures:
            self.signature_combo.addItem(signature_label(row), row.text)
        default = chosen or (options.default_signature.text if options.default_signature else None)
        self.signature_combo.setCurrentIndex(max(0, self.signature_combo.findData(default)))
        self.signature_combo.blockSignals(False)
        if not self.task_name.text():
            self.task_name.setText(datetime.now().strftime("%Y-%m-%d %H:%M:%S"))
        self._show_template()
        self._fill_mapping()
        self._show_totals()

    def _template(self):
        if self.options is None:
            return None
        template_id = self.template_combo.currentData()
        return next((t for t in self.options.templates if t.id == template_id), None)

    def _variables(self) -> list[str]:
        template = self._template()
        return list(template.variables) if template is not None else []

    def _show_template(self) -> None:
        template = self._template()
        if template is None:
            if self.options is not None and not self.options.templates:
                self.template_text.setText(
                    self.tr(
                        "There is no approved template you may send with. Write one in Library → Templates; "
                        "it can be used once a reviewer approves it."
                    )
                )
            else:
                self.template_text.setText("")
            return
        parts = []
        for piece in template.content.replace("【", "\0【").replace("】", "】\0").split("\0"):
            text = html.escape(piece)
            if piece.startswith("【") and piece.endswith("】"):
                text = f'<b style="color:{VARIABLE_COLOUR}">{text}</b>'
            parts.append(text)
        kind = html.escape(self.labels.kind(template.kind))
        self.template_text.setText(f'<span style="color:#666">{kind}</span>　{"".join(parts)}')

    def _on_template_combo_current_index_changed(self, _index: int) -> None:
        self._show_template()
        self._fill_mapping()
        self._schedule_preview()

    def _on_signature_combo_current_index_changed(self, _index: int) -> None:
        self._schedule_preview()

    # -- the file ---------------------------------------------------------------------------------------

    def _on_file_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Data file"), "", self.tr("Tables (%1)").replace("%1", FILE_FILTER)
        )
        if path:
            self.load_file(path)

    def _on_sheet_combo_activated(self, _index: int) -> None:
        if self.data is not None and self.sheet_combo.currentText() != self.data.sheet:
            self.load_file(self.data.path, self.sheet_combo.currentText())

    def _on_encoding_combo_activated(self, _index: int) -> None:
        if self.file_path.text():
            self.load_file(self.file_path.text(), None, self.encoding_combo.chosen())

    def _set_data(self, loaded, encoding: str | None = None) -> None:
        data, guessed = loaded
        self._finish()
        self.data = data
        self.file_path.setText(data.path)
        details = [self.tr("%Ln row(s)", "", data.row_count)]
        if data.sheet:
            details.append(self.tr("sheet %1").replace("%1", data.sheet))
        if not data.has_header:
            details.append(self.tr("no header row: columns are named by letter"))
        self.file_info.setText(f"{data.name} · " + " · ".join(details))
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(data.sheets)
        if data.sheet:
            self.sheet_combo.setCurrentText(data.sheet)
        self.sheet_combo.setVisible(len(data.sheets) > 1)
        self.sheet_combo.blockSignals(False)
        self.encoding_combo.show_file(data.encoding, encoding)
        self.encoding_combo.setVisible(data.encoding is not None)
        self._fill_mapping(guessed)
        self._schedule_preview()

    def _on_read_failed(self, exc: BaseException) -> None:
        self._finish()
        self.data = None
        self.preview = None
        self.model.set_rows([])
        self.file_info.setText("")
        self._fill_mapping()
        self._show_totals()
        self._show_result(self.error_text(exc), error=True)
        if asks_for_encoding(exc):  # the encoding can be chosen beside the file
            self.encoding_combo.show_file(None, None)
            self.encoding_combo.setVisible(True)

    # -- mapping -----------------------------------------------------------------------------------------

    def _fill_mapping(self, guessed=None) -> None:
        """One row for the phone and one per variable, each with a combo of the file's columns."""
        previous = {field: combo.currentData() for field, combo in self.combos.items()}
        self.combos = {}
        self.mapping.setRowCount(0)
        fields = [("", self.tr("Mobile number"))] + [(name, f"【{name}】") for name in self._variables()]
        headers = self.data.headers if self.data is not None else []
        if guessed is not None:
            chosen = {"": guessed.phone, **guessed.variables}
        else:
            chosen = {f: previous.get(f) for f, _ in fields}
            if self.data is not None and any(v is None for v in chosen.values()):
                folded = [h.strip().casefold() for h in headers] if self.data.has_header else []
                for name, _ in fields[1:]:
                    if chosen.get(name) in (None, NO_COLUMN) and name.strip().casefold() in folded:
                        chosen[name] = folded.index(name.strip().casefold())
        self.mapping.setRowCount(len(fields))
        for row, (field, label) in enumerate(fields):
            item = QTableWidgetItem(label)
            if field:
                item.setForeground(QBrush(QColor(VARIABLE_COLOUR)))
            self.mapping.setItem(row, 0, item)
            combo = QComboBox()
            combo.setObjectName(f"tpl_column_{row}")
            combo.addItem(self.tr("— choose a column —"), NO_COLUMN)
            for index, header in enumerate(headers):
                combo.addItem(header, index)
            value = chosen.get(field)
            combo.setCurrentIndex(max(0, combo.findData(value if value is not None else NO_COLUMN)))
            combo.setEnabled(bool(headers))
            combo.currentIndexChanged.connect(lambda _i, f=field: self._on_binding_changed(f))
            self.combos[field] = combo
            self.mapping.setCellWidget(row, 1, combo)
            self.mapping.setItem(row, 2, QTableWidgetItem(self._sample(combo.currentData())))

    def _sample(self, column) -> str:
        if self.data is None or column is None or column == NO_COLUMN or not self.data.samples:
            return ""
        return str(self.data.samples[0][column])

    def _on_binding_changed(self, field: str) -> None:
        row = list(self.combos).index(field)
        self.mapping.setItem(row, 2, QTableWidgetItem(self._sample(self.combos[field].currentData())))
        self._schedule_preview()

    # -- preview -------------------------------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self.preview = None
        self._update_submit()
        self._preview_timer.start()

    def _on_preview_timer_timeout(self) -> None:
        from smsdesk.services import template_send

        template = self._template()
        if template is None or self.data is None:
            self._show_totals()
            return
        bindings = self.bindings()
        if bindings.phone is None or bindings.unbound():
            self.model.set_rows([])
            self._show_totals(bindings)
            return
        if self.busy and self._handle_kind == "preview":
            self._handle.cancel()
        elif self.busy:
            self._preview_timer.start()  # a file is still being read or a task submitted
            return
        self._start(
            "preview",
            self.runner.read(
                template_send.preview_send,
                template.id,
                self.data,
                bindings,
                self.signature_combo.currentData(),
                self.ctx.profile.id,
                **self._current(self._set_preview, self._on_preview_failed),
                on_progress=self._on_progress,
                owner=self,
            ),
        )

    def _set_preview(self, preview) -> None:
        self._finish()
        self.preview = preview
        # The same template, file, columns and signature keep their task key: submitting them again (a double
        # click, a retry after a lost connection, or after the refresh a submit causes) finds the first task.
        identity = (preview.template.id, preview.template.content, id(self.data), preview.bindings, preview.signature)
        if identity != self._identity:
            self._identity = identity
            self.task_key = uuid.uuid4()
            self.words_accept.setChecked(False)  # consent is for the rows it was given for
        self.model.set_rows(preview.preview)  # no fitting to contents: measuring 100,000 messages takes seconds
        self._show_totals()
        self._update_submit()
        if not self.already_submitted():
            self._show_result("")  # a confirmation stays until the user changes what would be sent

    def already_submitted(self) -> bool:
        """The preview shows what was just submitted from this page (same template, file, columns, signature)."""
        return self._submitted is not None and self._submitted[0] == self._identity and self.preview is not None

    def can_submit(self) -> bool:
        p = self.preview
        consent = not p.masked or self.words_accept.isChecked() if p is not None else False
        return (p is not None and p.sendable > 0 and not p.quota_short and consent and not self.already_submitted()
                and not self.busy)

    def _update_submit(self, *_args) -> None:
        p = self.preview
        masked = p is not None and p.masked > 0 and not self.already_submitted()
        self.words_accept.setVisible(masked)
        if masked:
            self.words_accept.setText(self.tr("Send the replaced text (%Ln row(s) with words masked)", "", p.masked))
        self.submit_button.setEnabled(self.can_submit())
        # the last task stays one click away until a preview of something else replaces it
        self.view_task_button.setVisible(self._submitted is not None and (p is None or self.already_submitted()))
        if p is not None and p.quota_short and not self.already_submitted():
            self.blocker.setText(
                self.tr("Not enough quota: %1, %2. Ask an administrator of %3 to top up your "
                        "quota, or send fewer rows.")
                .replace("%1", self.tr("%Ln segment(s) needed", "", int(p.reserve)))
                .replace("%2", self.tr("%Ln left", "segments", int(p.quota_left or 0)))
                .replace("%3", quota_source(self.ctx.profile) or self.tr("your group"))
            )
        else:
            self.blocker.setText("")

    def _on_view_task_button_clicked(self) -> None:
        if self._submitted is not None:
            self.task_open_requested.emit(self._submitted[1])

    def _on_preview_failed(self, exc: BaseException) -> None:
        self._finish()
        self.preview = None
        self.model.set_rows([])
        self._show_totals()
        self._show_result(self.error_text(exc), error=True)

    def _note(self, row) -> str:
        if row.problem is None:
            return self.tr("Words masked: %1").replace("%1", row.detail) if row.detail else ""
        if row.problem == "missing":
            return self.tr("No value for %1").replace("%1", row.detail)
        if row.problem == "invalid":
            return self.tr("Invalid number (%1)").replace("%1", self.labels.number_reason(row.detail))
        if row.problem == "duplicate":
            return self.tr("Same number as row %1").replace("%1", row.detail)
        if row.problem == "sensitive":
            return self.tr("Sensitive words: %1").replace("%1", row.detail)
        if row.problem == "too_long":
            return self.tr("Message too long")
        return row.problem

    def _show_totals(self, bindings=None) -> None:
        p = self.preview
        if p is None:
            if self.options is not None and self._template() is None:
                self.totals.setText(self.tr("Choose an approved template."))
            elif self.data is None:
                self.totals.setText(self.tr("Choose a data file."))
            elif bindings is not None and bindings.phone is None:
                self.totals.setText(self._red(self.tr("Choose the column that holds the mobile numbers.")))
            elif bindings is not None and bindings.unbound():
                names = "、".join(f"【{n}】" for n in bindings.unbound())
                self.totals.setText(self._red(self.tr("Choose a column for %1.").replace("%1", names)))
            else:
                self.totals.setText("")
            return
        parts = [
            html.escape(self.tr("%Ln row(s)", "", p.rows)),
            "<b>" + html.escape(self.tr("%Ln to send", "", p.sendable)) + "</b>",
        ]
        for key, text in (
            ("missing", "%Ln with missing values"),
            ("invalid", "%Ln invalid number(s)"),
            ("duplicate", "%Ln duplicate(s)"),
            ("sensitive", "%Ln with sensitive words"),
            ("too_long", "%Ln too long"),
        ):
            if p.problems.get(key):
                parts.append(self._red(self._plural(text, p.problems[key])))
        if p.blacklisted:
            parts.append(html.escape(self.tr("%Ln blacklisted (not charged)", "", p.blacklisted)))
        parts.append(html.escape(self.tr("%Ln segment(s)", "", p.reserve)))
        parts.append(html.escape(self.tr("cost %1").replace("%1", money(p.cost))))
        if p.quota_left is not None:
            left = self.tr("quota left %1").replace("%1", QLocale().toString(p.quota_left))
            if p.quota_short:
                left = self._red(left + " — " + self.tr("%Ln segment(s) short", "", p.quota_short))
            else:
                left = html.escape(left)
            parts.append(left)
        self.totals.setText(" · ".join(parts))

    def _plural(self, text: str, n: int) -> str:
        # each source text spelled out for lupdate
        return {
            "%Ln with missing values": lambda: self.tr("%Ln with missing values", "", n),
            "%Ln invalid number(s)": lambda: self.tr("%Ln invalid number(s)", "", n),
            "%Ln duplicate(s)": lambda: self.tr("%Ln duplicate(s)", "", n),
            "%Ln with sensitive words": lambda: self.tr("%Ln with sensitive words", "", n),
            "%Ln too long": lambda: self.tr("%Ln too long", "", n),
        }[text]()

    @staticmethod
    def _red(text: str) -> str:
        return f'<span style="color:{PROBLEM_COLOUR.name()}">{html.escape(text)}</span>'

    # -- submit ----------------------------------------------------------------------------------------------

    def _times(self) -> tuple[datetime | None, datetime | None]:
        start = None if self.start_now.isChecked() else self.start_edit.dateTime().toPython()
        end = self.end_edit.dateTime().toPython() if self.end_on.isChecked() else None
        return start, end

    def _on_start_now_toggled(self, now: bool) -> None:
        self.start_edit.setEnabled(not now)
        if not now and self.start_edit.dateTime() < QDateTime.currentDateTime():
            self.start_edit.setDateTime(QDateTime.currentDateTime().addSecs(600))

    def submit(self) -> None:
        """Ctrl+Enter: what Submit does, when it may."""
        if self.submit_button.isEnabled():
            self._on_submit_button_clicked()

    def _on_submit_button_clicked(self) -> None:
        from smsdesk.services import template_send

        preview = self.preview
        if preview is None or self.busy or self.already_submitted():
            return
        start, end = self._times()
        name = self.task_name.text().strip()
        key = self.task_key

        def submit(session, job):
            task_id = template_send.submit(session, job, preview, name=name, start=start, end=end, task_key=key)
            # what the database queued and reserved (it counts the segments itself), read in the same transaction
            return task_id, template_send.queued(session, task_id)

        self._show_result(self.tr("Submitting %Ln message(s)…", "", preview.sendable))
        self._start(
            "submit",
            self.runner.write(
                submit,
                changes={Change.TASKS, Change.QUOTA},
                **self._current(self._on_submitted, self._on_submit_failed),
                on_progress=self._on_progress,
                owner=self,
            ),
        )

    def _on_submitted(self, result: tuple[int, tuple[int, int]]) -> None:
        task_id, (messages, reserved) = result
        self._submitted = (self._identity, task_id)
        self._finish()
        self._show_result(
            self.tr("Task %1 submitted:").replace("%1", str(task_id))
            + " "
            + self.tr("%Ln message(s)", "", messages)
            + self.tr(", ")
            + self.tr("%Ln segment(s) reserved.", "", reserved)
            + " "
            + self.tr("Change the file, template or columns to send again.")
        )
        self._update_submit()
        self.view_task_button.setFocus()
        self.task_submitted.emit(task_id)

    def _on_submit_failed(self, exc: BaseException) -> None:
        self._finish()
        self._update_submit()
        self._show_result(self.error_text(exc), error=True)

    # -- progress ------------------------------------------------------------------------------------------

    def _current(self, on_done, on_error) -> dict:
        """Callbacks for the job about to start, ignored once a newer job replaced it (a cancelled preview)."""
        self._generation += 1
        generation = self._generation

        def guarded(callback):
            def call(value) -> None:
                if generation == self._generation:
                    callback(value)

            return call

        return {"on_done": guarded(on_done), "on_error": guarded(on_error)}

    def _start(self, kind: str, handle: JobHandle) -> None:
        self._handle, self._handle_kind = handle, kind
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.file_button.setEnabled(kind != "submit")
        self.submit_button.setEnabled(False)
        handle.finished.connect(lambda h=handle: self._on_handle_finished(h))
        self.busy_changed.emit(True)

    def _on_handle_finished(self, handle: JobHandle) -> None:
        # a job may end after the page is gone (a preview the quota refresh started while the tab closed)
        if shiboken6.isValid(self) and handle is self._handle:
            self._finish()

    def _finish(self) -> None:
        if self._handle is None:
            return
        self._handle = None
        self._handle_kind = ""
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.file_button.setEnabled(True)
        self._update_submit()
        self.busy_changed.emit(False)

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_cancel_button_clicked(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._show_result(self.tr("Cancelled."))

    # -- messages ----------------------------------------------------------------------------------------------

    def _show_result(self, text: str, *, error: bool = False) -> None:
        self.result.setStyleSheet(f"color: {PROBLEM_COLOUR.name()}" if error else "")
        self.result.setText(text)

    def _show_error(self, exc: BaseException) -> None:
        self._show_result(self.error_text(exc), error=True)

    def error_text(self, exc: BaseException) -> str:
        code = getattr(exc, "code", None)
        if code == "insufficient_quota" and hasattr(exc, "shortfall"):
            return (
                self.tr(
                    "Not enough quota: %Ln segment(s) needed, %2 left (%3 short). Nothing was submitted.",
                    "",
                    int(exc.needed),
                )
                .replace("%2", f"{exc.left:,}")
                .replace("%3", f"{exc.shortfall:,}")
            )
        texts = {
            "template_none": self.tr("Choose an approved template."),
            "template_not_approved": self.tr("This template is not approved for sending (any more)."),
            "template_changed": self.tr("The template was changed after the preview. Check the preview again."),
            "phone_unbound": self.tr("Choose the column that holds the mobile numbers."),
            "no_rows": self.tr("No row of the file can be sent."),
            "end_before_start": self.tr("The end time must come after the start time."),
            "start_in_past": self.tr("The start time has passed. Choose a later time or send now."),
        }
        if code == "variable_unbound":
            names = "、".join(f"【{n}】" for n in getattr(exc, "names", []))
            return self.tr("Choose a column for %1.").replace("%1", names)
        if code in texts:
            return texts[code]
        return describe(exc)[0]
