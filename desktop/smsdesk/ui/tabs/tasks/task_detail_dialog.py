"""One task in detail (LOG-2): its summary, and every number's status, carrier, channel, submit and receipt
time, cost and failure, read in keyset pages so a million-message task opens as fast as a small one."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import tasks
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import when
from smsdesk.ui.numbers import display_number
from smsdesk.ui.tabs.tasks.labels import TaskLabels
from smsdesk.ui.tabs.tasks.task_actions import ExportBar, TaskActions
from smsdesk.ui.tabs.tasks.task_model import initial_widths
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowFilterProxy, RowTableModel

PAGE = 500


def _when(_loc: QLocale, value) -> str:
    return when(value, seconds=True)


class TaskDetailDialog(QDialog):
    """Non-modal. ``page_shown`` after every page arrives (tests wait for it)."""

    page_shown = Signal()

    def __init__(self, ctx: ConsoleContext, task: tasks.TaskListRow, actions: TaskActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_detail_dialog")
        self.ctx = ctx
        self.task = task
        self.actions = actions
        self.labels = TaskLabels(self)
        self._handle = None
        self._more = False
        self._loading = False
        self._generation = 0
        loc = QLocale()
        self.setWindowTitle(self.tr("Task: %1").replace("%1", task.name))

        self.summary = QLabel()
        self.summary.setObjectName("task_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.failures = QLabel()
        self.failures.setObjectName("task_failures")
        self.failures.setWordWrap(True)
        self.failures.setTextFormat(Qt.TextFormat.RichText)
        self.failures.hide()
        self._failure_counts: list[tasks.FailureCount] = []

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("detail_status_filter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for status, label in self.labels.message_statuses():
            self.status_filter.addItem(label, status)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("detail_more")
        self.more_button.setEnabled(False)
        self.count = QLabel()
        self.count.setObjectName("detail_count")

        labels = self.labels
        self.model = RowTableModel(
            [
                Column(self.tr("#"), lambda r: r.id, align_right=True),
                Column(self.tr("Number"), lambda r: r.number, lambda r: display_number(r.number)),
                Column(self.tr("Carrier"), lambda r: r.carrier, lambda r: labels.common.carrier(r.carrier)),
                Column(self.tr("Channel"), lambda r: r.channel),
                Column(self.tr("Status"), lambda r: r.status, lambda r: labels.message_status(r.status),
                       fits=lambda: [label for _s, label in labels.message_statuses()]),
                Column(self.tr("Submitted"), lambda r: r.submitted_at, lambda r: _when(loc, r.submitted_at)),
                Column(self.tr("Receipt"), lambda r: r.done_at, lambda r: _when(loc, r.done_at)),
                Column(self.tr("Segments"), lambda r: r.segments, lambda r: loc.toString(r.segments), align_right=True),
                Column(self.tr("Failure"), lambda r: r.failure_category or "",
                       lambda r: labels.failure(r.failure_category)),
                Column(self.tr("Reason"), lambda r: r.error_code or "", self._reason, tooltip=self._reason_detail),
            ],
            self,
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "tasks/detail_header")
        self.table.setObjectName("detail_table")
        self.table.setModel(self.proxy)
        self.table.restore_header()
        initial_widths(self.table, (60, 120, 100, 100, 60, 140, 140, 50, 100))
        self.table.verticalScrollBar().valueChanged.connect(self._on_scrolled)

        self.export_bar = ExportBar(ctx, self)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("detail_export")
        self.resend_button = QPushButton(self.tr("Resend failed…"))
        self.resend_button.setObjectName("detail_resend")
        self.cancel_button = QPushButton(self.tr("Cancel task…"))
        self.cancel_button.setObjectName("detail_cancel")
        close_button = QPushButton(self.tr("Close"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.reload_button)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.more_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_bar, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.failures)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload_button.clicked.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        self.export_button.clicked.connect(lambda: self.export_bar.choose(self.task, self.statuses()))
        self.resend_button.clicked.connect(lambda: self.actions.resend(self.task, self))
        self.cancel_button.clicked.connect(lambda: self.actions.cancel(self.task, self))
        close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.reload)
        self.resize(1100, 640)
        self._show_task(task)
        self.reload()

    # -- reading --------------------------------------------------------------------------------------

    def statuses(self) -> tuple[str, ...]:
        status = self.status_filter.currentData()
        return (status,) if status else ()

    def reload(self) -> None:
        """The first page again (and the task's counters and failure reasons)."""
        self._query(0, append=False)
        self.read_failures()

    def read_failures(self) -> None:
        """Why messages failed, per category (and the gateway codes behind each), read beside the first page."""
        task_id = self.task.id
        self.ctx.runner.read(tasks.failure_summary, task_id, on_done=self._show_failures, on_error=lambda _e: None,
                             owner=self)

    def _show_failures(self, counts: list[tasks.FailureCount]) -> None:
        self._failure_counts = counts
        if not counts:
            self.failures.hide()
            return
        loc = QLocale()
        per_category: dict[str, int] = {}
        codes: dict[str, list[str]] = {}
        for c in counts:
            per_category[c.category] = per_category.get(c.category, 0) + c.messages
            if c.error_code:
                codes.setdefault(c.category, []).append(
                    f"{self.labels.codes.error_code(c.error_code)}: {loc.toString(c.messages)}"
                )
        total = sum(per_category.values())
        parts = []
        for category, count in sorted(per_category.items(), key=lambda kv: -kv[1]):
            share = loc.toString(count * 100 / total, "f", 0) if total else "0"
            label = html.escape(self.labels.failure(category))
            parts.append(f"<b>{label}</b> {loc.toString(count)} ({share}%)")
        title = html.escape(self.tr("Why messages failed:"))
        self.failures.setText(f"<span style='color:#c62828'>{title}</span> " + " · ".join(parts))
        tips = []
        for category, lines in codes.items():
            tips.append(self.labels.failure(category) + "\n  " + "\n  ".join(lines[:8]))
        self.failures.setToolTip("\n".join(tips))
        self.failures.show()

    def failure_text(self) -> str:
        return self.failures.text()

    def load_more(self) -> None:
        if self._more and not self._loading and self.model.rows:
            self._query(self.model.rows[-1].id, append=True)

    def _on_scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if self._more and not self._loading and value >= bar.maximum() - 5:
            self.load_more()

    def _query(self, after_id: int, *, append: bool) -> None:
        if self._handle is not None and self._handle.running:
            self._handle.cancel()
        self._loading = True
        self._generation += 1
        generation = self._generation
        task_id, statuses = self.task.id, self.statuses()

        def work(session):
            return tasks.message_page(session, task_id, after_id, statuses, PAGE)

        self._handle = self.ctx.runner.read(
            work, on_done=lambda page: self._show_page(page, append, generation), on_error=self._on_error, owner=self
        )

    def _show_page(self, page: tasks.MessagePage, append: bool, generation: int) -> None:
        if generation != self._generation:
            return  # an older query (another filter) finished late
        self._loading = False
        if page.task is not None:
            self._show_task(page.task)
        if append:
            self.model.append_rows(page.rows)
        else:
            self.model.set_rows(page.rows)
        self._more = page.more
        self.more_button.setEnabled(page.more)
        shown = QLocale().toString(len(self.model.rows))
        if page.more:
            self.count.setText(self.tr("%1 shown, more to load").replace("%1", shown))
        else:
            self.count.setText(self.tr("%1 shown, all").replace("%1", shown))
        self.page_shown.emit()

    def _on_error(self, exc: BaseException) -> None:
        self._loading = False
        show_error(self, exc)

    def refresh_task(self) -> None:
        """Only the summary's counters (a notification arrived): the pages already read stay as they are."""
        task_id = self.task.id
        self.ctx.runner.read(
            lambda s: tasks.get(s, task_id), on_done=lambda t: t is not None and self._show_task(t), owner=self
        )

    # -- showing --------------------------------------------------------------------------------------

    def _reason(self, row: tasks.MessageDetailRow) -> str:
        """The gateway's answer in words ("undeliverable · carrier system failure")."""
        return self.labels.codes.error_code(row.error_code)

    def _reason_detail(self, row: tasks.MessageDetailRow) -> str:
        """For support: the gateway's own code, and the note an administrator gave it in the failure map."""
        if not row.error_code:
            return ""
        text = self.tr("Gateway code: %1").replace("%1", row.error_code)
        return f"{text}\n{row.reason}" if row.reason else text

    def _show_task(self, t: tasks.TaskListRow) -> None:
        self.task = t
        loc = QLocale()
        n = loc.toString
        lab = self.labels

        def cell(label: str, value: str) -> str:
            return f"<td style='color:#666;padding-right:6px'>{html.escape(label)}</td><td><b>{value}</b></td>"

        def esc(value) -> str:
            return html.escape(str(value))

        percent = f"{t.progress * 100:.0f}%"
        rows = [
            cell(self.tr("Status"), esc(lab.task_status(t.status)))
            + cell(self.tr("Kind"), esc(lab.kind(t.kind)))
            + cell(self.tr("Owner"), esc(t.owner_label))
            + cell(self.tr("Group"), esc(t.group_path)),
            cell(self.tr("Created"), esc(_when(loc, t.created_at)))
            + cell(self.tr("Send at"), esc(_when(loc, t.send_at)))
            + cell(self.tr("Finished"), esc(_when(loc, t.finished_at)))
            + cell(self.tr("Progress"), esc(percent)),
            cell(self.tr("Recipients"), n(t.recipient_count))
            + cell(self.tr("Sent"), n(t.submitted_count))
            + cell(self.tr("Delivered"), n(t.delivered_count))
            + cell(self.tr("Failed"), n(t.failed_count)),
            cell(self.tr("Expired"), n(t.expired_count))
            + cell(self.tr("Cancelled"), n(t.cancelled_count))
            + cell(self.tr("Segments each"), n(t.segments_per_message))
            + cell(self.tr("Reserved / charged / refunded"),
                   f"{n(t.reserved)} / {n(t.charged)} / {n(t.refunded)}"),
        ]
        body = "".join(f"<tr>{r}</tr>" for r in rows)
        content = esc(t.content)
        if t.signature:
            content = esc(t.signature) + " " + content
        content_label = self.tr("Content:")
        extra = f"<p style='margin-top:4px'>{esc(content_label)} {content}</p>"
        if t.review_reason:
            reason_label = self.tr("Review reason:")
            extra += f"<p style='color:#c62828'>{esc(reason_label)} {esc(t.review_reason)}</p>"
        self.summary.setText(f"<h3 style='margin:0'>{esc(t.name)}</h3><table cellspacing='2'>{body}</table>{extra}")
        self.cancel_button.setEnabled(t.cancellable)
        self.resend_button.setEnabled(t.failed_count > 0)

    def closeEvent(self, event) -> None:
        self.table.save_header()
        if self._handle is not None and self._handle.running:
            self._handle.cancel()
        super().closeEvent(event)
