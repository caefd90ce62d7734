"""Contacts: the group tree on the left, the contacts of the chosen group (or of a search) on the right.

All database and file work runs on the job runner: the tree and the list of ids come from one read each,
rows are read in blocks as the table scrolls (contact_table_model.py), imports and exports show their
progress below the table and can be cancelled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smsdesk.services import contacts, contacts_transfer
from smsdesk.services.contacts import Book, Listing, View
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.messages import describe
from smsdesk.ui.tabs.contacts.contact_dialog import ContactDialog
from smsdesk.ui.tabs.contacts.contact_table_model import ContactTableModel
from smsdesk.ui.tabs.contacts.contact_table_view import ContactTableView
from smsdesk.ui.tabs.contacts.fields_dialog import FieldsDialog
from smsdesk.ui.tabs.contacts.group_picker_dialog import GroupPickerDialog
from smsdesk.ui.tabs.contacts.group_tree_model import GroupTreeModel, Node
from smsdesk.ui.tabs.contacts.import_dialog import ImportMappingDialog
from smsdesk.ui.tabs.contacts.import_result_dialog import ImportResultDialog
from smsdesk.ui.widgets.encoding_picker import EncodingDialog, asks_for_encoding
from smsdesk.ui.widgets.placeholder import fit_placeholder

FILE_FILTER = "*.csv *.txt *.xlsx *.xls"


def _warm_up(_job) -> None:
    import pandas  # noqa: F401

    contacts.check_mobile("13800138000")


class ContactsTab(QWidget):
    send_requested = Signal(list)  # contact ids, for the sending tab
    listing_shown = Signal()  # a group or a search is on screen (tests wait on it)
    transfer_finished = Signal(object)  # ImportResult / ExportResult, or the exception

    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_tab")
        self.ctx = ctx
        self.book: Book | None = None
        self.listing: Listing | None = None
        self._listing_seq = 0
        self._transfer = None
        self._dialogs: list[QWidget] = []
        self._full = ctx.profile.see_full_numbers
        self._keep_place: tuple[int, list[int]] | None = None
        meta = self.metaObject()
        self._send_signal = next(
            meta.method(i) for i in range(meta.methodCount()) if meta.method(i).name() == b"send_requested"
        )

        # -- tree --------------------------------------------------------------------------------------
        self.tree_model = GroupTreeModel(ctx.profile.id, self)
        self.tree = QTreeView()
        self.tree.setObjectName("contact_group_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree_model.group_dropped.connect(self._on_tree_model_group_dropped)
        self.tree_model.contacts_dropped.connect(self._on_tree_model_contacts_dropped)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        # -- table -------------------------------------------------------------------------------------
        self.model = ContactTableModel(self._read_block, self)
        self.model.sort_requested.connect(lambda _key, _desc: self.load_listing(keep_place=False))
        self.table = ContactTableView(ctx.prefs.raw(), "contacts/header")
        self.table.setObjectName("contact_table")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.doubleClicked.connect(lambda index: self.edit_contact(index.row()))
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # fitting columns to their contents looks at the rows on screen only: Qt's default reads 1,000 rows,
        # which here means 1,000 rows asked of a model that holds a few blocks
        self.table.verticalHeader().setResizeContentsPrecision(0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

        # -- actions -----------------------------------------------------------------------------------
        self.act_new_group = self._action(self.tr("New group…"), self.new_group, name="act_new_group")
        self.act_new_subgroup = self._action(self.tr("New sub-group…"), self.new_subgroup, name="act_new_subgroup")
        self.act_rename_group = self._action(self.tr("Rename…"), self.rename_group, "F2", "act_rename_group")
        self.act_move_group = self._action(self.tr("Move to…"), self.move_group, name="act_move_group")
        self.act_delete_group = self._action(self.tr("Delete group…"), self.delete_group, name="act_delete_group")
        self.act_fields = self._action(self.tr("Custom fields…"), self.edit_fields, name="act_fields")
        self.act_new_contact = self._action(
            self.tr("New contact…"), self.new_contact, QKeySequence.StandardKey.New, "act_new_contact"
        )
        self.act_edit_contact = self._action(self.tr("Edit…"), self.edit_current, name="act_edit_contact")
        self.act_delete_contacts = self._action(
            self.tr("Delete"), self.delete_contacts, QKeySequence.StandardKey.Delete, "act_delete_contacts"
        )
        self.act_move_contacts = self._action(self.tr("Move or copy to…"), self.move_contacts, name="act_move_contacts")
        self.act_send = self._action(self.tr("Send SMS to selection"), self.send_selection, name="act_send")
        self.act_import = self._action(self.tr("Import…"), self.choose_import, name="act_import")
        self.act_export_group = self._action(self.tr("Export group…"), lambda: self.choose_export(False))
        self.act_export_selection = self._action(self.tr("Export selection…"), lambda: self.choose_export(True))
        self.act_find = self._action(self.tr("Search"), self._focus_search, QKeySequence.StandardKey.Find)
        # Del and F2 act where the user is: on contacts in the table, on the group in the tree
        self.act_delete_contacts.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(self.act_delete_contacts)
        self.act_rename_group.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tree.addAction(self.act_rename_group)
        for action in (self.act_new_contact, self.act_find):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        # -- top bar -----------------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("contact_search")
        self.search.setPlaceholderText(self.tr("Search name, mobile or email"))
        self.search.setToolTip(self.tr("Searches all contacts: any part of a name, the start or end of a mobile "
                                       "number (尾号), the start of an email."))
        self.search.setClearButtonEnabled(True)
        fit_placeholder(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(lambda: self.load_listing(keep_place=False))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(lambda: (self._search_timer.stop(), self.load_listing(keep_place=False)))
        self.with_subgroups = QCheckBox(self.tr("Include sub-groups"))
        self.with_subgroups.setObjectName("contact_with_subgroups")
        self.with_subgroups.setChecked(True)
        self.with_subgroups.toggled.connect(lambda _on: self.load_listing(keep_place=False))

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.with_subgroups)
        for action in (self.act_new_contact, self.act_import):
            bar.addWidget(self._button(action))
        export_button = QToolButton()
        export_button.setText(self.tr("Export"))
        export_button.setObjectName("contact_export_button")
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(export_button)
        export_menu.addAction(self.act_export_group)
        export_menu.addAction(self.act_export_selection)
        export_button.setMenu(export_menu)
        bar.addWidget(export_button)
        self.send_button = self._button(self.act_send)
        bar.addWidget(self.send_button)

        # -- bottom bar: counts, and the progress of an import or export ---------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("contact_count")
        self.progress = QProgressBar()
        self.progress.setObjectName("contact_progress")
        self.progress.setMaximumWidth(260)
        self.progress_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("contact_cancel")
        self.cancel_button.clicked.connect(self.cancel_transfer)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.progress_label)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        self._show_progress(False)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(bar)
        rl.addWidget(self.table, 1)
        rl.addLayout(bottom)
        self.splitter = QSplitter()
        self.splitter.setObjectName("contacts_splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        state = ctx.prefs.raw().value("contacts/splitter")
        if not (isinstance(state, QByteArray | bytes) and state and self.splitter.restoreState(state)):
            self.splitter.setSizes([300, 900])
        self.splitter.splitterMoved.connect(lambda *_: self.save_layout())
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.table.restore_header()
        self._update_actions()
        # Heavy modules load now, in the background: the number rules (numpy) before the edit dialog checks a
        # number, pandas before the first import. (Importing them is a long hold of the GIL either way.)
        ctx.runner.io(_warm_up, owner=self)

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("ContactsTab", "Contacts")

    def connectNotify(self, signal) -> None:
        # the sending tab connecting send_requested turns "Send SMS to selection" on
        if signal.name() == b"send_requested":
            QTimer.singleShot(0, self._update_actions)
        super().connectNotify(signal)

    # -- helpers ------------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    def _keep(self, widget: QWidget) -> QWidget:
        """Non-modal dialogs opened with open(): keep them alive until they close."""
        self._dialogs.append(widget)
        widget.finished.connect(lambda _r, w=widget: self._dialogs.remove(w) if w in self._dialogs else None)
        return widget

    def save_layout(self) -> None:
        self.ctx.prefs.raw().setValue("contacts/splitter", self.splitter.saveState())

    def hideEvent(self, event) -> None:
        self.save_layout()
        super().hideEvent(event)

    def current_node(self) -> Node | None:
        return self.tree_model.node(self.tree.currentIndex())

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, from the selection's ranges (selecting a million rows stays cheap)."""
        ids: list[int] = []
        for rng in self.table.selectionModel().selection():
            ids.extend(self.model.ids[rng.top() : rng.bottom() + 1])
        return list(dict.fromkeys(ids))

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.runner.read(contacts.load_book, on_done=self._show_book, on_error=self._error, owner=self)

    def on_changes(self, keys: frozenset[Change]) -> None:
        if Change.CONTACTS in keys:
            self.refresh()

    def _show_book(self, book: Book) -> None:
        current = self.current_node()
        key = current.key if current is not None else ("owner", self.ctx.profile.id)
        model = self.tree_model
        expanded = {n.key for n in model.nodes.values() if self.tree.isExpanded(model.index_of(n.key))}
        first = self.book is None
        self.book = book
        self.tree.selectionModel().blockSignals(True)
        self.tree_model.set_book(book)
        for node in self.tree_model.nodes.values():
            if (first and node.kind == "owner" and node.id == self.ctx.profile.id) or node.key in expanded:
                self.tree.expand(self.tree_model.index_of(node.key))
        if key not in self.tree_model.nodes:
            key = ("owner", self.ctx.profile.id)
        self.tree.setCurrentIndex(self.tree_model.index_of(key))
        self.tree.selectionModel().blockSignals(False)
        self.model.group_paths = {g.id: book.path(g.id) for g in book.groups}
        self.model.owner_names = {n.id: n.name for n in self.tree_model.roots}
        self.load_listing(keep_place=not first)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        if not self.search.text().strip():
            self.load_listing(keep_place=False)

    def current_view(self) -> View:
        text = self.search.text().strip()
        if text:
            return View(search=text, sort=self.model.sort_key, descending=self.model.descending)
        node = self.current_node()
        if node is None:
            return View()
        groups = node.group_ids() if (self.with_subgroups.isChecked() or node.kind == "owner") else [node.id]
        return View(group_ids=tuple(groups), sort=self.model.sort_key, descending=self.model.descending)

    def load_listing(self, *, keep_place: bool = True) -> None:
        if self.book is None:
            return
        view = self.current_view()
        node = self.current_node()
        if view.search or node is None:
            fields = self.book.fields_of(self.ctx.profile.id)
        else:
            fields = self.book.fields_of(node.owner_id)
        self.model.set_columns(fields, show_owner=len(self.book.owners) > 1)
        # the group column shows paths from the chosen group down (all of it for a search or a whole book)
        base = node.parent if node is not None and node.kind == "group" and not view.search else None
        self.model.group_base = self.book.path(base.id) + "/" if base is not None and base.kind == "group" else ""
        self._keep_place = (self.table.verticalScrollBar().value(), self.selected_ids()) if keep_place else None
        self._listing_seq += 1
        seq = self._listing_seq
        self.count_label.setText(self.tr("Loading…"))
        self.ctx.runner.read(
            contacts.list_view,
            view,
            self._full,
            on_done=lambda listing: self._show_listing(seq, listing),
            on_error=self._on_listing_error,
            owner=self,
        )

    def _show_listing(self, seq: int, listing: Listing) -> None:
        if seq != self._listing_seq:
            return  # a newer view was asked for meanwhile
        self.listing = listing
        self.model.set_ids(listing.ids, listing.first_rows)
        self._fit_columns_once(listing.first_rows)
        if self._keep_place is not None:
            scroll, selected = self._keep_place
            self.table.verticalScrollBar().setValue(scroll)
            if selected:
                wanted = set(selected)
                sm = self.table.selectionModel()
                for row in range(min(len(self.model.ids), scroll + 200)):
                    if self.model.ids[row] in wanted:
                        sm.select(self.model.index(row, 0), sm.SelectionFlag.Select | sm.SelectionFlag.Rows)
        count = len(listing.ids)
        if self.search.text().strip():
            text = self.tr("%Ln contact(s) found", "", count)
            if listing.truncated:
                text = self.tr("More than %Ln contacts match; showing %Ln. Make the search narrower.", "", count)
        else:
            text = self.tr("%Ln contact(s)", "", count)
        self.count_label.setText(text)
        self._update_actions()
        self.listing_shown.emit()

    def _fit_columns_once(self, rows) -> None:
        """Column widths from the rows at hand, the first time there are some (unless the user's were saved).
        Not QTableView.resizeColumnToContents: right after a reset it measures every row of the model."""
        if getattr(self.table, "_fitted", False) or not rows:
            return
        self.table._fitted = True
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            key = self.model.column_key(column)
            texts = [self.model.headerData(column, Qt.Orientation.Horizontal)] + [
                self.model._text(r, key) for r in rows[:100]
            ]
            width = max(metrics.horizontalAdvance(t or "") for t in texts[1:]) + 24
            header.resizeSection(column, max(min(max(width, 60), 320), self.table.least_width(column)))

    def _on_listing_error(self, exc: BaseException) -> None:
        self.count_label.setText("")
        self._error(exc)

    def _read_block(self, ids: list[int], on_done) -> None:
        self.ctx.runner.read(
            contacts.read_rows, ids, self._full, on_done=on_done, on_error=lambda _e: on_done(None), owner=self
        )

    def _update_actions(self) -> None:
        node = self.current_node()
        is_group = node is not None and node.kind == "group"
        has_selection = self.table.selectionModel().hasSelection() if self.table.selectionModel() else False
        self.act_new_group.setEnabled(node is not None)
        for action in (self.act_new_subgroup, self.act_rename_group, self.act_move_group, self.act_delete_group):
            action.setEnabled(is_group)
        # on a whole address book ("My contacts") they ask which of its groups, or to make one first
        self.act_new_contact.setEnabled(node is not None)
        self.act_new_contact.setToolTip(
            self.tr("New contact in the chosen group") if is_group
            else self.tr("New contact: you choose which group of the address book it goes into")
        )
        self.act_import.setEnabled(node is not None and (self._transfer is None or not self._transfer.running))
        self.act_import.setToolTip(
            self.tr("Import contacts into the chosen group") if is_group
            else self.tr("Import contacts: you choose which group of the address book they go into")
        )
        self.act_export_group.setEnabled(node is not None)
        self.act_export_selection.setEnabled(has_selection)
        self.act_edit_contact.setEnabled(has_selection)
        self.act_delete_contacts.setEnabled(has_selection)
        self.act_move_contacts.setEnabled(has_selection)
        receiver = self.isSignalConnected(self._send_signal)
        self.act_send.setEnabled(has_selection and receiver)
        self.act_send.setToolTip(
            self.tr("Hand the selected contacts to the sending tab")
            if receiver
            else self.tr("Sending from the address book becomes available with the sending tab")
        )

    # -- groups -------------------------------------------------------------------------------------

    def _ask_text(self, title: str, label: str, text: str, on_ok) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("contact_group_name_dialog")
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr("OK"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.textValueSelected.connect(lambda value: on_ok(value.strip()) if value.strip() else None)
        self._keep(dialog).open()

    def _write(self, fn, *args, on_done=None) -> None:
        self.ctx.runner.write(
            fn, *args, changes={Change.CONTACTS}, on_done=on_done or (lambda _r: None), on_error=self._error, owner=self
        )

    def new_group(self) -> None:
        node = self.current_node()
        if node is None:
            return
        owner = node.owner_id
        parent = node.parent.id if node.kind == "group" and node.parent and node.parent.kind == "group" else None
        self._ask_text(
            self.tr("New group"),
            self.tr("Name of the new group:"),
            "",
            lambda name: self._write(contacts.create_group, owner, parent, name, on_done=self._select_group),
        )

    def new_subgroup(self) -> None:
        node = self.current_node()
        if node is None or node.kind != "group":
            return
        self._ask_text(
            self.tr("New sub-group"),
            self.tr("Name of the new sub-group of %1:").replace("%1", node.name),
            "",
            lambda name: self._write(contacts.create_group, node.owner_id, node.id, name, on_done=self._select_group),
        )

    def _select_group(self, group_id: int) -> None:
        self._pending_select = ("group", group_id)
        self.tree_model.modelReset.connect(self._apply_pending_select)

    def _apply_pending_select(self) -> None:
        self.tree_model.modelReset.disconnect(self._apply_pending_select)
        key = getattr(self, "_pending_select", None)
        if key in self.tree_model.nodes:
            QTimer.singleShot(0, lambda: self.tree.setCurrentIndex(self.tree_model.index_of(key)))

    def rename_group(self) -> None:
        node = self.current_node()
        if node is None or node.kind != "group":
            return
        self._ask_text(
            self.tr("Rename group"),
            self.tr("New name:"),
            node.name,
            lambda name: self._write(contacts.rename_group, node.id, name) if name != node.name else None,
        )

    def move_group(self) -> None:
        node = self.current_node()
        if node is None or node.kind != "group" or self.book is None:
            return
        dialog = GroupPickerDialog(
            self.book,
            self.ctx.profile.id,
            title=self.tr("Move group %1 to…").replace("%1", node.name),
            moving=node.id,
            parent=self,
        )
        dialog.accepted.connect(lambda: self._write(contacts.move_group, node.id, dialog.target_group()))
        self._keep(dialog).open()

    def _on_tree_model_group_dropped(self, group_id: int, parent_id) -> None:
        self._write(contacts.move_group, group_id, parent_id)

    def _on_tree_model_contacts_dropped(self, ids: list, group_id: int, copy: bool) -> None:
        self._write(contacts.move_contacts, ids, group_id, copy, on_done=self._show_moved)

    def delete_group(self) -> None:
        node = self.current_node()
        if node is None or node.kind != "group":
            return
        self.ctx.runner.read(
            contacts.subtree_stats,
            node.id,
            on_done=lambda stats: self._confirm_delete_group(node, *stats),
            on_error=self._error,
            owner=self,
        )

    def _confirm_delete_group(self, node: Node, groups: int, count: int) -> None:
        loc = QLocale()
        box = QMessageBox(self)
        box.setObjectName("contact_delete_group_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete group"))
        box.setText(self.tr("Delete the group \u201c%1\u201d?").replace("%1", node.name))
        box.setInformativeText(
            self.tr("%1 sub-groups and %Ln contact(s) are deleted with it. This cannot be undone.", "", int(count))
            .replace("%1", loc.toString(groups - 1))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._write(contacts.delete_group, node.id))
        self._keep(box).open()

    def edit_fields(self) -> None:
        node = self.current_node()
        if node is None or self.book is None:
            return
        owner = self.tree_model.nodes.get(("owner", node.owner_id))
        dialog = FieldsDialog(self.ctx, node.owner_id, owner.name if owner else "", self.book.fields, self)
        self._keep(dialog).open()

    # -- contacts -----------------------------------------------------------------------------------

    def _with_group(self, purpose: str, then) -> None:
        """Calls ``then(group node)`` with the chosen group; on a whole address book, asks which of its groups
        (the only one is taken as it is; a book without groups is offered a new one first)."""
        node = self.current_node()
        if node is None or self.book is None:
            return
        if node.kind == "group":
            then(node)
            return
        groups = [n for n in self.tree_model.nodes.values() if n.kind == "group" and n.owner_id == node.owner_id]
        if len(groups) == 1:
            then(groups[0])
            return
        if not groups:
            box = QMessageBox(self)
            box.setObjectName("contact_needs_group_box")
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(purpose)
            box.setText(self.tr("Contacts are kept in groups, and this address book has none yet."))
            box.setInformativeText(self.tr("Create a group first, for example “Customers”."))
            create = box.addButton(self.tr("New group…"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.finished.connect(lambda _r: self.new_group() if box.clickedButton() is create else None)
            self._keep(box).open()
            return
        dialog = GroupPickerDialog(self.book, self.ctx.profile.id, title=purpose, parent=self)
        dialog.choose("group", groups[0].id)
        dialog.accepted.connect(
            lambda: then(self.tree_model.nodes[("group", dialog.target_group())]) if dialog.target_group() else None
        )
        self.group_picker = dialog
        self._keep(dialog).open()

    def new_contact(self) -> None:
        self._with_group(self.tr("New contact: which group?"), self._new_contact_in)

    def _new_contact_in(self, node: Node) -> None:
        if self.book is None:
            return
        dialog = ContactDialog(
            self.ctx,
            group_id=node.id,
            group_path=self.book.path(node.id),
            fields=self.book.fields_of(node.owner_id),
            parent=self,
        )
        self._keep(dialog).open()

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.edit_contact(index.row())

    def edit_contact(self, row: int) -> None:
        if not 0 <= row < len(self.model.ids):
            return
        # read it afresh: the dialog saves over the version it shows
        self.ctx.runner.read(
            contacts.contact,
            self.model.ids[row],
            self._full,
            on_done=self._open_editor,
            on_error=self._error,
            owner=self,
        )

    def _open_editor(self, contact) -> None:
        if self.book is None:
            return
        dialog = ContactDialog(
            self.ctx,
            group_id=contact.group_id,
            group_path=self.book.path(contact.group_id),
            fields=self.book.fields_of(contact.owner_id),
            contact=contact,
            parent=self,
        )
        self._keep(dialog).open()

    def delete_contacts(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        box = QMessageBox(self)
        box.setObjectName("contact_delete_box")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete contacts"))
        box.setText(self.tr("Delete %Ln contact(s)?", "", len(ids)))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep"))
        box.accepted.connect(lambda: self._write(contacts.delete_contacts, ids))
        self._keep(box).open()

    def move_contacts(self) -> None:
        ids = self.selected_ids()
        if not ids or self.book is None:
            return
        dialog = GroupPickerDialog(
            self.book,
            self.ctx.profile.id,
            title=self.tr("Move or copy %Ln contact(s) to…", "", len(ids)),
            copy_option=True,
            parent=self,
        )
        dialog.accepted.connect(
            lambda: self._write(
                contacts.move_contacts, ids, dialog.target_group(), dialog.copy.isChecked(), on_done=self._show_moved
            )
        )
        self._keep(dialog).open()

    def _show_moved(self, outcome: dict) -> None:
        loc = QLocale()
        text = self.tr("%Ln contact(s) moved or copied.", "", int(outcome.get("moved", 0)))
        if outcome.get("skipped"):
            text += " " + self.tr("%1 were left out: their number is already in that group.").replace(
                "%1", loc.toString(outcome["skipped"])
            )
        self.progress_label.setText(text)
        self.progress_label.show()

    def send_selection(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.send_requested.emit(ids)

    # -- import and export --------------------------------------------------------------------------

    def choose_import(self) -> None:
        self._with_group(self.tr("Import contacts: into which group?"), self._choose_import_into)

    def _choose_import_into(self, node: Node) -> None:
        if node is not self.current_node():
            self.tree.setCurrentIndex(self.tree_model.index_of(node.key))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), "", self.tr("Tables (%1)").replace("%1", FILE_FILTER)
        )
        if path:
            self.start_import(path)

    def start_import(
        self,
        path: str,
        sheet: str | None = None,
        header: bool | None = None,
        dialog: ImportMappingDialog | None = None,
        encoding: str | None = None,
    ) -> None:
        node = self.current_node()
        if node is None or node.kind != "group" or self.book is None:
            return
        self._show_progress(True, self.tr("Reading %1…").replace("%1", Path(path).name), busy=True)
        self.ctx.runner.io(
            contacts_transfer.preview,
            path,
            sheet,
            header,
            encoding,
            on_done=lambda preview: self._open_mapping(preview, node, dialog),
            on_error=lambda exc: self._on_read_error(exc, path, sheet, header, dialog),
            owner=self,
        )

    def _on_read_error(self, exc: BaseException, path: str, sheet, header, dialog) -> None:
        """A file whose encoding could not be told: ask for it, then show the first rows read that way."""
        if dialog is not None or not asks_for_encoding(exc):
            self._on_transfer_error(exc)
            return
        self._show_progress(False)
        guess = getattr(exc, "params", {}).get("encoding")
        picker = EncodingDialog(describe(exc)[0], Path(path).name, guess, parent=self)
        picker.accepted.connect(lambda: self.start_import(path, sheet, header, None, picker.chosen()))
        self._keep(picker).open()

    def _open_mapping(self, preview, node: Node, dialog: ImportMappingDialog | None) -> None:
        self._show_progress(False)
        if dialog is not None:
            dialog.set_preview(preview)
            return
        dialog = ImportMappingDialog(
            preview,
            group_id=node.id,
            group_path=self.book.path(node.id),
            fields=self.book.fields_of(node.owner_id),
            parent=self,
        )
        dialog.reread_requested.connect(
            lambda sheet, header, encoding: self.start_import(preview.path, sheet, header, dialog, encoding)
        )
        dialog.accepted.connect(lambda: self._run_import(dialog))
        self._keep(dialog).open()

    def _run_import(self, dialog: ImportMappingDialog) -> None:
        request = dialog.request()
        table = dialog.preview.table
        group_path = self.book.path(request.group_id) if self.book else ""
        file_name = Path(request.path).name
        self._show_progress(True, self.tr("Importing %1…").replace("%1", file_name))
        self._transfer = self.ctx.runner.write(
            contacts_transfer.import_contacts,
            request,
            table,
            changes={Change.CONTACTS},
            on_done=lambda result: self._on_imported(result, file_name, group_path),
            on_error=self._on_transfer_error,
            on_progress=self._on_transfer_progress,
            owner=self,
        )
        self._transfer.finished.connect(self._on_transfer_finished)
        self._update_actions()

    def _on_imported(self, result, file_name: str, group_path: str) -> None:
        self._show_progress(False)
        dialog = ImportResultDialog(result, file_name=file_name, group_path=group_path, parent=self)
        self._keep(dialog).open()
        self.transfer_finished.emit(result)
        self._update_actions()

    def choose_export(self, selection: bool) -> None:
        name = self.tr("contacts") + ".xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), name, self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)")
        )
        if path:
            if not Path(path).suffix:
                path += ".csv" if "csv" in chosen else ".xlsx"
            self.start_export(path, selection=selection)

    def start_export(self, path: str, *, selection: bool) -> None:
        if self.book is None:
            return
        node = self.current_node()
        if selection:
            ids = tuple(self.selected_ids())
            groups: tuple[int, ...] = ()
            what = self.tr("%Ln selected contact(s)", "", len(ids))
        else:
            if node is None:
                return
            ids = ()
            groups = tuple(self.current_view().group_ids)
            what = self.book.path(node.id) if node.kind == "group" else node.name
        owner = node.owner_id if node is not None else self.ctx.profile.id
        request = contacts_transfer.ExportRequest(
            path=path,
            group_ids=groups,
            ids=ids,
            full_numbers=self._full,
            headers={
                "group": self.tr("Group"),
                "name": self.tr("Name"),
                "mobile": self.tr("Mobile"),
                "phone": self.tr("Phone"),
                "email": self.tr("Email"),
                "notes": self.tr("Notes"),
                "sheet": self.tr("Contacts"),
            },
            group_paths=dict(self.model.group_paths),
            fields=tuple(self.book.fields_of(owner)),
            description=what,
        )
        self._show_progress(True, self.tr("Exporting to %1…").replace("%1", Path(path).name))
        self._transfer = self.ctx.runner.read(
            contacts_transfer.export_contacts,
            request,
            on_done=self._on_exported,
            on_error=self._on_transfer_error,
            on_progress=self._on_transfer_progress,
            owner=self,
        )
        self._transfer.finished.connect(self._on_transfer_finished)
        self._update_actions()

    def _on_exported(self, result) -> None:
        self._show_progress(False)
        text = self.tr("%Ln contact(s) exported to %2.", "", int(result.rows))
        text = text.replace("%2", result.path)
        if result.masked:
            text += " " + self.tr("Numbers are masked.")
        self.progress_label.setText(text)
        self.progress_label.show()
        self.transfer_finished.emit(result)
        self._update_actions()

    def cancel_transfer(self) -> None:
        if self._transfer is not None and self._transfer.running:
            self._transfer.cancel()
            self._cancelled = True
            self.progress_label.setText(self.tr("Cancelling…"))

    def _on_transfer_finished(self) -> None:
        # a cancelled job reports neither a result nor an error, only that it finished
        if getattr(self, "_cancelled", False):
            self._cancelled = False
            self._show_progress(False)
            self.progress_label.setText(self.tr("Cancelled; nothing was changed."))
            self.transfer_finished.emit(None)
        self._update_actions()

    def _on_transfer_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_transfer_error(self, exc: BaseException) -> None:
        self._show_progress(False)
        self._error(exc)
        self.transfer_finished.emit(exc)
        self._update_actions()

    def _show_progress(self, on: bool, text: str = "", *, busy: bool = False) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on and not busy)
        if on:
            self.progress.setRange(0, 0 if busy else 100)
            self.progress.setValue(0)
            self.progress_label.setText(text)
            self.progress_label.show()
        elif not self.progress_label.text() or self.progress_label.text().endswith("…"):
            self.progress_label.setText("")

    # -- menus --------------------------------------------------------------------------------------

    def _on_tree_context_menu(self, pos) -> None:
        self._update_actions()
        menu = QMenu(self)
        for action in (self.act_new_group, self.act_new_subgroup, self.act_rename_group, self.act_move_group):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.addAction(self.act_export_group)
        menu.addAction(self.act_fields)
        menu.addSeparator()
        menu.addAction(self.act_delete_group)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _on_table_context_menu(self, pos) -> None:
        self._update_actions()
        menu = QMenu(self)
        for action in (self.act_edit_contact, self.act_move_contacts, self.act_send, self.act_export_selection):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_delete_contacts)
        menu.popup(self.table.viewport().mapToGlobal(pos))
