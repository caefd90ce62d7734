"""Channels (GW-3, GW-4, GW-6), for administrators: every SMPP channel with its live state (which dispatcher binds
it, up or down, the rate now, the share of failed submits, the messages it holds), its routes, the failure-code
map and its history; top-level administrators add, edit, enable, disable and test channels. Everything is read
and written on the job runner; the list refreshes itself every few seconds while the tab is shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import channel_admin
from smsdesk.services import settings as install_settings
from smsdesk.ui.changes import Change
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.formats import when
from smsdesk.ui.tabs.channels.channel_dialog import ChannelDialog
from smsdesk.ui.tabs.channels.failure_dialog import FailureMappingDialog
from smsdesk.ui.tabs.channels.labels import ChannelLabels
from smsdesk.ui.tabs.channels.routes_dialog import RoutesDialog
from smsdesk.ui.tabs.channels.simulator_dialog import SimulatorDialog
from smsdesk.ui.tabs.tasks.labels import TaskLabels
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowFilterProxy, RowTableModel

REFRESH_MS = 5000
TEST_POLL_MS = 500
TEST_WAIT_S = 30  # the dispatcher gives up binding after ~21 s


class ChannelsTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channels_tab")
        self.ctx = ctx
        self.labels = ChannelLabels(self)
        self.common = CommonLabels(self)
        self.task_labels = TaskLabels(self)
        self.overview: channel_admin.Overview | None = None
        self.may_manage = False
        self._reading = False
        self._testing: tuple[int, str, int] | None = None  # (test id, channel name, polls left)
        self._select_next: int | None = None
        loc = QLocale()

        # -- the list --------------------------------------------------------------------------------------
        self.new_button = QPushButton(self.tr("New channel…"))
        self.new_button.setObjectName("channel_new")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("channel_edit")
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.toggle_button.setObjectName("channel_toggle")
        self.routes_button = QPushButton(self.tr("Routes…"))
        self.routes_button.setObjectName("channel_routes")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("channel_test")
        self.simulator_button = QPushButton(self.tr("Gateway simulator…"))
        self.simulator_button.setObjectName("channel_simulator")
        self.simulator_button.setVisible(ctx.signed.target.embedded)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.waiting = QLabel(self.tr("Waiting in the queue: %1").replace("%1", "…"))
        self.waiting.setObjectName("channels_waiting")
        self.notice = QLabel()
        self.notice.setObjectName("channels_notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.test_state = QLabel()
        self.test_state.setObjectName("channels_test_state")

        self.model = RowTableModel(
            [
                Column(self.tr("Channel"), lambda r: r.name),
                Column(self.tr("State"), lambda r: self._state_rank(r), lambda r: self._state_text(r)),
                Column(self.tr("Bound by"), lambda r: r.dispatcher or "",
                       lambda r: (r.dispatcher or self.tr("nobody")) + ("" if r.live or not r.dispatcher
                                                                        else " " + self.tr("(silent)"))),
                Column(self.tr("Rate now"), lambda r: r.submit_per_s, lambda r: self.tr("%1 msg/s").replace(
                    "%1", loc.toString(r.submit_per_s, "f", 1)), align_right=True),
                Column(self.tr("Failed"), lambda r: -1 if r.failed_share is None else r.failed_share,
                       lambda r: "–" if r.failed_share is None else loc.toString(r.failed_share * 100, "f", 1) + " %",
                       align_right=True),
                Column(self.tr("Holding"), lambda r: r.holding, lambda r: loc.toString(r.holding), align_right=True),
                Column(self.tr("Rate limit"), lambda r: r.tps, lambda r: self.tr("unlimited") if not r.tps
                       else self.tr("%1 msg/s").replace("%1", loc.toString(r.tps, "f", 0)), align_right=True),
                Column(self.tr("Routes"), lambda r: self._routes_text(r)),
                Column(self.tr("Address"), lambda r: f"{r.host}:{r.port}"),
                Column(self.tr("Since"), lambda r: r.status_at, lambda r: when(r.status_at)),
                Column(self.tr("Reason"), lambda r: self.labels.reason(r.status_reason)),
            ],
            self,
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DataTableView(ctx.prefs.raw(), "channels/header")
        self.table.setObjectName("channels_table")
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.restore_header()

        # -- history and failure codes ---------------------------------------------------------------------
        self.events_model = RowTableModel(
            [
                Column(self.tr("Time"), lambda r: r.id, lambda r: when(r.at)),
                Column(self.tr("Event"), lambda r: self.labels.event_name(r.new_status)),
                Column(self.tr("Before"), lambda r: self.labels.status(r.old_status)),
                Column(self.tr("Dispatcher"), lambda r: r.dispatcher or ""),
                Column(self.tr("Details"), lambda r: self.labels.event_detail(r.new_status, r.reason)),
            ],
            self,
        )
        events_proxy = RowFilterProxy(self)
        events_proxy.setSourceModel(self.events_model)
        self.events = DataTableView(ctx.prefs.raw(), "channels/events_header")
        self.events.setObjectName("channel_events_table")
        self.events.setModel(events_proxy)
        self.events.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.events.restore_header()

        self.failures_model = RowTableModel(
            [
                Column(self.tr("Applies to"), lambda r: self._channel_name(r.channel_id)),
                Column(self.tr("Source"), lambda r: self.labels.source(r.source)),
                Column(self.tr("Code"), lambda r: r.code),
                Column(self.tr("Counts as"), lambda r: self.task_labels.failure(r.category)),
                # The seeded rows' notes are English reference text (GSM MAP names): not shown to call-centre users.
                Column(self.tr("Retried"), lambda r: r.transient, lambda r: self.tr("Yes") if r.transient
                       else self.tr("No")),
            ],
            self,
        )
        self.failures_proxy = RowFilterProxy(self)
        self.failures_proxy.setSourceModel(self.failures_model)
        self.failures = DataTableView(ctx.prefs.raw(), "channels/failures_header")
        self.failures.setObjectName("channel_failures_table")
        self.failures.setModel(self.failures_proxy)
        self.failures.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.failures.restore_header()
        self.failure_add = QPushButton(self.tr("Add code…"))
        self.failure_add.setObjectName("failure_add")
        self.failure_edit = QPushButton(self.tr("Edit…"))
        self.failure_edit.setObjectName("failure_edit")
        self.failure_delete = QPushButton(self.tr("Delete"))
        self.failure_delete.setObjectName("failure_delete")
        failures_page = QWidget()
        failure_bar = QHBoxLayout()
        failure_bar.addWidget(self.failure_add)
        failure_bar.addWidget(self.failure_edit)
        failure_bar.addWidget(self.failure_delete)
        failure_bar.addStretch(1)
        failures_layout = QVBoxLayout(failures_page)
        failures_layout.setContentsMargins(0, 4, 0, 0)
        failures_layout.addLayout(failure_bar)
        failures_layout.addWidget(self.failures, 1)

        for view, widths in ((self.events, (140, 300, 90, 140)), (self.failures, (120, 170, 110, 110, 60))):
            if view.horizontalHeader().count() and not view._fitted:  # no saved layout: sensible widths, unmeasured
                for column, width in enumerate(widths):
                    view.horizontalHeader().resizeSection(column, width)
                view._fitted = True
        self.details = QTabWidget()
        self.details.setObjectName("channel_details")
        self.details.addTab(self.events, self.tr("History"))
        self.details.addTab(failures_page, self.tr("Failure codes"))

        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.toggle_button, self.routes_button, self.test_button,
                       self.simulator_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.waiting)
        bar.addWidget(self.refresh_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("channels_splitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitter = splitter
        state = ctx.prefs.raw().value("channels/splitter")
        if state is not None:
            splitter.restoreState(state)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.test_state)

        self.new_button.clicked.connect(self._on_new_clicked)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_clicked)
        self.routes_button.clicked.connect(self._on_routes_clicked)
        self.test_button.clicked.connect(self._on_test_clicked)
        self.simulator_button.clicked.connect(self._on_simulator_clicked)
        self.refresh_button.clicked.connect(self.refresh)
        self.failure_add.clicked.connect(self._on_failure_add_clicked)
        self.failure_edit.clicked.connect(self._on_failure_edit_clicked)
        self.failures.doubleClicked.connect(self._on_failure_edit_clicked)
        self.failure_delete.clicked.connect(self._on_failure_delete_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.failures.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._update_buttons()

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("ChannelsTab", "Channels")

    # -- what rows say ---------------------------------------------------------------------------------------

    def _state_rank(self, r: channel_admin.ChannelState) -> int:
        return {"up": 0, "binding": 1, "idle": 2, "failing": 3, "down": 4, "disabled": 5}.get(r.status, 6)

    def _state_text(self, r: channel_admin.ChannelState) -> str:
        return self.labels.status(r.status if r.enabled else "disabled")

    def _routes_text(self, r: channel_admin.ChannelState) -> str:
        if self.overview is None:
            return ""
        mine = [x for x in self.overview.routes if x.channel_id == r.id]
        if not mine:
            return self.tr("no route: carries nothing")
        carriers = sorted({self.common.carrier(x.carrier) for x in mine if x.carrier})
        kinds = sorted({self.common.kind(x.kind) for x in mine if x.kind})
        sep = self.tr(", ", "between the names of a list")
        text = sep.join(carriers) if carriers else self.tr("every carrier")
        text += " · " + (sep.join(kinds) if kinds else self.tr("every kind"))
        text += " · " + self.tr("priority %1").replace("%1", str(mine[0].priority))
        backup = mine[0].backup_channel_id
        if backup is not None:
            text += " · " + self.tr("backup: %1").replace("%1", self._channel_name(backup))
        return text

    def _channel_name(self, channel_id: int | None) -> str:
        if channel_id is None:
            return self.tr("Every channel")
        for c in self.overview.channels if self.overview else []:
            if c.id == channel_id:
                return c.name
        return str(channel_id)

    def selected(self) -> channel_admin.ChannelState | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_failure(self) -> channel_admin.FailureMapping | None:
        rows = self.failures.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _update_buttons(self) -> None:
        channel = self.selected()
        manage = self.may_manage
        self.new_button.setEnabled(manage)
        for button in (self.edit_button, self.toggle_button, self.routes_button):
            button.setEnabled(manage and channel is not None)
        self.test_button.setEnabled(manage and channel is not None and self._testing is None)
        self.simulator_button.setEnabled(manage)
        self.toggle_button.setText(self.tr("Enable") if channel is not None and not channel.enabled
                                   else self.tr("Disable"))
        self.failure_add.setEnabled(manage)
        has_failure = self.selected_failure() is not None
        self.failure_edit.setEnabled(manage and has_failure)
        self.failure_delete.setEnabled(manage and has_failure)

    # -- reading ---------------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._timer.stop()
        self.ctx.prefs.set("channels/splitter", self.splitter.saveState())
        super().hideEvent(event)

    def on_changes(self, keys: frozenset[Change]) -> None:
        pass  # channels change through this tab (which reads again after each save) or the dispatchers (timer)

    def _on_timer_timeout(self) -> None:
        self.refresh(quiet=True)

    def refresh(self, quiet: bool = False) -> None:
        if self._reading:
            return
        self._reading = True
        self.ctx.runner.read(channel_admin.overview, on_done=self._show, on_error=self._on_read_failed, owner=self)
        if not quiet:
            self.ctx.runner.read(channel_admin.failure_map, on_done=self._show_failures, on_error=self._on_error,
                                 owner=self)

    def _show(self, overview: channel_admin.Overview) -> None:
        self._reading = False
        selected_id = self._select_next or (self.selected().id if self.selected() is not None else None)
        self._select_next = None
        changed = self.overview is None or overview.channels != self.overview.channels \
            or overview.routes != self.overview.routes
        self.overview = overview
        self.may_manage = overview.may_manage
        if changed:  # read again every few seconds: no reset (selection, scrolling, repaint) for nothing
            self.model.set_rows(overview.channels)
            self.table.fit_columns_once()
        if not changed:
            self._read_events()  # the selection stays, so nothing else reads its history again
        elif selected_id is not None:
            self._select(selected_id)
        elif overview.channels:
            self.table.selectRow(0)
        loc = QLocale()
        waiting = loc.toString(overview.waiting)
        if overview.waiting >= channel_admin.QUEUE_CAP:
            waiting = self.tr("%1 or more").replace("%1", waiting)
        self.waiting.setText(self.tr("Waiting in the queue: %1").replace("%1", waiting))
        if not overview.may_manage:
            self.notice.setText(self.tr("You can see the channels. Only administrators of the top-level group "
                                        "change them."))
            self.notice.show()
        else:
            self.notice.hide()
        self._update_buttons()

    def _select(self, channel_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(ROW_ROLE).id == channel_id:
                self.table.selectRow(row)
                return

    def _show_failures(self, rows: list[channel_admin.FailureMapping]) -> None:
        if rows != self.failures_model.rows:
            self.failures_model.set_rows(rows)
        self._update_buttons()

    def _on_selection_changed(self, *_args) -> None:
        self._update_buttons()
        channel = self.selected()
        if channel is None:
            self.events_model.set_rows([])
            return
        self.details.setTabText(0, self.tr("History of %1").replace("%1", channel.name))
        self._read_events()

    def _read_events(self) -> None:
        channel = self.selected()
        if channel is not None:
            self.ctx.runner.read(channel_admin.events, channel.id, on_done=self._show_events,
                                 on_error=self._on_error, owner=self)

    def _show_events(self, rows: list[channel_admin.ChannelEvent]) -> None:
        if rows != self.events_model.rows:  # read again every few seconds: no reset (and no repaint) for nothing
            self.events_model.set_rows(rows)

    def _on_read_failed(self, exc: BaseException) -> None:
        self._reading = False
        self._on_error(exc)

    def _on_error(self, exc: BaseException) -> None:
        if self._timer.isActive() and getattr(exc, "code", None) == "unreachable":
            return  # the next tick tries again; the status bar already says the database is away
        show_error(self, exc)

    def _refused(self, exc: BaseException) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Channels"), self.labels.refusal(exc),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("channels_refusal")
        box.open()

    # -- changing --------------------------------------------------------------------------------------------

    def _on_new_clicked(self) -> None:
        dialog = ChannelDialog(self.ctx, None, None, self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        dialog.open()

    def _on_edit_clicked(self, *_args) -> None:
        channel = self.selected()
        if channel is None or not self.may_manage:
            return
        self.ctx.runner.read(channel_admin.channel_settings, channel.id,
                             on_done=lambda values: self._open_editor(channel.id, values), on_error=self._refused,
                             owner=self)

    def _open_editor(self, channel_id: int, values: dict) -> None:
        dialog = ChannelDialog(self.ctx, channel_id, values, self)
        dialog.accepted.connect(lambda: self._after_save(channel_id))
        dialog.open()
        self.editor = dialog

    def _after_save(self, channel_id: int | None) -> None:
        self._select_next = channel_id  # a new channel is selected once the list has it
        self.refresh()

    def _on_toggle_clicked(self) -> None:
        channel = self.selected()
        if channel is None:
            return
        self.ctx.runner.write(channel_admin.save_channel, channel.id, {"enabled": not channel.enabled},
                              on_done=lambda _id: self._after_save(channel.id), on_error=self._refused, owner=self)

    def _on_routes_clicked(self) -> None:
        channel = self.selected()
        if channel is None or self.overview is None:
            return
        dialog = RoutesDialog(self.ctx, channel, self.overview.channels, self.overview.routes, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.routes_dialog = dialog

    def _on_failure_add_clicked(self) -> None:
        self._open_failure(None)

    def _on_failure_edit_clicked(self, *_args) -> None:
        mapping = self.selected_failure()
        if mapping is not None and self.may_manage:
            self._open_failure(mapping)

    def _open_failure(self, mapping: channel_admin.FailureMapping | None) -> None:
        channel = self.selected()
        dialog = FailureMappingDialog(self.ctx, self.overview.channels if self.overview else [], mapping,
                                      channel.id if channel is not None and mapping is None else None, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.failure_dialog = dialog

    def _on_failure_delete_clicked(self) -> None:
        mapping = self.selected_failure()
        if mapping is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete failure code"),
            self.tr("Delete the mapping of %1 for %2? Messages with this code then count as the default says.")
            .replace("%1", mapping.code).replace("%2", self._channel_name(mapping.channel_id)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.runner.write(channel_admin.delete_failure_mapping, mapping.id, on_done=lambda _r: self.refresh(),
                                  on_error=self._refused, owner=self)

    def _on_simulator_clicked(self) -> None:
        self.ctx.runner.read(install_settings.get, "simulator", on_done=self._open_simulator,
                             on_error=self._refused, owner=self)

    def _open_simulator(self, value: dict) -> None:
        host = getattr(getattr(self.window(), "dispatcher_label", None), "host", None)
        dialog = SimulatorDialog(self.ctx, value or {}, host, self)
        dialog.open()
        self.simulator_dialog = dialog

    # -- connection test -------------------------------------------------------------------------------------

    def _on_test_clicked(self) -> None:
        channel = self.selected()
        if channel is None or self._testing is not None:
            return
        self._testing = (0, channel.name, TEST_WAIT_S * 1000 // TEST_POLL_MS)
        self.test_state.setText(self.tr("Testing %1: asking a dispatcher to bind and unbind…").replace(
            "%1", channel.name))
        self._update_buttons()
        self.ctx.runner.write(channel_admin.request_test, channel.id, on_done=self._on_test_requested,
                              on_error=self._on_test_refused, owner=self)

    def _on_test_requested(self, test_id: int) -> None:
        assert self._testing is not None
        self._testing = (test_id, self._testing[1], self._testing[2])
        QTimer.singleShot(TEST_POLL_MS, self, self._poll_test)

    def _poll_test(self) -> None:
        if self._testing is None:
            return
        self.ctx.runner.read(channel_admin.test_result, self._testing[0], on_done=self._on_test_polled,
                             on_error=self._on_test_refused, owner=self)

    def _on_test_polled(self, result: channel_admin.ConnectionTest | None) -> None:
        if self._testing is None:
            return
        test_id, name, polls = self._testing
        if result is not None and result.finished:
            self._testing = None
            answer = self.labels.test_answer(channel_admin.test_detail(result.detail)) or result.detail
            by = result.dispatcher or ""
            self._finish_test(bool(result.ok), name, answer, by)
            return
        if polls <= 0:
            self._testing = None
            self._finish_test(False, name, self.tr(
                "No dispatcher answered within %1 seconds. A dispatcher of an older version does not test "
                "connections; otherwise it may be busy or stopping.").replace("%1", str(TEST_WAIT_S)), "")
            return
        if result is not None and result.taken:
            self.test_state.setText(self.tr("Testing %1: %2 is binding…").replace("%1", name).replace(
                "%2", result.dispatcher or ""))
        self._testing = (test_id, name, polls - 1)
        QTimer.singleShot(TEST_POLL_MS, self, self._poll_test)

    def _finish_test(self, ok: bool, name: str, answer: str, by: str) -> None:
        self.test_state.setText("")
        self._update_buttons()
        title = self.tr("Connection test of %1").replace("%1", name)
        text = answer if not by else answer + "\n\n" + self.tr("Tested by dispatcher %1.").replace("%1", by)
        box = QMessageBox(QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning, title,
                          (self.tr("The channel works.") if ok else self.tr("The channel does not work.")),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("channel_test_result")
        box.setInformativeText(text)
        box.open()
        self.test_box = box
        self._on_selection_changed()  # the test is in the history now

    def _on_test_refused(self, exc: BaseException) -> None:
        self._testing = None
        self.test_state.setText("")
        self._update_buttons()
        self._refused(exc)
