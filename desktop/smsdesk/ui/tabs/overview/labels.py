"""Words the dashboard shows: chart titles, figures, periods and the names of what the charts group by."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime

from smsdesk.domain.statuses import FAILURE_CATEGORIES
from smsdesk.ui.common_labels import CommonLabels
from smsdesk.ui.formats import date_format, datetime_format, period
from smsdesk.ui.tabs.tasks.labels import TaskLabels


class ChartLabels(QObject):
    """A QObject so that lupdate files these strings under one context."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.common = CommonLabels(self)
        self.tasks = TaskLabels(self)
        self.locale = QLocale()

    # -- names ------------------------------------------------------------------------------------------------

    def chart_title(self, name: str) -> str:
        return {
            "volume": self.tr("Volume"),
            "peaks": self.tr("Peak hours"),
            "rates": self.tr("Success and failure rates"),
            "latency": self.tr("Delivery time"),
            "failures": self.tr("Failure causes"),
            "kinds": self.tr("By kind"),
            "templates": self.tr("By template"),
            "conversion": self.tr("Marketing conversion"),
            "channels": self.tr("Channel status and failure rate"),
        }[name]

    def kind(self, kind: str | None) -> str:
        return self.common.kind(kind) if kind else self.tr("(no kind)")

    def carrier(self, carrier: str | None) -> str:
        return self.common.carrier(carrier) if carrier else self.tr("Unknown carrier")

    def category(self, category: str) -> str:
        return self.tasks.failure(category)

    def categories(self) -> list[tuple[str, str]]:
        return [(c, self.category(c)) for c in FAILURE_CATEGORIES]

    def channel(self, channel_id: int, names: dict[int, str]) -> str:
        if not channel_id:  # pending, or failed before it was submitted to any channel
            return self.tr("No channel (not sent)")
        name = names.get(int(channel_id))
        return name if name is not None else self.tr("Deleted channel #%1").replace("%1", str(channel_id))

    def template(self, template_id: int, names: dict[int, str]) -> str:
        if not template_id:  # the message was written by hand
            return self.tr("Free text")
        name = names.get(int(template_id))
        return name if name is not None else self.tr("Template #%1").replace("%1", str(template_id))

    def unrouted(self, messages: int) -> str:
        """Why the messages of no channel are left out of the channels' rates (a tooltip line)."""
        return self.tr("Not in these rates: %1 messages sent to no channel (pending or failed before submit)").replace(
            "%1", self.number(messages))

    def outcome(self, outcome: str) -> str:
        return {
            "delivered": self.tr("Delivered"),
            "failed": self.tr("Failed"),
            "pending": self.tr("Pending"),
            "cancelled": self.tr("Cancelled"),
        }[outcome]

    def channel_status(self, status: str) -> str:
        return {
            "idle": self.tr("Idle"),
            "binding": self.tr("Connecting"),
            "up": self.tr("Up"),
            "down": self.tr("Down"),
            "failing": self.tr("Failing"),
            "disabled": self.tr("Disabled"),
        }.get(status, status)

    def compare(self, compare: str) -> str:
        return {
            "auto": self.tr("Compare: automatic"),
            "none": self.tr("No comparison"),
            "day": self.tr("Day before"),
            "week": self.tr("Week before"),
            "month": self.tr("Month before"),
            "year": self.tr("Year before"),
        }[compare]

    def bin(self, by: str) -> str:
        return {"auto": self.tr("Automatic"), "hour": self.tr("Per hour"), "day": self.tr("Per day"),
                "month": self.tr("Per month")}[by]

    def dimension(self, dimension: str) -> str:
        return {"channel": self.tr("Per channel"), "carrier": self.tr("Per carrier"), "kind": self.tr("Per kind"),
                "trend": self.tr("Trend")}[dimension]

    def column(self, dimension: str) -> str:
        """A table column named after what the rows are grouped by."""
        return {"channel": self.tr("Channel"), "carrier": self.tr("Carrier"), "kind": self.tr("Kind")}[dimension]

    def weekday(self, iso_day: int) -> str:
        return self.locale.dayName(iso_day, QLocale.FormatType.ShortFormat)

    # -- numbers and times ------------------------------------------------------------------------------------

    def number(self, n: int | float) -> str:
        return self.locale.toString(int(n))

    def percent(self, x: float | None, digits: int = 1) -> str:
        if x is None:
            return "—"
        return self.locale.toString(x * 100, "f", digits) + "%"

    def seconds(self, s: float | None) -> str:
        if s is None:
            return "—"
        s = float(s)
        if s == float("inf"):
            return self.tr("≥ %1 h").replace("%1", "1")
        if s >= 3600:
            return self.tr("≥ %1 h").replace("%1", self.locale.toString(s / 3600, "f", 0))
        if s >= 60:
            return self.tr("%1 min").replace("%1", self.locale.toString(s / 60, "f", 0 if s % 60 == 0 else 1))
        return self.tr("%1 s").replace("%1", self.locale.toString(s, "f", 0 if s == int(s) else 1))

    def period(self, start: dt.datetime, by: str, *, short: bool = False) -> str:
        return period(start, by, short=short, locale=self.locale)

    def date(self, day: dt.date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), date_format(self.locale))

    def moment(self, when: dt.datetime, tz: str) -> str:
        local = when.astimezone(ZoneInfo(tz))
        qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
        return self.locale.toString(qdt, datetime_format(self.locale))
