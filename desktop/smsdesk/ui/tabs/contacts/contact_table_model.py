"""The contact table's model: the ids of the view in display order, and a cache of rows read in the background.

``data()`` never queries: a row not yet read shows an ellipsis and asks for its block (200 rows) to be read on
the read pool; when it arrives, that block repaints. Only the blocks the view asks for are read, newest first,
so dragging the scroll bar across a million rows reads the rows where it stops. The cache keeps the most
recently used blocks. Sorting asks the tab for a new list of ids, sorted by the database.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from smsdesk.services.contacts import ContactRow, FieldRow
from smsdesk.ui.formats import when
from smsdesk.ui.tabs.contacts.group_tree_model import CONTACTS_MIME

BLOCK = 200
CACHE_BLOCKS = 150  # 30,000 rows
IN_FLIGHT = 2  # blocks read at once; the rest wait, newest first
ID_ROLE = Qt.ItemDataRole.UserRole + 30


@dataclass(frozen=True)
class ContactColumn:
    key: str  # the sort key the database knows: name, mobile, …, custom:<id>
    header: str


class ContactTableModel(QAbstractTableModel):
    sort_requested = Signal(str, bool)  # sort key, descending
    rows_loaded = Signal()  # some rows arrived (tests and the status bar wait on it)

    def __init__(self, read_block: Callable[[list[int], Callable[[list[ContactRow]], None]], object], parent=None):
        """``read_block(ids, on_done)`` starts a background read and calls ``on_done(rows)`` on the GUI thread."""
        super().__init__(parent)
        self._read_block = read_block
        self.ids: list[int] = []
        self.columns: list[ContactColumn] = []
        self.group_paths: dict[int, str] = {}
        self.owner_names: dict[int, str] = {}
        self.group_base = ""  # shown group paths start below this one (the chosen group's parent)
        self._blocks: OrderedDict[int, dict[int, ContactRow]] = OrderedDict()  # block -> id -> row
        self._wanted: list[int] = []  # blocks asked for and not yet sent, oldest first
        self._sent: set[int] = set()
        self._generation = 0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self.sort_key = "name"
        self.descending = False
        self._invalid_brush = QBrush(QColor("#c0392b"))
        self._pending_brush = QBrush(QColor("#999999"))
        self._texts = {
            "invalid": self.tr("Not a valid mobile number; it cannot be sent to"),
            "loading": "…",
            "gone": self.tr("(deleted)"),
        }

    # -- filling ------------------------------------------------------------------------------------

    def set_columns(self, fields: Sequence[FieldRow], *, show_owner: bool) -> None:
        columns = [
            ContactColumn("name", self.tr("Name")),
            ContactColumn("mobile", self.tr("Mobile")),
            ContactColumn("phone", self.tr("Phone")),
            ContactColumn("email", self.tr("Email")),
            ContactColumn("notes", self.tr("Notes")),
            ContactColumn("group", self.tr("Group")),
        ]
        if show_owner:
            columns.append(ContactColumn("owner", self.tr("Address book")))
        columns += [ContactColumn(f"custom:{f.id}", f.label) for f in fields]
        columns.append(ContactColumn("updated_at", self.tr("Changed")))
        if [c.key for c in columns] == [c.key for c in self.columns] and [c.header for c in columns] == [
            c.header for c in self.columns
        ]:
            return
        self.beginResetModel()
        self.columns = columns
        self.endResetModel()

    def set_ids(self, ids: Sequence[int], first_rows: Sequence[ContactRow] = ()) -> None:
        """A new view: its ids in display order and the rows read with them."""
        self.beginResetModel()
        self._generation += 1
        self.ids = list(ids)
        self._blocks.clear()
        self._wanted.clear()
        self._sent.clear()
        for start in range(0, len(first_rows), BLOCK):
            block = start // BLOCK
            if start + BLOCK <= len(first_rows) or len(first_rows) == len(self.ids):
                self._store(first_rows[start : start + BLOCK], block)
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Re-read the rows on screen (after an edit) without losing the place."""
        self._generation += 1
        blocks = list(self._blocks)
        self._blocks.clear()
        self._sent.clear()
        self._wanted = blocks[-IN_FLIGHT * 2 :]
        self._flush_timer.start()

    def row(self, row: int) -> ContactRow | None:
        if not 0 <= row < len(self.ids):
            return None
        block = self._blocks.get(row // BLOCK)
        return block.get(self.ids[row]) if block is not None else None

    def loaded(self, row: int) -> bool:
        return (row // BLOCK) in self._blocks

    def column_key(self, column: int) -> str:
        return self.columns[column].key

    # -- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = index.row()
        if role == ID_ROLE:
            return self.ids[r]
        block = self._blocks.get(r // BLOCK)
        contact = block.get(self.ids[r]) if block is not None else None
        if contact is None:
            if role == Qt.ItemDataRole.DisplayRole:
                if block is None:
                    self._want(r // BLOCK)
                    return self._texts["loading"] if index.column() == 0 else ""
                return self._texts["gone"] if index.column() == 0 else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._pending_brush
            return None
        key = self.columns[index.column()].key
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and key == "mobile" and contact.mobile_state == "invalid":
                return self._texts["invalid"]
            return self._text(contact, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "mobile" and contact.mobile_state == "invalid":
            return self._invalid_brush
        return None

    def _text(self, c: ContactRow, key: str) -> str:
        if key == "name":
            return c.name
        if key == "mobile":
            return c.mobile
        if key == "phone":
            return c.phone
        if key == "email":
            return c.email
        if key == "notes":
            return c.notes.replace("\n", " ")
        if key == "group":
            path = self.group_paths.get(c.group_id, "")
            return path[len(self.group_base) :] if self.group_base and path.startswith(self.group_base) else path
        if key == "owner":
            return self.owner_names.get(c.owner_id, "")
        if key == "updated_at":
            return when(c.updated_at)
        if key.startswith("custom:"):
            return str(c.custom.get(key[7:], ""))
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].key
        if key == "owner":
            key = "group"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.sort_requested.emit(key, descending)

    # -- dragging contacts onto the group tree --------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [CONTACTS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes})
        data = QMimeData()
        data.setData(CONTACTS_MIME, json.dumps([self.ids[r] for r in rows]).encode("utf-8"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    # -- the background reads -----------------------------------------------------------------------

    def _want(self, block: int) -> None:
        if block in self._sent:
            return
        if block in self._wanted:
            self._wanted.remove(block)
        self._wanted.append(block)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush(self) -> None:
        while self._wanted and len(self._sent) < IN_FLIGHT:
            block = self._wanted.pop()  # newest first: where the user is looking now
            ids = self.ids[block * BLOCK : (block + 1) * BLOCK]
            if not ids:
                continue
            self._sent.add(block)
            generation = self._generation
            self._read_block(ids, lambda rows, b=block, g=generation: self._arrived(g, b, rows))
        # whatever is still wanted from long ago is probably scrolled past: keep the newest few
        del self._wanted[: max(0, len(self._wanted) - 8)]

    def _arrived(self, generation: int, block: int, rows: list[ContactRow] | None) -> None:
        if generation != self._generation:
            return
        self._sent.discard(block)
        self._store(rows or [], block)  # a failed read leaves its rows blank rather than asking forever
        first = block * BLOCK
        last = min(first + BLOCK, len(self.ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        self.rows_loaded.emit()
        if self._wanted:
            self._flush_timer.start()

    def _store(self, rows: Sequence[ContactRow], block: int) -> None:
        self._blocks[block] = {r.id: r for r in rows}
        self._blocks.move_to_end(block)
        while len(self._blocks) > CACHE_BLOCKS:
            self._blocks.popitem(last=False)
