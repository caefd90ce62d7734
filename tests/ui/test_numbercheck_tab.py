"""Number check tab: real widgets and database under the GUI watchdog. A check typed and from a GBK file, its
summary, chart and results filtered and exported; the results query across checks; PNGs of each page in Chinese
and English (SMSDESK_SHOTS, default /work/shots/i21-check when it exists)."""

from __future__ import annotations

import csv
import gc
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from smsdesk.services.auth import sign_in
from smsdesk.ui.context import ConsoleContext
from smsdesk.ui.tabs.numbercheck.numbercheck_tab import NumberCheckTab
from tests.db.conftest import PASSWORD, build_org

pytestmark = [pytest.mark.ui, pytest.mark.db]

SHOTS = Path(os.environ.get("SMSDESK_SHOTS", "/work/shots/i21-check"))


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    return shared_org_db


@pytest.fixture(autouse=True, scope="module")
def frozen_heap():
    # what the console loads while the user signs in (ui/app.py), and the place table the tab loads when opened
    from smsdesk.services import numbercheck
    from smsdesk.ui.app import _preload_main_window

    _preload_main_window()
    numbercheck.places_table()
    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


def _tab(qtbot, org, runner, prefs, login="east-op"):
    from tests.ui import conftest

    with conftest._watchdog.paused():
        signed = sign_in(org.target, login, PASSWORD)
    runner.set_session(signed)
    tab = NumberCheckTab(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(tab)
    tab.resize(1300, 820)
    tab.show()
    with qtbot.waitSignal(tab.checks.listed, timeout=10_000):
        tab.refresh()
    return tab, signed


def _shot(widget, name: str) -> None:
    from tests.ui import conftest

    if SHOTS.parent.exists():
        SHOTS.mkdir(parents=True, exist_ok=True)
        with conftest._watchdog.paused():  # the picture is the test's, not the console's work
            widget.grab().save(str(SHOTS / name))


def _run(qtbot, org, runner, prefs, tmp_path, lang: str) -> None:
    tab, signed = _tab(qtbot, org, runner, prefs)
    try:
        page = tab.new_check
        page.name_edit.setText("春节活动名单" if lang == "zh" else "Spring list")
        page.paste.setPlainText("13800138000, 17012345678, 16512345678, 19212345678, 13412345678, 12345, abc")
        f = tmp_path / "客户.csv"
        with open(f, "w", encoding="gbk", newline="") as out:
            w = csv.writer(out)
            w.writerow(["姓名", "手机"])
            for i in range(40):
                w.writerow([f"客户{i}", f"1{3 + i % 7}{i:09d}"])
            w.writerow(["重复", "13800138000"])
        with qtbot.waitSignal(page.column_combo.model().rowsInserted, timeout=10_000):
            page.set_file(str(f))
        qtbot.waitUntil(lambda: page.column_combo.currentText() == "手机", timeout=10_000)
        _shot(tab, f"numbercheck_new_{lang}.png")
        with qtbot.waitSignal(tab.checks.results_shown, timeout=20_000):
            page.submit()
        checks = tab.checks
        qtbot.waitUntil(lambda: checks.current is not None and bool(checks.summary), timeout=10_000)
        assert checks.current.numbers == 47 and checks.current.valid == 45 and checks.current.duplicates == 1
        assert len(checks.result_model.rows) == 47
        carriers = {r.shown: (r.carrier, r.host) for r in checks.result_model.rows}
        assert carriers["+8617012345678"] == ("virtual", "telecom")
        assert carriers["+8619212345678"] == ("broadnet", None)
        checks.chart_pick.setCurrentIndex(1)
        assert checks.chart.bars and sum(n for _l, n in checks.chart.bars) == 45
        _shot(tab, f"numbercheck_results_{lang}.png")
        checks.validity.setCurrentIndex(checks.validity.findData("invalid"))
        with qtbot.waitSignal(checks.results_shown, timeout=10_000) as shown:
            checks.load_results()
        assert shown.args == [2]
        out = tmp_path / "结果.csv"
        from smsdesk.services import numbercheck

        with qtbot.waitSignal(checks.results_shown, timeout=1) if False else _Done() as done:
            runner.read(numbercheck.export, checks.current.id, out, on_done=done)
            qtbot.waitUntil(lambda: done.value is not None, timeout=10_000)
        assert done.value == 47
        assert out.read_text(encoding="utf-8-sig").splitlines()[0] == ",".join(numbercheck.EXPORT_HEADER)
        tab.pages.setCurrentWidget(tab.query)
        tab.query.number.setText("138 0013 8000")
        with qtbot.waitSignal(tab.query.model.modelReset, timeout=10_000):
            tab.query.search()
        assert tab.query.model.rows and all(r.shown == "+8613800138000" for r in tab.query.model.rows)
        _shot(tab, f"numbercheck_query_{lang}.png")
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


class _Done:
    value = None

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        return False

    def __call__(self, value):
        self.value = value


def test_a_check_from_typed_numbers_and_a_file_with_summary_chart_results_and_query(
    qtbot, org, runner, prefs, tmp_path
):
    _run(qtbot, org, runner, prefs, tmp_path, "en")


def test_the_same_in_chinese(qtbot, org, runner, prefs, tmp_path, zh):
    _run(qtbot, org, runner, prefs, tmp_path, "zh")


def _preview_offer(qtbot, org, runner, prefs, lang: str) -> None:
    from smsdesk.ui.tabs.send.send_tab import SendTab
    from tests.ui import conftest

    with org.connect_su() as su:  # what earlier checks' lookups left in the cache: two dead, one active
        su.execute("INSERT INTO smsdesk.number_status (number, status) VALUES (8613700000001, 'empty'), "
                   "(8613700000002, 'suspended'), (8613700000003, 'active') ON CONFLICT (number) DO NOTHING")
    with conftest._watchdog.paused():
        signed = sign_in(org.target, "east-op", PASSWORD)
    runner.set_session(signed)
    tab = SendTab(ConsoleContext(signed, runner, prefs))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    tab.refresh()
    page = tab.compose
    try:
        qtbot.waitUntil(lambda: not page.restoring_draft, timeout=5000)
        page.content.setPlainText("您的保单即将到期" if lang == "zh" else "Your policy ends soon")
        page.paste.setPlainText("13700000001, 13700000002, 13700000003, 13700000004")
        with qtbot.waitSignal(page.preview_shown, timeout=20_000):
            page.start_preview()
        offer = page.findChild(QWidget, "send_dead_offer")
        qtbot.waitUntil(offer.isVisible, timeout=10_000)
        assert page.count_labels["valid"].text() == "4"
        assert "2" in offer.label.text() and "30" in offer.label.text()
        _shot(tab, f"send_preview_offer_{lang}.png")
        with qtbot.waitSignal(page.preview_shown, timeout=5_000):
            offer.button.click()
        assert page.count_labels["valid"].text() == "2"
        assert page.current.numbers == ["+8613700000003", "+8613700000004"]
        assert page.current.needed == 2 and ("quota_short", "2") in page.current.problems  # judged again
        assert offer.isVisible() and not offer.button.isVisible()
        _shot(tab, f"send_preview_dropped_{lang}.png")
    finally:
        runner.wait_idle()
        tab.close()
        signed.close()


def test_the_send_preview_offers_to_drop_numbers_known_empty_or_suspended(qtbot, org, runner, prefs):
    _preview_offer(qtbot, org, runner, prefs, "en")


def test_the_send_preview_offer_in_chinese(qtbot, org, runner, prefs, zh):
    _preview_offer(qtbot, org, runner, prefs, "zh")
