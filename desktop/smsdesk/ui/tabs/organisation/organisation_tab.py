"""Organisation: the group tree the user oversees, with quotas, and the users of the selected group."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.masking import mask_number
from smsdesk.services import org
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.widgets.row_table import Column, DataTableView, RowFilterProxy, RowTableModel

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 10


class OrganisationTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_tab")
        self.ctx = ctx
        self.groups: list = []
        loc = QLocale()

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("group_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)

        see = ctx.profile.see_full_numbers
        yes, no = self.tr("yes"), self.tr("no")
        kinds = {"admin": self.tr("Administrator"), "user": self.tr("User")}
        statuses = {
            "normal": self.tr("normal"),
            "disabled": self.tr("disabled"),
            "deleted": self.tr("deleted"),
        }
        self.user_model = RowTableModel(
            [
                Column(self.tr("Login"), lambda u: u.login),
                Column(self.tr("Name"), lambda u: u.operator_name),
                Column(self.tr("Group"), lambda u: u.group_path),
                Column(self.tr("Type"), lambda u: u.kind, lambda u: kinds.get(u.kind, u.kind)),
                Column(self.tr("Reviewer"), lambda u: u.is_reviewer, lambda u: yes if u.is_reviewer else no),
                Column(self.tr("Status"), lambda u: u.status, lambda u: statuses.get(u.status, u.status)),
                Column(self.tr("Review"), lambda u: u.review_mode, lambda u: yes if u.review_mode else no),
                Column(self.tr("Quota"), lambda u: u.quota_limit, lambda u: loc.toString(u.quota_limit), True),
                Column(self.tr("Used"), lambda u: u.quota_used, lambda u: loc.toString(u.quota_used), True),
                Column(
                    self.tr("Mobile"),
                    lambda u: u.mobile or "",
                    lambda u: (u.mobile or "") if see else mask_number(u.mobile),
                ),
            ],
            self,
        )
        self.user_proxy = RowFilterProxy(self)
        self.user_proxy.setSourceModel(self.user_model)
        self.users = DataTableView(ctx.prefs.raw(), "organisation/users_header")
        self.users.setObjectName("user_table")
        self.users.setModel(self.user_proxy)
        self.users.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.users.restore_header()

        self.filter = QLineEdit()
        self.filter.setObjectName("user_filter")
        self.filter.setPlaceholderText(self.tr("Filter users by login, name, group…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.user_proxy.setFilterFixedString)
        self.with_subgroups = QCheckBox(self.tr("Include sub-groups"))
        self.with_subgroups.setChecked(True)
        self.with_subgroups.toggled.connect(lambda _on: self._load_users())
        self.count = QLabel()

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.with_subgroups)
        rl.addLayout(bar)
        rl.addWidget(self.users, 1)
        rl.addWidget(self.count)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("OrganisationTab", "Organisation")

    def refresh(self) -> None:
        self.ctx.runner.read(
            org.visible_groups, on_done=self._show_groups, on_error=lambda e: show_error(self, e), owner=self
        )

    def on_changes(self, keys: frozenset[Change]) -> None:
        if Change.QUOTA in keys:  # users and groups change only through smsdesk-admin
            self.refresh()

    def _show_groups(self, groups: list) -> None:
        selected = self._selected_group()
        self.groups = groups
        loc = QLocale()
        self.tree_model.clear()
        self.tree_model.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Balance"), self.tr("Users"), self.tr("Review")]
        )
        items: dict[int, QStandardItem] = {}
        scope = set(org.subtree_ids(groups, self.ctx.profile.group_id))
        for g in groups:  # parents come first
            name = QStandardItem(g.name)
            name.setData(g.id, GROUP_ID_ROLE)
            if g.id not in scope:
                name.setToolTip(self.tr("Above your group: shown for its path only"))
                name.setEnabled(False)
            balance = QStandardItem(loc.toString(g.quota_balance))
            balance.setData(g.quota_balance, Qt.ItemDataRole.UserRole)
            balance.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            users = QStandardItem(loc.toString(g.user_count))
            users.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            review = QStandardItem(self.tr("review") if g.review_mode else self.tr("trust"))
            parent = items.get(g.parent_id, self.tree_model.invisibleRootItem())
            parent.appendRow([name, balance, users, review])
            items[g.id] = name
        self.tree.expandAll()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        target = items.get(selected or self.ctx.profile.group_id)
        if target is not None:
            self.tree.setCurrentIndex(target.index())

    def _selected_group(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(GROUP_ID_ROLE)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._load_users()

    def _load_users(self) -> None:
        group = self._selected_group()
        if group is None:
            return
        ids = org.subtree_ids(self.groups, group) if self.with_subgroups.isChecked() else [group]
        self.ctx.runner.read(
            org.users_of, ids, on_done=self._show_users, on_error=lambda e: show_error(self, e), owner=self
        )

    def _show_users(self, users: list) -> None:
        self.user_model.set_rows(users)
        self.users.fit_columns_once()
        self.count.setText(self.tr("%n user(s)", "", len(users)))
