"""Walks the console as its users see it: every tab a role has, and every dialog its buttons open, each checked
for text wider than its widget (labels, buttons, check boxes, table headers, placeholders) and, when asked,
saved as a PNG (``SMSDESK_SHOTS=/some/folder``).

Dialogs are found the way a user finds them: the walker presses each enabled button of a tab (a table's first
row selected, so the buttons that need one are enabled too); an application-wide filter sees every dialog,
message box and menu as it is shown, checks it, photographs it and closes it again (reject), so nothing is
confirmed and a modal ``exec()`` returns.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QTableView,
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


@dataclass
class Walk:
    """What one walk found: problems per screen, screens seen, PNGs written."""

    prefix: str
    shots: Path | None
    problems: dict[str, list[str]] = field(default_factory=dict)
    screens: list[str] = field(default_factory=list)

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


def walk_window(qtbot, runner, window, walk: Walk, *, press_buttons: bool = True) -> list[str]:
    """Every tab of ``window``: shown, looked at, and its buttons pressed with their dialogs looked at.
    Returns the keys of the tabs walked."""
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
            if not press_buttons:
                continue
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
            ]
            for button in buttons:
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
                    settle(qtbot, runner, 100)
    finally:
        app.removeEventFilter(catcher)
    return list(window.tab_keys)


def _close_leftovers(window: QWidget) -> None:
    """Non-modal windows a button opened (a task's detail) are looked at by the catcher; close what stays."""
    for top in QApplication.topLevelWidgets():
        if top is not window and top.isVisible() and isinstance(top, QDialog):
            top.reject()


def shots_dir(sub: str) -> Path | None:
    base = os.environ.get("SMSDESK_SHOTS")
    return Path(base) / sub if base else None
