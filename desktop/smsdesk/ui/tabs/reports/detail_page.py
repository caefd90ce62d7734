"""短信明细 Message detail (REP-3): every message the user may see, filtered by time, kind, status, failure category,
carrier, group (with sub-groups), user, channel, task, number (its last digits or all of it) and content; newest
first, a page at a time by key (any number of messages); double-click opens the task; export of every match.

A rare filter over many messages may not fill a page within the database's time budget: the page shows what was
found and keeps asking from where the database stopped until the page is full, nothing more matches or the user
presses Stop.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import report_detail, tasks
from smsdesk.services.report_detail import Cursor, DetailFilter, DetailPage, DetailRow
from smsdesk.ui.changes import Change
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import datetime_format, when
from smsdesk.ui.numbers import display_number
from smsdesk.ui.tabs.reports.pages import PageSpec
from smsdesk.ui.tabs.tasks.labels import TaskLabels
from smsdesk.ui.tabs.tasks.task_model import initial_widths
from smsdesk.ui.widgets.export_bar import ExportBar
from smsdesk.ui.widgets.placeholder import fit_placeholder
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, RowTableModel

PAGE = PageSpec(key="detail", order=10, module=__name__, class_name="MessageDetailPage")

ROWS_PER_PAGE = 200
NO_LIMIT = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
DEFAULT_DAYS = 7


def _when(value: datetime | None) -> str:
    return when(value, seconds=True)


class MessageDetailPage(QWidget):
    """``page_shown(rows)`` after each page (or continuation) arrived."""

    page_shown = Signal(int)
    HEADER_KEY = "reports/detail_header"

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("MessageDetailPage", "Message detail")

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_detail_page")
        self.ctx = ctx
        self.labels = TaskLabels(self)
        self.common = CommonLabels(self)
        self._generation = 0
        self._handle = None
        self._cursor: Cursor | None = None
        self._filter: DetailFilter | None = None
        self._page_rows = 0
        self._drill: DetailFilter | None = None  # filters given by open_detail, kept exactly until edited
        self._options_loaded = False
        self._shown_once = False
        oversee = ctx.profile.is_admin or ctx.profile.is_reviewer

        # -- filters ------------------------------------------------------------------------------------
        self.date_from = self._date_edit("detail_from")
        self.date_to = self._date_edit("detail_to")
        today = QDate.currentDate()
        self.date_from.setDateTime(QDateTime(today.addDays(-DEFAULT_DAYS), QTime(0, 0)))
        self.date_to.setDateTime(NO_LIMIT)
        self.kind = self._combo("detail_kind", self.tr("All kinds"), self.labels.kinds())
        statuses = [("pending", self.tr("Not yet final")), ("failed_or_expired", self.tr("Failed or expired")),
                    *self.labels.message_statuses()]
        self.status = self._combo("detail_status", self.tr("All statuses"), statuses)
        failures = list(self.labels.failures().items())
        self.category = self._combo("detail_category", self.tr("All failure reasons"), failures)
        carriers = [(c, self.common.carrier(c)) for c in ("China Mobile", "China Unicom", "China Telecom",
                                                           "China Broadnet")] + [("", self.tr("Unknown carrier"))]
        self.carrier = self._combo("detail_carrier", self.tr("All carriers"), carriers)
        self.group = self._combo("detail_group", self.tr("All groups"), [])
        self.user = self._combo("detail_user", self.tr("All users"), [])
        self.channel = self._combo("detail_channel", self.tr("All channels"), [])
        for combo in (self.group, self.user):
            combo.setVisible(oversee)
        self.task = QLineEdit()
        self.task.setObjectName("detail_task")
        self.task.setPlaceholderText(self.tr("Task no."))
        self.task.setMaxLength(19)
        self.task.setMaximumWidth(90)
        self.number = QLineEdit()
        self.number.setObjectName("detail_number")
        self.number.setPlaceholderText(self.tr("Number or its last 4+ digits"))
        self.number.setMaxLength(40)
        self.number.setClearButtonEnabled(True)
        fit_placeholder(self.number)
        self.content = QLineEdit()
        self.content.setObjectName("detail_content")
        self.content.setPlaceholderText(self.tr("Content contains…"))
        self.content.setMaxLength(report_detail.CONTENT_MAX)
        self.content.setClearButtonEnabled(True)
        fit_placeholder(self.content)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("detail_search")
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("detail_clear")
        self.drill_label = QLabel()
        self.drill_label.setObjectName("detail_drill")
        self.drill_label.setVisible(False)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("From")))
        row1.addWidget(self.date_from)
        row1.addWidget(QLabel(self.tr("To")))
        row1.addWidget(self.date_to)
        for combo in (self.kind, self.status, self.category, self.carrier):
            row1.addWidget(combo)
        row1.addStretch(1)
        row1.addWidget(self.clear_button)
        row1.addWidget(self.search_button)
        row2 = QHBoxLayout()
        for widget in (self.group, self.user, self.channel, self.task):
            row2.addWidget(widget)
        row2.addWidget(self.number, 1)
        row2.addWidget(self.content, 2)
        self.group.setMinimumWidth(160)
        self.user.setMinimumWidth(120)

        # -- the table ----------------------------------------------------------------------------------
        loc = QLocale()
        labels = self.labels
        columns = [
            Column(self.tr("Submitted"), lambda r: r.submitted_at, lambda r: _when(r.submitted_at)),
            Column(self.tr("Number"), lambda r: r.number or "", lambda r: display_number(r.number)),
            Column(self.tr("Status"), lambda r: r.status, lambda r: labels.message_status(r.status)),
            Column(self.tr("Failure reason"), lambda r: r.failure_category or "",
                   lambda r: labels.failure(r.failure_category) if r.failure_category else ""),
            Column(self.tr("SMSC code"), lambda r: r.error_code or ""),
            Column(self.tr("Meaning"), lambda r: r.reason),
            Column(self.tr("Receipt"), lambda r: r.done_at, lambda r: _when(r.done_at)),
            Column(self.tr("Latency (s)"), lambda r: r.latency_ms if r.latency_ms is not None else -1,
                   lambda r: "" if r.latency_ms is None else loc.toString(r.latency_ms / 1000, "f", 1),
                   align_right=True),
            Column(self.tr("Content"), lambda r: r.body),
            Column(self.tr("Kind"), lambda r: r.kind, lambda r: labels.kind(r.kind)),
            Column(self.tr("Segments"), lambda r: r.segments, align_right=True),
            Column(self.tr("Carrier"), lambda r: r.carrier, lambda r: self.common.carrier(r.carrier)),
            Column(self.tr("Channel"), lambda r: r.channel),
            Column(self.tr("User"), lambda r: r.owner_label),
            Column(self.tr("Group"), lambda r: r.group_path),
            Column(self.tr("Task"), lambda r: r.task_id, lambda r: f"{r.task_id} {r.task_name}"),
        ]
        self.model = RowTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), self.HEADER_KEY)
        self.table.setObjectName("detail_table")
        self.table.setModel(self.proxy)
        self.table.restore_header()
        # fixed first widths: fitting 16 columns to their contents stalls the GUI thread for a page of rows
        initial_widths(self.table, (140, 120, 70, 90, 100, 110, 140, 70, 320, 90, 60, 90, 80, 90, 140, 160))
        self.table.doubleClicked.connect(self._on_table_double_clicked)

        self.summary = QLabel()
        self.summary.setObjectName("detail_summary")
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("detail_more")
        self.more_button.setEnabled(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("detail_stop")
        self.stop_button.setVisible(False)
        self.open_button = QPushButton(self.tr("Open task"))
        self.open_button.setObjectName("detail_open")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("detail_export")
        self.export_bar = ExportBar(ctx, self, name="detail_export")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.export_bar, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.drill_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filters)
        self.more_button.clicked.connect(self.load_more)
        self.stop_button.clicked.connect(self.stop)
        self.open_button.clicked.connect(self.open_current)
        self.export_button.clicked.connect(self.export)
        for edit in (self.number, self.content, self.task):
            edit.returnPressed.connect(self.search)
            edit.textEdited.connect(self._on_filter_edited)
        for combo in (self.kind, self.status, self.category, self.carrier, self.group, self.user, self.channel):
            combo.activated.connect(self._on_filter_edited)
        for edit in (self.date_from, self.date_to):
            edit.editingFinished.connect(self._on_filter_edited)

    def _date_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(datetime_format())
        edit.setMinimumDateTime(NO_LIMIT)
        edit.setSpecialValueText(self.tr("Any time"))
        return edit

    def _combo(self, name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        # the filter rows fit a 1366 px screen in any language: a combo may be narrower than its longest item
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem(everything, None)
        for key, label in items:
            combo.addItem(label, key)
        return combo

    # -- filters -------------------------------------------------------------------------------------

    def current_filter(self) -> DetailFilter:
        """The filters as the widgets show them, or exactly those of ``apply_filter`` until one is edited."""
        if self._drill is not None:
            return self._drill

        def when(edit: QDateTimeEdit) -> datetime | None:
            value = edit.dateTime()
            return None if value <= NO_LIMIT else value.toPython().astimezone()

        task_text = self.task.text().strip()
        return DetailFilter(
            date_from=when(self.date_from),
            date_to=when(self.date_to),
            kind=self.kind.currentData(),
            group_id=self.group.currentData(),
            user_id=self.user.currentData(),
            channel_id=self.channel.currentData(),
            carrier=self.carrier.currentData(),
            status=self.status.currentData(),
            category=self.category.currentData(),
            task_id=int(task_text) if task_text.isdigit() else None,
            number=self.number.text().strip() or None,
            content=self.content.text().strip() or None,
        )

    def apply_filter(self, f: DetailFilter) -> None:
        """Shows ``f`` in the widgets (as far as they can show it), searches with exactly ``f``."""
        self._set_date(self.date_from, f.date_from)
        self._set_date(self.date_to, f.date_to)
        for combo, value in ((self.kind, f.kind), (self.status, f.status), (self.category, f.category),
                             (self.carrier, f.carrier), (self.group, f.group_id), (self.user, f.user_id),
                             (self.channel, f.channel_id)):
            self._select(combo, value)
        self.task.setText("" if f.task_id is None else str(f.task_id))
        self.number.setText(f.number or "")
        self.content.setText(f.content or "")
        self._drill = f
        extra = []
        if f.template_id is not None:
            extra.append(self.tr("template no. %1").replace("%1", str(f.template_id)))
        if f.weekday is not None:
            extra.append(QLocale().dayName(f.weekday, QLocale.FormatType.LongFormat))
        if f.hour is not None:
            extra.append(self.tr("%1:00 to %2:00").replace("%1", str(f.hour)).replace("%2", str(f.hour + 1)))
        if f.basis == "send":
            extra.append(self.tr("times are when each task was sent"))
        self.drill_label.setText(
            self.tr("Showing the messages behind a chart") + (f" ({', '.join(extra)})" if extra else "")
        )
        self.drill_label.setVisible(True)
        self.search()

    def _set_date(self, edit: QDateTimeEdit, value: datetime | None) -> None:
        if value is None:
            edit.setDateTime(NO_LIMIT)
        else:
            edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))

    def _select(self, combo: QComboBox, value) -> None:
        if value is None:
            combo.setCurrentIndex(0)
            return
        index = combo.findData(value)
        if index < 0:  # an id the lists have not loaded (or cannot show): keep it visible as itself
            combo.addItem(f"#{value}", value)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def clear_filters(self) -> None:
        self._drill = None
        self.drill_label.setVisible(False)
        self.date_from.setDateTime(QDateTime(QDate.currentDate().addDays(-DEFAULT_DAYS), QTime(0, 0)))
        self.date_to.setDateTime(NO_LIMIT)
        for combo in (self.kind, self.status, self.category, self.carrier, self.group, self.user, self.channel):
            combo.setCurrentIndex(0)
        for edit in (self.task, self.number, self.content):
            edit.clear()
        self.search()

    def _on_filter_edited(self, *_args) -> None:
        if self._drill is not None:
            self._drill = None
            self.drill_label.setVisible(False)

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._options_loaded:
            self._load_options()
        if not self._shown_once:
            self._shown_once = True
            self.search()

    def on_changes(self, keys: frozenset[Change]) -> None:
        pass  # the detail is read when asked; new messages show on the next search

    def _load_options(self) -> None:
        self._options_loaded = True
        self.ctx.runner.read(report_detail.detail_options, on_done=self._on_options, on_error=lambda _e: None,
                             owner=self)

    def _on_options(self, options: report_detail.DetailOptions) -> None:
        for combo, items in ((self.group, [(gid, path) for gid, path in options.groups]),
                             (self.user, [(uid, name or login) for uid, login, name, _g in options.users]),
                             (self.channel, list(options.channels))):
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for key, label in items:
                combo.addItem(label, key)
            self._select(combo, current)

    def search(self) -> None:
        try:
            f = report_detail.checked(self.current_filter())
        except Exception as exc:
            show_error(self, exc)
            return
        self._filter = f
        self._cursor = None
        self._page_rows = 0
        self.model.set_rows([])
        self._fetch(None)

    def load_more(self) -> None:
        if self._filter is not None and self._cursor is not None:
            self._page_rows = 0
            self._fetch(self._cursor)

    def stop(self) -> None:
        self._generation += 1
        self._busy(False)
        self._say_done(stopped=True)

    def _fetch(self, cursor: Cursor | None) -> None:
        self._generation += 1
        generation = self._generation
        self._busy(True)
        self._handle = self.ctx.runner.read(
            report_detail.detail_page, self._filter, cursor, max(1, ROWS_PER_PAGE - self._page_rows),
            on_done=lambda page: self._on_page(generation, page),
            on_error=lambda exc: self._on_error(generation, exc),
            owner=self,
        )

    def _on_page(self, generation: int, page: DetailPage) -> None:
        if generation != self._generation:
            return
        self.model.append_rows(page.rows)
        self._cursor = page.next
        self._page_rows += len(page.rows)
        if page.stopped and self._page_rows < ROWS_PER_PAGE:
            # a rare filter: show what was found and go on from where the database stopped
            self.summary.setText(self.tr("%1 found so far; searching older messages…").replace(
                "%1", QLocale().toString(self.model.rowCount())))
            self._fetch(page.next)
            self.page_shown.emit(len(page.rows))
            return
        self._busy(False)
        self._say_done(stopped=False)
        self.page_shown.emit(len(page.rows))

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._busy(False)
        self.summary.setText("")
        show_error(self, exc)

    def _busy(self, busy: bool) -> None:
        self.stop_button.setVisible(busy)
        self.search_button.setEnabled(not busy)
        self.more_button.setEnabled(not busy and self._cursor is not None)
        if busy:
            self.summary.setText(self.tr("Searching…"))

    def _say_done(self, *, stopped: bool) -> None:
        n = self.model.rowCount()
        if n == 0 and self._cursor is None:
            text = self.tr("No message matches these filters.")
        elif stopped:
            text = self.tr("%Ln message(s) shown; the search was stopped.", "", n)
        elif self._cursor is not None:
            text = self.tr("%Ln message(s) shown, newest first; more match.", "", n)
        else:
            text = self.tr("%Ln message(s): all that match.", "", n)
        self.summary.setText(text)
        self.more_button.setEnabled(self._cursor is not None)

    # -- actions -------------------------------------------------------------------------------------

    def current_row(self) -> DetailRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _on_table_double_clicked(self, index) -> None:
        row = index.data(ROW_ROLE)
        if row is not None:
            self.open_task(row.task_id)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_task(row.task_id)

    def open_task(self, task_id: int) -> None:
        """Opens the task's own detail window (the Tasks tab's), once the task is read in the background."""
        self.ctx.runner.read(tasks.get, task_id, on_done=self.show_task_dialog,
                             on_error=lambda exc: show_error(self, exc), owner=self)

    def show_task_dialog(self, task) -> QWidget | None:
        from smsdesk.ui.tabs.tasks.task_actions import TaskActions
        from smsdesk.ui.tabs.tasks.task_detail_dialog import TaskDetailDialog

        if task is None:
            return None
        dialog = TaskDetailDialog(self.ctx, task, TaskActions(self.ctx, self), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.task_dialog = dialog
        return dialog

    def export(self) -> None:
        try:
            f = report_detail.checked(self.current_filter())
        except Exception as exc:
            show_error(self, exc)
            return
        path = self.export_bar.ask_path(self.tr("Export message detail"), self.tr("Message detail"))
        if path:
            self.start_export(path, f)

    def start_export(self, path: str, f: DetailFilter) -> None:
        labels = {**dict(self.labels.kinds()), **dict(self.labels.message_statuses()), **self.labels.failures()}
        headers = {
            "task": self.tr("Task"), "group": self.tr("Group"), "user": self.tr("User"), "kind": self.tr("Kind"),
            "content": self.tr("Content"), "number": self.tr("Number"), "carrier": self.tr("Carrier"),
            "channel": self.tr("Channel"), "segments": self.tr("Segments"), "submitted": self.tr("Submitted"),
            "receipt": self.tr("Receipt"), "latency": self.tr("Latency (s)"), "status": self.tr("Status"),
            "category": self.tr("Failure reason"), "code": self.tr("SMSC code"), "reason": self.tr("Meaning"),
            "sheet": self.tr("Message detail"),
        }
        request = report_detail.DetailExportRequest(path, f, headers, labels)
        self.export_bar.start(report_detail.export_detail, request, path)
