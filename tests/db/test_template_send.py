"""Template sends (TPL-2) through the same service the console uses: data files in their real shapes, bindings,
every row rendered and priced, and the submit with its times, quota and the database's own template check."""

from __future__ import annotations

import time
import uuid
from datetime import datetime, timedelta
from decimal import Decimal

import openpyxl
import psycopg
import pytest
from sqlalchemy import text

from smsdesk.infra.jobs import QuietJob
from smsdesk.infra.tabular import TableError
from smsdesk.services import admin, library, org, tasks
from smsdesk.services import template_send as ts
from smsdesk.services.auth import sign_in
from smsdesk.services.errors import ServiceError
from smsdesk.services.session import run
from smsdesk.services.tasks import InsufficientQuota
from smsdesk.store import roles
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import PASSWORD, build_org

pytestmark = pytest.mark.db

RENEWAL = "尊敬的【姓名】先生，您的【险种】保险应于【应缴日期】缴纳，金额【金额】元。"
VARIABLES = ["姓名", "险种", "应缴日期", "金额"]
HEADERS = ["姓名", "手机号码", "险种", "应缴日期", "金额"]
ROWS = [
    ["张三", "13800138000", "车险", "2026-12-01", "1200"],
    ["李四", "+86 139-0013-9000", "寿险", "2026-12-02", "800.5"],
    ["王五", "13800138000", "车险", "2026-12-03", "99"],  # the same number as row 2
    ["赵六", "12345", "意外险", "2026-12-04", "10"],  # not a mobile
    ["孙七", "18600186000", "", "2026-12-05", "66"],  # no 险种
]


@pytest.fixture(scope="module")
def people(shared_org_db):
    """Signed-in users of the shared organisation, a private template of east-op approved by the reviewer,
    a pending one, a signature for 华东, and 1,000 segments of quota for east-op."""
    db = shared_org_db
    build_org(db)
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.grant_user(s, "east-op", 1_000)
    finally:
        engine.dispose()
    signed = {"boss": sign_in(db.target, "boss", ADMIN_PASSWORD, pool_size=1)}
    for login in ("east-admin", "east-op", "east-reviewer", "south-op"):
        signed[login] = sign_in(db.target, login, PASSWORD, pool_size=1)
    east = signed["east-admin"].profile.group_id
    run(signed["east-admin"], library.create_signature, east, "华东保险", True)
    approved = run(signed["east-op"], library.create_template, "续期提醒", "notification", RENEWAL, False)
    pending = run(signed["east-op"], library.create_template, "未审核", "notification", "您好【姓名】", False)
    run(signed["east-reviewer"], library.review_template, approved, True)
    signed["db"] = db
    signed["approved"] = approved
    signed["pending"] = pending
    yield signed
    for value in signed.values():
        if hasattr(value, "close"):
            value.close()


def as_(people, login, fn, *args, **kwargs):
    return run(people[login], fn, *args, **kwargs)


def write_csv(path, rows, encoding="utf-8", headers=HEADERS):
    lines = [",".join(headers)] + [",".join(row) for row in rows]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return str(path)


def write_xlsx(path, rows, headers=HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return str(path)


def read(path):
    return ts.read_data_file(QuietJob(), path)


def preview(people, path, login="east-op", template=None, signature="华东保险", bindings=None):
    data = read(path)
    template_id = people["approved"] if template is None else template
    row = as_(people, login, ts.usable_template, template_id)
    bindings = bindings or ts.guess_bindings(row.variables, data)
    user_id = people[login].profile.id
    return as_(
        people, login, ts.preview_send, QuietJob(), template_id, data, bindings, signature=signature, user_id=user_id
    )


def test_options_list_only_approved_templates_the_user_may_send(people):
    options = as_(
        people, "east-op", ts.send_options, people["east-op"].profile.group_path, people["east-op"].profile.id
    )
    assert [t.name for t in options.templates] == ["续期提醒"]
    assert options.default_signature is not None and options.default_signature.text == "华东保险"
    assert options.quota_left == 1_000
    # a reviewer sees east-op's private template in the library, but cannot send with it
    assert as_(people, "east-reviewer", ts.send_options).templates == []
    assert as_(people, "south-op", ts.send_options).templates == []
    with pytest.raises(ServiceError) as err:
        as_(people, "east-op", ts.usable_template, None)
    assert err.value.code == "template_none"
    with pytest.raises(ServiceError) as err:
        as_(people, "east-op", ts.usable_template, people["pending"])
    assert err.value.code == "template_not_approved"


def test_rendering_every_row_with_missing_invalid_and_duplicates(people, tmp_path):
    result = preview(people, write_csv(tmp_path / "renewal.csv", ROWS))
    assert result.bindings.phone == 1
    assert result.bindings.variables == {"姓名": 0, "险种": 2, "应缴日期": 3, "金额": 4}
    assert result.rows == 5
    assert result.numbers == ["+8613800138000", "+8613900139000"]
    assert result.bodies[0] == "尊敬的张三先生，您的车险保险应于2026-12-01缴纳，金额1200元。"
    assert result.bodies[1].endswith("金额800.5元。")
    assert result.problems == {"missing": 1, "invalid": 1, "duplicate": 1, "sensitive": 0, "too_long": 0}
    by_row = {r.row: r for r in result.preview}
    assert by_row[4].problem == "duplicate" and by_row[4].detail == "2"  # file rows count the header as row 1
    assert by_row[5].problem == "invalid" and by_row[5].segments == 0
    assert by_row[6].problem == "missing" and by_row[6].detail == "险种"
    assert "【险种】" in by_row[6].body
    assert [r.row for r in result.missing_rows] == [6]
    assert result.segments == [1, 1]
    assert by_row[2].cost == Decimal("0.05")  # the installation's price list (setting "prices"), as shipped
    assert result.reserve == 2 and result.cost == Decimal("0.10") and result.quota_short == 0


def test_the_preview_prices_rows_with_the_installations_price_list(people, tmp_path):
    from smsdesk.services import report_rollups

    price_id = as_(people, "boss", report_rollups.set_price, "notification", "", "0.032", None)
    try:
        result = preview(people, write_csv(tmp_path / "renewal.csv", ROWS))
        assert {r.row: r for r in result.preview}[2].cost == Decimal("0.032")
        assert result.cost == Decimal("0.064")
    finally:
        with people["db"].connect_su() as conn:  # a price in force stays (history): the test takes its own back
            conn.execute("DELETE FROM smsdesk.price_list WHERE id = %s", (price_id,))


def test_long_rows_cost_more_segments_than_short_ones(people, tmp_path):
    rows = [["张三", "13800138000", "车险", "2026-12-01", "1"], ["李四", "13900139000", "长" * 60, "2026-12-01", "1"]]
    result = preview(people, write_csv(tmp_path / "long.csv", rows))
    assert result.segments == [1, 2]
    assert result.reserve == 3
    assert [r.segments for r in result.preview] == [1, 2]


def test_a_gbk_csv_reads_like_utf8(people, tmp_path):
    gbk = preview(people, write_csv(tmp_path / "gbk.csv", ROWS, encoding="gbk"))
    utf8 = preview(people, write_csv(tmp_path / "utf8.csv", ROWS))
    utf16 = preview(people, write_csv(tmp_path / "utf16.csv", ROWS, encoding="utf-16"))
    assert gbk.bodies == utf8.bodies == utf16.bodies
    assert read(write_csv(tmp_path / "gbk2.csv", ROWS, encoding="gbk")).encoding == "gb18030"


def test_xlsx_with_numbers_as_floats(people, tmp_path):
    rows = [
        ["张三", 13800138000, "车险", datetime(2026, 12, 1), 1200.0],
        ["李四", 13900139000.0, "寿险", datetime(2026, 12, 2, 9, 30), 800.5],
    ]
    result = preview(people, write_xlsx(tmp_path / "floats.xlsx", rows))
    assert result.numbers == ["+8613800138000", "+8613900139000"]
    assert result.bodies[0] == "尊敬的张三先生，您的车险保险应于2026-12-01缴纳，金额1200元。"
    assert "2026-12-02 09:30:00" in result.bodies[1] and result.bodies[1].endswith("金额800.5元。")


def test_bad_files_and_bindings_are_explained(people, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TableError) as err:
        read(str(empty))
    assert err.value.reason == "empty"
    header_only = tmp_path / "header.csv"
    header_only.write_text(",".join(HEADERS) + "\n", encoding="utf-8")
    with pytest.raises(TableError) as err:
        read(str(header_only))
    assert err.value.reason == "header_only"
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"\x00\x01binary, not a workbook" * 20)
    with pytest.raises(TableError) as err:
        read(str(fake))
    assert err.value.reason == "not_spreadsheet"

    path = write_csv(tmp_path / "other.csv", [["张三", "13800138000"]], headers=["客户", "手机"])
    data = read(path)
    bindings = ts.guess_bindings(VARIABLES, data)
    assert bindings.phone == 1 and bindings.unbound() == ["姓名", "险种", "应缴日期", "金额"]
    with pytest.raises(ts.UnboundVariables) as unbound:
        preview(people, path, bindings=bindings)
    assert unbound.value.code == "variable_unbound" and unbound.value.names == ["姓名", "险种", "应缴日期", "金额"]
    with pytest.raises(ServiceError) as err:
        preview(people, path, bindings=ts.Bindings(None, dict.fromkeys(VARIABLES, 0)))
    assert err.value.code == "phone_unbound"
    no_phone = read(write_csv(tmp_path / "nophone.csv", [["张三", "车险"]], headers=["姓名", "险种"]))
    assert ts.guess_bindings(["姓名"], no_phone).phone is None


def test_times_are_checked(people, tmp_path):
    result = preview(people, write_csv(tmp_path / "t.csv", ROWS[:2]))
    now = datetime.now()
    for start, end, code in [
        (now + timedelta(hours=2), now + timedelta(hours=1), "end_before_start"),
        (None, now - timedelta(minutes=5), "end_before_start"),
        (now - timedelta(hours=1), None, "start_in_past"),
    ]:
        with pytest.raises(ServiceError) as err:
            as_(people, "east-op", ts.submit, None, result, name="t", start=start, end=end)
        assert err.value.code == code
    # the database refuses it too, whatever a client sends
    with people["db"].connect_su() as su:
        assert su.execute("SELECT count(*) FROM smsdesk.send_task").fetchone()[0] == 0


def test_submit_queues_personal_bodies_and_reserves_their_segments(people, tmp_path):
    rows = [*ROWS, ["周八", "13700137000", "长" * 60, "2026-12-01", "1"]]
    result = preview(people, write_csv(tmp_path / "send.csv", rows))
    assert result.segments == [1, 1, 2]
    key = uuid.uuid4()
    before = as_(people, "east-op", ts.quota_left, people["east-op"].profile.id)
    start = datetime.now() + timedelta(hours=1)
    task_id = as_(
        people,
        "east-op",
        ts.submit,
        None,
        result,
        name="续期 12月",
        start=start,
        end=start + timedelta(hours=4),
        task_key=key,
    )
    again = as_(
        people,
        "east-op",
        ts.submit,
        None,
        result,
        name="续期 12月",
        start=start,
        end=start + timedelta(hours=4),
        task_key=key,
    )
    assert again == task_id  # a double click or a retry queues nothing twice
    assert as_(people, "east-op", ts.quota_left, people["east-op"].profile.id) == before - 4
    task = as_(people, "east-op", tasks.get, task_id)
    assert task.status == "scheduled" and task.recipient_count == 3
    with people["db"].connect_su() as su:
        rows = su.execute(
            "SELECT m.number, m.body, m.segments FROM smsdesk.message m WHERE task_id = %s ORDER BY id", (task_id,)
        ).fetchall()
        template_id, reserved, expires = su.execute(
            "SELECT template_id, reserved, expires_at FROM smsdesk.send_task WHERE id = %s", (task_id,)
        ).fetchone()
    assert [(n, s) for n, _, s in rows] == [("+8613800138000", 1), ("+8613900139000", 1), ("+8613700137000", 2)]
    assert rows[0][1] == result.bodies[0]
    assert template_id == people["approved"] and reserved == 4
    assert abs(expires - (start + timedelta(hours=4)).astimezone()) < timedelta(seconds=1)


def test_quota_short_by_one_segment_is_refused_with_the_shortfall(people, tmp_path):
    result = preview(people, write_csv(tmp_path / "q.csv", ROWS[:2]))
    left = as_(people, "east-op", ts.quota_left, people["east-op"].profile.id)
    engine = make_engine(people["db"].su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:  # leave the user one segment short of the two needed
            s.execute(
                text("UPDATE smsdesk.app_user SET quota_used = quota_used + :n WHERE login = 'east-op'"),
                {"n": left - 1},
            )
        again = preview(people, write_csv(tmp_path / "q2.csv", ROWS[:2]))
        assert again.quota_left == 1 and again.quota_short == 1
        with pytest.raises(InsufficientQuota) as err:
            as_(people, "east-op", ts.submit, None, result, name="short")
        assert err.value.code == "insufficient_quota" and err.value.shortfall == 1
    finally:
        with unit_of_work(session_factory(engine)) as s:
            s.execute(
                text("UPDATE smsdesk.app_user SET quota_used = quota_used - :n WHERE login = 'east-op'"),
                {"n": left - 1},
            )
        engine.dispose()


def test_the_database_refuses_unapproved_templates_and_foreign_bodies(people):
    """Straight through task_queue as the operator's own role: the console's checks are not the boundary."""
    db = people["db"]
    role = roles.user_role(db.name, "east-op")
    with psycopg.connect(**db.target.with_login(role, PASSWORD).conninfo(), autocommit=True) as conn:
        with people["db"].connect_su() as su:
            pending_text = su.execute(
                "SELECT content FROM smsdesk.message_template WHERE id = %s", (people["pending"],)
            ).fetchone()[0]

        def queue(template_id, content, bodies, kind="notification"):
            return conn.execute(
                "SELECT smsdesk.task_queue(%s, 't', %s, %s, '华东保险', NULL, 1, NULL, NULL, %s, %s, %s, %s, %s)",
                (uuid.uuid4(), kind, content, template_id, ["+8613800138000"], [""], bodies, [1]),
            ).fetchone()[0]

        with pytest.raises(psycopg.Error) as err:
            queue(people["pending"], pending_text, ["您好张三"])
        assert err.value.sqlstate == "SD403"
        good = "尊敬的张三先生，您的车险保险应于2026-12-01缴纳，金额1.5元。"
        for content, bodies, kind in [
            (RENEWAL, ["恭喜中奖，点击领取"], "notification"),  # not the template's text
            ("别的内容【姓名】", [good], "notification"),  # not the template at all
            (RENEWAL, [good], "marketing"),  # not the template's kind
        ]:
            with pytest.raises(psycopg.Error) as err:
                queue(people["approved"], content, bodies, kind)
            assert err.value.sqlstate == "SD422", err.value
        with people["db"].connect_su() as su:
            assert su.execute("SELECT count(*) FROM smsdesk.send_task WHERE name = 't'").fetchone()[0] == 0


def test_unsent_messages_expire_at_the_end_time_and_are_refunded(people, tmp_path):
    result = preview(people, write_csv(tmp_path / "expire.csv", ROWS[:2]))
    user = people["east-op"].profile.id
    before = as_(people, "east-op", ts.quota_left, user)
    task_id = as_(
        people, "east-op", ts.submit, None, result, name="expiring", end=datetime.now() + timedelta(seconds=1.5)
    )
    assert as_(people, "east-op", ts.quota_left, user) == before - 2
    time.sleep(1.6)
    with people["db"].connect_su() as su:  # what every dispatcher runs about once a second
        dispatcher = su.execute("SELECT smsdesk.dispatcher_register('test', 'here', 1, 'test')").fetchone()[0]
        su.execute("SELECT smsdesk.dispatch_maintenance(%s, 5, false)", (dispatcher,))
        su.execute("SELECT smsdesk.dispatcher_stop(%s)", (dispatcher,))
    task = as_(people, "east-op", tasks.get, task_id)
    assert task.status == "expired" and task.expired_count == 2
    assert as_(people, "east-op", ts.quota_left, user) == before
    assert as_(people, "east-op", org.quota_ledger, user).balanced
