"""Tab follows the reading order: top to bottom, and left to right along a row (a form's fields, then its buttons),
whatever order the widgets were made in."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets of ``root``'s window that Tab stops at now (shown, enabled, taking focus by Tab)."""
    stops = []
    for widget in root.findChildren(QWidget):
        if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy() is not None:
            continue
        if not (widget.isVisibleTo(root) and widget.isEnabled() and widget.window() is root.window()):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):  # the box's own line edit
            continue
        stops.append(widget)
    return stops


def reading_order(root: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    """``widgets`` in rows from the top (widgets overlapping by half their height share a row), each row from the
    left."""
    boxes = []
    for w in widgets:
        at = w.mapTo(root, QPoint(0, 0))
        boxes.append((at.y(), at.y() + w.height(), at.x(), w))
    boxes.sort(key=lambda b: (b[0], b[2]))
    rows: list[list[tuple]] = []
    for box in boxes:
        row = rows[-1] if rows else None
        if row is not None:
            top, bottom = min(b[0] for b in row), max(b[1] for b in row)
            if min(bottom, box[1]) - max(top, box[0]) > min(bottom - top, box[1] - box[0]) / 2:
                row.append(box)
                continue
        rows.append([box])
    return [b[3] for row in rows for b in sorted(row, key=lambda b: b[2])]


def follow_reading_order(root: QWidget) -> None:
    """Chains ``root``'s tab stops in reading order (call it once the window is laid out, e.g. in showEvent)."""
    ordered = reading_order(root, tab_stops(root))
    if not ordered:
        return
    # The chain is a ring through the window, and setTabOrder only moves a widget to follow another: the first
    # field is put right after the one the window now leads to (then that one after it), so Tab starts there.
    stops = set(map(id, ordered))
    entry = root.nextInFocusChain()
    while entry is not root and id(entry) not in stops:
        entry = entry.nextInFocusChain()
    if entry is not root and entry is not ordered[0]:
        QWidget.setTabOrder(entry, ordered[0])
        QWidget.setTabOrder(ordered[0], entry)
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)
