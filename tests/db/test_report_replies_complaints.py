"""Replies (REP-1) and complaint handling (LOG-4) on a real database: who sees which replies and what they matched,
who may delete them (plain SQL as each user's own role, all or nothing, audited), and blacklisting the numbers of
chosen messages in one step (the caller must see the messages and hold the list; reason required; audited)."""

from __future__ import annotations

import json

import psycopg
import pytest
from sqlalchemy import text

from smsdesk.infra.jobs import QuietJob
from smsdesk.services import admin, complaints, report_replies
from smsdesk.services.errors import ServiceError
from smsdesk.services.report_replies import ReplyFilter
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import Org, build_org, ensure_signature
from tests.db.test_tasks_service import queue, session_as

pytestmark = pytest.mark.db


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
def replied(org):
    """Replies to an east and a south task (one an opt-out), and one that matched nothing, as the dispatcher's
    recording function leaves them."""
    ids = {"east": queue(org, "east-op", 3, name="东区", start=0), "south": queue(org, "south-op", 2, start=500),
           "sh": queue(org, "sh-op", 2, start=700)}
    with session_as(org, None) as s:
        s.execute(text(
            "INSERT INTO smsdesk.inbound_reply (number, text, message_id, task_id, owner_id, group_id, kind, opt_out)"
            " SELECT m.number, x.txt, m.id, t.id, t.owner_id, t.group_id, t.kind, x.txt = 'TD'"
            "   FROM smsdesk.message m JOIN smsdesk.send_task t ON t.id = m.task_id"
            "   JOIN (VALUES (:e, '好的_100%'), (:e, 'TD'), (:s, '收到'), (:h, '谢谢')) x(task, txt) ON x.task = t.id"
            "  WHERE m.id = (SELECT min(id) FROM smsdesk.message WHERE task_id = t.id)"),
            {"e": ids["east"], "s": ids["south"], "h": ids["sh"]})
        s.execute(text("INSERT INTO smsdesk.inbound_reply (number, text) VALUES ('+8613999990000', '你是谁')"))
    return ids


def texts(org, login, password=None, **f):
    from tests.db import test_tasks_service as tts

    if password:
        with _as(org, login, password) as s:
            return sorted(r.text for r in report_replies.replies_page(s, ReplyFilter(**f)).rows)
    with tts.session_as(org, login) as s:
        return sorted(r.text for r in report_replies.replies_page(s, ReplyFilter(**f)).rows)


def _as(org, login, password):
    from contextlib import contextmanager

    from smsdesk.store import roles
    from smsdesk.store.database import make_engine, session_factory, unit_of_work

    @contextmanager
    def cm():
        engine = make_engine(org.target.with_login(roles.user_role(org.name, login), password), pool_size=1)
        try:
            with unit_of_work(session_factory(engine)) as s:
                yield s
        finally:
            engine.dispose()

    return cm()


def test_scopes(org, replied):
    assert texts(org, "east-op") == ["TD", "好的_100%"]
    assert texts(org, "sh-op") == ["谢谢"]
    assert texts(org, "east-admin") == ["TD", "好的_100%", "谢谢"]
    assert texts(org, "east-reviewer") == ["TD", "好的_100%", "谢谢"]
    assert texts(org, "south-admin") == ["收到"]
    assert "你是谁" in texts(org, "boss", ADMIN_PASSWORD)  # matched nothing: top-level administrators


def test_what_each_reply_matched_and_filters(org, replied):
    with session_as(org, "east-admin") as s:
        rows = report_replies.replies_page(s, ReplyFilter()).rows
    td = next(r for r in rows if r.text == "TD")
    assert td.opt_out and td.matched and td.task_id == replied["east"] and td.owner_login == "east-op"
    assert td.kind == "notification" and "快递" in td.sent_text and "****" in td.number
    assert td.can_delete
    assert texts(org, "east-admin", reply="_100%") == ["好的_100%"]  # wildcards literal
    assert texts(org, "east-admin", reply="%") == ["好的_100%"]
    assert texts(org, "east-admin", opt_out=True) == ["TD"]
    assert texts(org, "east-admin", task_id=replied["sh"]) == ["谢谢"]
    assert texts(org, "east-admin", sent="快递") == ["TD", "好的_100%", "谢谢"]
    assert texts(org, "boss", ADMIN_PASSWORD, matched=False) == ["你是谁"]
    assert texts(org, "east-admin", number="0000") == ["TD", "好的_100%"]  # +8613800000000
    with pytest.raises(ServiceError):
        texts(org, "east-admin", number="12")
    with session_as(org, "east-op") as s:
        assert not any(r.can_delete for r in report_replies.replies_page(s, ReplyFilter()).rows)


def test_delete_plain_sql_as_each_role(org, replied):
    o = Org(org)
    with o.connect("east-op") as conn:
        mine = [r[0] for r in conn.execute("SELECT id FROM smsdesk.report_replies_page('{}', NULL, 100)")]
        with pytest.raises(psycopg.Error) as err:
            conn.execute("SELECT smsdesk.reply_delete(%s)", (mine,))
        assert err.value.sqlstate == "SD403"
        # and the table itself is not writable
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM smsdesk.inbound_reply")
    with o.connect("south-admin") as conn:
        with pytest.raises(psycopg.Error) as err:  # not in the south subtree: nothing deleted
            conn.execute("SELECT smsdesk.reply_delete(%s)", (mine,))
        assert err.value.sqlstate == "SD403"
    with o.connect("east-admin") as conn:
        sh = conn.execute("SELECT id FROM smsdesk.report_replies_page(%s, NULL, 10)",
                          (json.dumps({"task": replied["sh"]}),)).fetchone()[0]
        assert conn.execute("SELECT smsdesk.reply_delete(%s)", ([sh],)).fetchone()[0] == 1
    with session_as(org, None) as s:
        assert s.execute(text("SELECT count(*) FROM smsdesk.inbound_reply WHERE id = :i"), {"i": sh}).scalar() == 0
        audit = s.execute(text("SELECT details FROM smsdesk.audit_log WHERE action = 'reply.delete' "
                               "ORDER BY id DESC LIMIT 1")).scalar()
        assert audit["deleted"] == 1 and audit["ids"] == [sh]


def test_replies_export(org, replied, tmp_path):
    path = tmp_path / "replies.csv"
    with session_as(org, "east-admin") as s:
        out = report_replies.export_replies(s, QuietJob(), report_replies.ReplyExportRequest(str(path), ReplyFilter()))
    assert out.rows >= 2
    assert path.read_text(encoding="utf-8-sig").splitlines()[0].startswith("Received,Number,Reply")


def message_ids(org, task_id):
    with session_as(org, None) as s:
        return [r[0] for r in s.execute(text("SELECT id FROM smsdesk.message WHERE task_id = :t ORDER BY id"),
                                        {"t": task_id})]


def test_complaint_blacklists_numbers_of_chosen_messages(org, replied):
    east = message_ids(org, replied["east"])
    south = message_ids(org, replied["south"])
    with session_as(org, None) as s:
        east_group = s.execute(text("SELECT smsdesk.group_find('总部/华东')")).scalar()
    # a reason is required, checked before any query and by the database
    with session_as(org, "east-admin") as s, pytest.raises(ServiceError) as err:
        complaints.blacklist_numbers(s, complaints.BlacklistRequest(tuple(east[:2]), "group", "  ", east_group))
    assert err.value.code == "reason_required"
    o = Org(org)
    with o.connect("east-admin") as conn:
        with pytest.raises(psycopg.Error) as e:
            conn.execute("SELECT * FROM smsdesk.complaint_blacklist(%s, 'group', %s, NULL, '')", (east[:2], east_group))
        assert e.value.sqlstate == "SD422"
        # a message of the south branch is not the east administrator's to see: nothing is added
        with pytest.raises(psycopg.Error) as e:
            conn.execute("SELECT * FROM smsdesk.complaint_blacklist(%s, 'group', %s, NULL, '投诉')",
                         (east[:1] + south[:1], east_group))
        assert e.value.sqlstate == "SD403"
        # the global list is the top-level administrators'
        with pytest.raises(psycopg.Error) as e:
            conn.execute("SELECT * FROM smsdesk.complaint_blacklist(%s, 'global', NULL, NULL, '投诉')", (east[:1],))
        assert e.value.sqlstate == "SD403"
    with o.connect("east-op") as conn, pytest.raises(psycopg.Error) as e:  # an operator holds no list
        conn.execute("SELECT * FROM smsdesk.complaint_blacklist(%s, 'group', %s, NULL, '投诉')", (east[:1], east_group))
    assert e.value.sqlstate == "SD403"
    with session_as(org, None) as s:
        assert s.execute(text("SELECT count(*) FROM smsdesk.blacklist_entry")).scalar() == 0
    with session_as(org, "east-admin") as s:
        result = complaints.blacklist_numbers(
            s, complaints.BlacklistRequest(tuple(east[:2]), "group", "客户投诉", group_id=east_group))
    assert (result.added, result.existing) == (2, 0)
    with _as(org, "boss", ADMIN_PASSWORD) as s:
        again = complaints.blacklist_numbers(
            s, complaints.BlacklistRequest(tuple(east + south), "kind", "投诉退订", kind="notification"))
    assert again.added == 5
    with session_as(org, None) as s:
        numbers = {r[0] for r in s.execute(text("SELECT number FROM smsdesk.blacklist_entry"))}
        assert 8613800000000 in numbers and 8613800000001 in numbers
        audit = s.execute(text("SELECT details FROM smsdesk.audit_log WHERE action = 'complaint.blacklist' "
                               "ORDER BY id")).scalars().all()
    assert [a["reason"] for a in audit] == ["客户投诉", "投诉退订"] and audit[0]["messages"] == 2
