"""Sending (issue #6): preview over every recipient path, submit through the database, and the bad inputs."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import pytest

from smsdesk.domain import schedule
from smsdesk.infra.tabular import TableError
from smsdesk.services import admin, blacklist, library, sending
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.services.errors import ServiceError
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD, build_org, ensure_signature
from tests.db.contacts_helpers import contact_id, group_id, seed_books, set_full_numbers, write_csv, write_xlsx

pytestmark = pytest.mark.db

CONTENT = "您的保单即将到期，请及时续保。"  # 15 characters + 【测试公司】 = 1 segment


@pytest.fixture(scope="module")
def world(shared_org_db):
    build_org(shared_org_db)
    ensure_signature(shared_org_db, "测试公司")
    seed_books(shared_org_db)
    as_su(shared_org_db, lambda s: admin.grant_group(s, "总部/华东/上海", 1_000))
    as_su(shared_org_db, lambda s: [admin.grant_user(s, login, 1_000) for login in ("east-op", "sh-op")])
    as_su(shared_org_db, lambda s: blacklist.store_numbers(s, None, "global", ["+8613300000001"]))
    as_su(shared_org_db, lambda s: blacklist.store_numbers(s, None, "kind", ["+8613300000002"], kind="marketing"))
    as_su(shared_org_db, lambda s: library.add_word(s, "赌博"))
    return shared_org_db


def as_su(db, fn):
    engine = make_engine(db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            return fn(s)
    finally:
        engine.dispose()


class User:
    def __init__(self, db, login):
        self.db, self.login = db, login
        self.signed = sign_in(db.target, login, PASSWORD)

    def run(self, fn, *args):
        return session_service.run(self.signed, fn, *args)

    def preview(self, **kw) -> sending.Preview:
        kw.setdefault("content", CONTENT)
        kw.setdefault("signature", "测试公司")
        return self.run(sending.preview, None, sending.Draft(**kw))

    def submit(self, p, key=None):
        return self.run(sending.submit, p, key or uuid.uuid4())

    def close(self):
        self.signed.close()


@pytest.fixture
def op(world):
    user = User(world, "east-op")
    yield user
    user.close()


def quota_used(db, login):
    with db.connect_su() as su:
        return su.execute("select quota_used from smsdesk.app_user where login = %s", (login,)).fetchone()[0]


def tasks_of(db, login):
    with db.connect_su() as su:
        return su.execute(
            "select count(*) from smsdesk.send_task t join smsdesk.app_user u on u.id = t.owner_id where u.login = %s",
            (login,),
        ).fetchone()[0]


# -- preview ------------------------------------------------------------------------------------------------


def test_typed_numbers_are_split_cleaned_and_deduplicated(op):
    p = op.preview(typed="13800138000, 139-0013-9000；+86 138-0013-8000\n12345 ；abc;  13300000001")
    assert p.numbers == ["+8613800138000", "+8613900139000"]
    assert p.duplicate_count == 1
    assert {r for _, r, _ in p.invalid} == {"12345", "abc"}
    assert p.blacklisted == [("+8613300000001", "global")]
    assert p.segments == 1 and p.message.text.startswith("【测试公司】")
    assert p.cost == sending.PRICES.cost(2, "notification")
    assert p.can_submit, p.problems


def test_every_path_merges_into_one_list(op, world, tmp_path):
    set_full_numbers(world, "east-op", False)
    f = write_csv(tmp_path / "numbers.csv", [["姓名", "手机"], ["甲", "13800138000"], ["乙", "13700000003"]])
    vip = group_id(world, "east-op", "客户/上海")  # its sub-group VIP comes with it
    zhao = contact_id(world, "赵强", "east-op")
    bad = contact_id(world, "坏号码", "east-op")
    p = op.preview(typed="13600000004", file=str(f), column="手机", contact_ids=[zhao, bad], group_ids=[vip])
    assert p.column == "手机"
    assert p.numbers == ["+8613600000004", "+8613800138000", "+8613700000003"]
    states = {c.shown: c.state for c in p.contacts}
    assert states["138****8000"] == "duplicate"  # 张伟 is in the file already
    assert states["139****9000"] == "valid" and states["150****0000"] == "valid" and states["136****2222"] == "valid"
    assert "invalid" in states.values()  # 坏号码 has no usable mobile
    assert all("*" in c.shown for c in p.contacts)  # SEC-3: masked without the right
    assert p.valid_count == 6
    result = op.submit(p)
    assert result.status == "queued"
    with world.connect_su() as su:
        sent = {r[0] for r in su.execute("select number from smsdesk.message where task_id = %s", (result.task_id,))}
    assert sent == {
        "+8613600000004",
        "+8613800138000",
        "+8613700000003",
        "+8613900139000",
        "+8615000150000",
        "+8613611112222",
    }


def test_contacts_of_another_book_are_never_reached(world):
    other = User(world, "south-op")
    try:
        p = other.preview(contact_ids=[contact_id(world, "张伟", "east-op")], typed="13800000009")
        assert p.contacts == []
    finally:
        other.close()


def test_kind_blacklist_and_sensitive_words_and_quiet_hours(op):
    night = datetime.now(schedule.BEIJING).replace(hour=23, minute=0, second=0, microsecond=0) + timedelta(days=1)
    p = op.preview(kind="marketing", typed="13300000002 13800138000", content="周末赌博大优惠", send_at=night)
    assert p.blacklisted == [("+8613300000002", "kind")]
    assert p.words == ["赌博"] and "**" in p.message.text
    assert p.message.text.endswith("退订回T")
    codes = dict(p.warnings)
    assert "quiet_hours" in codes
    assert datetime.fromisoformat(codes["quiet_hours"]).astimezone(schedule.BEIJING).hour == 8
    assert "sensitive_words" in codes


def test_emoji_and_right_to_left_text(op):
    p = op.preview(typed="13800138000", content="مرحبا 👋 שלום", signature=None)
    assert p.message.encoding == "UCS2" and p.message.units == 13
    result = op.submit(p)
    with op.db.connect_su() as su:
        assert su.execute("select content from smsdesk.send_task where id = %s", (result.task_id,)).fetchone()[0] == (
            "مرحبا 👋 שלום"
        )


def test_a_20000_character_message_is_refused_clearly(op, world):
    before = tasks_of(world, "east-op")
    p = op.preview(typed="13800138000", content="长" * 20_000)
    assert ("content_over_limit", "500") in p.problems
    with pytest.raises(ServiceError, match="content_over_limit"):
        op.submit(p)
    assert tasks_of(world, "east-op") == before


def test_a_time_in_the_past_is_refused(op):
    p = op.preview(typed="13800138000", send_at=datetime.now(UTC) - timedelta(hours=2))
    assert p.problems[0][0] == "past_schedule"
    with pytest.raises(ServiceError, match="past_schedule"):
        op.submit(p)


def test_a_future_time_gives_a_scheduled_task(op):
    p = op.preview(typed="13800138000", send_at=datetime.now(UTC) + timedelta(days=1))
    assert op.submit(p).status == "scheduled"


# -- files --------------------------------------------------------------------------------------------------


def test_files_in_gbk_utf8_and_utf16(op, tmp_path):
    rows = [["姓名", "手机号码"], ["张三", "13800138000"], ["李四", "13900139000"]]
    for encoding in ("gbk", "utf-8", "utf-8-sig", "utf-16"):
        f = write_csv(tmp_path / f"{encoding}.csv", rows, encoding=encoding)
        p = op.preview(file=str(f))
        assert p.column == "手机号码", encoding
        assert p.numbers == ["+8613800138000", "+8613900139000"], encoding


def test_floats_formulas_and_merged_cells(op, tmp_path):
    f = write_xlsx(
        tmp_path / "excel.xlsx",
        [
            ["手机", "备注"],
            [13800138000.0, "浮点"],
            [1.39001390e10, "科学计数"],
            ["=A2", "公式"],
            [None, "合并"],
            [13700000003, "整数"],
        ],
        merge="A5:A6",
    )
    p = op.preview(file=str(f), column="手机")
    assert "+8613800138000" in p.numbers and "+8613900139000" in p.numbers
    assert p.sources["file"] >= 2


def test_bad_files_give_clear_errors(op, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(TableError, match="empty"):
        op.preview(file=str(empty))
    binary = tmp_path / "fake.xlsx"
    binary.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(TableError) as exc:
        op.preview(file=str(binary))
    assert exc.value.reason == "not_spreadsheet"
    names = write_csv(tmp_path / "names.csv", [["姓名", "城市"], ["张三", "上海"], ["李四", "北京"]])
    with pytest.raises(ServiceError, match="phone") as exc:
        op.preview(file=str(names))
    assert exc.value.code == "no_numbers"
    with pytest.raises(TableError, match="no column"):
        op.preview(file=str(names), column="手机")


# -- submit ---------------------------------------------------------------------------------------------------


def test_quota_short_by_exactly_one_segment(world):
    as_su(world, lambda s: admin.grant_user(s, "east-reviewer", 3))
    user = User(world, "east-reviewer")
    try:
        p = user.preview(typed="13800138000 13900139000 13700000003 13600000004")
        assert p.needed == 4 and p.quota_left == 3
        assert ("quota_short", "1") in p.problems
        before = quota_used(world, "east-reviewer")
        with pytest.raises(sending.InsufficientQuota) as exc:
            user.submit(p)
        assert exc.value.shortfall == 1
        assert quota_used(world, "east-reviewer") == before
        assert tasks_of(world, "east-reviewer") == 0
    finally:
        user.close()


def test_same_task_twice_and_a_connection_lost_between_preview_and_submit(op, world):
    p = op.preview(typed="13800138000 13900139000")
    key = uuid.uuid4()
    with world.connect_su() as su:  # the connection that made the preview is gone
        su.execute(
            "select pg_terminate_backend(pid) from pg_stat_activity where usename = %s and pid <> pg_backend_pid()",
            (op.signed.profile.role_name,),
        )
    op.close()
    again = User(world, "east-op")
    try:
        used = quota_used(world, "east-op")
        first = again.submit(p, key)
        second = again.submit(p, key)
        assert first.task_id == second.task_id
        assert quota_used(world, "east-op") == used + 2
        with world.connect_su() as su:
            assert su.execute("select count(*) from smsdesk.send_task where task_key = %s", (key,)).fetchone()[0] == 1
            audits = su.execute(
                "select count(*) from smsdesk.audit_log where action = 'task.queue' and details->>'task' = %s",
                (str(first.task_id),),
            ).fetchone()[0]
        assert audits == 1
    finally:
        again.close()


def test_review_mode_gives_awaiting_review(world):
    with world.connect_su() as su:
        su.execute("update smsdesk.app_user set review_mode = true where login = 'sh-op'")
    user = User(world, "sh-op")
    try:
        p = user.preview(typed="13800138000")
        assert ("review", "") in p.warnings
        assert user.submit(p).status == "awaiting_review"
    finally:
        user.close()
        with world.connect_su() as su:
            su.execute("update smsdesk.app_user set review_mode = false where login = 'sh-op'")


def test_a_modified_client_cannot_skip_the_blacklist(op, world):
    p = op.preview(typed="13800138000")
    p.numbers.append("+8613300000001")  # blacklisted globally, smuggled past the preview
    p.carriers.append("")
    result = op.submit(p)
    with world.connect_su() as su:
        sent = [r[0] for r in su.execute("select number from smsdesk.message where task_id = %s", (result.task_id,))]
    assert sent == ["+8613800138000"]


def test_twenty_concurrent_submitters_never_overspend(org_db):
    build_org(org_db)
    ensure_signature(org_db, "测试公司")
    as_su(org_db, lambda s: admin.grant_user(s, "south-op", 50))  # room for exactly ten tasks of five segments
    users = [User(org_db, "south-op") for _ in range(20)]  # twenty consoles of one user
    try:
        previews = [u.preview(typed="13800138000 13900139000 13700000003 13600000004 13500000005") for u in users]
        assert all(p.needed == 5 for p in previews)

        def go(i: int) -> bool:
            try:
                users[i].submit(previews[i])
                return True
            except sending.InsufficientQuota:
                return False

        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(go, range(20)))
    finally:
        for u in users:
            u.close()
    assert sum(results) == 10
    with org_db.connect_su() as su:
        used, limit = su.execute(
            "select quota_used, quota_limit from smsdesk.app_user where login = 'south-op'"
        ).fetchone()
        reserved = su.execute("select sum(reserved) from smsdesk.send_task").fetchone()[0]
        moved = su.execute("select sum(amount) from smsdesk.quota_movement where reason = 'task.reserve'").fetchone()[0]
    assert used == limit == reserved == moved == 50
