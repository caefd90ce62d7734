"""Choosing a group: where a group moves to ("move to…"), or where selected contacts are moved or copied."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QTreeView, QVBoxLayout, QWidget

from smsdesk.services.contacts import Book
from smsdesk.ui.tabs.contacts.group_tree_model import GroupTreeModel, Node


class GroupPickerDialog(QDialog):
    """``moving``: the group being moved (its own subtree and other books cannot be chosen; the top of its
    book can). Without it, contacts are being moved or copied and any group can be chosen."""

    def __init__(
        self,
        book: Book,
        my_id: int,
        *,
        title: str,
        moving: int | None = None,
        copy_option: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("group_picker_dialog")
        self.setWindowTitle(title)
        self.resize(420, 480)
        self.model = GroupTreeModel(my_id, self)
        self.model.set_book(book)
        self.moving = self.model.nodes.get(("group", moving)) if moving is not None else None
        self.tree = QTreeView()
        self.tree.setObjectName("group_picker_tree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnHidden(1, True)
        self.tree.expandAll()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.copy = QCheckBox(self.tr("Copy (keep them where they are too)"))
        self.copy.setObjectName("group_picker_copy")
        self.copy.setVisible(copy_option)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.copy)
        layout.addWidget(self.buttons)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update())
        self.tree.doubleClicked.connect(lambda *_: self.accept() if self._allowed(self.chosen()) else None)
        self._update()

    def chosen(self) -> Node | None:
        return self.model.node(self.tree.currentIndex())

    def choose(self, kind: str, node_id: int) -> None:
        self.tree.setCurrentIndex(self.model.index_of((kind, node_id)))

    def target_group(self) -> int | None:
        """The chosen group's id; None for the top of a book (moving a group only)."""
        node = self.chosen()
        return node.id if node is not None and node.kind == "group" else None

    def _allowed(self, node: Node | None) -> bool:
        if node is None:
            return False
        if self.moving is not None:
            return self.model.can_move(self.moving, node)
        return node.kind == "group"

    def _update(self) -> None:
        node = self.chosen()
        ok = self._allowed(node)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        if node is None or ok:
            self.hint.setText("")
        elif self.moving is not None and (node is self.moving or self.moving in node.ancestors()):
            self.hint.setText(self.tr("A group cannot move into itself or into one of its sub-groups."))
        elif self.moving is not None and node.owner_id != self.moving.owner_id:
            self.hint.setText(self.tr("A group moves only inside its own address book."))
        elif self.moving is not None:
            self.hint.setText(self.tr("The group is already there."))
        else:
            self.hint.setText(self.tr("Choose a group."))
