"""The task list's model: rows from the background, updated in place when NOTIFY says a task changed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from smsdesk.ui.widgets.row_table import DataTableView, RowTableModel

# Status colours (roles only: the view draws them, no Python paint code).
_COLOURS = {
    "sending": QColor("#1565c0"),
    "queued": QColor("#1565c0"),
    "scheduled": QColor("#6a1b9a"),
    "awaiting_review": QColor("#ef6c00"),
    "preview": QColor("#ef6c00"),
    "rejected": QColor("#c62828"),
    "cancelled": QColor("#757575"),
    "expired": QColor("#757575"),
}


class TaskListModel(RowTableModel):
    """Rows are ``TaskListRow``; ``status_column`` is coloured by the task's status."""

    def __init__(self, columns, status_column: int, parent=None) -> None:
        super().__init__(columns, parent)
        self._status_column = status_column
        self._bold = QFont()
        self._bold.setBold(True)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            colour = _COLOURS.get(self.rows[index.row()].status)
            return QBrush(colour) if colour is not None and index.column() == self._status_column else None
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self._status_column:
            return self._bold if self.rows[index.row()].status == "sending" else None
        return super().data(index, role)

    def row_of(self, task_id: int) -> int:
        for i, row in enumerate(self.rows):
            if row.id == task_id:
                return i
        return -1

    def upsert(self, rows: Sequence, asked: Iterable[int]) -> None:
        """Replaces the rows of tasks re-read after a notification, adds new ones at the top (ids descend),
        and drops the asked-for tasks that no longer match the filters."""
        found = {row.id: row for row in rows}
        where = {row.id: i for i, row in enumerate(self.rows)}
        last = self.columnCount() - 1
        for task_id, row in found.items():
            i = where.get(task_id)
            if i is not None:
                self.rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        new = sorted((row for tid, row in found.items() if tid not in where), key=lambda r: r.id, reverse=True)
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self.rows[0:0] = new
            self.endInsertRows()
        gone = [tid for tid in asked if tid not in found and tid in where]
        for tid in gone:
            i = self.row_of(tid)
            if i >= 0:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self.rows[i]
                self.endRemoveRows()


def initial_widths(table: DataTableView, widths: tuple[int, ...]) -> None:
    """Column widths for a first run (no saved layout), and no initial sort: rows come in the database's order.

    Fitting columns to their contents asks every column for a thousand rows' text: over a second of the GUI
    thread for the task list; a sort of a fresh page costs a sort-role call per comparison."""
    header = table.horizontalHeader()
    if getattr(table, "_fitted", False):
        return
    table._fitted = True
    for column, width in enumerate(widths):
        header.resizeSection(column, max(width, table.least_width(column)))
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.model().sort(-1)
