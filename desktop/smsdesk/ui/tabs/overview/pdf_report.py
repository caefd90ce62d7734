"""The dashboard as a printable PDF for weekly reviews (QPdfWriter): the period's key figures, then every chart
shown, each with the table of its figures. The charts are drawn by pyqtgraph into pictures on the GUI thread, one
per turn of the event loop; the document is laid out and written in the background."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QMarginsF, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from smsdesk.services.dashboard import FIGURES

IMAGE_WIDTH = 660  # the text width of an A4 page less its margins, as QTextDocument lays it out
MAX_ROWS = 40  # a longer table is cut in the report (the chart's CSV or XLSX export has every row)


def _html(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class PdfReport(QObject):
    finished = Signal(object)  # the path written
    failed = Signal(object)

    def __init__(self, tab, dashboard, flt, panels, path: str) -> None:
        super().__init__(tab)
        self.tab, self.dashboard, self.flt, self.path = tab, dashboard, flt, path
        self.panels = list(panels)
        self.parts: list[tuple[str, object, list[str], list[list[str]]]] = []

    def start(self) -> None:
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        if self.panels:  # one chart per turn keeps the GUI thread's stalls short
            panel = self.panels.pop(0)
            headers, rows = panel.rows(panel.data)
            self.parts.append((panel.labels.chart_title(panel.name), panel.image(1400, 620), headers, rows))
            QTimer.singleShot(0, self._next)
            return
        html = self._html()
        images = [(f"chart{i}.png", part[1]) for i, part in enumerate(self.parts)]
        path = self.path
        self.tab.ctx.runner.io(lambda job: _write(path, html, images), on_done=self.finished.emit,
                               on_error=self.failed.emit, owner=self.tab)

    def _html(self) -> str:
        tab, d, flt = self.tab, self.dashboard, self.flt
        L = tab.labels
        title = self.tr("Delivery report")
        period = f"{L.date(flt.date_from)} – {L.date(flt.date_to)}"
        made = L.moment(dt.datetime.now(ZoneInfo(flt.tz)), flt.tz)
        who = tab.ctx.profile.operator_name or tab.ctx.profile.login
        line_period = self.tr("Period: %1").replace("%1", period)
        line_scope = self.tr("Scope: %1").replace("%1", tab.ctx.profile.group_path)
        line_made = self.tr("Prepared by %1 at %2").replace("%1", who).replace("%2", made)
        out = [
            "<html><body style='font-family: sans-serif; font-size: 9pt;'>",
            f"<h1 style='font-size: 16pt;'>{_html(title)}</h1>",
            f"<p>{_html(line_period)}<br>{_html(line_scope)} · {_html(line_made)}</p>",
        ]
        names = {"sent": self.tr("Sent"), "delivered_rate": self.tr("Delivered"), "failed": self.tr("Failed"),
                 "pending": self.tr("Pending"), "cost": self.tr("Cost")}
        out.append("<table border='1' cellspacing='0' cellpadding='4' width='100%'>")
        out.append("<tr><th></th>" + "".join(f"<th>{_html(names[n])}</th>" for n in FIGURES) + "</tr>")
        for label, figs in ((self.tr("This period"), d.period), (self.tr("A week before"), None)):
            cells = []
            for n in FIGURES:
                value = figs.now.value(n) if figs is not None else d.period.before.value(n)
                cells.append(tab.figures._value(n, value))
            out.append(f"<tr><td><b>{_html(label)}</b></td>"
                       + "".join(f"<td align='right'>{_html(c)}</td>" for c in cells) + "</tr>")
        out.append("</table>")
        for i, (name, _image, headers, rows) in enumerate(self.parts):
            # each chart starts a page: its heading never ends a page alone
            out.append(f"<h2 style='font-size: 12pt; page-break-before: always;'>{_html(name)}</h2>")
            out.append(f"<p><img src='chart{i}.png' width='{IMAGE_WIDTH}'></p>")
            if headers:
                out.append("<table border='1' cellspacing='0' cellpadding='2' width='100%' style='font-size: 7pt;'>")
                out.append("<tr>" + "".join(f"<th>{_html(h)}</th>" for h in headers) + "</tr>")
                for row in rows[:MAX_ROWS]:
                    out.append("<tr>" + "".join(
                        f"<td{'' if j == 0 else ' align=right'}>{_html(c)}</td>" for j, c in enumerate(row))
                        + "</tr>")
                out.append("</table>")
                if len(rows) > MAX_ROWS:
                    more = self.tr(
                        "%Ln more row(s): export the chart's data for all of them", "", len(rows) - MAX_ROWS
                    )
                    out.append(f"<p><i>{_html(more)}</i></p>")
                if not rows:
                    out.append("<p><i>" + _html(self.tr("No messages in this range")) + "</i></p>")
        out.append("</body></html>")
        return "\n".join(out)


def _write(path: str, html: str, images) -> str:
    """Lays out and writes the PDF (in the background: QPdfWriter and QTextDocument paint without the GUI)."""
    writer = QPdfWriter(path)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setResolution(150)
    writer.setTitle("SMS Desk")
    doc = QTextDocument()
    for name, image in images:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    doc.print_(writer)
    del writer
    return path
