"""上行短信 Replies (REP-1): every reply the user may see, newest first, with the user, task, kind and text it answered
(or that it matched nothing) and opt-outs marked; filtered by time, task, number, the text sent and the reply;
deleted by administrators (the database decides, and audits); exported."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import report_replies
from smsdesk.services.report_replies import ReplyFilter, ReplyPage, ReplyRow
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import datetime_format, when
from smsdesk.ui.numbers import display_number
from smsdesk.ui.tabs.reports.pages import PageSpec
from smsdesk.ui.tabs.tasks.labels import TaskLabels
from smsdesk.ui.tabs.tasks.task_model import initial_widths
from smsdesk.ui.widgets.export_bar import ExportBar
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, RowTableModel

PAGE = PageSpec(key="replies", order=20, module=__name__, class_name="RepliesPage")

NO_LIMIT = QDateTime(QDate(2000, 1, 1), QTime(0, 0))
DEFAULT_DAYS = 30


def _when(value: datetime | None) -> str:
    return when(value, seconds=True)


class RepliesPage(QWidget):
    page_shown = Signal(int)
    deleted = Signal(int)

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("RepliesPage", "Replies")

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_replies_page")
        self.ctx = ctx
        self.labels = TaskLabels(self)
        self._generation = 0
        self._after: int | None = None
        self._filter: ReplyFilter | None = None
        self._shown_once = False

        self.date_from = self._date_edit("replies_from")
        self.date_from.setDateTime(QDateTime(QDate.currentDate().addDays(-DEFAULT_DAYS), QTime(0, 0)))
        self.date_to = self._date_edit("replies_to")
        self.date_to.setDateTime(NO_LIMIT)
        self.task = QLineEdit()
        self.task.setObjectName("replies_task")
        self.task.setPlaceholderText(self.tr("Task no."))
        self.task.setMaxLength(19)
        self.task.setMaximumWidth(90)
        self.number = QLineEdit()
        self.number.setObjectName("replies_number")
        self.number.setPlaceholderText(self.tr("Number or its last 4+ digits"))
        self.number.setMaxLength(40)
        self.sent = QLineEdit()
        self.sent.setObjectName("replies_sent")
        self.sent.setPlaceholderText(self.tr("Text sent contains…"))
        self.sent.setMaxLength(report_replies.FRAGMENT_MAX)
        self.reply = QLineEdit()
        self.reply.setObjectName("replies_reply")
        self.reply.setPlaceholderText(self.tr("Reply contains…"))
        self.reply.setMaxLength(report_replies.FRAGMENT_MAX)
        self.matched = QComboBox()
        self.matched.setObjectName("replies_matched")
        self.matched.addItem(self.tr("Matched or not"), None)
        self.matched.addItem(self.tr("Matched to a send"), True)
        self.matched.addItem(self.tr("Matched nothing"), False)
        self.opt_out = QCheckBox(self.tr("Opt-outs only"))
        self.opt_out.setObjectName("replies_opt_out")
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("replies_search")
        self.search_button.setDefault(True)

        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("From")))
        row1.addWidget(self.date_from)
        row1.addWidget(QLabel(self.tr("To")))
        row1.addWidget(self.date_to)
        row1.addWidget(self.task)
        row1.addWidget(self.number, 1)
        row1.addWidget(self.matched)
        row1.addWidget(self.opt_out)
        row2 = QHBoxLayout()
        row2.addWidget(self.sent, 1)
        row2.addWidget(self.reply, 1)
        row2.addWidget(self.search_button)

        labels = self.labels
        columns = [
            Column(self.tr("Received"), lambda r: r.received_at, lambda r: _when(r.received_at)),
            Column(self.tr("Number"), lambda r: r.number or "", lambda r: display_number(r.number)),
            Column(self.tr("Reply"), lambda r: r.text),
            Column(self.tr("Opt-out"), lambda r: r.opt_out, lambda r: self.tr("Opt-out") if r.opt_out else ""),
            Column(self.tr("User"), lambda r: r.owner_label,
                   lambda r: r.owner_label if r.matched else self.tr("(matched nothing)")),
            Column(self.tr("Group"), lambda r: r.group_path),
            Column(self.tr("Task"), lambda r: r.task_id or 0,
                   lambda r: f"{r.task_id} {r.task_name}" if r.task_id else ""),
            Column(self.tr("Kind"), lambda r: r.kind or "", lambda r: labels.kind(r.kind) if r.kind else ""),
            Column(self.tr("Text sent"), lambda r: r.sent_text),
            Column(self.tr("Sent"), lambda r: r.sent_at, lambda r: _when(r.sent_at)),
        ]
        self.model = RowTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "reports/replies_header")
        self.table.setObjectName("replies_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.restore_header()
        initial_widths(self.table, (140, 120, 220, 60, 100, 140, 160, 80, 300, 140))
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.summary = QLabel()
        self.summary.setObjectName("replies_summary")
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("replies_more")
        self.more_button.setEnabled(False)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("replies_delete")
        self.delete_button.setEnabled(False)
        self.delete_button.setVisible(ctx.profile.is_admin)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("replies_export")
        self.export_bar = ExportBar(ctx, self, name="replies_export")
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.export_bar, 1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search_button.clicked.connect(self.search)
        self.more_button.clicked.connect(self.load_more)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self.export)
        for edit in (self.task, self.number, self.sent, self.reply):
            edit.returnPressed.connect(self.search)

    def _date_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(datetime_format())
        edit.setMinimumDateTime(NO_LIMIT)
        edit.setSpecialValueText(self.tr("Any time"))
        return edit

    def current_filter(self) -> ReplyFilter:
        def when(edit: QDateTimeEdit) -> datetime | None:
            value = edit.dateTime()
            return None if value <= NO_LIMIT else value.toPython().astimezone()

        task_text = self.task.text().strip()
        return ReplyFilter(
            date_from=when(self.date_from), date_to=when(self.date_to),
            task_id=int(task_text) if task_text.isdigit() else None,
            number=self.number.text().strip() or None, sent=self.sent.text().strip() or None,
            reply=self.reply.text().strip() or None, matched=self.matched.currentData(),
            opt_out=True if self.opt_out.isChecked() else None,
        )

    # -- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._shown_once:
            self._shown_once = True
            self.search()

    def on_changes(self, keys: frozenset[Change]) -> None:
        pass

    def search(self) -> None:
        f = self.current_filter()
        try:
            report_replies.filter_json(f)
        except Exception as exc:
            show_error(self, exc)
            return
        self._filter = f
        self._after = None
        self.model.set_rows([])
        self._fetch()

    def load_more(self) -> None:
        if self._filter is not None and self._after is not None:
            self._fetch()

    def _fetch(self) -> None:
        self._generation += 1
        generation = self._generation
        self.search_button.setEnabled(False)
        self.more_button.setEnabled(False)
        self.summary.setText(self.tr("Searching…"))
        self.ctx.runner.read(
            report_replies.replies_page, self._filter, self._after,
            on_done=lambda page: self._on_page(generation, page),
            on_error=lambda exc: self._on_error(generation, exc), owner=self,
        )

    def _on_page(self, generation: int, page: ReplyPage) -> None:
        if generation != self._generation:
            return
        self.model.append_rows(page.rows)
        self._after = page.next_after
        self.search_button.setEnabled(True)
        self.more_button.setEnabled(self._after is not None)
        n = self.model.rowCount()
        if n == 0:
            self.summary.setText(self.tr("No reply matches these filters."))
        elif self._after is not None:
            self.summary.setText(self.tr("%Ln reply(-ies) shown, newest first; more match.", "", n))
        else:
            self.summary.setText(self.tr("%Ln reply(-ies): all that match.", "", n))
        self.page_shown.emit(len(page.rows))

    def _on_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self.search_button.setEnabled(True)
        self.summary.setText("")
        show_error(self, exc)

    # -- actions -------------------------------------------------------------------------------------

    def selected_rows(self) -> list[ReplyRow]:
        rows = {i.row(): i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()}
        return [r for _k, r in sorted(rows.items()) if r is not None]

    def _on_selection_changed(self, *_args) -> None:
        rows = self.selected_rows()
        self.delete_button.setEnabled(bool(rows) and all(r.can_delete for r in rows))

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete replies"),
                          self.tr("Delete %Ln selected reply(-ies)? This is recorded in the audit log.", "", len(rows)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("replies_delete_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.start_delete([r.id for r in rows]))
        box.open()

    def start_delete(self, ids: list[int]) -> None:
        def done(count: int) -> None:
            self.deleted.emit(count)
            self.summary.setText(self.tr("%Ln reply(-ies) deleted.", "", int(count)))
            gone = set(ids)
            self.model.set_rows([r for r in self.model.rows if r.id not in gone])

        self.ctx.runner.write(report_replies.delete, ids, on_done=done, on_error=lambda exc: show_error(self, exc),
                              owner=self)

    def export(self) -> None:
        f = self.current_filter()
        try:
            report_replies.filter_json(f)
        except Exception as exc:
            show_error(self, exc)
            return
        path = self.export_bar.ask_path(self.tr("Export replies"), self.tr("Replies"))
        if path:
            self.start_export(path, f)

    def start_export(self, path: str, f: ReplyFilter) -> None:
        headers = {
            "received": self.tr("Received"), "number": self.tr("Number"), "reply": self.tr("Reply"),
            "opt_out": self.tr("Opt-out"), "matched": self.tr("Matched"), "user": self.tr("User"),
            "group": self.tr("Group"), "task": self.tr("Task"), "kind": self.tr("Kind"),
            "sent": self.tr("Text sent"), "sent_at": self.tr("Sent"), "sheet": self.tr("Replies"),
            "yes": self.tr("yes"), "no": self.tr("no"),
        }
        request = report_replies.ReplyExportRequest(path, f, headers, dict(self.labels.kinds()))
        self.export_bar.start(report_replies.export_replies, request, path)
