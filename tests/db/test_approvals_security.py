"""SEC-1 for approvals (issue #8): every refusal of template and task review, proved with plain SQL as each role.

The organisation (tests/db/conftest.py): 总部 (boss, admin) > 华东 (east-admin, east-op, east-reviewer) > 上海
(sh-op); 总部 > 华南 (south-admin, south-op). east-op, sh-op and east-reviewer work in review mode here.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
import psycopg.sql
import pytest

from smsdesk.services import admin
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.conftest import ADMIN_PASSWORD, WAITING_TO_GO
from tests.db.conftest import Org, ensure_signature

pytestmark = pytest.mark.db

NUMBERS = ["+8613800138000", "+8613900139000", "+8618600186000"]


@contextmanager
def refused(state: str, reason: str | None = None) -> Iterator[list[psycopg.Error]]:
    """Expects the database to refuse with SQLSTATE ``state`` and, when given, the DETAIL reason of 0006."""
    caught: list[psycopg.Error] = []
    with pytest.raises(psycopg.Error) as err:
        yield caught
    assert err.value.sqlstate == state, f"{err.value.sqlstate}: {err.value}"
    if reason is not None:
        detail = json.loads(err.value.diag.message_detail or "{}")
        assert detail.get("reason") == reason, detail
    caught.append(err.value)


def one(conn: psycopg.Connection, query: str, *args):
    return conn.execute(query, args).fetchone()[0]


def su(org: Org) -> psycopg.Connection:
    return org.db.connect_su()


@pytest.fixture
def people(org) -> Org:
    """Quota for the operators, review mode for east-op, sh-op and east-reviewer, the signature 测试 in the library."""
    ensure_signature(org.db)
    engine = make_engine(org.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            for login in ("east-op", "east-reviewer"):
                admin.grant_user(s, login, 200)
            admin.grant_group(s, "总部/华东/上海", 200)
            admin.grant_user(s, "sh-op", 100)
            admin.grant_user(s, "south-op", 100)
    finally:
        engine.dispose()
    with su(org) as conn:
        conn.execute(
            "SELECT smsdesk.user_set_flags(id, kind, is_reviewer, true) FROM smsdesk.app_user "
            "WHERE login IN ('east-op', 'sh-op', 'east-reviewer')"
        )
    return org


def queue(conn: psycopg.Connection, content: str = "您好，测试内容", *, bodies=None, numbers=NUMBERS,
          template_id=None) -> int:
    return one(
        conn,
        "SELECT smsdesk.task_queue(%s, 'task', 'notification', %s, '测试', NULL, 1, NULL, NULL, %s, %s, %s, %s, %s)",
        uuid.uuid4(),
        content,
        template_id,
        numbers,
        ["China Mobile"] * len(numbers),
        bodies,
        [1] * len(numbers) if bodies else None,
    )


def template(conn: psycopg.Connection, name: str = "模板") -> int:
    return one(conn, "SELECT smsdesk.template_create(%s, 'notification', '您好【姓名】', false, NULL)", name)


def status(org: Org, task_id: int) -> tuple:
    with su(org) as conn:
        return conn.execute(
            "SELECT t.status, t.review_reason, u.quota_used, "
            f"       ({WAITING_TO_GO}) "
            "  FROM smsdesk.send_task t JOIN smsdesk.app_user u ON u.id = t.owner_id WHERE t.id = %(t)s",
            {"t": task_id},
        ).fetchone()


# ---------------------------------------------------------------------------------------------- tasks


def test_operators_cannot_decide_tasks(people):
    with people.connect("sh-op") as conn:
        task = queue(conn)
    with people.connect("east-op") as conn:  # same branch, but an operator
        with refused("SD403", "out_of_scope"):
            conn.execute("SELECT smsdesk.task_review(%s, true)", (task,))
        with refused("42501"):  # the bulk function is not even granted to operators
            conn.execute("SELECT * FROM smsdesk.task_review_many(%s, true)", ([task],))
    assert status(people, task)[0] == "awaiting_review"


def test_reviewers_outside_the_subtree_cannot_decide(people):
    with people.connect("east-op") as conn:
        east_task = queue(conn)
    with people.connect("south-admin") as conn:
        with refused("SD403", "out_of_scope"):
            conn.execute("SELECT smsdesk.task_review(%s, true)", (east_task,))
        rows = conn.execute("SELECT * FROM smsdesk.task_review_many(%s, true)", ([east_task],)).fetchall()
        assert rows == [(east_task, None, "out_of_scope", "only a reviewer over the task's group may review it")]
        # nor can it see the task at all
        assert one(conn, "SELECT count(*) FROM smsdesk.send_task WHERE id = %s", east_task) == 0
    assert status(people, east_task)[0] == "awaiting_review"


def test_a_reviewer_below_cannot_decide_for_the_group_above(people):
    with su(people) as conn:  # an operator of 总部 in review mode, funded
        conn.execute(
            "SELECT smsdesk.user_create('hq-op', '', (SELECT id FROM smsdesk.user_group WHERE parent_id IS NULL),"
            " 'user', false, true, NULL, %s)",
            ("SCRAM-SHA-256$4096:c2FsdA==$a2V5:c2VydmVy",),
        )
    with people.connect("east-reviewer") as conn:
        own = queue(conn)
    with su(people) as conn:
        hq_user = one(conn, "SELECT id FROM smsdesk.app_user WHERE login = 'hq-op'")
        conn.execute("SELECT smsdesk.quota_grant_user(%s, 10)", (hq_user,))
        role = one(conn, "SELECT role_name FROM smsdesk.app_user WHERE login = 'hq-op'")
        conn.execute(psycopg.sql.SQL("SET SESSION AUTHORIZATION {}").format(psycopg.sql.Identifier(role)))
        hq_task = queue(conn)
        conn.execute("RESET SESSION AUTHORIZATION")
    with people.connect("east-reviewer") as conn:
        with refused("SD403", "out_of_scope"):
            conn.execute("SELECT smsdesk.task_review(%s, true)", (hq_task,))
        with refused("SD403", "own"):  # nobody decides their own task
            conn.execute("SELECT smsdesk.task_review(%s, true)", (own,))
        with refused("SD403", "own"):
            conn.execute("SELECT smsdesk.task_review(%s, false, '不行')", (own,))
        rows = conn.execute(
            "SELECT task_id, status, reason FROM smsdesk.task_review_many(%s, true)", ([own, hq_task],)
        ).fetchall()
        assert sorted(rows) == sorted([(own, None, "own"), (hq_task, None, "out_of_scope")])
    with people.connect("east-admin") as conn:  # an administrator over the reviewer decides it
        assert one(conn, "SELECT smsdesk.task_review(%s, true)", own) == "queued"


def test_a_decided_task_cannot_be_decided_again(people):
    with people.connect("east-op") as conn:
        approved, rejected = queue(conn), queue(conn)
    with people.connect("east-reviewer") as conn:
        assert one(conn, "SELECT smsdesk.task_review(%s, true)", approved) == "queued"
        assert one(conn, "SELECT smsdesk.task_review(%s, false, '内容不实')", rejected) == "rejected"
        for task in (approved, rejected):
            with refused("SD409", "decided"):
                conn.execute("SELECT smsdesk.task_review(%s, true)", (task,))
            with refused("SD409", "decided"):
                conn.execute("SELECT smsdesk.task_review(%s, false, '再拒一次')", (task,))
    with people.connect("east-admin") as conn, refused("SD409", "decided"):
        conn.execute("SELECT smsdesk.task_review(%s, false, '管理员也不行')", (approved,))
    assert status(people, approved)[0] == "queued"
    assert status(people, approved)[3] == 3  # its messages were queued once, not twice


def test_a_rejection_needs_a_reason_and_refunds(people):
    with people.connect("east-op") as conn:
        task = queue(conn)
        used_before = one(conn, "SELECT quota_used FROM smsdesk.app_user WHERE login = 'east-op'")
    assert used_before == 3
    with people.connect("east-reviewer") as conn:
        for reason in (None, "", "   "):
            with refused("SD422", "reason_required"):
                conn.execute("SELECT smsdesk.task_review(%s, false, %s)", (task, reason))
        with refused("SD422", "reason_too_long"):
            conn.execute("SELECT smsdesk.task_review(%s, false, %s)", (task, "长" * 501))
        rows = conn.execute(
            "SELECT task_id, status, reason FROM smsdesk.task_review_many(%s, false, ' ')", ([task],)
        ).fetchall()
        assert rows == [(task, None, "reason_required")]
        assert status(people, task)[0] == "awaiting_review"
        assert one(conn, "SELECT smsdesk.task_review(%s, false, '  含有未经核实的信息  ')", task) == "rejected"
    state, reason, used, queued = status(people, task)
    assert (state, reason, used, queued) == ("rejected", "含有未经核实的信息", 0, 0)
    with people.connect("east-op") as conn:  # the submitter sees the reason and the refund
        assert conn.execute(
            "SELECT status, review_reason, refunded, cancelled_count FROM smsdesk.send_task WHERE id = %s", (task,)
        ).fetchone() == ("rejected", "含有未经核实的信息", 3, 3)


def test_approving_checks_the_submitters_account_and_quota_again(people):
    with people.connect("east-op") as conn:
        disabled_owner, over_quota = queue(conn), queue(conn)
    with su(people) as conn:  # IT reset the used counter: the reservations are no longer held
        conn.execute("UPDATE smsdesk.app_user SET quota_used = 1 WHERE login = 'east-op'")
    with people.connect("east-reviewer") as conn:
        with refused("SD402", "quota") as caught:
            conn.execute("SELECT smsdesk.task_review(%s, true)", (over_quota,))
        facts = json.loads(caught[0].diag.message_detail)
        assert (facts["needed"], facts["held"], facts["used"]) == (3, 3, 1)
    with su(people) as conn:
        conn.execute("UPDATE smsdesk.app_user SET quota_used = 6 WHERE login = 'east-op'")
    with people.connect("east-reviewer") as conn:
        # rejecting is still possible (and refunds)
        assert one(conn, "SELECT smsdesk.task_review(%s, false, '额度不足')", over_quota) == "rejected"
    with people.connect("east-admin") as conn:
        conn.execute("SELECT smsdesk.user_set_status(id, 'disabled') FROM smsdesk.app_user WHERE login = 'east-op'")
    with people.connect("east-reviewer") as conn:
        with refused("SD409", "submitter_inactive"):
            conn.execute("SELECT smsdesk.task_review(%s, true)", (disabled_owner,))
        rows = conn.execute(
            "SELECT task_id, status, reason FROM smsdesk.task_review_many(%s, true)", ([disabled_owner],)
        ).fetchall()
        assert rows == [(disabled_owner, None, "submitter_inactive")]
    assert status(people, disabled_owner)[0] == "awaiting_review"


def test_approving_refuses_a_task_past_its_end_time(people):
    with people.connect("east-op") as conn:
        task = queue(conn)
    with su(people) as conn:  # time passed while it waited
        conn.execute(
            "UPDATE smsdesk.send_task SET send_at = now() - interval '2 hours', "
            "expires_at = now() - interval '1 hour' WHERE id = %s",
            (task,),
        )
    with people.connect("east-reviewer") as conn, refused("SD409", "expired"):
        conn.execute("SELECT smsdesk.task_review(%s, true)", (task,))


def test_approving_checks_the_sensitive_words_as_listed_now(people):
    with people.connect("east-op") as conn:
        greeting = one(conn, "SELECT smsdesk.template_create('问候', 'notification', '【姓名】您好', false, NULL)")
    with people.connect("east-admin") as conn:
        conn.execute("SELECT smsdesk.template_review(%s, true)", (greeting,))
    with people.connect("east-op") as conn:
        clean = queue(conn, "您好，本周六门店照常营业。")
        plain = queue(conn, "您好，本店推出新品ＶＩＰ专享，欢迎选购。")
        personal = queue(conn, "【姓名】您好", bodies=["张三您好", "李四，加微信领好礼，您好", "王五您好"],
                         template_id=greeting)
    with people.connect("boss", ADMIN_PASSWORD) as conn:  # words added after the tasks were submitted
        conn.execute("SELECT * FROM smsdesk.word_import(%s, 'test')", (["vip专享", "加微信"],))
    with people.connect("east-reviewer") as conn:
        with refused("SD422", "sensitive_words") as caught:
            conn.execute("SELECT smsdesk.task_review(%s, true)", (plain,))
        assert json.loads(caught[0].diag.message_detail)["words"] == ["vip专享"]  # full width folded like the matcher
        with refused("SD422", "sensitive_words") as caught:
            conn.execute("SELECT smsdesk.task_review(%s, true)", (personal,))
        assert json.loads(caught[0].diag.message_detail)["words"] == ["加微信"]  # found in a personalised body
        rows = conn.execute(
            "SELECT task_id, status, reason FROM smsdesk.task_review_many(%s, true)", ([plain, personal, clean],)
        ).fetchall()
        assert sorted(rows) == sorted(
            [(plain, None, "sensitive_words"), (personal, None, "sensitive_words"), (clean, "queued", None)]
        )
        assert one(conn, "SELECT smsdesk.sensitive_hits('点此加微信')") == ["加微信"]
        # the reviewer rejects what cannot be sent
        assert one(conn, "SELECT smsdesk.task_review(%s, false, '含敏感词')", plain) == "rejected"


def test_nobody_writes_tasks_or_templates_directly(people):
    with people.connect("east-op") as conn:
        task = queue(conn)
        tpl = template(conn)
    for login, password in (("east-reviewer", None), ("east-admin", None), ("boss", ADMIN_PASSWORD), ("east-op", None)):
        with people.connect(login, *([password] if password else [])) as conn:
            for statement, args in (
                ("UPDATE smsdesk.send_task SET status = 'queued' WHERE id = %s", (task,)),
                ("UPDATE smsdesk.send_task SET reviewed_by = owner_id WHERE id = %s", (task,)),
                ("DELETE FROM smsdesk.send_task WHERE id = %s", (task,)),
                (
                    "INSERT INTO smsdesk.message_queue (message_id, task_id, carrier) "
                    "SELECT id, task_id, '' FROM smsdesk.message WHERE task_id = %s",
                    (task,),
                ),
                ("UPDATE smsdesk.message_template SET status = 'approved' WHERE id = %s", (tpl,)),
                (
                    "SELECT smsdesk._task_review_apply(t, NULL, true, NULL) FROM smsdesk.send_task t WHERE id = %s",
                    (task,),
                ),
            ):
                with refused("42501"):
                    conn.execute(statement, args)
    assert status(people, task)[0] == "awaiting_review"


# ---------------------------------------------------------------------------------------------- templates


def test_template_review_refusals(people):
    with people.connect("east-op") as conn:
        tpl, other = template(conn, "东区模板"), template(conn, "另一个")
        with refused("42501"):  # operators do not review: the function is not even granted
            conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
    with people.connect("south-admin") as conn, refused("SD403", "out_of_scope"):
        conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
    with people.connect("east-reviewer") as conn:
        own = template(conn, "审核员的模板")
        with refused("SD403", "own"):
            conn.execute("SELECT smsdesk.template_review(%s, true)", (own,))
        with refused("SD422", "reason_required"):
            conn.execute("SELECT smsdesk.template_review(%s, false, '  ')", (tpl,))
        conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
        with refused("SD409", "decided"):
            conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
        with refused("SD409", "decided"):
            conn.execute("SELECT smsdesk.template_review(%s, false, '改主意了')", (tpl,))
        conn.execute("SELECT smsdesk.template_review(%s, false, '缺少退订方式')", (other,))
        with refused("SD409", "decided"):  # rejected is rejected; it can only be approved on review again
            conn.execute("SELECT smsdesk.template_review(%s, false, '再拒一次')", (other,))
        conn.execute("SELECT smsdesk.template_review(%s, true)", (other,))  # APR-1: reviewed again
        assert one(conn, "SELECT status FROM smsdesk.message_template WHERE id = %s", other) == "approved"
    with people.connect("sh-op") as conn:  # a template of 上海 is reviewed from 华东 but not by an operator of 上海
        sh = template(conn, "上海模板")
    with people.connect("east-reviewer") as conn:
        conn.execute("SELECT smsdesk.template_review(%s, false, '请补充签名')", (sh,))


def test_a_template_authored_above_the_reviewer_is_not_theirs_to_review(people):
    with people.connect("boss", ADMIN_PASSWORD) as conn:  # a public template of 华东 written at head office
        east = one(conn, "SELECT id FROM smsdesk.user_group WHERE name = '华东'")
        tpl = one(conn, "SELECT smsdesk.template_create('总部下发', 'notification', '您好', true, %s)", east)
    with people.connect("east-reviewer") as conn, refused("SD403", "out_of_scope"):
        conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
    with people.connect("east-admin") as conn, refused("SD403", "out_of_scope"):
        conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))


# ---------------------------------------------------------------------------------------------- audit, notify


def test_every_decision_is_audited(people):
    with people.connect("east-op") as conn:
        a, b, c = queue(conn), queue(conn), queue(conn)
        tpl = template(conn)
    with people.connect("east-reviewer") as conn:
        conn.execute("SELECT smsdesk.task_review(%s, true)", (a,))
        conn.execute("SELECT * FROM smsdesk.task_review_many(%s, false, '批量拒绝')", ([b, c],))
        conn.execute("SELECT smsdesk.template_review(%s, false, '缺少称呼')", (tpl,))
    with su(people) as conn:
        rows = conn.execute(
            "SELECT action, (details->>'task')::bigint, details->>'reason', actor_role FROM smsdesk.audit_log "
            "WHERE action IN ('task.approve', 'task.reject', 'template.approve', 'template.reject') ORDER BY id"
        ).fetchall()
    role = rows[0][3]
    assert role.endswith("u_east-reviewer")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("task.approve", a, None),
        ("task.reject", b, "批量拒绝"),
        ("task.reject", c, "批量拒绝"),
        ("template.reject", None, "缺少称呼"),
    ]


def test_queues_notify_when_items_arrive_or_leave(people):
    with people.connect("east-reviewer") as listener:
        listener.execute("LISTEN smsdesk_approval")
        with people.connect("east-op") as conn:
            task = queue(conn)
            tpl = template(conn)
        with people.connect("east-admin") as conn:
            conn.execute("SELECT * FROM smsdesk.task_review_many(%s, true)", ([task],))
            conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
        seen = []
        deadline = time.monotonic() + 5
        while len(seen) < 4 and time.monotonic() < deadline:
            seen += [n.payload for n in listener.notifies(timeout=0.5, stop_after=4 - len(seen))]
        assert seen == ["task", "template", "task", "template"]
