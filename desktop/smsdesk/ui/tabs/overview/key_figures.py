"""The dashboard's key figures (REP-8): sent, delivered %, failed, pending and cost, for today so far and for the
chosen period, each with its change against the same span a week before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from smsdesk.services.dashboard import FIGURES, Figures
from smsdesk.ui.tabs.overview.labels import ChartLabels

# a figure whose rise is bad news is coloured the other way
_RISE_IS_BAD = {"failed", "pending", "cost"}
GOOD, BAD, NEUTRAL = "#009E73", "#D55E00", "#555555"


class KeyFigures(QFrame):
    def __init__(self, labels: ChartLabels, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_figures")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.labels = labels
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(18)
        titles = {
            "sent": self.tr("Sent"),
            "delivered_rate": self.tr("Delivered"),
            "failed": self.tr("Failed"),
            "pending": self.tr("Pending"),
            "cost": self.tr("Cost"),
        }
        for c, name in enumerate(FIGURES):
            head = QLabel(titles[name])
            head.setStyleSheet("color: #555;")
            grid.addWidget(head, 0, c + 1)
        self.row_titles = [QLabel(self.tr("Today")), QLabel(self.tr("Period"))]
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.values: dict[tuple[int, str], QLabel] = {}
        self.changes: dict[tuple[int, str], QLabel] = {}
        for r, title in enumerate(self.row_titles):
            title.setStyleSheet("font-weight: bold;")
            grid.addWidget(title, 1 + r * 2, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            for c, name in enumerate(FIGURES):
                value = QLabel("—")
                value.setObjectName(f"figure_{'today' if r == 0 else 'period'}_{name}")
                value.setFont(big)
                change = QLabel("")
                change.setObjectName(f"change_{'today' if r == 0 else 'period'}_{name}")
                grid.addWidget(value, 1 + r * 2, c + 1)
                grid.addWidget(change, 2 + r * 2, c + 1)
                self.values[(r, name)] = value
                self.changes[(r, name)] = change
        grid.setColumnStretch(len(FIGURES) + 1, 1)

    def show_figures(self, today: Figures, period: Figures, period_text: str) -> None:
        self.row_titles[1].setText(period_text)
        for r, figs in enumerate((today, period)):
            for name in FIGURES:
                self.values[(r, name)].setText(self._value(name, figs.now.value(name)))
                self._show_change(self.changes[(r, name)], name, figs)

    def _value(self, name: str, value) -> str:
        L = self.labels
        if name == "delivered_rate":
            return L.percent(value)
        if name == "cost":
            return "¥" + L.locale.toString(float(value), "f", 2)
        return L.number(value)

    def _show_change(self, label: QLabel, name: str, figs: Figures) -> None:
        ch = figs.change(name)
        before = self._value(name, figs.before.value(name))
        if ch is None:
            label.setText(self.tr("week before: %1").replace("%1", before))
            label.setStyleSheet(f"color: {NEUTRAL};")
            return
        arrow = "▲" if ch > 0 else ("▼" if ch < 0 else "＝")
        if name == "delivered_rate":
            text = self.tr("%1 %2 pts vs week before").replace("%1", arrow).replace(
                "%2", self.labels.locale.toString(abs(ch) * 100, "f", 1))
        else:
            text = self.tr("%1 %2 vs week before").replace("%1", arrow).replace(
                "%2", self.labels.locale.toString(abs(ch) * 100, "f", 1) + "%")
        good = (ch < 0) if name in _RISE_IS_BAD else (ch > 0)
        colour = NEUTRAL if ch == 0 else (GOOD if good else BAD)
        label.setText(text)
        label.setToolTip(self.tr("The same span a week before: %1").replace("%1", before))
        label.setStyleSheet(f"color: {colour};")
