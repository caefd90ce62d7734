"""Sensitive words highlighted as the user types (SEND-7): a QSyntaxHighlighter over the content editor."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from smsdesk.domain.words import SensitiveWords, fold


class SensitiveHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.words: SensitiveWords | None = None
        self.format = QTextCharFormat()
        self.format.setBackground(QColor("#ffd6d6"))
        self.format.setForeground(QColor("#b00020"))
        self.format.setFontUnderline(True)

    def set_words(self, words: SensitiveWords) -> None:
        self.words = words
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        if self.words is None or not text:
            return
        found = self.words.find(text)
        if not found:
            return
        folded = fold(text)
        if len(folded) != len(text):
            return
        for word in found:
            key = fold(word)
            start = folded.find(key)
            while start >= 0:
                self.setFormat(start, len(key), self.format)
                start = folded.find(key, start + 1)
