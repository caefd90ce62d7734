"""From a chart's point to the Reports tab's message detail: the chart's filter narrowed to that point, as the
detail page's own filter (``services.report_detail.DetailFilter``)."""

from __future__ import annotations

import dataclasses
from typing import Any


def detail_filter(detail: dict[str, Any]) -> Any | None:
    """The DetailFilter of a point, or None while the console has no message-detail page."""
    try:
        from smsdesk.services.report_detail import DetailFilter
    except ImportError:
        return None
    values = dict(detail)
    start, end = values.pop("period_from", None), values.pop("period_to", None)
    if start is not None:
        values["date_from"], values["date_to"] = start, end
    names = {f.name for f in dataclasses.fields(DetailFilter)}
    return DetailFilter(**{k: v for k, v in values.items() if k in names})
