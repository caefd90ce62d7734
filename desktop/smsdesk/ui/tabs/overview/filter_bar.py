"""The dashboard's filters: any range of days (presets or two dates, no cap), group with its sub-groups, user, kind,
channel, carrier and template; remembered per user between sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from smsdesk.domain.carriers import CARRIER_NAMES
from smsdesk.domain.kinds import KINDS
from smsdesk.services.charts import ChartFilter, FilterChoices
from smsdesk.ui.formats import date_format
from smsdesk.ui.tabs.overview.labels import ChartLabels

PRESETS = ("today", "yesterday", "7d", "30d", "this_month", "last_month", "13m", "this_year", "custom")
ALL = None


def preset_range(preset: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    if preset == "today":
        return today, today
    if preset == "yesterday":
        y = today - dt.timedelta(days=1)
        return y, y
    if preset == "7d":
        return today - dt.timedelta(days=6), today
    if preset == "30d":
        return today - dt.timedelta(days=29), today
    if preset == "this_month":
        return today.replace(day=1), today
    if preset == "last_month":
        end = today.replace(day=1) - dt.timedelta(days=1)
        return end.replace(day=1), end
    if preset == "13m":
        start = today.replace(day=1)
        y, m = divmod(start.month - 1 - 12, 12)
        return start.replace(year=start.year + y, month=m + 1), today
    if preset == "this_year":
        return today.replace(month=1, day=1), today
    return None


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, labels: ChartLabels, *, oversees: bool, settings, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_bar")
        self.labels, self.oversees, self.settings, self.today = labels, oversees, settings, today
        self._quiet = False

        self.preset = self._combo("preset", [
            ("today", self.tr("Today")), ("yesterday", self.tr("Yesterday")), ("7d", self.tr("Last 7 days")),
            ("30d", self.tr("Last 30 days")), ("this_month", self.tr("This month")),
            ("last_month", self.tr("Last month")), ("13m", self.tr("Last 13 months")),
            ("this_year", self.tr("This year")), ("custom", self.tr("Custom range")),
        ])
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_from = QDateEdit()
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit()
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
            edit.setMinimumDate(QDate(1970, 1, 1))
            edit.setMaximumDate(QDate(9998, 12, 31))
            edit.dateChanged.connect(self._on_date_changed)
        self.group = self._combo("group", [(ALL, self.tr("All groups I see"))])
        self.user = self._combo("user", [(ALL, self.tr("All users"))])
        self.kind = self._combo("kind", [(ALL, self.tr("All kinds"))] + [(k, labels.kind(k)) for k in KINDS])
        self.channel = self._combo("channel", [(ALL, self.tr("All channels"))])
        carriers = [*CARRIER_NAMES, "China Broadnet", ""]
        self.carrier = self._combo("carrier", [(ALL, self.tr("All carriers"))]
                                   + [(c, labels.carrier(c)) for c in carriers])
        self.template = self._combo("template", [(ALL, self.tr("All templates"))])
        self.group.setVisible(oversees)
        self.user.setVisible(oversees)

        period = QHBoxLayout()
        period.setSpacing(6)
        period.addWidget(QLabel(self.tr("Period:")))
        period.addWidget(self.preset)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        self._choices = [self.kind, self.channel, self.carrier, self.template]
        if oversees:
            self._choices = [self.group, self.user, *self._choices]
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        self._columns = 0
        self._place(len(self._choices))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(period)
        column.addLayout(self._grid)
        self._restore()

    def _place(self, columns: int) -> None:
        """The choice boxes in rows of ``columns`` (a narrow window gets two rows instead of a clipped one)."""
        columns = max(1, min(columns, len(self._choices)))
        if columns == self._columns:
            return
        self._columns = columns
        for w in self._choices:
            self._grid.removeWidget(w)
        for i, w in enumerate(self._choices):
            self._grid.addWidget(w, i // columns, i % columns)
        for c in range(len(self._choices) + 1):
            self._grid.setColumnStretch(c, 0)
        self._grid.setColumnStretch(columns, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        widest = max((w.sizeHint().width() for w in self._choices), default=1) + self._grid.horizontalSpacing()
        self._place(max(1, event.size().width() // max(1, widest)))

    def _combo(self, name: str, items: list[tuple[object, str]]) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"filter_{name}")
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(11)
        for data, text in items:
            box.addItem(text, data)
        box.currentIndexChanged.connect(lambda _i, n=name: self._on_combo_changed(n))
        return box

    # -- choices from the database ------------------------------------------------------------------------------

    def set_choices(self, choices: FilterChoices, channel_names: dict[int, str] | None = None) -> None:
        self._quiet = True
        try:
            self._fill(self.group, [(gid, path) for gid, path in choices.groups], self.tr("All groups I see"))
            self._fill(self.user, [(uid, f"{name} ({login})" if name and name != login else login)
                                   for uid, login, name, _g in choices.users], self.tr("All users"))
            self._fill(self.channel, [(cid, name) for cid, name in choices.channels], self.tr("All channels"))
            self._fill(self.template, [(tid, name) for tid, name, _k in choices.templates], self.tr("All templates"))
        finally:
            self._quiet = False
        self._restore_ids()

    def _fill(self, box: QComboBox, items: list[tuple[int, str]], all_text: str) -> None:
        current = box.currentData()
        box.clear()
        box.addItem(all_text, ALL)
        for data, text in items:
            box.addItem(text, data)
        i = box.findData(current)
        box.setCurrentIndex(max(0, i))

    # -- the filter -----------------------------------------------------------------------------------------------

    def value(self, tz: str = "Asia/Shanghai") -> ChartFilter:
        return ChartFilter(
            _date(self.date_from.date()), _date(self.date_to.date()),
            group_id=self.group.currentData() if self.oversees else None,
            user_id=self.user.currentData() if self.oversees else None,
            kind=self.kind.currentData(), channel_id=self.channel.currentData(),
            carrier=self.carrier.currentData(), template_id=self.template.currentData(), tz=tz,
        )

    def set_range(self, date_from: dt.date, date_to: dt.date, preset: str = "custom") -> None:
        self._quiet = True
        try:
            self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
            self.date_from.setDate(_qdate(date_from))
            self.date_to.setDate(_qdate(date_to))
        finally:
            self._quiet = False
        self._save()
        self.changed.emit()

    def _on_combo_changed(self, name: str) -> None:
        if self._quiet:
            return
        if name == "preset":
            rng = preset_range(self.preset.currentData(), self.today)
            if rng is not None:
                self._quiet = True
                self.date_from.setDate(_qdate(rng[0]))
                self.date_to.setDate(_qdate(rng[1]))
                self._quiet = False
        self._save()
        self.changed.emit()

    def _on_date_changed(self, _date: QDate) -> None:
        if self._quiet:
            return
        self._quiet = True
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self._quiet = False
        self._save()
        self.changed.emit()

    # -- remembered ---------------------------------------------------------------------------------------------

    def _save(self) -> None:
        s = self.settings
        s.setValue("dashboard/filter/preset", self.preset.currentData())
        s.setValue("dashboard/filter/from", _date(self.date_from.date()).isoformat())
        s.setValue("dashboard/filter/to", _date(self.date_to.date()).isoformat())
        for name in ("group", "user", "kind", "channel", "carrier", "template"):
            value = getattr(self, name).currentData()
            s.setValue(f"dashboard/filter/{name}", "" if value is None else f"{type(value).__name__}:{value}")

    def _restore(self) -> None:
        s = self.settings
        preset = str(s.value("dashboard/filter/preset", "30d") or "30d")
        rng = preset_range(preset, self.today)
        if rng is None:
            try:
                rng = (dt.date.fromisoformat(str(s.value("dashboard/filter/from"))),
                       dt.date.fromisoformat(str(s.value("dashboard/filter/to"))))
            except (TypeError, ValueError):
                preset, rng = "30d", preset_range("30d", self.today)
        self._quiet = True
        self.preset.setCurrentIndex(max(0, self.preset.findData(preset)))
        self.date_from.setDate(_qdate(rng[0]))
        self.date_to.setDate(_qdate(rng[1]))
        self._quiet = False
        self._restore_ids()

    def _restore_ids(self) -> None:
        self._quiet = True
        try:
            for name in ("group", "user", "kind", "channel", "carrier", "template"):
                raw = str(self.settings.value(f"dashboard/filter/{name}", "") or "")
                if not raw:
                    continue
                kind, _, text = raw.partition(":")
                value: object = int(text) if kind == "int" else text
                box = getattr(self, name)
                i = box.findData(value)
                if i >= 0:
                    box.setCurrentIndex(i)
        finally:
            self._quiet = False
