"""Task logs (LOG-1..LOG-3) through services/tasks.py on a real database: search filters, who sees what,
keyset paging over 50,000 messages, masking, cancel with refund, resend failed, export, NOTIFY, demo tasks."""

from __future__ import annotations

import csv
import threading
import uuid
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from smsdesk.demo import org as demo_org
from smsdesk.demo import tasks as demo_tasks
from smsdesk.infra.notify import TASK_CHANNEL, NotifyHub
from smsdesk.services import admin, tasks
from smsdesk.services.errors import ServiceError
from smsdesk.services.org import quota_ledger
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD, build_org, ensure_signature

pytestmark = pytest.mark.db

CONTENT = "您好，您的快递已到达驿站，请凭取件码领取。"


@contextmanager
def session_as(db, login: str | None) -> Iterator:
    """A unit of work as the user (None: the superuser)."""
    target = db.su if login is None else db.target.with_login(roles.user_role(db.name, login), PASSWORD)
    engine = make_engine(target, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as session:
            yield session
    finally:
        engine.dispose()


def numbers(count: int, start: int = 0) -> list[str]:
    return [f"+86138{start + i:08d}" for i in range(count)]


def queue(db, login: str, count: int = 5, *, name="任务", kind="notification", send_at=None, start=0) -> int:
    with session_as(db, login) as s:
        return tasks.queue(
            s, name=name, kind=kind, content=CONTENT, signature="测试", numbers=numbers(count, start), send_at=send_at
        )


def fail_messages(db, task_id: int, count: int, category: str = "timeout", code: str = "EXPIRED:027") -> None:
    """Marks the first ``count`` queued messages failed and settles the task, as the dispatcher would."""
    with session_as(db, None) as s:
        seg = s.execute(
            text(
                "WITH m AS (UPDATE smsdesk.message SET status = 'failed', failure_category = :c, error_code = :e,"
                " done_at = now() WHERE id IN (SELECT id FROM smsdesk.message WHERE task_id = :t AND status = 'queued'"
                " ORDER BY id LIMIT :n) RETURNING id, segments),"
                " q AS (DELETE FROM smsdesk.message_queue WHERE message_id IN (SELECT id FROM m))"
                " SELECT coalesce(sum(segments), 0) FROM m"
            ),
            {"t": task_id, "n": count, "c": category, "e": code},
        ).scalar()
        s.execute(
            text("SELECT smsdesk._task_settle(ARRAY[:t]::bigint[], NULL, NULL, ARRAY[:n], NULL, NULL, NULL,"
                 " ARRAY[:seg]::bigint[])"),
            {"t": task_id, "n": count, "seg": int(seg)},
        )


@pytest.fixture(scope="module")
def org(shared_org_db):
    build_org(shared_org_db)
    ensure_signature(shared_org_db)
    with session_as(shared_org_db, None) as s:
        for path, amount in (("总部", 1_500_000), ("总部/华东", 600_000), ("总部/华东/上海", 200_000),
                             ("总部/华南", 200_000)):
            admin.grant_group(s, path, amount)
        for login in ("east-op", "sh-op", "south-op"):
            admin.grant_user(s, login, 200_000)
    return shared_org_db


@pytest.fixture(scope="module")
def listed(org):
    """A handful of tasks over three operators in two branches."""
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    ids = {
        "east-notice": queue(org, "east-op", 5, name="东区通知-续保"),
        "east-market": queue(org, "east-op", 4, name="东区营销 周末", kind="marketing", send_at=tomorrow),
        "east-alert": queue(org, "east-op", 2, name="告警 50%_special", kind="alert"),
        "sh-notice": queue(org, "sh-op", 3, name="上海通知"),
        "south-notice": queue(org, "south-op", 3, name="华南通知"),
    }
    return ids


def search(db, login, **filters) -> list[int]:
    with session_as(db, login) as s:
        return [r.id for r in tasks.search(s, tasks.TaskFilter(**filters))]


def test_operators_see_their_own_and_admins_their_subtree(org, listed):
    mine = set(search(org, "east-op"))
    assert {listed["east-notice"], listed["east-market"], listed["east-alert"]} <= mine
    assert listed["sh-notice"] not in mine and listed["south-notice"] not in mine
    east = set(search(org, "east-admin"))
    assert listed["sh-notice"] in east and listed["east-notice"] in east and listed["south-notice"] not in east
    assert listed["east-notice"] not in set(search(org, "south-admin"))


def test_search_filters(org, listed):
    assert search(org, "east-admin", name="通知") == sorted(
        [listed["east-notice"], listed["sh-notice"]], reverse=True
    )
    # LIKE wildcards in the text are literal
    assert search(org, "east-admin", name="50%_") == [listed["east-alert"]]
    assert search(org, "east-admin", kind="marketing") == [listed["east-market"]]
    assert search(org, "east-admin", statuses=("scheduled",)) == [listed["east-market"]]
    assert listed["east-market"] in search(org, "east-admin", statuses=tasks.NOT_YET_SENT)
    with session_as(org, None) as s:
        sh_group = s.execute(text("SELECT smsdesk.group_find('总部/华东/上海')")).scalar()
        east_group = s.execute(text("SELECT smsdesk.group_find('总部/华东')")).scalar()
        sh_op = s.execute(text("SELECT id FROM smsdesk.app_user WHERE login = 'sh-op'")).scalar()
    assert search(org, "east-admin", group_id=sh_group) == [listed["sh-notice"]]
    assert listed["sh-notice"] in search(org, "east-admin", group_id=east_group)  # with sub-groups
    assert search(org, "east-admin", owner_id=sh_op) == [listed["sh-notice"]]
    future = datetime.now(UTC) + timedelta(days=2)
    assert search(org, "east-admin", since=future) == []
    assert search(org, "east-admin", until=datetime.now(UTC) - timedelta(days=1)) == []
    everything = search(org, "east-admin")
    assert search(org, "east-admin", limit=2) == everything[:2]
    assert search(org, "east-admin", before_id=everything[1], limit=2) == everything[2:4]
    assert search(org, "east-admin", ids=(listed["east-alert"], listed["south-notice"])) == [listed["east-alert"]]


def test_filter_options_are_what_the_user_may_see(org, listed):
    with session_as(org, "east-admin") as s:
        options = tasks.filter_options(s)
    paths = [p for _, p in options.groups]
    assert "总部/华东/上海" in paths and "总部/华南" not in paths
    logins = {login for _, login, _, _ in options.users}
    assert {"east-op", "sh-op"} <= logins and "south-op" not in logins


def test_an_operator_cannot_read_another_operators_task_detail(org, listed):
    task_id = listed["east-notice"]
    with session_as(org, "south-op") as s:
        with pytest.raises(ServiceError) as err:
            tasks.message_page(s, task_id)
        assert err.value.code == "not_found"
        assert tasks.get(s, task_id) is None
        assert s.execute(text("SELECT count(*) FROM smsdesk.message WHERE task_id = :t"), {"t": task_id}).scalar() == 0
    with session_as(org, "south-op") as s, pytest.raises(ServiceError):
        tasks.cancel(s, task_id)
    with session_as(org, "east-op") as s:
        page = tasks.message_page(s, task_id)
    assert len(page.rows) == 5 and not page.more and page.task.name == "东区通知-续保"


def test_keyset_paging_over_50000_messages_with_status_filter_and_masking(org):
    task_id = queue(org, "sh-op", 50_000, name="五万条", start=10_000_000)
    fail_messages(org, task_id, 1234, "invalid_number", "UNDELIV:001")
    seen, after, pages = [], 0, 0
    with session_as(org, "sh-op") as s:
        while True:
            page = tasks.message_page(s, task_id, after, (), 5000)
            seen.extend(r.id for r in page.rows)
            pages += 1
            after = page.last_id
            if not page.more:
                break
        first = tasks.message_page(s, task_id, 0, ("failed",), 500)
    assert len(seen) == 50_000 and len(set(seen)) == 50_000 and seen == sorted(seen) and pages == 10
    assert all(r.status == "failed" and r.failure_category == "invalid_number" for r in first.rows)
    assert len(first.rows) == 500 and first.more
    assert first.rows[0].reason == "unknown subscriber"  # the failure map's note for err 001
    assert first.rows[0].number == "+86138****0000"  # masked: sh-op may not see full numbers (SEC-3)
    assert first.task.failed_count == 1234
    with session_as(org, None) as s:
        s.execute(text("UPDATE smsdesk.app_user SET see_full_numbers = true WHERE login = 'sh-op'"))
    try:
        with session_as(org, "sh-op") as s:
            assert tasks.message_page(s, task_id, 0, (), 1).rows[0].number == "+8613810000000"
    finally:
        with session_as(org, None) as s:
            s.execute(text("UPDATE smsdesk.app_user SET see_full_numbers = false WHERE login = 'sh-op'"))


def used(db, login: str) -> int:
    with session_as(db, None) as s:
        return s.execute(text("SELECT quota_used FROM smsdesk.app_user WHERE login = :l"), {"l": login}).scalar()


def test_cancel_a_scheduled_task_refunds_its_quota(org):
    before = used(org, "east-op")
    task_id = queue(org, "east-op", 40, name="明天发送", send_at=datetime.now(UTC) + timedelta(days=1))
    assert used(org, "east-op") == before + 40
    with session_as(org, "east-op") as s:
        preview = tasks.cancel_preview(s, task_id)
        assert (preview.messages, preview.segments, preview.in_flight, preview.status) == (40, 40, 0, "scheduled")
        assert tasks.cancel(s, task_id) == 40
    assert used(org, "east-op") == before
    with session_as(org, "east-op") as s:
        row = tasks.get(s, task_id)
        assert (row.status, row.cancelled_count, row.refunded) == ("cancelled", 40, 40)
        with session_as(org, None) as su:
            user_id = su.execute(text("SELECT id FROM smsdesk.app_user WHERE login = 'east-op'")).scalar()
        assert quota_ledger(s, user_id).balanced
    with session_as(org, "east-op") as s, pytest.raises(ServiceError) as err:
        tasks.cancel(s, task_id)
    assert err.value.code == "conflict"
    with session_as(org, "east-op") as s, pytest.raises(ServiceError) as err:
        tasks.cancel_preview(s, 10**12)
    assert err.value.code == "not_found"


def test_resend_failed_creates_a_new_task_from_the_failed_numbers(org):
    task_id = queue(org, "south-op", 10, name="原任务", start=500)
    fail_messages(org, task_id, 3, "timeout")
    fail_messages(org, task_id, 2, "invalid_number", "UNDELIV:001")
    key = uuid.uuid4()
    before = used(org, "south-op")
    with session_as(org, "south-op") as s:
        result = tasks.resend_failed(s, task_id, name="重发：原任务", task_key=key)
    assert result.recipients == 3  # the invalid numbers are left out
    assert used(org, "south-op") == before + 3
    with session_as(org, "south-op") as s:
        again = tasks.resend_failed(s, task_id, name="重发：原任务", task_key=key)  # a double click
        assert again.task_id == result.task_id
        new = tasks.get(s, result.task_id)
        old = tasks.get(s, task_id)
        assert (new.name, new.kind, new.content, new.signature, new.recipient_count) == (
            "重发：原任务", old.kind, old.content, old.signature, 3)
    with org.connect_su() as conn:  # the operator reads them only masked (SEC-3)
        sent_to = conn.execute(
            "SELECT array_agg(number ORDER BY id) FROM smsdesk.message WHERE task_id = %s", (new.id,)
        ).fetchone()[0]
    assert sent_to == numbers(3, 500)
    assert used(org, "south-op") == before + 3
    with session_as(org, "south-op") as s:
        everything = tasks.resend_failed(s, task_id, name="全部重发", skip_hopeless=False)
    assert everything.recipients == 5
    fresh = queue(org, "south-op", 2, name="无失败")
    with session_as(org, "south-op") as s, pytest.raises(ServiceError) as err:
        tasks.resend_failed(s, fresh, name="x")
    assert err.value.code == "invalid"
    with session_as(org, "east-op") as s, pytest.raises(ServiceError) as err:
        tasks.resend_failed(s, task_id, name="x")
    assert err.value.code == "not_found"


def test_resend_keeps_personalised_texts(org):
    with session_as(org, "east-op") as s:  # personal texts only through an approved template (TPL-3)
        template_id = s.execute(
            text("SELECT smsdesk.template_create('重发模板', 'notification', '【姓名】您好', false, NULL)")).scalar()
    with session_as(org, "east-admin") as s:
        s.execute(text("SELECT smsdesk.template_review(:t, true)"), {"t": template_id})
    with session_as(org, "east-op") as s:
        task_id = int(s.execute(
            text("SELECT smsdesk.task_queue(:k, '模板任务', 'notification', :c, '测试', NULL, 1, NULL, NULL, :t,"
                 " CAST(:n AS text[]), CAST(:cr AS text[]), CAST(:b AS text[]), CAST(:sg AS int[]))"),
            {"k": uuid.uuid4(), "c": "【姓名】您好", "t": template_id, "n": numbers(3, 900), "cr": [""] * 3,
             "b": ["张三您好", "李四您好", "王五您好"], "sg": [1, 1, 1]},
        ).scalar())
    fail_messages(org, task_id, 2)
    with session_as(org, "east-op") as s:
        result = tasks.resend_failed(s, task_id, name="模板重发")
        bodies = s.execute(
            text("SELECT array_agg(body ORDER BY id) FROM smsdesk.message WHERE task_id = :t"), {"t": result.task_id}
        ).scalar()
    assert bodies == ["张三您好", "李四您好"]


def test_resend_short_of_quota_leaves_nothing(org):
    task_id = queue(org, "sh-op", 4, name="配额", start=700)
    fail_messages(org, task_id, 4)
    with session_as(org, None) as s:
        s.execute(text("UPDATE smsdesk.app_user SET quota_limit = quota_used + 2 WHERE login = 'sh-op'"))
    count = len(search(org, "sh-op"))
    try:
        with session_as(org, "sh-op") as s, pytest.raises(ServiceError) as err:
            tasks.resend_failed(s, task_id, name="配额不足")
        assert err.value.code == "insufficient_quota" and err.value.shortfall == 2
        assert len(search(org, "sh-op")) == count
    finally:
        with session_as(org, None) as s:
            s.execute(text("UPDATE smsdesk.app_user SET quota_limit = quota_used + 100000 WHERE login = 'sh-op'"))


def test_export_csv_with_bom_and_xlsx_masked_and_audited(org, tmp_path):
    task_id = queue(org, "east-op", 30, name="导出", start=300)
    fail_messages(org, task_id, 5, "invalid_number", "UNDELIV:001")
    csv_path = tmp_path / "t.csv"
    with session_as(org, "east-op") as s:
        result = tasks.export_messages(
            s, None, tasks.ExportRequest(str(csv_path), task_id, labels={"failed": "失败", "invalid_number": "空号"})
        )
    assert (result.rows, result.masked) == (30, True)
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "Number" and len(rows) == 31
    # a cell starting with "+" is written as text (formula injection, SEC-7)
    assert rows[1][0] == "'+86138****0300" and rows[1][3] == "失败" and rows[1][7] == "空号"
    xlsx = tmp_path / "t.xlsx"
    with session_as(org, "east-op") as s:
        result = tasks.export_messages(s, None, tasks.ExportRequest(str(xlsx), task_id, statuses=("failed",)))
    assert result.rows == 5
    with zipfile.ZipFile(xlsx) as z:
        assert z.read("xl/worksheets/sheet1.xml").count(b"<row ") == 6
    with session_as(org, None) as s:
        audits = s.execute(
            text("SELECT details FROM smsdesk.audit_log WHERE action = 'task.export' AND details ->> 'task' = :t"),
            {"t": str(task_id)},
        ).scalars().all()
    assert len(audits) == 2 and all(a["masked"] for a in audits)
    with session_as(org, "east-op") as s, pytest.raises(ServiceError):
        tasks.export_messages(s, None, tasks.ExportRequest(str(tmp_path / "t.pdf"), task_id))
    assert not list(tmp_path.glob("*.part"))


def test_listener_hears_task_changes(org):
    task_id = queue(org, "east-op", 3, name="实时")
    heard: list[int] = []
    got = threading.Event()
    engine = make_engine(org.target.with_login(roles.user_role(org.name, "east-op"), PASSWORD), pool_size=1)

    def on_notes(_channel, payloads):
        heard.extend(int(p) for p in payloads)
        if task_id in heard:
            got.set()

    listener = NotifyHub(engine, poll_s=0.05)
    connected = threading.Event()
    listener.subscribe(TASK_CHANNEL, on_notes, connected.set)
    try:
        assert connected.wait(10)
        fail_messages(org, task_id, 1)
        assert got.wait(10), heard
    finally:
        listener.stop(wait_s=5)
        engine.dispose()
    assert not listener.running


def test_demo_tasks_are_seeded_once(org_db):
    with session_as(org_db, None) as s:
        for user in demo_org.DEMO_USERS:
            admin.ensure_group_path(s, user.group)
        for user in demo_org.DEMO_USERS:
            admin.create_user(s, login=user.login, password=PASSWORD, group_path=user.group,
                              operator_name=user.name, admin=user.admin, reviewer=user.reviewer, review=user.review)
        admin.grant_group(s, demo_org.DEMO_ROOT, 200_000)
        for path, amount in demo_org.DEMO_GROUP_QUOTA.items():
            admin.grant_group(s, path, amount)
        for user in demo_org.DEMO_USERS:
            if user.quota:
                admin.grant_user(s, user.login, user.quota)
    ensure_signature(org_db, "演示集团", demo_org.DEMO_ROOT)  # the demo library's (demo/library.py)
    with session_as(org_db, None) as s:
        demo_tasks.seed(s)
    with session_as(org_db, None) as s:
        demo_tasks.seed(s)  # again: nothing new
        rows = s.execute(
            text("SELECT u.login, t.status, count(*) FROM smsdesk.send_task t JOIN smsdesk.app_user u"
                 " ON u.id = t.owner_id GROUP BY 1, 2 ORDER BY 1, 2")
        ).all()
    counts = {(login, status): n for login, status, n in rows}
    assert counts[("demo-op1", "scheduled")] == 2 and counts[("demo-op1", "queued")] == 1
    assert counts[("demo-op2", "scheduled")] == 2  # reviewed and approved by the demo reviewer
    assert counts[("demo-op3", "scheduled")] == 2
    assert sum(counts.values()) == len(demo_tasks.DEMO_PENDING)
