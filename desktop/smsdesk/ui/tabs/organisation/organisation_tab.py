"""Organisation: the group tree the user oversees, with quotas, and the users of the selected group. Administrators
run it from here (USR-1..5): groups added, renamed, moved, deleted, topped up and given back, reviewed or trusted;
users added, edited, topped up, taken back, disabled, enabled, deleted and restored, their passwords reset. Every
change is one database function in the background; the database checks it and says why when it refuses."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import org, org_admin, user_import
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.numbers import display_number
from smsdesk.ui.tabs.organisation.org_dialogs import (
    AmountDialog,
    GroupNameDialog,
    GroupPickDialog,
    MoveGroupDialog,
    PasswordDialog,
    UserDialog,
    UserImportDialog,
)
from smsdesk.ui.widgets.placeholder import fit_placeholder
from smsdesk.ui.widgets.row_table import ROW_ROLE, Column, DataTableView, RowTableModel

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 10
ORG_CHANGES = (Change.ORGANISATION, Change.QUOTA)


class GroupTree(QTreeView):
    """The group tree; dragging a group onto another asks to move it there (the model itself is never changed by
    the drop: the move goes to the database, and the tree is read again)."""

    group_dropped = Signal(int, int)  # the group, the group it was dropped on

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def dropEvent(self, event) -> None:
        source = self.currentIndex().siblingAtColumn(0).data(GROUP_ID_ROLE)
        target = self.indexAt(event.position().toPoint()).siblingAtColumn(0).data(GROUP_ID_ROLE)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is not None and target is not None and source != target:
            self.group_dropped.emit(source, target)


def read_user_file(path: str):
    """The table of a users file, headers first (in a background job: pandas and the file are slow)."""
    from smsdesk.infra import tabular

    return tabular.read_table(path, header=True)


def results_path(path: str) -> str:
    stem, _ext = os.path.splitext(path)
    return f"{stem}-results.csv"


class UserTableModel(RowTableModel):
    """The users table: sorts and filters in Python over the rows it holds, with keys computed once per row, so ten
    thousand users sort and filter in milliseconds (a sort proxy would call ``data()`` for every comparison)."""

    def __init__(self, columns, search_text: Callable, parent=None) -> None:
        super().__init__(columns, parent)
        self.all_rows: list = []
        self._search: list[str] = []
        self._search_text = search_text
        self.text = ""
        self.kind = ""  # "", "admin", "user", "reviewer"
        self.status = ""  # "", "normal", "disabled"
        self.sort_column = 0
        self.sort_order = Qt.SortOrder.AscendingOrder

    def prepare(self, rows) -> tuple[list, list[str]]:
        """Off the GUI thread (the read job): the rows in the current order and their search texts."""
        rows = self._sorted(list(rows))
        return rows, [self._search_text(u).casefold() for u in rows]

    def set_all(self, rows, searches: list[str] | None = None) -> None:
        """Rows from ``prepare`` (with their search texts), or any rows (sorted and indexed here)."""
        if searches is None:
            rows, searches = self.prepare(rows)
        self.all_rows, self._search = list(rows), searches
        self._apply(presorted=True)

    def set_filters(self, text: str, kind: str, status: str) -> None:
        self.text, self.kind, self.status = text.strip().casefold(), kind, status
        self._apply()

    def _keep(self, user, search: str) -> bool:
        if self.kind == "reviewer" and not (user.is_reviewer or user.kind == "admin"):
            return False
        if self.kind in ("admin", "user") and user.kind != self.kind:
            return False
        if self.status and user.status != self.status:
            return False
        return not self.text or self.text in search

    def _apply(self, presorted: bool = True) -> None:
        if self.text or self.kind or self.status:
            rows = [u for u, search in zip(self.all_rows, self._search, strict=True) if self._keep(u, search)]
        else:
            rows = list(self.all_rows)
        self.set_rows(rows if presorted else self._sorted(rows))

    def _key(self) -> Callable:
        value = self.columns[self.sort_column].value

        def key(user):
            v = value(user)
            return (0, v.casefold()) if isinstance(v, str) else (1, v)

        return key

    def _sorted(self, rows: list) -> list:
        return sorted(rows, key=self._key(), reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_column, self.sort_order = column, order
        key = self._key()
        pairs = sorted(
            zip(self.all_rows, self._search, strict=True),
            key=lambda pair: key(pair[0]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self.all_rows, self._search = [p[0] for p in pairs], [p[1] for p in pairs]
        self.layoutAboutToBeChanged.emit()
        self.rows = self._sorted(self.rows)
        self.layoutChanged.emit()


class OrganisationTab(QWidget):
    users_shown = Signal(int)  # the user table holds the rows of the last read (tests, tests/bench/admin_bench.py)

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisation_tab")
        self.ctx = ctx
        self.groups: list = []
        self.paths: dict[int, str] = {}
        self.scope: set[int] = set()
        self.least_password = 8
        self.deleted_view = False
        self.loaded_users = 0
        self.is_admin = ctx.profile.is_admin
        loc = QLocale()

        self.tree_model = QStandardItemModel(self)
        self.tree = GroupTree()
        self.tree.setDragEnabled(self.is_admin)
        self.tree.setAcceptDrops(self.is_admin)
        self.tree.group_dropped.connect(self._drop_group)
        self.tree.setObjectName("group_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._group_menu)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)

        yes, no = self.tr("yes"), self.tr("no")
        kinds = {"admin": self.tr("Administrator"), "user": self.tr("User")}
        statuses = {
            "normal": self.tr("enabled"),
            "disabled": self.tr("disabled"),
            "deleted": self.tr("deleted"),
        }
        self.user_model = UserTableModel(
            [
                Column(self.tr("Login"), lambda u: u.login),
                Column(self.tr("Name"), lambda u: u.operator_name),
                Column(self.tr("Group"), lambda u: self.paths.get(u.group_id, "")),
                Column(self.tr("Type"), lambda u: u.kind, lambda u: kinds.get(u.kind, u.kind)),
                Column(self.tr("Reviewer"), lambda u: u.is_reviewer, lambda u: yes if u.is_reviewer else no),
                Column(self.tr("Status"), lambda u: u.status, lambda u: statuses.get(u.status, u.status)),
                Column(self.tr("Tasks reviewed"), lambda u: u.review_mode, lambda u: yes if u.review_mode else no),
                Column(
                    self.tr("Full numbers"), lambda u: u.see_full_numbers, lambda u: yes if u.see_full_numbers else no
                ),
                Column(self.tr("Quota"), lambda u: u.quota_limit, lambda u: loc.toString(u.quota_limit), True),
                Column(self.tr("Used"), lambda u: u.quota_used, lambda u: loc.toString(u.quota_used), True),
                Column(self.tr("Left"), lambda u: u.quota_left, lambda u: loc.toString(u.quota_left), True),
                # masked by the database for administrators without the right (user_mobiles)
                Column(self.tr("Mobile"), lambda u: u.mobile or "", lambda u: display_number(u.mobile)),
            ],
            lambda u: "\n".join(
                (u.login, u.operator_name, self.paths.get(u.group_id, ""), u.mobile or "")
            ),
            self,
        )
        self.users = DataTableView(ctx.prefs.raw(), "organisation/users_header_v2")
        self.users.setObjectName("user_table")
        # fitting the columns measures 100 rows, not the first 1,000 (a second of data() calls for 10,000 users)
        self.users.horizontalHeader().setResizeContentsPrecision(100)
        self.users.setModel(self.user_model)
        self.users.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.users.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.users.restore_header()
        self.users.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.users.customContextMenuRequested.connect(self._user_menu)
        self.users.doubleClicked.connect(lambda _i: self._edit_user() if self.a_edit.isEnabled() else None)

        self.filter = QLineEdit()
        self.filter.setObjectName("user_filter")
        self.filter.setPlaceholderText(self.tr("Search users by login, name, group, mobile…"))
        self.filter.setClearButtonEnabled(True)
        fit_placeholder(self.filter)
        self.filter.textChanged.connect(self._on_filter)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        for text, key in (
            (self.tr("All types"), ""),
            (self.tr("Administrators"), "admin"),
            (self.tr("Users"), "user"),
            (self.tr("Reviewers"), "reviewer"),
        ):
            self.kind_filter.addItem(text, key)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status_filter")
        for text, key in (
            (self.tr("Any status"), ""),
            (self.tr("Enabled"), "normal"),
            (self.tr("Disabled"), "disabled"),
        ):
            self.status_filter.addItem(text, key)
        self.kind_filter.currentIndexChanged.connect(self._on_filter)
        self.status_filter.currentIndexChanged.connect(self._on_filter)
        self.view = QComboBox()
        self.view.setObjectName("user_view")
        self.view.addItem(self.tr("Current users"), False)
        self.view.addItem(self.tr("Deleted users"), True)
        self.view.currentIndexChanged.connect(self._on_view_changed)
        self.with_subgroups = QCheckBox(self.tr("Include sub-groups"))
        self.with_subgroups.setObjectName("with_subgroups")
        self.with_subgroups.setChecked(True)
        self.with_subgroups.toggled.connect(lambda _on: self._load_users())
        self.count = QLabel()
        self.count.setObjectName("user_count")

        # actions: groups
        self.a_add_group = self._action(self.tr("Add sub-group…"), "add_group", self._add_group)
        self.a_rename_group = self._action(self.tr("Rename…"), "rename_group", self._rename_group)
        self.a_move_group = self._action(self.tr("Move to…"), "move_group", self._move_group)
        self.a_delete_group = self._action(self.tr("Delete group"), "delete_group", self._delete_group)
        self.a_top_up_group = self._action(self.tr("Top up…"), "top_up_group", self._top_up_group)
        self.a_give_back = self._action(self.tr("Give back…"), "give_back_group", self._give_back_group)
        self.a_review_group = self._action(self.tr("Review its tasks"), "review_group", self._toggle_group_review)
        self.a_review_group.setCheckable(True)
        # two rows, so that every action shows in the tree's width: the tree's shape, then its quota and review
        group_bars = []
        for name, actions in (
            ("group_toolbar", self._group_actions()[:4]),
            ("group_quota_toolbar", self._group_actions()[4:]),
        ):
            group_bar = QToolBar()
            group_bar.setObjectName(name)
            group_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            for action in actions:
                group_bar.addAction(action)
            group_bar.setVisible(self.is_admin)
            group_bars.append(group_bar)
        # actions: users
        self.a_add_user = self._action(self.tr("Add user…"), "add_user", self._add_user)
        self.a_edit = self._action(self.tr("Edit…"), "edit_user", self._edit_user)
        self.a_top_up = self._action(self.tr("Top up…"), "top_up_user", self._top_up_users)
        self.a_take_back = self._action(self.tr("Take back…"), "take_back_user", self._take_back_users)
        self.a_disable = self._action(self.tr("Disable"), "disable_user", lambda: self._set_status("disabled"))
        self.a_enable = self._action(self.tr("Enable"), "enable_user", lambda: self._set_status("normal"))
        self.a_delete = self._action(self.tr("Delete"), "delete_user", self._delete_users)
        self.a_reset = self._action(self.tr("Reset password…"), "reset_password", self._reset_password)
        self.a_restore = self._action(self.tr("Restore"), "restore_user", self._restore_users)
        self.a_import = self._action(self.tr("Import…"), "import_users", self._import_users)
        self.a_export = self._action(self.tr("Export…"), "export_users", self._export_users)
        user_bar = QToolBar()
        user_bar.setObjectName("user_toolbar")
        user_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self._user_actions():
            user_bar.addAction(action)
        user_bar.setVisible(self.is_admin)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        for group_bar in group_bars:
            ll.addWidget(group_bar)
        ll.addWidget(self.tree, 1)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(user_bar)
        bar = QHBoxLayout()
        bar.addWidget(self.view)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.with_subgroups)
        rl.addLayout(bar)
        rl.addWidget(self.users, 1)
        rl.addWidget(self.count)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.users.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    # ------------------------------------------------------------------------------------------ plumbing
    def _action(self, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _group_actions(self) -> list[QAction]:
        return [
            self.a_add_group,
            self.a_rename_group,
            self.a_move_group,
            self.a_delete_group,
            self.a_top_up_group,
            self.a_give_back,
            self.a_review_group,
        ]

    def _user_actions(self) -> list[QAction]:
        return [
            self.a_add_user,
            self.a_edit,
            self.a_top_up,
            self.a_take_back,
            self.a_disable,
            self.a_enable,
            self.a_delete,
            self.a_reset,
            self.a_restore,
            self.a_import,
            self.a_export,
        ]

    def _write(self, fn, *args, done: Callable | None = None, **kwargs) -> None:
        self.ctx.runner.write(
            fn,
            *args,
            changes=ORG_CHANGES,
            on_done=lambda result: done(result) if done else None,
            on_error=lambda e: show_error(self, e),
            owner=self,
            **kwargs,
        )

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("OrganisationTab", "Organisation")

    def refresh(self) -> None:
        self.ctx.runner.read(
            self._read_all, on_done=self._show_groups, on_error=lambda e: show_error(self, e), owner=self
        )

    @staticmethod
    def _read_all(session) -> tuple[list, int]:
        return org_admin.groups(session), org_admin.min_password_length(session)

    def on_changes(self, keys: frozenset[Change]) -> None:
        if Change.QUOTA in keys or Change.ORGANISATION in keys:
            self.refresh()

    # ------------------------------------------------------------------------------------------ the tree
    def _show_groups(self, result) -> None:
        groups, self.least_password = result
        selected = self._selected_group_id()
        self.groups = groups
        self.paths = {g.id: g.path for g in groups}
        loc = QLocale()
        self.tree_model.clear()
        self.tree_model.setHorizontalHeaderLabels(
            [self.tr("Group"), self.tr("Balance"), self.tr("Users"), self.tr("Review")]
        )
        items: dict[int, QStandardItem] = {}
        self.scope = set(org.subtree_ids(groups, self.ctx.profile.group_id))
        for g in groups:  # parents come first
            name = QStandardItem(g.name)
            name.setData(g.id, GROUP_ID_ROLE)
            if g.id not in self.scope:
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
        target = items.get(selected if selected in items else self.ctx.profile.group_id)
        if target is not None:
            self.tree.setCurrentIndex(target.index())
        else:
            self._update_actions()

    def _selected_group_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return index.siblingAtColumn(0).data(GROUP_ID_ROLE)

    def selected_group(self):
        gid = self._selected_group_id()
        return next((g for g in self.groups if g.id == gid), None)

    def _group(self, gid: int | None):
        return next((g for g in self.groups if g.id == gid), None)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self._load_users()

    def _group_menu(self, pos) -> None:
        if not self.is_admin or self.selected_group() is None:
            return
        menu = QMenu(self)
        for action in self._group_actions():
            menu.addAction(action)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------------------------------ users
    def _load_users(self) -> None:
        group = self._selected_group_id()
        if group is None:
            return
        ids = org.subtree_ids(self.groups, group) if self.with_subgroups.isChecked() else [group]
        if self.deleted_view and group == self.ctx.profile.group_id and self.with_subgroups.isChecked():
            ids = None  # deleted users of deleted groups too: everything the caller oversees
        model = self.user_model

        paths = self.paths

        def read(session, ids, deleted):
            if deleted:  # the group of a deleted user may be deleted too: name it all the same
                for gid, path in org_admin.deleted_group_paths(session).items():
                    paths.setdefault(gid, path)
            return model.prepare(org_admin.users(session, ids, deleted))

        self.ctx.runner.read(
            read,
            ids,
            self.deleted_view,
            on_done=self._show_users,
            on_error=lambda e: show_error(self, e),
            owner=self,
        )

    def _show_users(self, prepared: tuple[list, list[str]]) -> None:
        users, searches = prepared
        wanted = {u.id for u in self.selected_users()}
        self.loaded_users = len(users)
        self.user_model.set_all(users, searches)
        self.users.fit_columns_once()
        if wanted:
            selection = self.users.selectionModel()
            for row, user in enumerate(self.user_model.rows):
                if user.id in wanted:
                    index = self.user_model.index(row, 0)
                    selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        self._show_count()
        self._update_actions()
        self.users_shown.emit(len(users))

    def _show_count(self) -> None:
        shown = self.user_model.rowCount()
        if shown == self.loaded_users:
            self.count.setText(self.tr("%n user(s)", "", shown))
        else:
            self.count.setText(
                self.tr("%1 of %Ln user(s)", "", int(self.loaded_users)).replace("%1", str(shown))
            )

    def _on_filter(self, *_args) -> None:
        self.user_model.set_filters(
            self.filter.text(), self.kind_filter.currentData() or "", self.status_filter.currentData() or ""
        )
        self._show_count()
        self._update_actions()

    def _on_view_changed(self, _index: int) -> None:
        self.deleted_view = bool(self.view.currentData())
        self.status_filter.setEnabled(not self.deleted_view)
        self._load_users()

    def selected_users(self) -> list:
        rows = self.users.selectionModel().selectedRows() if self.users.selectionModel() else []
        return [index.data(ROW_ROLE) for index in rows]

    def _user_menu(self, pos) -> None:
        if not self.is_admin:
            return
        menu = QMenu(self)
        for action in self._user_actions():
            if action.isEnabled():
                menu.addAction(action)
        if not menu.isEmpty():
            menu.popup(self.users.viewport().mapToGlobal(pos))

    def _update_actions(self) -> None:
        group = self.selected_group()
        mine = self.ctx.profile.group_id
        in_scope = group is not None and group.id in self.scope and self.is_admin
        below = in_scope and group.id != mine
        self.a_add_group.setEnabled(in_scope)
        for action in (self.a_rename_group, self.a_move_group, self.a_delete_group, self.a_give_back):
            action.setEnabled(below)
        self.a_top_up_group.setEnabled(below or (in_scope and group.parent_id is None))
        self.a_review_group.setEnabled(below)
        self.a_review_group.setChecked(bool(group and group.review_mode))
        users = self.selected_users()
        others = [u for u in users if u.id != self.ctx.profile.id]
        live = not self.deleted_view
        self.a_add_user.setEnabled(in_scope and live)
        self.a_edit.setEnabled(live and len(others) == 1 and len(users) == 1)
        self.a_top_up.setEnabled(live and bool(others) and len(others) == len(users))
        self.a_take_back.setEnabled(live and bool(others) and len(others) == len(users))
        self.a_disable.setEnabled(live and any(u.status == "normal" for u in others) and len(others) == len(users))
        self.a_enable.setEnabled(live and any(u.status == "disabled" for u in others) and len(others) == len(users))
        self.a_delete.setEnabled(live and bool(others) and len(others) == len(users))
        self.a_reset.setEnabled(live and len(others) == 1 and len(users) == 1)
        self.a_restore.setEnabled(self.deleted_view and bool(users))
        self.a_import.setEnabled(in_scope and live)
        self.a_export.setEnabled(group is not None and self.loaded_users > 0)
        for action in (*self._group_actions(), *self._user_actions()):
            action.setVisible(self.is_admin)
        self.a_restore.setVisible(self.is_admin and self.deleted_view)
        for action in (
            self.a_add_user,
            self.a_edit,
            self.a_top_up,
            self.a_take_back,
            self.a_disable,
            self.a_enable,
            self.a_delete,
            self.a_reset,
        ):
            action.setVisible(self.is_admin and live)

    # ------------------------------------------------------------------------------------------ group actions
    def _add_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        dialog = GroupNameDialog(self.tr("Add sub-group"), group.path, with_review=True, parent=self)
        dialog.review.setChecked(group.review_mode)

        def create() -> None:
            name, review = dialog.values()
            self._write(org_admin.create_group, group.id, name, review)

        dialog.accepted.connect(create)
        dialog.open()

    def _rename_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        parent = self._group(group.parent_id)
        dialog = GroupNameDialog(
            self.tr("Rename group"), parent.path if parent else "", group.name, with_review=False, parent=self
        )
        dialog.accepted.connect(lambda: self._write(org_admin.rename_group, group.id, dialog.values()[0]))
        dialog.open()

    def _move_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        own = set(org.subtree_ids(self.groups, group.id))
        dialog = MoveGroupDialog(self.groups, group, self.scope - own, self)
        dialog.accepted.connect(lambda: self._write(org_admin.move_group, group.id, dialog.target()))
        dialog.open()

    def _drop_group(self, group_id: int, parent_id: int) -> None:
        group, parent = self._group(group_id), self._group(parent_id)
        if group is None or parent is None or group.parent_id == parent_id:
            return
        self._confirm(
            "confirm_move_group",
            self.tr("Move \u201c%1\u201d with its sub-groups, users and balance under \u201c%2\u201d?")
            .replace("%1", group.path)
            .replace("%2", parent.path),
            self.tr("Move"),
            lambda: self._write(org_admin.move_group, group_id, parent_id),
        )

    def _delete_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        self._confirm(
            "confirm_delete_group",
            self.tr("Delete group \u201c%1\u201d? Its history (tasks, quota movements) is kept.").replace(
                "%1", group.path
            ),
            self.tr("Delete"),
            lambda: self._write(org_admin.delete_group, group.id),
        )

    def _top_up_group(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        loc = QLocale()
        parent = self._group(group.parent_id)
        if parent is None:
            text = self.tr("Add segments to the top-level group \u201c%1\u201d (it holds %2).")
            text = text.replace("%1", group.name).replace("%2", loc.toString(group.quota_balance))
            available = None
        else:
            text = self.tr("Move segments from \u201c%1\u201d to \u201c%2\u201d (which holds %3).")
            text = text.replace("%1", parent.path).replace("%2", group.path)
            text = text.replace("%3", loc.toString(group.quota_balance))
            available = parent.quota_balance
        dialog = AmountDialog(self.tr("Top up group"), text, available, self)
        dialog.accepted.connect(lambda: self._write(org_admin.top_up_group, group.id, dialog.value()))
        dialog.open()

    def _give_back_group(self) -> None:
        group = self.selected_group()
        parent = self._group(group.parent_id) if group else None
        if group is None or parent is None:
            return
        text = (
            self.tr("Give unallocated segments of \u201c%1\u201d back to \u201c%2\u201d.")
            .replace("%1", group.path)
            .replace("%2", parent.path)
        )
        dialog = AmountDialog(self.tr("Give back quota"), text, group.quota_balance, self)
        dialog.accepted.connect(lambda: self._write(org_admin.give_back_group, group.id, dialog.value()))
        dialog.open()

    def _toggle_group_review(self) -> None:
        group = self.selected_group()
        if group is None:
            return
        self._write(org_admin.set_group_review, group.id, not group.review_mode)

    # ------------------------------------------------------------------------------------------ user actions
    def _user_dialog(self, user=None) -> UserDialog:
        group = self.selected_group()
        parent_of_mine = self._group(self.ctx.profile.group_id)
        return UserDialog(
            self.groups,
            self.scope,
            user=user,
            group_id=group.id if group else None,
            least_password=self.least_password,
            can_grant_full_numbers=self.ctx.profile.see_full_numbers,
            is_top_admin=bool(parent_of_mine and parent_of_mine.parent_id is None),
            my_group=self.ctx.profile.group_id,
            paths=self.paths,
            parent=self,
        )

    def _add_user(self) -> None:
        dialog = self._user_dialog()

        def create() -> None:
            v = dialog.values()
            new = org_admin.NewUser(
                login=v["login"],
                operator_name=v["operator_name"],
                group_id=v["group_id"],
                password=v["password"],
                mobile=v["mobile"],
                admin=v["admin"],
                reviewer=v["reviewer"],
                review=v["review"],
                see_full_numbers=v["see_full_numbers"],
                quota=v["quota"],
            )
            self._write(org_admin.create_user, new)

        dialog.accepted.connect(create)
        dialog.open()

    def _edit_user(self) -> None:
        users = self.selected_users()
        if len(users) != 1:
            return
        user = users[0]
        dialog = self._user_dialog(user)

        def save() -> None:
            v = dialog.values()
            changes = org_admin.UserChanges(
                operator_name=v["operator_name"],
                mobile=v["mobile"] or "",
                group_id=v["group_id"],
                admin=v["admin"],
                reviewer=v["reviewer"],
                review=v["review"],
                see_full_numbers=v["see_full_numbers"],
            )
            self._write(org_admin.update_user, user.id, changes)

        dialog.accepted.connect(save)
        dialog.open()

    def _names(self, users: list) -> str:
        shown = ", ".join(u.login for u in users[:5])
        return shown + (self.tr(" and %n more", "", len(users) - 5) if len(users) > 5 else "")

    def _top_up_users(self) -> None:
        users = self.selected_users()
        if not users:
            return
        groups = {self._group(u.group_id) for u in users}
        # what each may get: the group's balance shared out, when they are all of one group the tree shows
        one = next(iter(groups)) if len(groups) == 1 else None
        available = one.quota_balance // len(users) if one is not None else None
        text = self.tr("Give each of %1 segments from their group's balance.").replace("%1", self._names(users))
        dialog = AmountDialog(self.tr("Top up quota"), text, available, self)
        dialog.accepted.connect(lambda: self._write(org_admin.top_up_users, [u.id for u in users], dialog.value()))
        dialog.open()

    def _take_back_users(self) -> None:
        users = self.selected_users()
        if not users:
            return
        text = self.tr("Give unused segments of %1 back to their group.").replace("%1", self._names(users))
        dialog = AmountDialog(self.tr("Take back quota"), text, min(u.quota_left for u in users), self)
        dialog.accepted.connect(lambda: self._write(org_admin.take_back_users, [u.id for u in users], dialog.value()))
        dialog.open()

    def _set_status(self, status: str) -> None:
        users = [u for u in self.selected_users() if u.status != status]
        if not users:
            return
        if status == "disabled":
            self._confirm(
                "confirm_disable",
                self.tr("Disable %1? They are signed out now and cannot sign in until enabled.").replace(
                    "%1", self._names(users)
                ),
                self.tr("Disable"),
                lambda: self._write(org_admin.set_status, [u.id for u in users], status),
            )
        else:
            self._write(org_admin.set_status, [u.id for u in users], status)

    def _delete_users(self) -> None:
        users = self.selected_users()
        if not users:
            return
        self._confirm(
            "confirm_delete_users",
            self.tr(
                "Delete %1? They cannot sign in; their history is kept and they can be restored under Deleted users."
            ).replace("%1", self._names(users)),
            self.tr("Delete"),
            lambda: self._write(org_admin.delete_users, [u.id for u in users]),
        )

    def _restore_users(self) -> None:
        users = self.selected_users()
        if not users:
            return
        live = {g.id for g in self.groups}
        homeless = [u for u in users if u.group_id not in live]
        if not homeless:
            self._write(org_admin.restore_users, [u.id for u in users])
            return
        dialog = GroupPickDialog(
            self.tr("Restore users"),
            self.tr("The group of %1 was deleted. Restore into:").replace("%1", self._names(homeless)),
            self.groups,
            self.scope,
            self,
        )

        def restore() -> None:
            self._write(org_admin.restore_users, [u.id for u in users if u.group_id in live])
            self._write(org_admin.restore_users, [u.id for u in homeless], dialog.value())

        dialog.accepted.connect(restore)
        dialog.open()

    def _reset_password(self) -> None:
        users = self.selected_users()
        if len(users) != 1:
            return
        user = users[0]
        dialog = PasswordDialog(
            self.tr("Reset password"),
            self.tr("A new password for %1. They must choose their own when they next sign in.").replace(
                "%1", user.login
            ),
            self.least_password,
            self,
        )
        dialog.accepted.connect(lambda: self._write(org_admin.reset_password, user.id, dialog.value()))
        dialog.open()

    # ------------------------------------------------------------------------------------------ files
    def _import_users(self, path: str | None = None) -> None:
        """A CSV/XLSX of users: read in the background, columns mapped in a dialog, then all created or none."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import users"), "", self.tr("Tables (*.csv *.txt *.xlsx *.xls)")
            )
        if not path:
            return
        self.ctx.runner.io(
            lambda _job: read_user_file(path),
            on_done=lambda table: self._map_import(path, table),
            on_error=lambda e: show_error(self, e),
            owner=self,
        )

    def _map_import(self, path: str, table) -> None:
        dialog = UserImportDialog(
            os.path.basename(path), table.headers, len(table), user_import.guess_mapping(table.headers), self
        )
        results = results_path(path)

        def run() -> None:
            self.ctx.runner.write(
                user_import.import_rows,
                table.rows,
                dialog.mapping(),
                list(table.row_numbers),
                results,
                changes=ORG_CHANGES,
                on_done=lambda result: self._imported(result.created, results),
                on_error=lambda e: show_error(self, e),
                owner=self,
            )

        dialog.accepted.connect(run)
        dialog.open()

    def _imported(self, created: int, results: str) -> None:
        box = QMessageBox(self)
        box.setObjectName("import_done")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Import users"))
        box.setText(
            self.tr("%n user(s) imported. What happened to each row is in %1.", "", created).replace("%1", results)
        )
        box.open()

    def _export_users(self, path: str | None = None) -> None:
        group = self.selected_group()
        if group is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export users"), f"{group.name}.csv", self.tr("CSV files (*.csv)")
            )
        if not path:
            return
        ids = org.subtree_ids(self.groups, group.id) if self.with_subgroups.isChecked() else [group.id]
        self.ctx.runner.read(
            org_admin.export_users,
            path,
            ids,
            self.deleted_view,
            on_done=lambda n: self.count.setText(self.tr("%n user(s) exported to %1", "", n).replace("%1", path)),
            on_error=lambda e: show_error(self, e),
            owner=self,
        )

    def _confirm(self, name: str, text: str, yes_text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(self)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Organisation"))
        box.setText(text)
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: then() if box.clickedButton() is yes else None)
        box.open()
