"""The message detail page and its export on the reports bench database (10,000,000 messages over 13 months,
tests/bench/_reports_data.py), as the page calls them: services.report_detail.detail_page with the page's 80 ms
budget (what the user sees first: rows, and whether the walk stopped and goes on) and without a budget (the whole
first page), the replies page, and export_detail of about 1,000,000 rows with the process's peak memory.

    python tests/bench/report_detail_bench.py detail [NAME-FRAGMENT]
    python tests/bench/report_detail_bench.py csv|xlsx [ROWS]
    python tests/bench/report_detail_bench.py gui-csv|gui-xlsx [ROWS]   # the export bar's job, GUI stall measured

Signed in as the top-level administrator (the widest scope), warm, best of three. A figure, not a timed test.
"""
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]
from datetime import timedelta  # noqa: E402

import psycopg  # noqa: E402

from smsdesk.services import report_detail, report_replies  # noqa: E402
from smsdesk.services.report_detail import DetailFilter  # noqa: E402
from smsdesk.store import roles  # noqa: E402
from smsdesk.store.database import make_engine, session_factory, unit_of_work  # noqa: E402
from tests.bench import _reports_data as data  # noqa: E402


def load():
    return "load=" + "/".join(f"{x:.1f}" for x in os.getloadavg())

user_db, su_db = data._targets(data.DBNAME)
role = roles.user_role(user_db.dbname, "boss")
target = user_db.with_login(role, data.ADMIN_PASSWORD)
engine = make_engine(target, pool_size=1)
what = sys.argv[1] if len(sys.argv) > 1 else "detail"

with psycopg.connect(**su_db.conninfo()) as su:
    number, user, group, channel, task = su.execute(
        "select m.number, t.owner_id, t.group_id, m.channel_id, t.id from smsdesk.message m join smsdesk.send_task t"
        " on t.id = m.task_id where m.id = (select max(id) / 3 from smsdesk.message)").fetchone()
    old_number = su.execute("select number from smsdesk.message where id = 12345").fetchone()[0]
    month_ago = su.execute("select max(send_at) - interval '30 days' from smsdesk.send_task").fetchone()[0]

filters = {
    "no filter": DetailFilter(),
    "kind": DetailFilter(kind="marketing"),
    "a month": DetailFilter(date_from=month_ago, date_to=month_ago + timedelta(days=30)),
    "status failed": DetailFilter(status="failed"),
    "category invalid_number": DetailFilter(category="invalid_number"),
    "rare category quota": DetailFilter(category="quota"),
    "group": DetailFilter(group_id=group),
    "user": DetailFilter(user_id=user),
    "channel": DetailFilter(channel_id=channel),
    "carrier": DetailFilter(carrier="China Broadnet"),
    "task": DetailFilter(task_id=task),
    "user+kind+failed": DetailFilter(user_id=user, kind="verification", status="failed"),
    "carrier+category+month": DetailFilter(carrier="China Telecom", category="timeout", date_from=month_ago),
    "number full": DetailFilter(number=number.removeprefix("+")),
    "number last 4": DetailFilter(number=number[-4:]),
    "number full, a year ago": DetailFilter(number=old_number.removeprefix("+")),
    "content": DetailFilter(content="满减"),
    "content rare": DetailFilter(content="请回电"),
    "content only in bodies": DetailFilter(content="王先生"),
}

def best(fn, n=3):
    out = []
    for _ in range(n):
        t = time.perf_counter()
        r = fn()
        out.append((time.perf_counter() - t) * 1000)
    return min(out), r

if what == "detail":
    with unit_of_work(session_factory(engine)) as s:
        for name, f in [(k, v) for k, v in filters.items() if len(sys.argv) < 3 or sys.argv[2] in k]:
            ms, page = best(lambda f=f: report_detail.detail_page(s, f, None, 200, 80))
            full_ms, full = best(lambda f=f: report_detail.detail_page(s, f, None, 200, 0), 1)
            print(f"{name:28s} page (80 ms budget) {ms:7.1f} ms rows={len(page.rows):3d} stopped={page.stopped}"
                  f" | full first page {full_ms:8.1f} ms rows={len(full.rows)} ({load()})", flush=True)
        ms, page = best(lambda: report_replies.replies_page(s, report_replies.ReplyFilter()))
        print(f"replies first page {ms:.1f} ms rows={len(page.rows)} ({load()})")
        ms, page = best(lambda: report_replies.replies_page(s, report_replies.ReplyFilter(number=number[-4:])))
        print(f"replies by last 4 digits {ms:.1f} ms rows={len(page.rows)} ({load()})")
elif what in ("csv", "xlsx"):
    import tempfile

    from smsdesk.infra.jobs import QuietJob
    # about 1,000,000 messages: the newest weeks
    with unit_of_work(session_factory(engine)) as s:
        limit = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
        # the newest `limit` messages or so: from the send time of the task the limit-th newest message is in
        with psycopg.connect(**su_db.conninfo()) as su:
            row = su.execute("select m.task_id from smsdesk.message m order by m.task_id desc, m.id desc"
                             " offset %s limit 1", (limit,)).fetchone()
            send_at = su.execute("select send_at from smsdesk.send_task where id = %s", (row[0],)).fetchone()[0]
        f = DetailFilter(date_from=send_at)
        path = os.path.join(tempfile.mkdtemp(), f"detail.{what}")
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t = time.perf_counter()
        out = report_detail.export_detail(s, QuietJob(), report_detail.DetailExportRequest(path, f))
        secs = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"export {what}: rows={out.rows} seconds={secs:.1f} size={os.path.getsize(path)/1e6:.0f} MB "
              f"rss_before={base/1024:.0f} MB peak={peak/1024:.0f} MB (+{(peak-base)/1024:.0f} MB) ({load()})")
        os.unlink(path)
elif what in ("gui-csv", "gui-xlsx"):
    # the page's export bar runs the export as the console does (its job runner); a 5 ms timer on the GUI thread
    # measures the longest the thread went without running its event loop meanwhile
    import tempfile

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from smsdesk.services.auth import sign_in
    from smsdesk.ui.context import ConsoleContext
    from smsdesk.ui.jobs import JobRunner
    from smsdesk.ui.prefs import Prefs
    from smsdesk.ui.widgets.export_bar import ExportBar
    from tests.bench._gui import stall_meter

    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
    with psycopg.connect(**su_db.conninfo()) as su:
        row = su.execute("select m.task_id from smsdesk.message m order by m.task_id desc, m.id desc"
                         " offset %s limit 1", (limit,)).fetchone()
        send_at = su.execute("select send_at from smsdesk.send_task where id = %s", (row[0],)).fetchone()[0]
    app = QApplication.instance() or QApplication([])
    if os.environ.get("LANGUAGE_UI"):  # e.g. zh_CN: the bar in that language (for SHOT)
        from smsdesk.ui.i18n import Translations

        Translations().install(os.environ["LANGUAGE_UI"])
    signed = sign_in(user_db, "boss", data.ADMIN_PASSWORD)
    runner = JobRunner()
    runner.set_session(signed)
    bar = ExportBar(ConsoleContext(signed, runner, Prefs()))
    bar.show()
    from smsdesk.ui.app import freeze_startup_heap

    freeze_startup_heap()  # as the console does once its main window is built
    app.processEvents()
    gaps = stall_meter(bool(os.environ.get("WHY")))
    path = os.path.join(tempfile.mkdtemp(), f"detail.{what[4:]}")
    loop = QEventLoop()
    got = []
    bar.finished.connect(lambda result: (got.append(result), loop.quit()))
    QTimer.singleShot(600_000, loop.quit)
    if os.environ.get("SHOT"):  # a PNG of the bar 3 s into the export
        bar.resize(900, bar.sizeHint().height())
        QTimer.singleShot(3000, lambda: bar.grab().save(os.environ["SHOT"]))
    gaps["on"], gaps["last"] = True, time.perf_counter()
    t = time.perf_counter()
    bar.start(report_detail.export_detail, report_detail.DetailExportRequest(path, DetailFilter(date_from=send_at)),
              path)
    loop.exec()
    secs = time.perf_counter() - t
    gaps["on"] = False
    rows = got[0].rows if got and got[0] is not None else None
    print(f"export {what}: rows={rows} seconds={secs:.1f} gui_max_stall_ms={gaps['max'] * 1000:.0f} ({load()})")
    runner.wait_idle(60_000)
    os.unlink(path)
    signed.close()
engine.dispose()
