"""The strip above the main window's tabs while the database cannot be reached (a restart, a failover, the network).

It follows the console's one listening connection (``ui/notifications.py``): shown when that connection is lost or
a job finds the server gone and the check confirms it, hidden again once the connection is back, when the window
reads its state again (``reconnected``). What the user typed stays where it is; work that was running fails with
its own message or, like a submit, is retried by the page that started it.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QDateTime, QLocale, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from smsdesk.ui.notifications import NotificationBridge


class DatabaseBanner(QFrame):
    reconnected = Signal()

    def __init__(self, bridge: NotificationBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database_banner")
        self.bridge = bridge
        self.down_since: QDateTime | None = None
        self.setStyleSheet(
            "#database_banner { background: #fdecea; border-bottom: 1px solid #e0a8a8; }"
            " #database_banner QLabel { color: #6b1010; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setObjectName("database_banner_text")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.try_now = QPushButton(self.tr("Try now"))
        self.try_now.setObjectName("database_banner_try")
        self.try_now.clicked.connect(self._on_try_now_clicked)
        layout.addWidget(self.try_now)
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._update_text)
        self.hide()
        bridge.reachability.connect(self._on_reachability)

    @property
    def showing(self) -> bool:
        return self.down_since is not None

    def _on_reachability(self, up: bool, detail: str) -> None:
        if up:
            if self.down_since is not None:
                self.down_since = None
                self._ticker.stop()
                self.hide()
                self.reconnected.emit()
            return
        if self.down_since is None:
            self.down_since = QDateTime.currentDateTime()
            self._ticker.start()
        self.setToolTip(detail)
        self._update_text()
        self.show()

    def _on_try_now_clicked(self) -> None:
        self.bridge.check()
        self._update_text(trying=True)

    def _update_text(self, *, trying: bool = False) -> None:
        if self.down_since is None:
            return
        since = QLocale().toString(self.down_since.time(), QLocale.FormatType.ShortFormat)
        title = self.tr("The database has been unreachable since %1.").replace("%1", since)
        retry_at = self.bridge.hub.retry_at
        left = 0 if trying or retry_at is None else max(0, round(retry_at - time.monotonic()))
        if left:
            line = self.tr(
                "SMS Desk tries to reconnect by itself (next try in %1 s). What you have typed is kept; work that "
                "was running when the connection was lost says whether it went through."
            ).replace("%1", str(left))
        else:
            line = self.tr(
                "SMS Desk is reconnecting now. What you have typed is kept; work that was running when the "
                "connection was lost says whether it went through."
            )
        self.text.setText(f"<b>{html.escape(title)}</b><br>{html.escape(line)}")
