"""A table model over rows loaded in the background, and a view that remembers its column widths.

The model only holds rows it was given; ``data()`` never queries anything. Sorting and filtering go
through a QSortFilterProxyModel so every column sorts by its real value, not its display text.

The view offers every column in its header's context menu (a column can be hidden by default and shown from
there), remembers which are shown with their widths, draws a share (0..1) as a progress bar, and can carry a
totals row under the table that follows its columns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QTableView,
    QWidget,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[Any], Any]  # the real value, used for sorting
    text: Callable[[Any], str] | None = None  # how it is shown; str(value) by default
    align_right: bool = False
    hidden: bool = False  # hidden until the user shows it from the header's menu
    bar: bool = False  # the value is a share, 0..1, drawn as a progress bar
    total: Callable[[Sequence[Any]], str] | None = None  # the totals row's text for the rows shown
    fits: Callable[[], Iterable[str]] | None = None  # texts the column is wide enough for at first (statuses…)
    tooltip: Callable[[Any], str] | None = None  # the cell's tooltip; its text by default


def sum_total(value: Callable[[Any], int | None]) -> Callable[[Sequence[Any]], str]:
    """A totals-row cell: the sum of ``value`` over the rows shown, in the user's number format."""
    return lambda rows: QLocale().toString(sum(value(r) or 0 for r in rows))


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
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
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


class ProgressDelegate(QStyledItemDelegate):
    """Draws the cell's sort value (a share, 0..1) as a progress bar with its percentage."""

    def paint(self, painter, option, index) -> None:
        value = index.data(SORT_ROLE)
        if not isinstance(value, int | float):
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 3, -2, -3)
        bar.minimum, bar.maximum = 0, 1000
        bar.progress = round(max(0.0, min(1.0, float(value))) * 1000)
        bar.text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


def _row_model(model) -> RowTableModel | None:
    while model is not None and not isinstance(model, RowTableModel):
        model = model.sourceModel() if hasattr(model, "sourceModel") else None
    return model


class DataTableView(QTableView):
    """Sortable, row-selecting table whose header layout is saved under ``state_key`` in the given settings.

    Right-clicking the header offers every column to show or hide; what the user chose is saved with the widths."""

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
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu)
        header.sectionCountChanged.connect(self._on_section_count_changed)
        self._progress = ProgressDelegate(self)
        self.column_menu: QMenu | None = None  # the open header menu (tests use it)

    def setModel(self, model) -> None:
        super().setModel(model)
        rows = _row_model(model)
        if rows is not None:
            for i, column in enumerate(rows.columns):
                if column.bar:
                    self.setItemDelegateForColumn(i, self._progress)

    def restore_header(self) -> None:
        state = self._settings.value(self._state_key)
        self._fitted = state is not None and self.horizontalHeader().restoreState(state)
        if not self._fitted:
            self.apply_default_columns()

    def apply_default_columns(self) -> None:
        """The columns a first run shows, each at least as wide as its header and the texts it must hold."""
        rows = _row_model(self.model())
        if rows is None:
            return
        header = self.horizontalHeader()
        for i, column in enumerate(rows.columns):
            header.setSectionHidden(i, column.hidden)
            header.resizeSection(i, max(header.sectionSize(i), self.least_width(i)))

    def least_width(self, section: int) -> int:
        """Room for the column's header (with the sort arrow) and for the texts the column declares."""
        if getattr(self, "_measure", None) is None:
            header = self.horizontalHeader()
            style = header.style()
            bold = header.font()
            bold.setBold(True)  # some styles draw the sorted section in bold
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
            arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
            self._measure = (QFontMetrics(bold), self.fontMetrics(), margin, arrow)
        title_metrics, cell_metrics, margin, arrow = self._measure
        title = str(self.model().headerData(section, Qt.Orientation.Horizontal) or "")
        need = title_metrics.horizontalAdvance(title) + 2 * margin + arrow + 4
        rows = _row_model(self.model())
        column = rows.columns[section] if rows is not None and section < len(rows.columns) else None
        if column is not None and column.fits is not None:
            widest = max((cell_metrics.horizontalAdvance(t) for t in column.fits()), default=0)
            need = max(need, widest + 2 * margin + 8)
        return need

    def _on_section_count_changed(self, old: int, new: int) -> None:
        """Columns that appear later (a model that grows columns) are wide enough for their header."""
        if self.model() is None:
            return
        header = self.horizontalHeader()
        for section in range(old, new):
            header.resizeSection(section, max(header.sectionSize(section), self.least_width(section)))

    def _on_header_menu(self, pos) -> None:
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        for i in range(header.count()):
            action = menu.addAction(str(model.headerData(i, Qt.Orientation.Horizontal) or ""))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(header.isSectionHidden(i) or len(shown) > 1)  # one column always stays
            action.toggled.connect(lambda on, section=i: self.show_column(section, on))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self._reset_columns)
        self.column_menu = menu
        menu.popup(header.mapToGlobal(pos))

    def show_column(self, section: int, on: bool) -> None:
        header = self.horizontalHeader()
        header.setSectionHidden(section, not on)
        if on:
            header.resizeSection(section, max(header.sectionSize(section), self.least_width(section)))
        self.save_header()

    def _reset_columns(self) -> None:
        header = self.horizontalHeader()
        for visual in range(header.count()):
            header.moveSection(header.visualIndex(visual), visual)
        self.apply_default_columns()
        self.save_header()

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


class TotalsRow(QTableView):
    """One row under a ``DataTableView`` with each column's total over the rows the view shows (the filter
    applied), in step with the view's columns: widths, order, hidden ones and horizontal scrolling."""

    def __init__(self, view: DataTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totals_row")
        self.view = view
        self._model = _TotalsModel(view, self)
        self.setModel(self._model)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        height = view.verticalHeader().defaultSectionSize()
        self.verticalHeader().setDefaultSectionSize(height)
        self.setFixedHeight(height + 2 * self.frameWidth())
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        source = view.horizontalHeader()
        source.sectionResized.connect(lambda i, _old, new: self.setColumnWidth(i, new))
        source.sectionMoved.connect(lambda *_: self._sync_layout())
        source.geometriesChanged.connect(self._sync_layout)
        view.horizontalScrollBar().valueChanged.connect(self.horizontalScrollBar().setValue)
        proxy = view.model()
        for signal in (proxy.modelReset, proxy.rowsInserted, proxy.rowsRemoved, proxy.dataChanged, proxy.layoutChanged):
            signal.connect(self._model.recount)
        self._sync_layout()

    def _sync_layout(self) -> None:
        source = self.view.horizontalHeader()
        mine = self.horizontalHeader()
        for logical in range(source.count()):
            mine.setSectionHidden(logical, source.isSectionHidden(logical))
            mine.resizeSection(logical, source.sectionSize(logical))
            if mine.visualIndex(logical) != source.visualIndex(logical):
                mine.moveSection(mine.visualIndex(logical), source.visualIndex(logical))
        # the view's vertical header and scroll bar take room the totals row must leave as well
        left = self.view.verticalHeader().width() if self.view.verticalHeader().isVisible() else 0
        self.setViewportMargins(left, 0, self.view.verticalScrollBar().sizeHint().width()
                                if self.view.verticalScrollBar().isVisible() else 0, 0)
        self.horizontalScrollBar().setValue(self.view.horizontalScrollBar().value())

    def texts(self) -> list[str]:
        return [self._model.data(self._model.index(0, c)) or "" for c in range(self._model.columnCount())]


class _TotalsModel(QAbstractTableModel):
    def __init__(self, view: DataTableView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self._texts: list[str] = []
        self.recount()

    def recount(self, *_args) -> None:
        proxy = self.view.model()
        rows_model = _row_model(proxy)
        if rows_model is None:
            return
        if proxy is rows_model or proxy.rowCount() == len(rows_model.rows):  # nothing filtered out
            rows = rows_model.rows
        else:
            rows = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
        first = self.tr("Total (%n rows)", "", len(rows))
        texts = [c.total(rows) if c.total is not None else "" for c in rows_model.columns]
        if texts and not texts[0]:
            texts[0] = first
        self.beginResetModel()
        self._texts = texts
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._texts)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.column() >= len(self._texts):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
