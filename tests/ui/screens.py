"""Walks the console as its users see it: every tab a role has, the pages inside it (a Library section, a Reports
page, the Approvals template queue, the number check's pages), and every dialog their buttons open, each checked
for text wider than its widget (labels, buttons, check boxes, table headers, placeholders) and, when asked,
saved as a PNG (``SMSDESK_SHOTS=/some/folder``).

Dialogs are found the way a user finds them: the walker presses each enabled button of a tab (a table's first
row selected, so the buttons that need one are enabled too); an application-wide filter sees every dialog,
message box and menu as it is shown, checks it, photographs it and closes it again (reject), so nothing is
confirmed and a modal ``exec()`` returns.
"""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

# Buttons the walker must not press: they end the session or leave the window.
NEVER_PRESS = {"action_sign_out"}
SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 4:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _plain(text: str) -> str:
    return re.sub(r"<[^>]*>", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root: QWidget) -> list[str]:
    """Every visible label, button, check box, header section and placeholder under ``root`` whose text needs more
    room than it has."""
    problems: list[str] = []
    least = root.minimumSizeHint().width()
    if root.layout() is not None and least > root.width() + SLACK:
        problems.append(f"{_name(root)} needs {least} px wide, has {root.width()}: its contents are squeezed")
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 0 or w.height() <= 0:
            continue
        if isinstance(w, QLabel):
            text = w.text()
            if not text or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + SLACK:
                    problems.append(f"label {_name(w)} '{_plain(text)[:60]}' needs {need} px high, has {w.height()}")
            elif w.sizeHint().width() > w.width() + SLACK and w.minimumSizeHint().width() > w.width() + SLACK:
                problems.append(
                    f"label {_name(w)} '{_plain(text)[:60]}' needs {w.sizeHint().width()} px, has {w.width()}"
                )
        elif isinstance(w, QPushButton | QCheckBox | QRadioButton) or (
            isinstance(w, QToolButton) and w.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
        ):
            if isinstance(w, QToolButton) and w.objectName() == "qt_toolbar_ext_button":
                continue
            text = w.text()
            if text and w.sizeHint().width() > w.width() + SLACK:
                problems.append(
                    f"button {_name(w)} '{_plain(text)[:60]}' needs {w.sizeHint().width()} px, has {w.width()}"
                )
        elif isinstance(w, QHeaderView):
            problems.extend(_clipped_sections(w))
        elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText() and w.isEnabled():
            room = w.width() - 12 - (24 if w.isClearButtonEnabled() else 0)
            need = w.fontMetrics().horizontalAdvance(w.placeholderText())
            if need > room + SLACK:
                problems.append(f"placeholder {_name(w)} '{w.placeholderText()[:60]}' needs {need} px, has {room}")
    return problems


def _clipped_sections(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    view = header.parentWidget()
    sortable = isinstance(view, QTableView | QTreeView) and view.isSortingEnabled()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) if sortable else 0
    metrics = header.fontMetrics()
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = max(metrics.horizontalAdvance(line) for line in str(text).split("\n")) + 2 * margin
        if sortable and header.sortIndicatorSection() == section:
            need += arrow
        if need > header.sectionSize(section) + SLACK:
            problems.append(
                f"header {_name(header)} column '{text}' needs {need} px, has {header.sectionSize(section)}"
            )
    return problems


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets the Tab key reaches in ``root``, in the order it reaches them (from its first field)."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        if _tab_stop(widget, root):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _tab_stop(widget: QWidget, root: QWidget) -> bool:
    if not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy() is not None:
        return False
    if not (widget.isVisibleTo(root) and widget.isEnabled() and widget.window() is root):
        return False
    parent = widget.parentWidget()
    # the line edit inside a spin box or a combo box is that box's own
    return not isinstance(parent, QAbstractSpinBox | QComboBox)


def focus_order_problems(root: QWidget) -> list[str]:
    """Where Tab goes back against the reading order (top to bottom, in a row left to right): a field the chain
    reaches after one that is below it, or after one on its right in the same row."""
    problems = []
    chain = focus_chain(root)

    def box(w: QWidget) -> tuple[int, int, int, int]:
        at = w.mapTo(root, QPoint(0, 0))
        return at.x(), at.y(), at.x() + w.width(), at.y() + w.height()

    for a, b in itertools.pairwise(chain):
        ax0, ay0, _ax1, ay1 = box(a)
        _bx0, by0, bx1, by1 = box(b)
        overlap = min(ay1, by1) - max(ay0, by0)
        same_row = overlap > min(ay1 - ay0, by1 - by0) / 2
        if (same_row and bx1 <= ax0) or (not same_row and by1 <= ay0):
            problems.append(f"Tab goes from {_name(a)} back to {_name(b)}")
    return problems


@dataclass
class Walk:
    """What one walk found: problems per screen, screens seen, PNGs written."""

    prefix: str
    shots: Path | None
    problems: dict[str, list[str]] = field(default_factory=dict)
    screens: list[str] = field(default_factory=list)
    focus: dict[str, list[str]] = field(default_factory=dict)  # dialogs whose Tab order goes against reading order

    def look(self, name: str, widget: QWidget, *, photo: bool = True) -> None:
        found = clipped(widget)
        if found:
            self.problems[name] = found
        self.screens.append(name)
        if self.shots is not None and photo:
            self.shots.mkdir(parents=True, exist_ok=True)
            safe = re.sub(r"[^\w.-]+", "_", f"{self.prefix}-{name}")[:120]
            widget.grab().save(str(self.shots / f"{safe}.png"))


class DialogCatcher(QObject):
    """Sees every top-level dialog, message box and menu as it is shown: looks at it, then closes it."""

    def __init__(self, walk: Walk, window: QWidget) -> None:
        super().__init__()
        self.walk = walk
        self.window = window
        self.context = ""
        self.seen: list[str] = []

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog | QMenu) and obj.isWindow():
            QTimer.singleShot(150, lambda o=obj: self._look(o))
        return False

    def _look(self, widget: QWidget) -> None:
        try:
            visible = widget.isVisible()
        except RuntimeError:  # already deleted
            return
        if not visible:
            return
        name = f"{self.context}>{widget.objectName() or type(widget).__name__}"
        if isinstance(widget, QFileDialog):  # Qt's own, in Qt's own words
            pass
        elif name not in self.seen:
            self.seen.append(name)
            self.walk.look(name, widget)
            if isinstance(widget, QDialog):
                wrong = focus_order_problems(widget)
                if wrong:
                    self.walk.focus[name] = wrong
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


def settle(qtbot, runner, ms: int = 300) -> None:
    runner.wait_idle(20_000)
    qtbot.wait(ms)
    runner.wait_idle(20_000)
    qtbot.wait(60)  # what the last job's answer changed is laid out again


def _select_first_rows(tab: QWidget) -> None:
    for view in tab.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0 and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0, 0))


def sub_pages(tab: QWidget) -> list[tuple[str, object]]:
    """The pages inside a tab after its first (Library's sections, Reports' pages, Approvals' template queue, the
    number check's pages): (name, a function that shows it), in the order a user meets them."""
    pages: list[tuple[str, object]] = []
    for attr in ("menu", "page_list"):  # a list beside a stack of pages
        menu = getattr(tab, attr, None)
        if isinstance(menu, QListWidget):
            for row in range(1, menu.count()):
                pages.append((_plain(menu.item(row).text()), lambda m=menu, r=row: m.setCurrentRow(r)))
    for tabs in tab.findChildren(QTabWidget):
        if tabs.window() is tab.window():
            for i in range(1, tabs.count()):
                pages.append((_plain(tabs.tabText(i)), lambda t=tabs, i=i: t.setCurrentIndex(i)))
    return pages


def walk_window(qtbot, runner, window, walk: Walk, *, press_buttons: bool = True) -> list[str]:
    """Every tab of ``window`` and every page inside it: shown, looked at, and its buttons pressed with their
    dialogs looked at. Returns the keys of the tabs walked."""
    app = QApplication.instance()
    catcher = DialogCatcher(walk, window)
    app.installEventFilter(catcher)
    try:
        for index, key in enumerate(window.tab_keys):
            window.tabs.setCurrentIndex(index)
            tab = window.tab(key)
            settle(qtbot, runner, 500)
            walk.look(key, window)
            walk.look(f"{key} (the tab itself)", tab, photo=False)
            pressed: set[int] = set()
            if press_buttons:
                _press_buttons(qtbot, runner, window, index, key, tab, catcher, pressed)
            for name, show in sub_pages(tab):
                if window.tabs.currentIndex() != index:
                    window.tabs.setCurrentIndex(index)
                show()
                settle(qtbot, runner, 400)
                walk.look(f"{key}/{name}", window)
                if press_buttons:
                    _press_buttons(qtbot, runner, window, index, f"{key}/{name}", tab, catcher, pressed, show)
    finally:
        app.removeEventFilter(catcher)
    return list(window.tab_keys)


def _press_buttons(qtbot, runner, window, index, key, tab, catcher, pressed: set[int], show=None) -> None:
    """Presses each enabled button of the page on show once (a table's first row selected first)."""
    _select_first_rows(tab)
    settle(qtbot, runner, 100)
    buttons = [
        b
        for b in tab.findChildren(QAbstractButton)
        if isinstance(b, QPushButton | QToolButton)
        and b.isVisible()
        and b.isEnabled()
        and b.objectName() not in NEVER_PRESS
        and b.window() is window
        and id(b) not in pressed
    ]
    for button in buttons:
        pressed.add(id(button))
        try:
            if not (button.isVisible() and button.isEnabled()) or window.tabs.currentIndex() != index:
                continue
        except RuntimeError:
            continue
        catcher.context = f"{key}:{button.objectName() or _plain(button.text())[:20]}"
        button.click()
        settle(qtbot, runner, 250)
        _close_leftovers(window)
        if window.tabs.currentIndex() != index:  # a button that moves to another tab
            window.tabs.setCurrentIndex(index)
            if show is not None:
                show()
            settle(qtbot, runner, 100)


def _close_leftovers(window: QWidget) -> None:
    """Non-modal windows a button opened (a task's detail) are looked at by the catcher; close what stays. Only the
    window's own dialogs: the application's list of top-level widgets can still hold ones being deleted."""
    for top in window.findChildren(QDialog):
        if top.isWindow() and top.isVisible():
            top.reject()


def shots_dir(sub: str) -> Path | None:
    base = os.environ.get("SMSDESK_SHOTS")
    return Path(base) / sub if base else None
