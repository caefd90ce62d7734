"""What the console shows while it closes: the operator's connections, the hosted dispatcher and the embedded
database are stopped in the background (seconds), and the window says so instead of freezing or vanishing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class ClosingWindow(QWidget):
    def __init__(self, *, embedded: bool) -> None:
        super().__init__(None, Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint)
        self.setObjectName("closing_window")
        self.setWindowTitle(self.tr("SMS Desk"))
        title = QLabel(self.tr("Closing SMS Desk…"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        title.setFont(font)
        detail = QLabel(
            self.tr("Stopping the local database. Your work is saved.")
            if embedded
            else self.tr("Closing the connection to the database. Your work is saved.")
        )
        detail.setObjectName("closing_detail")
        detail.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(detail)
        layout.addWidget(bar)
        self.setMinimumWidth(380)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # it goes away by itself when everything has stopped
