"""A line edit at least as wide as its placeholder, so the hint is never cut, in any language."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

_FRAME = 14  # the frame and text margins of a line edit
_CLEAR_BUTTON = 24


def fit_placeholder(edit: QLineEdit) -> QLineEdit:
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + _FRAME
    if edit.isClearButtonEnabled():
        need += _CLEAR_BUTTON
    edit.setMinimumWidth(max(edit.minimumWidth(), need))
    return edit
