"""The Send preview's offer (CHK-1, seed 003): numbers a number check found empty (空号) or suspended (停机) within
the cache's days fail and spoil the delivery rate, so the preview offers to drop them, with their count. It follows
the compose page's ``preview_shown`` and asks the database in the background (services.numbercheck.known_dead); the
typed and file numbers are checked (address-book picks are resolved by the database at submit, unseen here)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from smsdesk.services import numbercheck


def _known_dead(session, numbers: list[str]) -> tuple[int, dict[str, str]]:
    days = int(numbercheck.config(session).get("cache_days") or 0)
    return days, numbercheck.known_dead(session, numbers, days)


class KnownDeadOffer(QWidget):
    def __init__(self, page, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_dead_offer")
        self.page = page
        self.preview = None
        self.dead: dict[str, str] = {}
        self.label = QLabel()
        self.label.setObjectName("send_dead_text")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #8a5a00; font-weight: bold")  # as the preview's warnings, but asks
        self.button = QPushButton(self.tr("Drop them"))
        self.button.setObjectName("send_dead_drop")
        self.button.clicked.connect(self.drop)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()
        page.preview_shown.connect(self.show_for)

    def show_for(self, p) -> None:
        if p is self.preview and not self.dead:
            return  # shown again after a drop: the note stays
        self.preview, self.dead = p, {}
        self.hide()
        if not p.numbers:
            return
        numbers = list(p.numbers)
        self.page.runner.read(_known_dead, numbers, on_done=lambda r: self._found(p, *r), on_error=lambda _e: None,
                              owner=self)

    def _found(self, p, days: int, dead: dict[str, str]) -> None:
        if p is not self.page.current or not dead:
            return
        self.dead = dead
        empty = sum(1 for s in dead.values() if s == "empty")
        loc = QLocale()
        self.label.setText(
            self.tr("%Ln of these numbers were found empty (%1) or suspended (%2) by a number check in %3: they "
                    "would fail and lower the delivery rate.", "", len(dead))
            .replace("%1", loc.toString(empty)).replace("%2", loc.toString(len(dead) - empty))
            .replace("%3", self.tr("the last %Ln day(s)", "", int(days)))
        )
        self.button.show()
        self.show()

    def drop(self) -> None:
        p = self.preview
        if p is None or not self.dead:
            return
        dead, count = self.dead, len(self.dead)
        kept = [(n, c) for n, c in zip(p.numbers, p.carriers, strict=True) if n not in dead]
        p.numbers = [n for n, _c in kept]
        p.carriers = [c for _n, c in kept]
        # what depends on the count is judged again: the quota shortfall, and whether anyone is left
        p.problems[:] = [(code, arg) for code, arg in p.problems if code not in ("quota_short", "no_recipients")]
        if p.valid_count == 0:
            p.problems.append(("no_recipients", ""))
        if p.shortfall > 0:
            p.problems.append(("quota_short", str(p.shortfall)))
        self.dead = {}
        self.label.setText(self.tr("%Ln number(s) known empty or suspended were dropped.", "", int(count)))
        self.button.hide()
        self.page.show_preview(p)
