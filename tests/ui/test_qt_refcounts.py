"""The Qt binding must not release references it does not own: on Python < 3.12 None is an ordinary object,
and a binding that drops one reference per Python override call (PySide6 6.12.0 does) aborts a console after a
few thousand key presses or resizes with "Fatal Python error: none_dealloc"."""

from __future__ import annotations

import sys

from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QTextEdit, QWidget


class _Highlighter(QSyntaxHighlighter):
    def highlightBlock(self, text: str) -> None:
        if len(text) > 2:
            self.setFormat(0, 2, QTextCharFormat())


class _Widget(QWidget):
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)


def _none_refs() -> int:
    return sys.getrefcount(None)


def test_python_overrides_called_by_qt_keep_none_alive(qtbot):
    editor = QTextEdit()
    qtbot.addWidget(editor)
    highlighter = _Highlighter(editor.document())
    widget = _Widget()
    qtbot.addWidget(widget)
    widget.show()
    before = _none_refs()
    for i in range(200):
        editor.setPlainText(f"line {i}")
        widget.resize(100 + i % 7, 80)
        qtbot.wait(0)
    lost = before - _none_refs()
    assert lost < 50, f"{lost} references to None released by the Qt binding in 400 override calls"
    assert highlighter.document() is editor.document()
