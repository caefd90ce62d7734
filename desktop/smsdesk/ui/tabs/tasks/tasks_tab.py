"""Tasks (LOG-1..LOG-3): every task the user may see, searchable by name, time, group, user, kind and status;
progress that follows the dispatcher live (LISTEN/NOTIFY: only the tasks that changed are re-read); a
not-yet-sent view with cancel; per-task detail, export and resend of failed numbers.

Keys: Enter opens the detail, Delete cancels (after a confirmation), F5 refreshes.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import tasks
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import percent, style_date_edit, when
from smsdesk.ui.tabs.tasks.labels import TaskLabels
from smsdesk.ui.tabs.tasks.live import LiveTasks
from smsdesk.ui.tabs.tasks.task_actions import ExportBar, TaskActions
from smsdesk.ui.tabs.tasks.task_detail_dialog import TaskDetailDialog
from smsdesk.ui.tabs.tasks.task_model import TaskListModel, initial_widths
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, TotalsRow, sum_total

PAGE = 500
NOT_YET_SENT = "not_yet_sent"
LIVE_BATCH_MS = 250  # notifications within this time are re-read together
DEFAULT_DAYS = 30


def _finished(r: tasks.TaskListRow) -> int:
    """Messages whose outcome is known: delivered, failed or expired (cancelled ones were never tried)."""
    return r.delivered_count + r.failed_count + r.expired_count


def _success(r: tasks.TaskListRow) -> float | None:
    """Delivered out of those whose outcome is known; None before any is known."""
    done = _finished(r)
    return r.delivered_count / done if done else None


class TasksTab(QWidget):
    """``listing_shown`` after every list read; ``live_updated`` after rows were re-read for a notification."""

    listing_shown = Signal()
    live_updated = Signal(list)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_tab")
        self.ctx = ctx
        self.labels = TaskLabels(self)
        self.actions = TaskActions(ctx, self)
        self.details: dict[int, TaskDetailDialog] = {}
        self._handle = None
        self._generation = 0
        self._options_loaded = False
        self._pending_ids: set[int] = set()
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_BATCH_MS)
        self._live_timer.timeout.connect(self._reread_changed)
        self.live = LiveTasks(ctx.notifications, self)
        self.live.changed.connect(self._on_tasks_changed)
        self.live.connected.connect(self._on_live_connected)
        self._live_seen = False
        oversee = ctx.profile.is_admin or ctx.profile.is_reviewer
        loc = QLocale()

        # -- filters ------------------------------------------------------------------------------------
        self.search_text = QLineEdit()
        self.search_text.setObjectName("task_search")
        self.search_text.setPlaceholderText(self.tr("Search task name…"))
        self.search_text.setClearButtonEnabled(True)
        self.since = style_date_edit(QDateEdit(QDate.currentDate().addDays(-DEFAULT_DAYS)))
        self.since.setObjectName("task_since")
        self.until = style_date_edit(QDateEdit(QDate.currentDate().addDays(7)))
        self.until.setObjectName("task_until")
        self.group = QComboBox()
        self.group.setObjectName("task_group")
        self.group.addItem(self.tr("All groups"), None)
        self.group.setVisible(oversee)
        self.user = QComboBox()
        self.user.setObjectName("task_user")
        self.user.addItem(self.tr("All users"), None)
        self.user.setVisible(oversee)
        for combo in (self.group, self.user):  # group paths and names can be long: the combo shrinks, the list does not
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.kind = QComboBox()
        self.kind.setObjectName("task_kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for key, label in self.labels.kinds():
            self.kind.addItem(label, key)
        self.status = QComboBox()
        self.status.setObjectName("task_status")
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(self.tr("Not yet sent"), NOT_YET_SENT)
        for key, label in self.labels.task_statuses():
            self.status.addItem(label, key)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("task_search_button")

        # -- actions ------------------------------------------------------------------------------------
        self.not_yet_sent_button = QPushButton(self.tr("Not yet sent"))
        self.not_yet_sent_button.setObjectName("task_not_yet_sent")
        self.not_yet_sent_button.setCheckable(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("task_open")
        self.cancel_button = QPushButton(self.tr("Cancel task…"))
        self.cancel_button.setObjectName("task_cancel")
        self.resend_button = QPushButton(self.tr("Resend failed…"))
        self.resend_button.setObjectName("task_resend")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("task_export")

        # -- the list -----------------------------------------------------------------------------------
        # What a supervisor reads at a glance fits 1366 px; the rest is one right-click on the header away.
        labels = self.labels
        n = loc.toString

        def count(attr: str, header: str, *, hidden: bool = False) -> Column:
            def value(r):
                return getattr(r, attr)

            return Column(header, value, lambda r: n(value(r)), align_right=True, hidden=hidden, total=sum_total(value))

        def success_total(rows) -> str:
            done = sum(_finished(r) for r in rows)
            return percent(sum(r.delivered_count for r in rows) / done) if done else ""

        columns = [
            Column(self.tr("Task"), lambda r: r.name),
            Column(self.tr("Owner"), lambda r: r.owner_label, hidden=not oversee),
            Column(self.tr("Group"), lambda r: r.group_path, hidden=True),
            Column(self.tr("Kind"), lambda r: r.kind, lambda r: labels.kind(r.kind),
                   fits=lambda: [label for _k, label in labels.kinds()]),
            Column(self.tr("Status"), lambda r: r.status, lambda r: labels.task_status(r.status),
                   fits=lambda: [label for _k, label in labels.task_statuses()]),
            Column(self.tr("Progress"), lambda r: r.progress, lambda r: percent(r.progress, 0), bar=True,
                   fits=lambda: ["100%"]),
            count("recipient_count", self.tr("Recipients")),
            count("submitted_count", self.tr("Sent"), hidden=True),
            count("delivered_count", self.tr("Delivered")),
            count("failed_count", self.tr("Failed")),
            Column(self.tr("Success rate"), lambda r: _success(r) or 0.0, lambda r: percent(_success(r)),
                   align_right=True, total=success_total, fits=lambda: ["100.0%"]),
            count("expired_count", self.tr("Expired"), hidden=True),
            count("cancelled_count", self.tr("Cancelled"), hidden=True),
            Column(self.tr("Segments each"), lambda r: r.segments_per_message, lambda r: n(r.segments_per_message),
                   align_right=True, hidden=True),
            count("reserved", self.tr("Reserved"), hidden=True),
            count("charged", self.tr("Charged")),
            count("refunded", self.tr("Refunded"), hidden=True),
            Column(self.tr("Created"), lambda r: r.created_at, lambda r: when(r.created_at),
                   fits=lambda: [when(datetime(2026, 12, 28, 23, 59))]),
            Column(self.tr("Send at"), lambda r: r.send_at, lambda r: when(r.send_at), hidden=True),
            Column(self.tr("Review reason"), lambda r: r.review_reason or "", hidden=True),
        ]
        self.model = TaskListModel(columns, status_column=4, parent=self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "tasks/columns")
        self.table.setObjectName("task_table")
        self.table.setModel(self.proxy)
        self.table.restore_header()
        initial_widths(self.table, (200, 110, 150, 90, 100, 90, 80, 70, 80, 70, 80, 70, 70, 60, 70, 70, 70, 130))
        self.totals = TotalsRow(self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.count_label = QLabel()
        self.count_label.setObjectName("task_count")
        self.live_label = QLabel()
        self.live_label.setObjectName("task_live")
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.setObjectName("task_more")
        self.more_button.setEnabled(False)
        self.message = QLabel()
        self.message.setObjectName("task_message")
        self.export_bar = ExportBar(ctx, self)

        filters = QHBoxLayout()
        filters.addWidget(self.search_text, 2)
        filters.addWidget(QLabel(self.tr("Created from:")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to:")))
        filters.addWidget(self.until)
        filters.addWidget(self.group, 1)
        filters.addWidget(self.user, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.status)
        filters.addWidget(self.search_button)
        bar = QHBoxLayout()
        bar.addWidget(self.not_yet_sent_button)
        bar.addStretch(1)
        bar.addWidget(self.message)
        for button in (self.open_button, self.cancel_button, self.resend_button, self.export_button):
            bar.addWidget(button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.live_label)
        bottom.addWidget(self.export_bar, 1)
        bottom.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        table_box = QVBoxLayout()
        table_box.setSpacing(0)
        table_box.addWidget(self.table, 1)
        table_box.addWidget(self.totals)
        layout.addLayout(table_box, 1)
        layout.addLayout(bottom)

        self.search_button.clicked.connect(self.refresh)
        self.search_text.returnPressed.connect(self.refresh)
        for combo in (self.group, self.user, self.kind, self.status):
            combo.activated.connect(lambda _i: self.refresh())
        self.status.currentIndexChanged.connect(self._sync_not_yet_sent)
        self.group.currentIndexChanged.connect(self._filter_users)
        self.not_yet_sent_button.toggled.connect(self._on_not_yet_sent_toggled)
        self.more_button.clicked.connect(self._load_more)
        self.open_button.clicked.connect(self.open_current)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.resend_button.clicked.connect(self.resend_current)
        self.export_button.clicked.connect(self.export_current)
        self.table.activated.connect(lambda _index: self.open_current())  # Enter and double click
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.actions.done.connect(self._say)
        self.actions.cancelled.connect(lambda task_id: self._reread([task_id]))
        self.actions.resent.connect(self._on_resent)
        self.table.installEventFilter(self)  # Delete cancels the current task
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search_text.setFocus)
        self._users: list[tuple[int, str, str, int]] = []
        self._groups: list[tuple[int, str]] = []
        self._update_actions()
        self._show_live_state()

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("TasksTab", "Tasks")

    # -- tab protocol ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._options_loaded:
            self._options_loaded = True
            self.ctx.runner.read(tasks.filter_options, on_done=self._fill_options, owner=self)
        self._query(self.filters(), append=False)

    def on_changes(self, keys: frozenset[Change]) -> None:
        # tasks queued from this console (Send tab) or cancelled elsewhere: NOTIFY brings them when the
        # listener runs; without it, read the list again
        if Change.TASKS in keys and not self.live.is_listening() and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.live.start()
        self._show_live_state()

    def hideEvent(self, event) -> None:
        # listen only while the tab is shown; showing it again refreshes (the main window) and reconnects
        self.live.stop()
        self._live_seen = False
        self._show_live_state()
        super().hideEvent(event)

    def shutdown(self) -> None:
        self.live.stop()
        for dialog in list(self.details.values()):
            dialog.close()

    # -- filters and reading --------------------------------------------------------------------------

    def filters(self, **extra) -> tasks.TaskFilter:
        since = datetime.combine(self.since.date().toPython(), time.min).astimezone(UTC)
        until = (datetime.combine(self.until.date().toPython(), time.min) + timedelta(days=1)).astimezone(UTC)
        status = self.status.currentData()
        statuses = tasks.NOT_YET_SENT if status == NOT_YET_SENT else ((status,) if status else ())
        values = {
            "name": self.search_text.text(),
            "since": since,
            "until": until,
            "group_id": self.group.currentData(),
            "owner_id": self.user.currentData(),
            "kind": self.kind.currentData(),
            "statuses": tuple(statuses),
            "limit": PAGE,
        }
        values.update(extra)
        return tasks.TaskFilter(**values)

    def _query(self, filters: tasks.TaskFilter, *, append: bool) -> None:
        if self._handle is not None and self._handle.running:
            self._handle.cancel()
        self.search_button.setEnabled(False)
        self._generation += 1
        generation = self._generation

        def done(rows: list[tasks.TaskListRow]) -> None:
            if generation == self._generation:  # else an older search finished late
                self._show(rows, append)

        self._handle = self.ctx.runner.read(tasks.search, filters, on_done=done, on_error=self._on_error, owner=self)

    def _load_more(self) -> None:
        if self.model.rows:
            self._query(self.filters(before_id=min(r.id for r in self.model.rows)), append=True)

    def _show(self, rows: list[tasks.TaskListRow], append: bool) -> None:
        self.search_button.setEnabled(True)
        current = self.current_task()
        if append:
            self.model.append_rows(rows)
        else:
            self.model.set_rows(rows)
        self.more_button.setEnabled(len(rows) == PAGE)
        self._show_count()
        if current is not None:
            self.select_task(current.id)
        elif self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._update_actions()
        self.listing_shown.emit()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%Ln tasks", "", len(self.model.rows)))

    def _on_error(self, exc: BaseException) -> None:
        self.search_button.setEnabled(True)
        show_error(self, exc)

    def _fill_options(self, options: tasks.FilterOptions) -> None:
        self._groups, self._users = options.groups, options.users
        self.group.blockSignals(True)
        current = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("All groups"), None)
        for gid, path in options.groups:
            self.group.addItem(path, gid)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)
        self._filter_users()

    def _filter_users(self, *_args) -> None:
        group = self.group.currentData()
        allowed = None
        if group is not None:
            paths = dict(self._groups)
            root = paths.get(group, "")
            allowed = {gid for gid, path in self._groups if path == root or path.startswith(root + "/")}
        current = self.user.currentData()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItem(self.tr("All users"), None)
        for uid, login, name, gid in self._users:
            if allowed is None or gid in allowed:
                self.user.addItem(f"{name} ({login})" if name else login, uid)
        self.user.setCurrentIndex(max(0, self.user.findData(current)))
        self.user.blockSignals(False)

    def _sync_not_yet_sent(self, _index: int) -> None:
        self.not_yet_sent_button.blockSignals(True)
        self.not_yet_sent_button.setChecked(self.status.currentData() == NOT_YET_SENT)
        self.not_yet_sent_button.blockSignals(False)

    def _on_not_yet_sent_toggled(self, checked: bool) -> None:
        self.status.setCurrentIndex(self.status.findData(NOT_YET_SENT) if checked else 0)
        self.refresh()

    # -- live updates ---------------------------------------------------------------------------------

    def _on_tasks_changed(self, ids: list[int]) -> None:
        self._pending_ids.update(ids)
        for task_id in ids:
            dialog = self.details.get(task_id)
            if dialog is not None:
                dialog.refresh_task()
        if not self._live_timer.isActive():
            self._live_timer.start()

    def _on_live_connected(self) -> None:
        first = not self._live_seen
        self._live_seen = True
        self._show_live_state()
        if not first:
            self.refresh()  # reconnected: notifications may have been missed

    def _show_live_state(self) -> None:
        if self._live_seen:
            self.live_label.setText(self.tr("· live"))
            self.live_label.setToolTip(self.tr("Progress updates as the dispatcher sends."))
        else:
            self.live_label.setText("")
            self.live_label.setToolTip("")

    def _reread_changed(self) -> None:
        ids, self._pending_ids = sorted(self._pending_ids), set()
        if ids:
            self._reread(ids)

    def _reread(self, ids: list[int]) -> None:
        filters = self.filters(ids=tuple(ids), before_id=None, limit=len(ids))

        def done(rows: list[tasks.TaskListRow]) -> None:
            current = self.current_task()
            oldest = min((r.id for r in self.model.rows), default=0)
            # a task older than the pages loaded so far stays out; a new one goes on top
            keep = [r for r in rows if r.id >= oldest]
            self.model.upsert(keep, ids)
            self._show_count()
            if current is not None:
                self.select_task(current.id)
            self._update_actions()
            self.live_updated.emit(ids)

        self.ctx.runner.read(tasks.search, filters, on_done=done, on_error=lambda exc: None, owner=self)

    # -- selection and actions ------------------------------------------------------------------------

    def current_task(self) -> tasks.TaskListRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_task(self, task_id: int) -> bool:
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.selectRow(index.row())
        return True

    def _update_actions(self) -> None:
        task = self.current_task()
        self.open_button.setEnabled(task is not None)
        self.export_button.setEnabled(task is not None)
        self.cancel_button.setEnabled(task is not None and task.cancellable)
        self.resend_button.setEnabled(task is not None and task.failed_count > 0)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def open_current(self) -> TaskDetailDialog | None:
        task = self.current_task()
        if task is None:
            return None
        dialog = self.details.get(task.id)
        if dialog is None:
            dialog = TaskDetailDialog(self.ctx, task, self.actions, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda _obj=None, task_id=task.id: self.details.pop(task_id, None))
            self.details[task.id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def cancel_current(self) -> None:
        task = self.current_task()
        if task is not None:
            self.actions.cancel(task, self)

    def resend_current(self) -> None:
        task = self.current_task()
        if task is not None:
            self.actions.resend(task, self)

    def export_current(self) -> None:
        task = self.current_task()
        if task is not None:
            self.export_bar.choose(task)

    def _on_resent(self, _old: int, new: int) -> None:
        self._reread([new])

    def _context_menu(self, pos) -> None:
        if self.current_task() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_current)
        menu.addAction(self.tr("Cancel task…"), self.cancel_current).setEnabled(self.cancel_button.isEnabled())
        menu.addAction(self.tr("Resend failed…"), self.resend_current).setEnabled(self.resend_button.isEnabled())
        menu.addAction(self.tr("Export…"), self.export_current)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.cancel_current()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        # F5 reaches the tab only when no window action took it (the main window's Refresh does the same)
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)
