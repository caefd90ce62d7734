"""Overview: the supervisors' home (REP-8). Key figures for today and the chosen period against a week before,
what needs attention (approvals, channel health, low quotas, the user's own quota) and the delivery charts (REP-6)
over any range, filtered, live as receipts arrive, each exported or opened down to its messages. Operators see
their own figures; administrators and reviewers their group subtree (row-level security decides)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smsdesk.domain.schedule import BEIJING
from smsdesk.infra.notify import TASK_CHANNEL
from smsdesk.services import charts as chart_service
from smsdesk.services import dashboard as dashboard_service
from smsdesk.services import org
from smsdesk.ui.changes import Change
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.error_dialog import show_error
from smsdesk.ui.tabs.overview.chart_panel import ChartPanel, ChartPlaceholder, LoadGate, gui_steps
from smsdesk.ui.tabs.overview.charts_view import PANELS
from smsdesk.ui.tabs.overview.filter_bar import FilterBar
from smsdesk.ui.tabs.overview.key_figures import KeyFigures
from smsdesk.ui.tabs.overview.labels import ChartLabels

LIVE_EVERY_MS = 5000  # receipts arrive continuously: read again at most every 5 s
FIRST_CHART_AFTER_MS = 300
TWO_COLUMNS_FROM = 1100  # px of width for two charts side by side
TZ = str(BEIJING.key)  # reports and charts count days and hours in China's civil time


class OverviewTab(QWidget):
    def __init__(self, ctx: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview_tab")
        self.ctx = ctx
        p = ctx.profile
        self.labels = ChartLabels(self)
        self.settings = ctx.prefs.raw()
        self.oversees = p.can_review
        self._dirty = False
        self._columns = 0
        self.loaded_filter: chart_service.ChartFilter | None = None
        self.dashboard: dashboard_service.Dashboard | None = None

        # -- header: who, when, actions
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.greeting.setFont(font)
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", p.operator_name or p.login))
        self.as_of = QLabel()
        self.as_of.setObjectName("as_of")
        self.as_of.setStyleSheet("color: #555;")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("PDF report…"))
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.setToolTip(self.tr("A printable report of this period: the figures and every chart shown, "
                                           "each with its table"))
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.charts_button = QToolButton()
        self.charts_button.setText(self.tr("Charts"))
        self.charts_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.charts_menu = QMenu(self.charts_button)
        self.charts_button.setMenu(self.charts_menu)
        title = QVBoxLayout()  # the time of the figures under the greeting, so the buttons fit beside a narrow window
        title.setSpacing(0)
        title.addWidget(self.greeting)
        title.addWidget(self.as_of)
        head = QHBoxLayout()
        head.addLayout(title)
        head.addStretch(1)
        head.addWidget(self.charts_button)
        head.addWidget(self.refresh_button)
        head.addWidget(self.pdf_button)

        self.filters = FilterBar(self.labels, oversees=self.oversees, settings=self.settings,
                                 today=dt.datetime.now(ZoneInfo(TZ)).date())
        self.filters.changed.connect(self._on_filters_changed)

        # -- key figures and what needs attention
        self.figures = KeyFigures(self.labels)
        self.attention = QGroupBox(self.tr("Needs attention"))
        self.attention.setObjectName("attention")
        form = QFormLayout(self.attention)
        self.approvals_value = QLabel("—")
        self.approvals_value.setObjectName("approvals_waiting")
        self.mine_value = QLabel("—")
        self.mine_value.setObjectName("my_awaiting")
        if self.oversees:
            form.addRow(self.tr("Waiting for your approval:"), self.approvals_value)
        form.addRow(self.tr("Your tasks awaiting review:"), self.mine_value)
        self.limit_value = QLabel()
        self.limit_value.setObjectName("quota_limit")
        self.used_value = QLabel()
        self.left_value = QLabel()
        self.left_value.setObjectName("quota_left")
        self.bar = QProgressBar()
        self.bar.setObjectName("quota_bar")
        self.bar.setMaximumHeight(14)
        quota_row = QHBoxLayout()
        quota_row.addWidget(self.left_value)
        quota_row.addWidget(QLabel("/"))
        quota_row.addWidget(self.limit_value)
        quota_row.addWidget(self.bar, 1)
        form.addRow(self.tr("Your quota left:"), quota_row)
        self.group_balance = QLabel()
        self.group_balance.setObjectName("group_balance")
        if p.is_admin:
            form.addRow(self.tr("Group balance to allocate:"), self.group_balance)
        self.channels_value = QLabel()
        self.channels_value.setObjectName("channel_health")
        self.channels_value.setWordWrap(True)
        self.low_quota_value = QLabel()
        self.low_quota_value.setObjectName("low_quota")
        self.low_quota_value.setWordWrap(True)
        if self.oversees:
            form.addRow(self.tr("Channels:"), self.channels_value)
            form.addRow(self.tr("Low quota:"), self.low_quota_value)
        self.top_row = QHBoxLayout()
        self.top_row.addWidget(self.figures, 3)
        self.top_row.addWidget(self.attention, 2)

        # -- charts: built one per turn of the event loop (each is a pyqtgraph scene), so the tab opens at once; those
        # in view first, each into a place kept for it at its size
        self.panels: dict[str, ChartPanel] = {}
        self.placeholders: dict[str, ChartPlaceholder] = {}
        self.gate = LoadGate(2)
        self._to_build = list(PANELS)
        self._placing = 0  # charts made, not yet in their place
        self.chart_grid = QGridLayout()
        self.chart_grid.setSpacing(8)
        self.chart_grid.setColumnStretch(0, 1)
        self.chart_grid.setColumnStretch(1, 1)
        self._columns = 2  # one when the window is narrow (resizeEvent)
        for cls in PANELS:
            self.placeholders[cls.name] = ChartPlaceholder(self.labels.chart_title(cls.name))
            action = QAction(self.labels.chart_title(cls.name), self.charts_menu, checkable=True)
            action.setObjectName(f"show_{cls.name}")
            action.setChecked(self._shown(cls.name))
            action.toggled.connect(lambda on, n=cls.name: self._on_chart_toggled(n, on))
            self.charts_menu.addAction(action)

        content = QWidget()
        content.setObjectName("dashboard")
        column = QVBoxLayout(content)
        column.addLayout(head)
        column.addWidget(self.filters)
        column.addLayout(self.top_row)
        column.addLayout(self.chart_grid)
        column.addStretch(1)
        self._place_charts(2, force=True)  # the places kept for the charts, in the grid now that it has a widget
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._show_quota(org.QuotaView(p.quota_limit, p.quota_used, 0))
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(LIVE_EVERY_MS)
        self._live_timer.timeout.connect(self._on_live_timer_timeout)
        self.live = ctx.notifications.subscribe(TASK_CHANNEL, self._on_task_notes, owner=self)
        self._choices_loaded = False
        self._building_paused = False
        # the figures first: the charts start once the window has shown them (and not at all for a user who went
        # straight to another tab)
        QTimer.singleShot(FIRST_CHART_AFTER_MS, self, self._build_next_panel)

    def _build_next_panel(self) -> None:
        if not self._to_build:
            return
        if not self.isVisible():  # another tab is in front: the rest is built when this one is shown again
            self._building_paused = True
            return
        cls = self._next_to_build()
        self._to_build.remove(cls)
        self._placing += 1
        panel = cls(self.ctx, self.labels)  # made in this turn, laid out and first painted in the next
        panel.gate = self.gate
        panel.set_options(self._saved_options(panel.name))
        panel.options_changed.connect(lambda n=panel.name: self._save_options(n))
        panel.detail_requested.connect(self._on_detail_requested)
        gui_steps().post(self, lambda: self._place_panel(panel))

    def _place_panel(self, panel: ChartPanel) -> None:
        self._placing -= 1
        self.panels[panel.name] = panel
        placeholder = self.placeholders.pop(panel.name)
        if self._shown(panel.name):  # into its place, at its size: no other chart moves
            self.chart_grid.replaceWidget(placeholder, panel)
        else:  # kept out of the grid, hidden, as _place_charts keeps hidden charts
            panel.setParent(self.scroll.widget())
            panel.hide()
        placeholder.deleteLater()
        if self.loaded_filter is not None and self._shown(panel.name):
            panel.load(self.loaded_filter)
        gui_steps().post(self, self._build_next_panel)  # the next chart in a turn of its own

    def _next_to_build(self) -> type[ChartPanel]:
        """The chart nearest the part of the dashboard in view (shown ones before hidden ones)."""
        top = self.scroll.verticalScrollBar().value()
        bottom = top + self.scroll.viewport().height()

        def distance(cls: type[ChartPanel]) -> tuple[int, int]:
            place = self.placeholders[cls.name]
            if not self._shown(cls.name):
                return (1, 0)
            y0 = place.mapTo(self.scroll.widget(), place.rect().topLeft()).y()
            y1 = y0 + place.height()
            return (0, 0 if y1 > top and y0 < bottom else min(abs(y0 - bottom), abs(top - y1)))

        return min(self._to_build, key=distance)

    def _on_scrolled(self, _value: int) -> None:
        """Nothing to do: the next chart built is the one nearest the view (_next_to_build)."""

    @property
    def built(self) -> bool:
        """Every chart exists (they are built one per turn of the event loop)."""
        return not self._to_build and not self._placing

    @staticmethod
    def tab_title() -> str:
        return QCoreApplication.translate("OverviewTab", "Overview")

    # -- layout ---------------------------------------------------------------------------------------------------

    def _shown(self, name: str) -> bool:
        value = self.settings.value(f"dashboard/chart/{name}/shown", True)
        return value if isinstance(value, bool) else str(value).lower() != "false"

    def _saved_options(self, name: str) -> dict[str, str]:
        out = {}
        for key in ("by", "compare", "dimension", "measure", "view"):
            value = self.settings.value(f"dashboard/chart/{name}/{key}")
            if value:
                out[key] = str(value)
        return out

    def _save_options(self, name: str) -> None:
        for key, value in self.panels[name].options().items():
            self.settings.setValue(f"dashboard/chart/{name}/{key}", value)

    def _on_chart_toggled(self, name: str, on: bool) -> None:
        self.settings.setValue(f"dashboard/chart/{name}/shown", on)
        panel = self.panels.get(name)
        if panel is None:  # not built yet: it is built hidden or shown as the setting now says
            self._place_charts(self._columns, force=True)
            return
        self._place_charts(self._columns, force=True)
        if on and self.loaded_filter is not None:
            panel.load(self.loaded_filter)

    def _place_charts(self, columns: int, force: bool = False) -> None:
        columns = columns or 2
        if columns == self._columns and not force:
            return
        self._columns = columns
        cells = [self.panels.get(cls.name) or self.placeholders[cls.name] for cls in PANELS]
        for cell in cells:
            self.chart_grid.removeWidget(cell)
        i = 0
        for cls, cell in zip(PANELS, cells, strict=True):
            if not self._shown(cls.name):
                cell.hide()
                continue
            self.chart_grid.addWidget(cell, i // columns, i % columns)  # parented first, then shown: never a window
            cell.show()
            i += 1
        for c in range(2):
            self.chart_grid.setColumnStretch(c, 1 if c < columns else 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        wide = event.size().width() >= TWO_COLUMNS_FROM
        self._place_charts(2 if wide else 1)
        self.top_row.setDirection(QHBoxLayout.Direction.LeftToRight if wide else QHBoxLayout.Direction.TopToBottom)

    # -- reading --------------------------------------------------------------------------------------------------

    def current_filter(self) -> chart_service.ChartFilter:
        return self.filters.value(TZ)

    def refresh(self) -> None:
        if not self._choices_loaded:
            self.ctx.runner.read(chart_service.filter_choices, on_done=self._on_choices,
                                 on_error=lambda e: show_error(self, e), owner=self)
        self.reload()

    def reload(self) -> None:
        flt = self.current_filter()
        if flt.date_to < flt.date_from:
            self.as_of.setText(self.tr("The range ends before it starts: choose the dates again."))
            return
        self.loaded_filter = flt
        self._dirty = False
        profile = self.ctx.profile
        self.ctx.runner.read(
            lambda s: dashboard_service.dashboard(s, profile, flt),
            on_done=self._on_dashboard,
            on_error=lambda e: self.as_of.setText(self.tr("The figures could not be read: %1").replace("%1", str(e))),
            owner=self,
        )
        login, group = profile.login, profile.group_id
        self.ctx.runner.read(lambda s: org.my_quota(s, login, group), on_done=self._show_quota,
                             on_error=lambda e: show_error(self, e), owner=self)
        for panel in self.panels.values():
            if self._shown(panel.name):
                panel.load(flt)

    def on_changes(self, keys: frozenset[Change]) -> None:
        if keys & {Change.QUOTA, Change.TASKS, Change.APPROVALS, Change.ORGANISATION}:
            self._on_task_notes([])

    def _on_choices(self, choices: chart_service.FilterChoices) -> None:
        self._choices_loaded = True
        self.filters.set_choices(choices)
        if self.loaded_filter is not None and self.current_filter() != self.loaded_filter:
            self.reload()

    def _on_filters_changed(self) -> None:
        self.reload()

    def _on_task_notes(self, _payloads: list[str]) -> None:
        """Receipts and task changes: read again, at most every 5 s, and only while the dashboard is shown."""
        if not self._live_timer.isActive():
            self._live_timer.start()

    def _on_live_timer_timeout(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._building_paused:
            self._building_paused = False
            QTimer.singleShot(0, self, self._build_next_panel)
        if self._dirty:
            self.reload()

    # -- showing ---------------------------------------------------------------------------------------------------

    def _on_dashboard(self, d: dashboard_service.Dashboard) -> None:
        self.dashboard = d
        L = self.labels
        period = (L.date(d.period_from) if d.period_from == d.period_to
                  else f"{L.date(d.period_from)} – {L.date(d.period_to)}")
        self.figures.show_figures(d.today, d.period, period)
        self.as_of.setText(self.tr("As of %1").replace("%1", L.moment(d.as_of, TZ)) if d.as_of else "")
        if d.approvals is not None:
            tasks, templates = d.approvals
            self.approvals_value.setText(self.tr("%Ln task(s), %2 templates", "", int(tasks)).replace(
                "%2", L.number(templates)))
            self.approvals_value.setStyleSheet("color: #D55E00; font-weight: bold;" if tasks + templates else "")
        self.mine_value.setText(L.number(d.my_awaiting))
        self._show_channels(d)
        self._show_low_quota(d)

    def _show_channels(self, d: dashboard_service.Dashboard) -> None:
        L = self.labels
        if not d.channels:
            self.channels_value.setText(self.tr("No channels are set up"))
            return
        parts = []
        for c in d.channels:
            colour = {"up": "#009E73", "down": "#D55E00", "failing": "#E69F00"}.get(c.status, "#777777")
            status = L.channel_status(c.status if c.enabled else "disabled")
            bits = [f"<b>{_html(c.name)}</b> <span style='color:{colour}'>●&nbsp;{_html(status)}</span>"]
            if c.submit_per_s:
                bits.append(self.tr("%1/s").replace("%1", L.locale.toString(c.submit_per_s, "f", 1)))
            if c.failure_rate is not None:
                bits.append(self.tr("failed %1 in the last hour").replace("%1", L.percent(c.failure_rate)))
            parts.append(" · ".join(bits))
        self.channels_value.setText("<br>".join(parts))

    def _show_low_quota(self, d: dashboard_service.Dashboard) -> None:
        L = self.labels
        if not d.low_quota:
            self.low_quota_value.setText(self.tr("Nobody is running out"))
            self.low_quota_value.setStyleSheet("")
            return
        items = [self.tr("%1: %2 of %3 left").replace("%1", _html(w.name)).replace("%2", L.number(w.left)).replace(
            "%3", L.number(w.limit)) for w in d.low_quota[:5]]
        if len(d.low_quota) > 5:
            items.append(self.tr("and %1 more").replace("%1", L.number(len(d.low_quota) - 5)))
        self.low_quota_value.setText("<br>".join(items))
        self.low_quota_value.setStyleSheet("color: #D55E00;")

    def _show_quota(self, quota: org.QuotaView) -> None:
        loc = QLocale()
        self.limit_value.setText(loc.toString(quota.limit))
        self.used_value.setText(loc.toString(quota.used))
        self.left_value.setText(loc.toString(quota.left))
        self.group_balance.setText(loc.toString(quota.group_balance))
        self.bar.setRange(0, max(quota.limit, 1))
        self.bar.setValue(quota.used)
        self.bar.setFormat(self.tr("%p% used"))

    # -- drill-down and report -------------------------------------------------------------------------------------

    def _on_detail_requested(self, detail: dict) -> None:
        from smsdesk.ui.tabs.overview.drilldown import detail_filter

        show = getattr(self.window(), "show_message_detail", None)
        f = detail_filter(detail)
        if show is None or f is None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Message detail"),
                              self.tr("The message detail is not available in this console."),
                              QMessageBox.StandardButton.Ok, self)
            box.setObjectName("no_detail_box")
            box.open()
            return
        show(f)

    def _on_pdf_button_clicked(self) -> None:
        flt = self.loaded_filter
        if flt is None or self.dashboard is None:
            return
        suggested = self.tr("Delivery report %1 to %2").replace("%1", flt.date_from.isoformat()).replace(
            "%2", flt.date_to.isoformat()) + ".pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("PDF report"), suggested, self.tr("PDF (*.pdf)"))
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str, on_done=None) -> None:
        from smsdesk.ui.tabs.overview.pdf_report import PdfReport

        panels = [p for p in self.panels.values() if self._shown(p.name) and p.data is not None]
        self.report = PdfReport(self, self.dashboard, self.loaded_filter, panels, path)
        self.report.finished.connect(lambda result: on_done(result) if on_done else None)
        self.report.failed.connect(lambda exc: show_error(self, exc))
        self.report.start()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
