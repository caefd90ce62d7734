"""Reports tab, the pages over the rollups (发送费用统计, 短信日报, 短信月报) and the price list: real widgets and
database under the GUI watchdog. The pages show exactly what report_rollups.compute (the command line's numbers)
answers, with a totals row; a reversed range is refused with a message; an export writes what is shown; the top-level
administrator adds a price in the dialog, an operator only reads it. With SMSDESK_SCREENSHOTS set, each page is saved
as a PNG in Chinese and in English."""

from __future__ import annotations

import csv
import os
import random
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from smsdesk.services import report_rollups
from smsdesk.services.auth import sign_in
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.reports.reports_tab import ReportsTab
from tests.conftest import ADMIN_PASSWORD
from tests.db.test_rollups import Workload
from tests.dispatcher.world import OPERATOR, OPERATOR_PASSWORD, _module_world  # noqa: F401  (fixture)

pytestmark = [pytest.mark.ui, pytest.mark.db]


@pytest.fixture(scope="module")
def sent(_module_world):  # noqa: F811
    w = _module_world
    w.reset()
    work = Workload(w, random.Random(11))
    try:
        for step in [("queue", 40, "marketing", 3, False), ("queue", 25, "verification", 0, False),
                     ("queue", 12, "notification", 1, True), ("claim", 0, 60), ("receipts", 1, 50, False),
                     ("claim", 1, 10), ("expire",), ("replies", 3, True)]:
            work.step(step)
    finally:
        work.close()
    return w


def _open(qtbot, sent, runner, prefs, login: str, password: str, language: str = "en"):
    from smsdesk.ui.i18n import Translations
    from tests.ui import conftest

    with conftest._watchdog.paused():
        Translations().install("zh_CN" if language == "zh" else "en")
        signed = sign_in(sent.db.target, login, password)
    runner.set_session(signed)
    tab = ReportsTab(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(tab)
    tab.resize(1280, 640)
    tab.show()
    return tab, signed


def _computed(sent, report: str, first, last):
    from tests.ui import conftest

    with conftest._watchdog.paused():  # the test's own reference, not the console's work
        engine = make_engine(sent.db.su, pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as session:
                return report_rollups.compute(session, report_rollups.ReportQuery(report, first, last))
        finally:
            engine.dispose()


def _cells(page) -> list[list[str]]:
    t = page.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


@pytest.mark.parametrize("language", ["en", "zh"])
def test_daily_monthly_and_cost_pages_show_the_reports(qtbot, sent, runner, prefs, tmp_path, language):
    tab, signed = _open(qtbot, sent, runner, prefs, OPERATOR, OPERATOR_PASSWORD, language)
    folder = os.environ.get("SMSDESK_SCREENSHOTS")
    try:
        titles = [tab.page_list.item(i).text() for i in range(tab.page_list.count())]
        expected = ("Cost", "Daily report", "Monthly report") if language == "en" else ("发送费用统计", "短信日报",
                                                                                       "短信月报")
        assert all(t in titles for t in expected)
        for key in ("daily", "monthly", "cost"):
            page = tab.show_page(key)
            qtbot.waitUntil(lambda p=page: p.report is not None, timeout=15_000)
            report = page.report
            q = report.query
            assert report.rows, key
            assert report.rows == _computed(sent, key, q.first, q.last).rows
            cells = _cells(page)
            assert len(cells) == len(report.rows) + 1  # the totals row
            assert cells[-1][0] in ("Total", "合计")
            if key != "cost":
                total_messages = sum(r[2] for r in report.rows)
                assert cells[-1][2].replace(",", "") == str(total_messages)
            if folder:
                tab.grab().save(os.path.join(folder, f"reports_{key}_{language}.png"))
        # the daily page over a reversed range: a message, nothing asked
        page = tab.show_page("daily")
        page.date_from.setDate(QDate.currentDate().addDays(3))
        page.date_to.setDate(QDate.currentDate().addDays(-3))
        page.search()
        qtbot.waitUntil(lambda: page.findChild(QMessageBox, "error_box") is not None, timeout=5_000)
        box = page.findChild(QMessageBox, "error_box")
        assert page.search_button.isEnabled() and page.report.query.last >= page.report.query.first
        if folder:
            box.grab().save(os.path.join(folder, f"reports_reversed_range_{language}.png"))
        message = (box.text() + " " + box.detailedText())
        box.close()
        box.deleteLater()
        assert message.strip() in ("The last day comes before the first day.", "结束日期早于开始日期。"), message
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


def test_export_writes_what_the_page_shows(qtbot, sent, runner, prefs, tmp_path):
    tab, signed = _open(qtbot, sent, runner, prefs, OPERATOR, OPERATOR_PASSWORD)
    try:
        page = tab.show_page("daily")
        qtbot.waitUntil(lambda: page.report is not None, timeout=15_000)
        path = tmp_path / "daily.csv"
        with qtbot.waitSignal(page.export_bar.finished, timeout=20_000):
            page.start_export(str(path), page.current_query())
        with path.open(encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        assert rows[0] == page.column_titles()
        assert len(rows) == len(page.report.rows) + 2
        assert [int(r[2]) for r in rows[1:-1]] == [r[2] for r in page.report.rows]
        assert rows[-1][0] == "Total" and int(rows[-1][2]) == sum(r[2] for r in page.report.rows)
        from tests.ui import conftest

        with conftest._watchdog.paused():
            audit = sent.sql("SELECT details ->> 'report' FROM smsdesk.audit_log WHERE action = 'report.export'"
                             " ORDER BY id DESC LIMIT 1")
        assert audit == [("daily",)]
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_price_list_dialog(qtbot, sent, runner, prefs, language):
    tab, signed = _open(qtbot, sent, runner, prefs, "boss", ADMIN_PASSWORD, language)
    folder = os.environ.get("SMSDESK_SCREENSHOTS")
    try:
        page = tab.show_page("cost")
        qtbot.waitUntil(lambda: page.report is not None, timeout=15_000)
        qtbot.waitUntil(lambda: page.user.count() > 1, timeout=10_000)  # an administrator filters by group and user
        assert page.group.isVisible() and page.user.isVisible()
        if folder:
            tab.grab().save(os.path.join(folder, f"reports_cost_admin_{language}.png"))
        dialog = page.open_prices()
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=10_000)
        assert dialog.can_change and dialog.add_button.isVisible()
        before = dialog.table.rowCount()
        dialog.kind.setCurrentIndex(dialog.kind.findData("marketing"))
        dialog.price.setText("0.06")
        dialog.start.setDateTime(dialog.start.dateTime().addDays(30))
        with qtbot.waitSignal(dialog.changed, timeout=10_000):
            dialog.add_price()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1, timeout=10_000)
        if folder:
            dialog.grab().save(os.path.join(folder, f"reports_price_list_{language}.png"))
        # the scheduled price can be removed again
        row = next(i for i, r in enumerate(dialog.rows) if r.kind == "marketing")
        dialog.table.selectRow(row)
        assert dialog.delete_button.isEnabled()
        with qtbot.waitSignal(dialog.changed, timeout=10_000):
            dialog.delete_price()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == before, timeout=10_000)
        dialog.close()
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


def test_an_operator_reads_the_price_list_only(qtbot, sent, runner, prefs):
    tab, signed = _open(qtbot, sent, runner, prefs, OPERATOR, OPERATOR_PASSWORD)
    try:
        page = tab.show_page("cost")
        dialog = page.open_prices()
        qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=10_000)
        assert not dialog.can_change and not dialog.add_button.isVisible()
        dialog.close()
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


def test_monthly_takes_whole_months(qtbot, sent, runner, prefs):
    tab, signed = _open(qtbot, sent, runner, prefs, OPERATOR, OPERATOR_PASSWORD)
    try:
        page = tab.show_page("monthly")
        page.date_from.setDate(QDate(2026, 3, 17))
        page.date_to.setDate(QDate(2026, 5, 2))
        q = page.current_query()
        assert (q.first.isoformat(), q.last.isoformat()) == ("2026-03-01", "2026-05-31")
        assert q.last - q.first == timedelta(days=91)
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()
