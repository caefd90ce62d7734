"""Names the tabs share, translated once: message kinds (verification, notification, marketing, alert) and the
mainland carriers as the number rules name them."""

from __future__ import annotations

from PySide6.QtCore import QObject

from smsdesk.domain.kinds import KINDS


class CommonLabels(QObject):
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

    def carrier(self, carrier: str | None) -> str:
        return {
            "China Mobile": self.tr("China Mobile"),
            "China Unicom": self.tr("China Unicom"),
            "China Telecom": self.tr("China Telecom"),
            "China Broadnet": self.tr("China Broadnet"),
        }.get(carrier or "", carrier or "")
