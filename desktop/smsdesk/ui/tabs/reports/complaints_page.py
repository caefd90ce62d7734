"""投诉处理 Complaint handling (LOG-4): search the sent history by kind, time, number, status and content (the message
detail's search), select rows and put their numbers on a blacklist (global, a group's or a kind's) with a reason, in
one step. The database checks that the user sees those messages and may change that list, and audits it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import complaints
from smsdesk.ui.changes import Change
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.tabs.reports.detail_page import MessageDetailPage
from smsdesk.ui.tabs.reports.pages import PageSpec
from smsdesk.ui.widgets.row_table import ROW_ROLE

PAGE = PageSpec(key="complaints", order=60, module=__name__, class_name="ComplaintsPage")


class BlacklistDialog(QDialog):
    """Which blacklist, and why (required)."""

    def __init__(self, count: int, groups: list[tuple[int, str]], own_group: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaint_blacklist_dialog")
        self.setWindowTitle(self.tr("Add to blacklist"))
        common = CommonLabels(self)
        self.global_button = QRadioButton(self.tr("Global blacklist"))
        self.group_button = QRadioButton(self.tr("A user group's blacklist"))
        self.kind_button = QRadioButton(self.tr("A message kind's blacklist"))
        self.group_button.setChecked(True)
        self.scope = QButtonGroup(self)
        for button in (self.global_button, self.group_button, self.kind_button):
            self.scope.addButton(button)
        self.group = QComboBox()
        self.group.setObjectName("complaint_group")
        for gid, path in groups:
            self.group.addItem(path, gid)
        if self.group.findText(own_group) >= 0:  # the administrator's own group: the list they surely hold
            self.group.setCurrentIndex(self.group.findText(own_group))
        self.kind = QComboBox()
        self.kind.setObjectName("complaint_kind")
        for key, label in common.kinds():
            self.kind.addItem(label, key)
        self.reason = QLineEdit()
        self.reason.setObjectName("complaint_reason")
        self.reason.setMaxLength(complaints.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("For example: the customer complained by phone"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("The numbers of %Ln selected message(s) go on:", "", int(count))))
        form.addRow(self.global_button)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_button)
        group_row.addWidget(self.group, 1)
        form.addRow(group_row)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_button)
        kind_row.addWidget(self.kind, 1)
        form.addRow(kind_row)
        form.addRow(self.tr("Reason (required):"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._on_changed)
        self.scope.buttonToggled.connect(self._on_changed)
        self._on_changed()

    def _on_changed(self, *_args) -> None:
        self.group.setEnabled(self.group_button.isChecked())
        self.kind.setEnabled(self.kind_button.isChecked())
        ok = bool(self.reason.text().strip()) and (not self.group_button.isChecked() or self.group.count() > 0)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def request(self, message_ids: list[int]) -> complaints.BlacklistRequest:
        if self.global_button.isChecked():
            return complaints.BlacklistRequest(tuple(message_ids), "global", self.reason.text())
        if self.kind_button.isChecked():
            return complaints.BlacklistRequest(tuple(message_ids), "kind", self.reason.text(),
                                               kind=self.kind.currentData())
        return complaints.BlacklistRequest(tuple(message_ids), "group", self.reason.text(),
                                           group_id=self.group.currentData())


class ComplaintsPage(MessageDetailPage):
    """The detail's search with the filters of LOG-4, rows selectable, and "Add numbers to blacklist…"."""

    blacklisted = Signal(object)  # complaints.BlacklistResult
    HEADER_KEY = "reports/complaints_header"

    @staticmethod
    def page_title() -> str:
        return QCoreApplication.translate("ComplaintsPage", "Complaint handling")

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("report_complaints_page")
        for widget in (self.group, self.user, self.channel, self.carrier, self.category, self.task):
            widget.setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.blacklist_button = QPushButton(self.tr("Add numbers to blacklist…"))
        self.blacklist_button.setObjectName("complaint_blacklist")
        self.blacklist_button.setEnabled(False)
        self.blacklist_button.setToolTip(self.tr("Select the messages whose numbers should no longer receive SMS."))
        bottom = self.layout().itemAt(self.layout().count() - 1).layout()  # the row of buttons under the table
        bottom.insertWidget(bottom.count() - 1, self.blacklist_button)
        if not ctx.profile.is_admin:
            self.blacklist_button.setVisible(False)
            hint = QLabel(self.tr("Administrators put numbers on blacklists."))
            hint.setObjectName("complaint_hint")
            bottom.insertWidget(bottom.count() - 1, hint)
        self.table.selectionModel().selectionChanged.connect(self._on_complaint_selection_changed)
        self.blacklist_button.clicked.connect(self.choose_blacklist)
        self._groups: list[tuple[int, str]] = []

    def _on_options(self, options) -> None:
        super()._on_options(options)
        self._groups = list(options.groups)

    def selected_message_ids(self) -> list[int]:
        rows = (index.data(ROW_ROLE) for index in self.table.selectionModel().selectedRows())
        return sorted({row.id for row in rows if row is not None})

    def _on_complaint_selection_changed(self, *_args) -> None:
        self.blacklist_button.setEnabled(bool(self.selected_message_ids()))

    def choose_blacklist(self) -> None:
        ids = self.selected_message_ids()
        if not ids:
            return
        dialog = BlacklistDialog(len(ids), self._groups, self.ctx.profile.group_path, self)
        dialog.accepted.connect(lambda: self.start_blacklist(dialog.request(ids)))
        self.blacklist_dialog = dialog
        dialog.open()

    def start_blacklist(self, request: complaints.BlacklistRequest) -> None:
        try:
            request = complaints.check(request)
        except Exception as exc:
            show_error(self, exc)
            return

        def done(result: complaints.BlacklistResult) -> None:
            loc = QLocale()
            text = self.tr(
                "%Ln number(s) added to the blacklist; %2 were on it already.", "", int(result.added)
            ).replace("%2", loc.toString(result.existing))
            self.summary.setText(text)
            self.blacklisted.emit(result)

        self.ctx.runner.write(complaints.blacklist_numbers, request, changes={Change.BLACKLIST}, on_done=done,
                              on_error=lambda exc: show_error(self, exc), owner=self)
