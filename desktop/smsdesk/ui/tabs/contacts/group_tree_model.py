"""The contact-group tree as a Qt item model: one top node per address book (the user's own first), groups of
any depth below, with counts; groups move by drag and drop, contacts are dropped onto groups.

The model never writes: a drop is reported as a signal, the tab asks the database, and the tree is reloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QLocale, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from smsdesk.services.contacts import Book

GROUP_MIME = "application/x-smsdesk-contact-group"
CONTACTS_MIME = "application/x-smsdesk-contacts"
NODE_ROLE = Qt.ItemDataRole.UserRole + 20


@dataclass(eq=False)
class Node:
    kind: str  # "owner" or "group"
    id: int
    owner_id: int
    name: str
    count: int = 0  # contacts directly here (groups)
    total: int = 0  # with everything below
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.id)

    def row(self) -> int:
        siblings = self.parent.children if self.parent else []
        return siblings.index(self) if self.parent else 0

    def ancestors(self) -> list[Node]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out

    def group_ids(self) -> list[int]:
        """This group and every group below it (for an owner node: all of its groups)."""
        out = [self.id] if self.kind == "group" else []
        stack = list(self.children)
        while stack:
            node = stack.pop()
            out.append(node.id)
            stack.extend(node.children)
        return out


class GroupTreeModel(QAbstractItemModel):
    group_dropped = Signal(int, object)  # group id, new parent group id (None: top level of its book)
    contacts_dropped = Signal(list, int, bool)  # contact ids, target group id, copy

    def __init__(self, my_id: int, parent=None) -> None:
        super().__init__(parent)
        self.my_id = my_id
        self.roots: list[Node] = []
        self.nodes: dict[tuple[str, int], Node] = {}
        self.book: Book | None = None
        self._owner_title = self.tr("My contacts")
        self._icons: dict = {}

    # -- filling ------------------------------------------------------------------------------------

    def set_book(self, book: Book) -> None:
        self.beginResetModel()
        self.book = book
        self.nodes = {}
        self.roots = []
        owners = sorted(book.owners, key=lambda o: (o.id != self.my_id, o.login))
        for owner in owners:
            title = f"{owner.operator_name or owner.login} ({owner.login})"
            if owner.id == self.my_id:
                title = self._owner_title
            node = Node("owner", owner.id, owner.id, title)
            self.roots.append(node)
            self.nodes[node.key] = node
        for g in book.groups:  # parents come first
            parent = self.nodes.get(("group", g.parent_id)) if g.parent_id else self.nodes.get(("owner", g.owner_id))
            if parent is None:
                continue
            node = Node("group", g.id, g.owner_id, g.name, count=g.contact_count, parent=parent)
            parent.children.append(node)
            self.nodes[node.key] = node
        for root in self.roots:
            self._sum(root)
        self.endResetModel()

    def _sum(self, node: Node) -> int:
        node.total = node.count + sum(self._sum(child) for child in node.children)
        return node.total

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        if not index.isValid():
            return None
        return index.internalPointer()

    def index_of(self, key: tuple[str, int] | None, column: int = 0) -> QModelIndex:
        node = self.nodes.get(key) if key else None
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    # -- QAbstractItemModel -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        siblings = self.node(parent).children if parent.isValid() else self.roots
        if 0 <= row < len(siblings) and 0 <= column < 2:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row(), 0, node.parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid():
            return len(self.node(parent).children) if parent.column() == 0 else 0
        return len(self.roots)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Group") if section == 0 else self.tr("Contacts")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if index.column() == 0 else QLocale().toString(node.total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if node.kind == "owner":
                return self.tr("%Ln contact(s) in this address book", "", int(node.total))
            return (
                self.tr("%1 here, %2 with sub-groups")
                .replace("%1", self.tr("%Ln contact(s)", "", int(node.count)))
                .replace("%2", self.tr("%Ln contact(s)", "", int(node.total)))
            )
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            if not self._icons:
                style = QApplication.style()
                self._icons = {
                    "group": style.standardIcon(QStyle.StandardPixmap.SP_DirIcon),
                    "owner": style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
                }
            return self._icons[node.kind]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == NODE_ROLE:
            return node
        return None

    # -- drag and drop ------------------------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if node.kind == "group":
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [GROUP_MIME, CONTACTS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        groups = {n.id for n in (self.node(i) for i in indexes) if n is not None and n.kind == "group"}
        if len(groups) == 1:
            data.setData(GROUP_MIME, str(groups.pop()).encode("ascii"))
        return data

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        target = self.node(parent)
        if target is None:
            return False
        if data.hasFormat(GROUP_MIME):
            moving = self.nodes.get(("group", int(bytes(data.data(GROUP_MIME)).decode("ascii") or 0)))
            return moving is not None and self.can_move(moving, target)
        return data.hasFormat(CONTACTS_MIME) and target.kind == "group"

    def can_move(self, moving: Node, target: Node) -> bool:
        """A group moves inside its own book, never into itself or below itself, and not where it already is."""
        if moving.kind != "group" or target.owner_id != moving.owner_id:
            return False
        if target is moving or moving in target.ancestors():
            return False
        return moving.parent is not target

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.node(parent)
        if data.hasFormat(GROUP_MIME):
            group_id = int(bytes(data.data(GROUP_MIME)).decode("ascii"))
            self.group_dropped.emit(group_id, target.id if target.kind == "group" else None)
        else:
            ids = json.loads(bytes(data.data(CONTACTS_MIME)).decode("utf-8"))
            self.contacts_dropped.emit(ids, target.id, action == Qt.DropAction.CopyAction)
        return False  # nothing moves here: the tree is reloaded from the database
