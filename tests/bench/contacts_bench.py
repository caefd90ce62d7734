"""Address-book figures with a million contacts in the database (issue #4), printed as one line of key=value.

Seeds --contacts contacts over six operators' address books as the superuser (generate_series; one group of
200,000), then, signed in as an operator through the console's own services:
  search_ms        searches by number start, number ending ("尾号"), full number, name fragment, one character,
                   email start: the slowest median (each query's median of --runs)
  open_group_ms    a 200,000-contact group: its ids in display order and the first rows, median
  import_xlsx_s    a 100,000-row XLSX (numbers as number cells), all or nothing, into a new group
  import_csv_s     a 100,000-row GBK CSV, likewise
  export_csv_s / export_xlsx_s   100,000 contacts
  gui_max_stall_ms the longest the GUI thread went without running its event loop while the Contacts tab
                   did all of the above through its job runner (open, search, import, export)
Usage: python tests/bench/contacts_bench.py [--contacts 1000000] [--rows 100000] [--runs 5]
SMSDESK_TEST_DATABASE_URL picks the server (see tests/bench/_db.py); otherwise an embedded one starts.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import psycopg

from smsdesk.services import admin, contacts, contacts_transfer
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.bench._db import bench_database
from tests.bench._gui import stall_meter

PASSWORD = "bench-user-1"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕彬鹏辉斌宇浩凯"
BIG = 200_000
PATHS = ("客户/华东/上海", "客户/华东/杭州", "客户/华南/广州", "客户/华南/深圳", "同事")


def seed(su, total: int) -> dict:
    engine = make_engine(su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.ensure_group_path(s, "总部/华东")
            for i in range(1, 7):
                admin.create_user(s, login=f"op{i}", password=PASSWORD, group_path="总部/华东")
            admin.create_user(s, login="east-admin", password=PASSWORD, group_path="总部/华东", admin=True)
    finally:
        engine.dispose()
    with psycopg.connect(**su.conninfo(), autocommit=True) as c:
        users = [r[0] for r in c.execute("select id from smsdesk.app_user where login like 'op%' order by login")]
        big = c.execute("select smsdesk.contact_group_ensure_path(%s, '客户/大客户')", (users[0],)).fetchone()[0]
        groups = [
            c.execute("select smsdesk.contact_group_ensure_path(%s, %s)", (u, p)).fetchone()[0]
            for u in users
            for p in PATHS
        ]
        c.execute("set maintenance_work_mem = '256MB'")
        # names of 2-3 characters, unique mobiles (an affine map of i), an email for every other contact
        c.execute(
            """
            INSERT INTO smsdesk.contact (owner_id, group_id, name, mobile_e164, mobile_raw, email, phone, notes)
            SELECT g.owner_id, g.id,
                   substr(%(s)s, 1 + (i * 7) %% length(%(s)s), 1) || substr(%(g)s, 1 + (i * 13) %% length(%(g)s), 1)
                   || CASE WHEN i %% 3 = 0 THEN substr(%(g)s, 1 + (i * 17) %% length(%(g)s), 1) ELSE '' END,
                   '+86' || m, m,
                   CASE WHEN i %% 2 = 0 THEN 'user' || i || '@example.cn' ELSE '' END,
                   CASE WHEN i %% 4 = 0 THEN '021-' || (60000000 + i %% 9999999) ELSE '' END,
                   CASE WHEN i %% 10 = 0 THEN '老客户' ELSE '' END
              FROM generate_series(1, %(n)s) i
              CROSS JOIN LATERAL (SELECT (13000000000 + (i::bigint * 7919) %% 6999999999)::text AS m) mm
              JOIN smsdesk.contact_group g
                ON g.id = CASE WHEN i <= %(big)s THEN %(bg)s ELSE (%(gs)s::bigint[])[1 + i %% %(ng)s] END
            """,
            {"s": SURNAMES, "g": GIVEN, "n": total, "big": min(BIG, total), "bg": big, "gs": groups, "ng": len(groups)},
        )
        c.execute("vacuum analyze smsdesk.contact")
        c.execute("vacuum analyze smsdesk.contact_group")
        # the seed's dirty pages written now, as a running desk would have them: else the first import measured
        # writes out a million-row bulk load's buffers while it runs
        c.execute("checkpoint")
        sample = c.execute("select mobile_raw from smsdesk.contact where group_id = %s limit 1", (big,)).fetchone()[0]
    return {"big": big, "sample_mobile": sample}


def write_files(folder: Path, rows: int) -> tuple[Path, Path]:
    rng = random.Random(4)
    data = []
    seen = set()
    while len(data) < rows:
        mobile = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
        if mobile in seen:
            continue
        seen.add(mobile)
        name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        data.append(
            (name, mobile, f"u{len(data)}@qq.com" if len(data) % 2 else "", "备注" if len(data) % 7 == 0 else "")
        )
    csv_path = folder / "通讯录.csv"
    with csv_path.open("w", encoding="gbk", newline="") as f:
        f.write("姓名,手机号码,邮箱,备注\r\n")
        f.writelines(f"{a},{b},{c},{d}\r\n" for a, b, c, d in data)
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["姓名", "手机号码", "邮箱", "备注"])
    for name, mobile, email, notes in data:
        sheet.append([name, int(mobile), email, notes])  # number cells, as Excel users leave them
    xlsx_path = folder / "通讯录.xlsx"
    book.save(xlsx_path)
    return xlsx_path, csv_path


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def service_figures(signed, seeded: dict, files: tuple[Path, Path], runs: int, tmp: Path) -> dict:
    me = signed.profile.id

    def run(fn, *args):
        return session_service.run(signed, fn, *args)

    figures: dict[str, object] = {}
    mobile = seeded["sample_mobile"]
    queries = {
        "number_start": mobile[:7],
        "number_end": mobile[-4:],
        "full_number": mobile,
        "name": "张伟",
        "one_char": "霞",
        "email": "user1234",
    }
    searches = {
        k: median_ms(lambda q=q: run(contacts.list_view, contacts.View(search=q)), runs) for k, q in queries.items()
    }
    figures["search_ms"] = f"{max(searches.values()):.0f}"
    figures["search_detail_ms"] = ",".join(f"{k}:{v:.0f}" for k, v in searches.items())
    figures["open_group_ms"] = (
        f"{median_ms(lambda: run(contacts.list_view, contacts.View(group_ids=(seeded['big'],))), runs):.0f}"
    )

    xlsx, csv_path = files
    for key, path in (("import_xlsx_s", xlsx), ("import_csv_s", csv_path)):
        group = run(contacts.ensure_group_path, me, f"导入/{path.suffix[1:]}")
        request = contacts_transfer.ImportRequest(
            path=str(path), group_id=group, mapping={"name": 0, "mobile": 1, "email": 2, "notes": 3}
        )
        start = time.perf_counter()
        result = run(lambda s, r=request: contacts_transfer.import_contacts(s, None, r))
        figures[key] = f"{time.perf_counter() - start:.2f}"
        figures[f"{key}_imported"] = result.imported
        figures["export_group"] = group
    book = run(contacts.load_book)
    for key, suffix in (("export_csv_s", ".csv"), ("export_xlsx_s", ".xlsx")):
        request = contacts_transfer.ExportRequest(
            path=str(tmp / f"export{suffix}"),
            group_ids=(figures["export_group"],),
            group_paths={g.id: book.path(g.id) for g in book.groups},
            description="bench",
        )
        start = time.perf_counter()
        result = run(lambda s, r=request: contacts_transfer.export_contacts(s, None, r))
        figures[key] = f"{time.perf_counter() - start:.2f}"
        figures[f"{key}_rows"] = result.rows
    return figures


def gui_figures(target, seeded: dict, files: tuple[Path, Path], tmp: Path, why: bool = False) -> dict:
    """The Contacts tab doing the same work through its job runner, timed from the GUI thread."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from smsdesk.ui.app import freeze_startup_heap
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.jobs import JobRunner
    from smsdesk.ui.prefs import Prefs
    from smsdesk.ui.tabs.contacts.contacts_tab import ContactsTab
    from smsdesk.ui.tabs.contacts.import_dialog import ImportMappingDialog

    app = QApplication.instance() or QApplication([])
    signed = sign_in(target, "op1", PASSWORD)
    runner = JobRunner()
    runner.set_session(signed)
    prefs = Prefs()
    prefs.raw().clear()
    tab = ContactsTab(ConsoleContext(signed, runner, prefs))
    runner.changed.connect(tab.on_changes)
    tab.resize(1200, 700)
    freeze_startup_heap()  # as the console does when its main window is built
    tab.show()
    app.processEvents()  # the window's very first paint (fonts, styles) is not what is measured
    gaps = stall_meter(why)

    def wait_for(signal, start, timeout_s=120.0):
        loop = QEventLoop()
        got = []
        signal.connect(lambda *a: (got.append(a), loop.quit()))
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        gaps["on"], gaps["last"] = True, time.perf_counter()
        t0 = time.perf_counter()
        start()
        if not got:
            loop.exec()
        gaps["on"] = False
        if not got:
            raise TimeoutError(signal)
        return time.perf_counter() - t0, got[0]

    figures = {}
    wait_for(tab.listing_shown, tab.refresh)
    node = tab.tree_model.nodes[("group", seeded["big"])]
    seconds, _ = wait_for(tab.listing_shown, lambda: tab.tree.setCurrentIndex(tab.tree_model.index_of(node.key)))
    figures["gui_open_group_ms"] = f"{seconds * 1000:.0f}"
    figures["gui_open_group_rows"] = tab.model.rowCount()
    tab.table.scrollToBottom()
    tab.search.setText("张伟")
    seconds, _ = wait_for(tab.listing_shown, tab.search.returnPressed.emit)  # Enter: no typing pause
    figures["gui_search_ms"] = f"{seconds * 1000:.0f}"
    wait_for(tab.listing_shown, tab.search.clear)

    def import_file(path: Path):
        def start():
            tab.start_import(str(path))

            def accept_when_shown():
                dialog = next((d for d in tab.findChildren(ImportMappingDialog) if d.isVisible()), None)
                if dialog is None:
                    QTimer.singleShot(20, accept_when_shown)
                else:
                    dialog.import_button.click()

            QTimer.singleShot(20, accept_when_shown)

        return wait_for(tab.transfer_finished, start)

    for key, path in (("gui_import_xlsx_s", files[0]), ("gui_import_csv_s", files[1])):
        group = session_service.run(signed, contacts.ensure_group_path, signed.profile.id, f"界面导入/{path.suffix}")
        wait_for(tab.listing_shown, tab.refresh)
        wait_for(tab.listing_shown, lambda g=group: tab.tree.setCurrentIndex(tab.tree_model.index_of(("group", g))))
        seconds, _ = import_file(path)
        figures[key] = f"{seconds:.2f}"
        for dialog in tab._dialogs[:]:
            dialog.close()
    seconds, _ = wait_for(tab.transfer_finished, lambda: tab.start_export(str(tmp / "gui.xlsx"), selection=False))
    figures["gui_export_xlsx_s"] = f"{seconds:.2f}"
    figures["gui_max_stall_ms"] = f"{gaps['max'] * 1000:.0f}"
    runner.wait_idle(60_000)
    tab.close()
    signed.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--why", action="store_true", help="print what the threads do when the GUI thread is late")
    parser.add_argument("--gui-only", action="store_true", help="skip the service figures (diagnosis)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="smsdesk-contacts-bench-") as tmp_dir, bench_database() as (target, su):
        tmp = Path(tmp_dir)
        start = time.perf_counter()
        seeded = seed(su, args.contacts)
        seeding = time.perf_counter() - start
        files = write_files(tmp, args.rows)
        figures = {}
        if not args.gui_only:
            signed = sign_in(target, "op1", PASSWORD)
            try:
                figures = service_figures(signed, seeded, files, args.runs, tmp)
            finally:
                signed.close()
        figures.update(gui_figures(target, seeded, files, tmp, why=args.why))
        figures.pop("export_group", None)
        line = {"contacts": args.contacts, "rows": args.rows, "seed_s": f"{seeding:.0f}", **figures}
        print(" ".join(f"{k}={v}" for k, v in line.items()))


if __name__ == "__main__":
    main()
