"""From a chart's point to the Reports tab's message detail: the chart's filter narrowed to that point, as the
detail page's own filter (``services.report_detail.DetailFilter``: aware times, the end excluded)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo


def detail_filter(detail: dict[str, Any]) -> Any | None:
    """The DetailFilter of a point, or None while the console has no message-detail page."""
    try:
        from smsdesk.services.report_detail import DetailFilter
    except ImportError:
        return None
    values = dict(detail)
    values["zone"] = values.pop("tz", "Asia/Shanghai")
    zone = ZoneInfo(values["zone"])
    start, end = values.pop("period_from", None), values.pop("period_to", None)
    if start is not None:  # a bin: its own start and end, local wall times of the charts' zone
        values["date_from"], values["date_to"] = start.replace(tzinfo=zone), end.replace(tzinfo=zone)
    else:  # the chart's days, the last one included
        first, last = values.get("date_from"), values.get("date_to")
        values["date_from"] = None if first is None else dt.datetime.combine(first, dt.time(), zone)
        values["date_to"] = None if last is None else dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone)
    names = {f.name for f in dataclasses.fields(DetailFilter)}
    return DetailFilter(**{k: v for k, v in values.items() if k in names})
