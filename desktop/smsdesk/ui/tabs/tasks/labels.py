"""Words the Tasks tab and its dialogs share: task and message statuses, kinds, failure categories."""

from __future__ import annotations

from PySide6.QtCore import QObject

from smsdesk.domain.statuses import FAILURE_CATEGORIES, MESSAGE_STATUSES, TASK_STATUSES
from smsdesk.ui.code_labels import CodeLabels
from smsdesk.ui.common_labels import CommonLabels


class TaskLabels(QObject):
    """A QObject so that lupdate files these strings under one context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.common = CommonLabels(self)  # kinds and carriers, named once for every tab
        self.codes = CodeLabels(self)  # statuses, failures and SMSC codes, named once for every tab

    def kind(self, kind: str | None) -> str:
        return self.common.kind(kind)

    def kinds(self) -> list[tuple[str, str]]:
        return self.common.kinds()

    def task_status(self, status: str) -> str:
        return self.codes.task_status(status)

    def task_statuses(self) -> list[tuple[str, str]]:
        return [(s, self.task_status(s)) for s in TASK_STATUSES]

    def message_status(self, status: str) -> str:
        return self.codes.message_status(status)

    def message_statuses(self) -> list[tuple[str, str]]:
        return [(s, self.message_status(s)) for s in MESSAGE_STATUSES]

    def failure(self, category: str | None) -> str:
        return self.codes.failure(category)

    def failures(self) -> dict[str, str]:
        return {c: self.failure(c) for c in FAILURE_CATEGORIES}
