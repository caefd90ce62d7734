"""The Overview dashboard (issue 16) with real widgets: key figures, every chart drawn from the rollups, tooltips,
the click that opens the messages behind a point, exports (PNG, CSV, XLSX, the PDF report), live refresh at most
every 5 s, remembered filters and layout, an empty range, a narrow window."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent

from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.main_window import MainWindow
from tests.db import charts_data
from tests.db.charts_data import DAY0, DAYS
from tests.db.conftest import PASSWORD, build_org

# The dashboard draws nine pyqtgraph scenes, one series per turn of the event loop, while up to two charts read at a
# time. Each turn takes 2-60 ms on a quiet machine (tests/bench/charts_bench.py measures the longest gap while the
# 13-month dashboard draws: max_stall_ms); on this shared 2-core machine at load 6-9, with the test's PostgreSQL on
# the same cores, the longest gap measured 200-1,850 ms, in whatever ran when the cores were taken away. The budget
# still fails a query or a file on the GUI thread (checked apart too) or a chart drawn in one piece.
pytestmark = [pytest.mark.ui, pytest.mark.stall_budget(2000)]

LAST = DAY0 + dt.timedelta(days=DAYS - 1)


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    """As the console does after sign-in (ui/app.py): the dashboard's modules loaded (pyqtgraph, in the sign-in
    window's time), then the heap frozen, so a full collection of pytest's heap does not stop the GUI thread."""
    import gc

    from smsdesk.ui.app import _preload_main_window

    _preload_main_window()
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(scope="module")
def history(shared_org_db):
    build_org(shared_org_db)
    with shared_org_db.connect_su() as su:
        su.autocommit = True
        rows, ids = charts_data.seed(su)
    return shared_org_db, rows, ids


def choose_range(prefs, date_from: dt.date, date_to: dt.date) -> None:
    raw = prefs.raw()
    raw.setValue("dashboard/filter/preset", "custom")
    raw.setValue("dashboard/filter/from", date_from.isoformat())
    raw.setValue("dashboard/filter/to", date_to.isoformat())


def open_dashboard(qtbot, db, runner, prefs, login, language="en"):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(db.target, login, PASSWORD)
    runner.set_session(signed)
    from smsdesk.ui.i18n import Translations

    Translations().install(language)  # as the console does at start-up (English plurals come from its .qm)
    window = MainWindow(ConsoleContext(signed, runner, prefs), language=language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    tab = window.tab("overview")
    wait_drawn(qtbot, tab)
    return window, signed, tab


def wait_drawn(qtbot, tab, timeout=20_000):
    qtbot.waitUntil(lambda: tab.dashboard is not None and tab.built
                    and all(p.data is not None and not p.loading for p in tab.panels.values() if not p.isHidden()),
                    timeout=timeout)


def close(window, signed, runner):
    runner.wait_idle()
    window.close()
    signed.close()


def test_the_dashboard_shows_the_figures_and_every_chart(qtbot, history, runner, prefs):
    db, rows, _ids = history
    choose_range(prefs, DAY0, LAST)
    window, signed, tab = open_dashboard(qtbot, db, runner, prefs, "east-admin")
    try:
        assert window.tab_keys[0] == "overview"
        east = {g for (g,) in db.connect_su().execute(
            "SELECT id FROM smsdesk.user_group WHERE smsdesk.group_path(id) LIKE '总部/华东%'")}
        mine = [r for r in rows if r.group_id in east]
        sent = sum(r.outcome != "cancelled" for r in mine)
        assert tab.figures.values[(1, "sent")].text().replace(",", "") == str(sent)
        assert "week before" in tab.figures.changes[(1, "sent")].text()
        assert tab.approvals_value.text() == "0 tasks, 0 templates"
        assert "移动直连" in tab.channels_value.text()
        for name, panel in tab.panels.items():
            assert not panel.data.empty, name
            assert not panel.message.isVisible(), name
            assert panel.item.listDataItems() or panel.item.items, name
        volume = tab.panels["volume"]
        assert volume.data.by == "hour" and sum(volume.data.messages) == len(mine)
        # a tooltip with exact values and the filter of the messages behind the bar
        i = max(range(len(volume.data.periods)), key=lambda k: volume.data.messages[k])
        text, detail = volume.hit(i, 0.5)
        assert f"Messages: {volume.data.messages[i]:,}" in text and "Delivered" in text
        assert detail["period_from"] == volume.data.periods[i] and detail["status"] == "delivered"
        assert detail["period_to"] == volume.data.periods[i] + dt.timedelta(hours=1)
        # the click opens the Reports tab's message detail with exactly that filter
        volume.detail_requested.emit(detail)
        assert window.tab_keys[window.tabs.currentIndex()] == "reports"
        shown = window.tab("reports")
        qtbot.waitUntil(lambda: shown.isVisible(), timeout=5_000)
        from smsdesk.services.report_detail import DetailFilter
        from smsdesk.ui.tabs.overview.drilldown import detail_filter

        f = detail_filter(detail)
        assert isinstance(f, DetailFilter) and f.status == "delivered"
        start = volume.data.periods[i].replace(tzinfo=charts_data.BEIJING)
        assert (f.date_from, f.date_to) == (start, start + dt.timedelta(hours=1))
        failures = tab.panels["failures"]
        key = failures.data.keys[0]
        first = next(c for c in failures.data.counts[key] if failures.data.counts[key][c])
        text, detail = failures.hit(0, 0.1)
        assert detail == failures.data.detail(key, first) and detail["category"] == first
        latency = tab.panels["latency"]
        text, detail = latency.hit(0, 1.0)
        assert "P90" in text and detail["status"] == "delivered"
        assert tab.panels["peaks"].hit(10.5, 2.5)[0]
    finally:
        close(window, signed, runner)


def test_exports_and_the_pdf_report(qtbot, history, runner, prefs, tmp_path):
    db, _rows, _ids = history
    choose_range(prefs, DAY0, LAST)
    window, signed, tab = open_dashboard(qtbot, db, runner, prefs, "east-admin")
    try:
        panel = tab.panels["kinds"]
        for kind in ("png", "csv", "xlsx"):
            done = []
            panel.export_to(kind, str(tmp_path / f"kinds.{kind}"), on_done=done.append)
            qtbot.waitUntil(lambda d=done: bool(d), timeout=10_000)
        assert (tmp_path / "kinds.png").read_bytes()[:4] == b"\x89PNG"
        csv_text = (tmp_path / "kinds.csv").read_text(encoding="utf-8-sig")
        assert csv_text.splitlines()[0].startswith("Kind,Messages,Share")
        assert (tmp_path / "kinds.xlsx").read_bytes()[:2] == b"PK"
        assert not list(tmp_path.glob("*.partial"))
        done = []
        tab.write_pdf(str(tmp_path / "report.pdf"), on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=30_000)
        assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    finally:
        close(window, signed, runner)


def test_an_empty_range_says_so_and_a_narrow_window_stacks_the_charts(qtbot, history, runner, prefs):
    db, _rows, _ids = history
    choose_range(prefs, dt.date(2010, 1, 1), dt.date(2010, 1, 31))
    window, signed, tab = open_dashboard(qtbot, db, runner, prefs, "east-admin")
    try:
        for name, panel in tab.panels.items():
            assert panel.data.empty and panel.message.isVisible(), name
        assert tab.panels["volume"].message.text() == "No messages in this range"
        window.resize(800, 600)
        tab.resizeEvent(QResizeEvent(QSize(780, 560), tab.size()))
        assert tab._columns == 1
        positions = {tab.chart_grid.getItemPosition(tab.chart_grid.indexOf(p))[1] for p in tab.panels.values()}
        assert positions == {0}
        # nothing cut off on the right: the filters wrap onto more rows, the buttons stay beside the title
        qtbot.waitUntil(lambda: tab.filters._columns < len(tab.filters._choices))
        qtbot.wait(50)
        for w in (tab.pdf_button, tab.refresh_button, tab.charts_button, *tab.filters._choices):
            assert w.mapTo(window, w.rect().topRight()).x() <= window.width(), w.objectName() or w.text()
        # twenty years: months, drawn
        tab.filters.set_range(dt.date(2007, 1, 1), dt.date(2026, 12, 31))
        wait_drawn(qtbot, tab)
        assert tab.panels["volume"].data.by == "month" and len(tab.panels["volume"].data.periods) == 240
        # a reversed range is refused with a message, nothing is read
        tab.filters.set_range(LAST, DAY0)
        assert "ends before" in tab.as_of.text()
    finally:
        close(window, signed, runner)


def test_filters_and_layout_are_remembered_and_receipts_refresh_at_most_every_5_s(qtbot, history, runner, prefs):
    db, _rows, _ids = history
    choose_range(prefs, DAY0, LAST)
    window, signed, tab = open_dashboard(qtbot, db, runner, prefs, "east-admin")
    try:
        qtbot.waitUntil(lambda: tab._choices_loaded, timeout=10_000)
        tab.filters.kind.setCurrentIndex(tab.filters.kind.findData("alert"))
        wait_drawn(qtbot, tab)
        assert {r.key for r in tab.panels["kinds"].data.rows} == {"alert"}
        tab.panels["failures"].view_box.setCurrentIndex(tab.panels["failures"].view_box.findData("carrier"))
        tab.charts_menu.actions()[list(tab.panels).index("templates")].setChecked(False)
        assert tab.panels["templates"].isHidden()
        # notifications: two within 5 s read once, after the timer
        loads = []
        tab.ctx.runner.read = (lambda original: lambda *a, **k: (loads.append(1), original(*a, **k))[1])(
            tab.ctx.runner.read)
        tab._on_task_notes(["1"])
        tab._on_task_notes(["2"])
        assert tab._live_timer.isActive() and tab._live_timer.interval() == 5000 and not loads
        tab._live_timer.setInterval(10)
        qtbot.waitUntil(lambda: bool(loads), timeout=5_000)
        wait_drawn(qtbot, tab)
    finally:
        close(window, signed, runner)
    window, signed, tab = open_dashboard(qtbot, db, runner, prefs, "east-admin")
    try:
        assert tab.filters.kind.currentData() == "alert"
        assert tab.panels["failures"].view_box.currentData() == "carrier"
        assert tab.panels["templates"].isHidden()
        assert tab.filters.date_from.date().toPython() == DAY0
    finally:
        close(window, signed, runner)


def test_an_operator_sees_their_own_figures(qtbot, history, runner, prefs, zh):
    db, rows, _ids = history
    choose_range(prefs, DAY0, LAST)
    window, signed, tab = open_dashboard(qtbot, db, runner, prefs, "east-op", language="zh_CN")
    try:
        me = db.connect_su().execute("SELECT id FROM smsdesk.app_user WHERE login = 'east-op'").fetchone()[0]
        assert sum(tab.panels["volume"].data.messages) == sum(r.user_id == me for r in rows)
        assert tab.figures.values[(1, "sent")].text().replace(",", "") == str(
            sum(r.user_id == me and r.outcome != "cancelled" for r in rows))
        assert not tab.filters.group.isVisibleTo(tab) and not tab.filters.user.isVisibleTo(tab)
        assert tab.panels["volume"].title.text() == "发送量"
    finally:
        close(window, signed, runner)


def test_no_channel_and_free_text_are_named_and_no_channel_has_no_rate_line(qtbot, qapp):
    """Messages of no channel (pending, or failed before submit) and of no template (free text) are named so; the
    channels' rates draw no line for them (its 0 % success says nothing of a channel) and say so in the tooltip;
    counts read in plain thousands."""
    from PySide6.QtCore import QLocale

    from smsdesk.services import charts as chart_service
    from smsdesk.ui.i18n import Translations
    from smsdesk.ui.tabs.overview.axes import CountAxis
    from smsdesk.ui.tabs.overview.charts_view import RatesPanel
    from smsdesk.ui.tabs.overview.labels import ChartLabels

    Translations().install("en")
    labels = ChartLabels()
    assert labels.channel(0, {}) == "No channel (not sent)"
    assert labels.template(0, {}) == "Free text"
    day = dt.datetime(2026, 1, 1)
    flt = chart_service.ChartFilter(day.date(), day.date() + dt.timedelta(days=1))
    d = chart_service.RatesChart(flt, "day", "channel", [day, day + dt.timedelta(days=1)], [1, 0],
                                 chart_service.Names(channels={1: "A"}), {1: [10, 10], 0: [5, 0]},
                                 {1: [9, 8], 0: [0, 0]}, {1: [1, 2], 0: [5, 0]})
    panel = RatesPanel(None, labels)
    qtbot.addWidget(panel)
    panel.resize(640, 330)
    panel._on_loaded(panel._generation, d)
    qtbot.waitUntil(lambda: panel.data is d, timeout=5_000)
    assert len(panel.item.listDataItems()) == 1  # channel A only
    text, detail = panel.hit(0, 90.0)
    assert text.startswith("A ·") and "Not in these rates: 5 messages sent to no channel" in text
    assert detail["channel_id"] == 1
    assert "Not in these rates" not in panel.hit(1, 80.0)[0]  # none of no channel that day
    _headers, rows = panel.rows(d)
    unrouted = [r for r in rows if r[1] == "No channel (not sent)"]
    assert len(unrouted) == 1 and unrouted[0][5:] == ["—", "—"]
    assert CountAxis("left").tickStrings([0.0, 1_000_000.0], 1, 500_000) == ["0", QLocale().toString(1_000_000)]
    assert "e+" not in "".join(CountAxis("left").tickStrings([2_000_000.0, 4_000_000.0], 1, 2_000_000))
