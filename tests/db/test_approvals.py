"""Approvals services (issue #8): queues as each reviewer sees them, filters and paging, decisions and their
refusal codes, and the demo data."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text

from smsdesk.demo import approvals as demo_approvals
from smsdesk.services import admin, approvals, tasks
from smsdesk.services.approvals import ApprovalError, QueueFilter
from smsdesk.services.auth import sign_in
from smsdesk.services.session import run
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD, ensure_signature

pytestmark = pytest.mark.db


@pytest.fixture
def people(org):
    ensure_signature(org.db)
    engine = make_engine(org.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.grant_user(s, "east-op", 500)
            s.execute(
                text(
                    "SELECT smsdesk.user_set_flags(id, kind, is_reviewer, true) FROM smsdesk.app_user "
                    "WHERE login = 'east-op'"
                )
            )
    finally:
        engine.dispose()
    return org


def list_word(org, word: str) -> None:
    """A sensitive word listed after the tasks were submitted (the database masks those listed before)."""
    with org.db.connect_su() as conn:
        conn.execute("SELECT * FROM smsdesk.word_import(ARRAY[%s], 'test')", (word,))


def signed(org, login):
    return sign_in(org.db.target, login, PASSWORD)


def queue(s, name, content="您好，测试内容"):
    return tasks.queue(
        s,
        name=name,
        kind="notification",
        content=content,
        signature="测试",
        numbers=["+8613800138000", "+8613900139000"],
        task_key=uuid.uuid4(),
    )


def test_queue_pages_filters_and_decisions(people):
    op = signed(people, "east-op")
    ids = [run(op, queue, f"任务{i:02d}") for i in range(25)]
    flash = run(op, queue, "秒杀活动", "周末秒杀")
    list_word(people, "秒杀")
    rev = signed(people, "east-reviewer")
    try:
        first = run(rev, approvals.task_page, QueueFilter(), None, 10)
        assert first.total == 26 and first.more and [t.id for t in first.items] == ids[:10]
        last = first.items[-1]
        second = run(rev, approvals.task_page, QueueFilter(), (last.created_at, last.id), 10)
        assert [t.id for t in second.items] == ids[10:20] and second.total is None
        found = run(rev, approvals.task_page, QueueFilter(search="秒杀"))
        assert [t.id for t in found.items] == [flash] and found.total == 1
        assert run(rev, approvals.task_page, QueueFilter(kind="marketing")).total == 0
        assert run(rev, approvals.queue_counts) == (26, 0)
        with pytest.raises(ApprovalError) as err:
            run(rev, approvals.decide_task, flash, True)
        assert err.value.code == "review_sensitive_words" and err.value.words == ("秒杀",)
        with pytest.raises(ApprovalError) as err:
            run(rev, approvals.decide_task, flash, False, "  ")
        assert err.value.code == "reason_required"
        assert run(rev, approvals.decide_task, flash, False, "含敏感词") == "rejected"
        with pytest.raises(ApprovalError) as err:
            run(rev, approvals.decide_task, flash, False, "再次")
        assert err.value.code == "review_decided"
        outcomes = run(rev, approvals.decide_tasks, None, [*ids[:5], flash], True, None)
        assert [o.status for o in outcomes[:5]] == ["queued"] * 5
        assert (outcomes[5].task_id, outcomes[5].status, outcomes[5].reason) == (flash, None, "review_decided")
        assert run(rev, approvals.queue_counts) == (20, 0)
        # the submitter's own view of the rejection
        assert (
            run(
                op,
                lambda s: s.execute(
                    text("SELECT review_reason FROM smsdesk.send_task WHERE id = :i"), {"i": flash}
                ).scalar(),
            )
            == "含敏感词"
        )
    finally:
        rev.close()
    south = signed(people, "south-admin")
    try:
        assert run(south, approvals.queue_counts) == (0, 0)
        with pytest.raises(ApprovalError) as err:
            run(south, approvals.decide_task, ids[20], True)
        assert err.value.code == "not_found" or err.value.code == "review_out_of_scope"
    finally:
        south.close()
        op.close()


def test_template_queue_and_review_again(people):
    op = signed(people, "east-op")
    tid = run(
        op,
        lambda s: s.execute(
            text("SELECT smsdesk.template_create('活动模板', 'marketing', '【姓名】周末秒杀', false, NULL)")
        ).scalar(),
    )
    rev = signed(people, "east-reviewer")
    try:
        page = run(rev, approvals.template_page, QueueFilter())
        assert [t.id for t in page.items] == [tid] and page.total == 1
        run(rev, approvals.decide_template, tid, False, "含敏感词")
        assert run(rev, approvals.template_page, QueueFilter()).total == 0
        again = run(rev, approvals.template_page, QueueFilter(template_status="rejected"))
        assert [t.review_reason for t in again.items] == ["含敏感词"]
        with pytest.raises(ApprovalError) as err:
            run(rev, approvals.decide_template, tid, False, "还是不行")
        assert err.value.code == "review_decided"
        run(rev, approvals.decide_template, tid, True)
    finally:
        rev.close()
    with pytest.raises(ApprovalError) as err:
        run(op, approvals.decide_template, tid, True)
    assert err.value.code == "forbidden"  # the function is not granted to operators
    op.close()


def test_seed_demo_is_idempotent(org_db):
    engine = make_engine(org_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.ensure_group_path(s, "总部/华东分公司")
            admin.grant_group(s, "总部", 1000)
            admin.grant_group(s, "总部/华东分公司", 1000)
            admin.create_user(s, login="demo-reviewer", password=PASSWORD, group_path="总部", reviewer=True)
            admin.create_user(s, login="demo-op2", password=PASSWORD, group_path="总部/华东分公司", review=True)
            admin.create_user(s, login="demo-op3", password=PASSWORD, group_path="总部/华东分公司")
            admin.grant_user(s, "demo-op2", 500)
        ensure_signature(org_db, "演示集团")
        for _ in range(2):
            with unit_of_work(session_factory(engine)) as s:
                demo_approvals.seed(s)
        with unit_of_work(session_factory(engine)) as s:
            tasks = s.execute(text("SELECT count(*) FROM smsdesk.send_task WHERE status = 'awaiting_review'")).scalar()
            templates = s.execute(
                text("SELECT count(*) FROM smsdesk.message_template WHERE status = 'pending'")
            ).scalar()
    finally:
        engine.dispose()
    assert (tasks, templates) == (len(demo_approvals.DEMO_TASKS), len(demo_approvals.DEMO_PENDING_TEMPLATES))
    rev = sign_in(org_db.target, "demo-reviewer", PASSWORD)
    try:
        assert run(rev, approvals.queue_counts) == (3, 2)
    finally:
        rev.close()
