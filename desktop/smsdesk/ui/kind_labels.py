"""The names of message kinds (verification, notification, marketing, alert), translated once for every tab."""

from __future__ import annotations

from PySide6.QtCore import QObject

from smsdesk.domain.kinds import KINDS


class KindLabels(QObject):
    """A QObject so that lupdate files these strings under one context."""

    def kind(self, kind: str | None) -> str:
        return {
            "verification": self.tr("Verification code"),
            "notification": self.tr("Notification"),
            "marketing": self.tr("Marketing"),
            "alert": self.tr("Alert"),
        }.get(kind or "", kind or "")

    def kinds(self) -> list[tuple[str, str]]:
        return [(kind, self.kind(kind)) for kind in KINDS]
