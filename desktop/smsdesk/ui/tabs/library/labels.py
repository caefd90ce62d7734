"""Words the library sections share: message kinds, template statuses, blacklist scopes, refusal reasons."""

from __future__ import annotations

from PySide6.QtCore import QObject

from smsdesk.ui.code_labels import CodeLabels
from smsdesk.ui.common_labels import CommonLabels


class LibraryLabels(QObject):
    """A QObject so that lupdate files these strings under one context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.common = CommonLabels(self)  # kinds and carriers, named once for every tab
        self.codes = CodeLabels(self)  # number reasons and the other codes, named once for every tab

    def kind(self, kind: str | None) -> str:
        return self.common.kind(kind)

    def kinds(self) -> list[tuple[str, str]]:
        return self.common.kinds()

    def status(self, status: str) -> str:
        return {
            "pending": self.tr("Awaiting review"),
            "approved": self.tr("Approved"),
            "rejected": self.tr("Rejected"),
        }.get(status, status)

    def visibility(self, public: bool) -> str:
        return self.tr("Public (group)") if public else self.tr("Private")

    def scope(self, scope: str, group_path: str | None = None, kind: str | None = None) -> str:
        if scope == "global":
            return self.tr("Global blacklist")
        if scope == "kind":
            return self.tr("Message kind: %1").replace("%1", self.kind(kind))
        return self.tr("User group: %1").replace("%1", group_path or "")

    def number_reason(self, reason: str) -> str:
        return self.codes.number_reason(reason)

    def word_reason(self, reason: str) -> str:
        return {
            "empty": self.tr("empty"),
            "too_long": self.tr("longer than 50 characters"),
            "bad_chars": self.tr("control characters"),
        }.get(reason, reason)
