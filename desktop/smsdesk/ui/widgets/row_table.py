"""A table model over rows loaded in the background, and a view that remembers its column widths.

The model only holds rows it was given; ``data()`` never queries anything. Sorting and filtering go
through a QSortFilterProxyModel so every column sorts by its real value, not its display text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]  # the real value, used for sorting
    text: Callable[[Any], str] | None = None  # how it is shown; str(value) by default
    align_right: bool = False


class RowTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            value = column.value(row)
            return column.text(row) if column.text else ("" if value is None else str(value))
        if role == SORT_ROLE:
            value = column.value(row)
            return "" if value is None else value
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RowFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)


class DataTableView(QTableView):
    """Sortable, row-selecting table whose header layout is saved under ``state_key`` in the given settings."""

    def __init__(self, settings, state_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._state_key = state_key
        self.setSortingEnabled(True)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def restore_header(self) -> None:
        state = self._settings.value(self._state_key)
        self._fitted = state is not None and self.horizontalHeader().restoreState(state)

    def fit_columns_once(self) -> None:
        """Size columns to their contents the first time rows arrive, unless the user's widths were saved."""
        if getattr(self, "_fitted", False) or self.model() is None or self.model().rowCount() == 0:
            return
        self._fitted = True
        header = self.horizontalHeader()
        for column in range(header.count() - 1):
            self.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 360))

    def save_header(self) -> None:
        self._settings.setValue(self._state_key, self.horizontalHeader().saveState())

    def hideEvent(self, event) -> None:
        self.save_header()
        super().hideEvent(event)
