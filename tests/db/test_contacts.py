"""Address-book services (BOOK-1..BOOK-3): trees, contacts, search, imports and exports, and bad input."""

from __future__ import annotations

import csv
import os
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smsdesk.infra.jobs import QuietJob
from smsdesk.services import contacts, contacts_transfer
from smsdesk.services import session as session_service
from smsdesk.services.auth import sign_in
from smsdesk.services.contacts import ContactDraft, View
from smsdesk.services.contacts_transfer import ExportRequest, ImportRequest
from smsdesk.services.errors import ServiceError
from smsdesk.ui.jobs import Cancelled
from tests.db.conftest import PASSWORD, build_org
from tests.db.contacts_helpers import (
    contact_id,
    count_in_group,
    group_id,
    seed_books,
    set_full_numbers,
    user_id,
    write_csv,
    write_xlsx,
)

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def db(shared_org_db):
    build_org(shared_org_db)
    seed_books(shared_org_db)
    return shared_org_db


@pytest.fixture(scope="module")
def users(db):
    signed = {login: sign_in(db.target, login, PASSWORD) for login in ("east-op", "east-admin", "south-op", "sh-op")}
    yield signed
    for s in signed.values():
        s.close()


def run(signed, fn, *args):
    return session_service.run(signed, fn, *args)


def fresh_group(db, login: str, name: str) -> int:
    return group_id(db, login, f"测试/{name}")


# -- tree ---------------------------------------------------------------------------------------------------


def test_a_tree_of_any_depth_with_quotes_and_slashes(db, users):
    op = users["east-op"]
    me = op.profile.id
    deep = "/".join([f"层{i}" for i in range(1, 31)] + ["\"引号\" '单引号'"])
    leaf = run(op, contacts.ensure_group_path, me, deep)
    book = run(op, contacts.load_book)
    assert book.path(leaf) == deep
    assert run(op, contacts.ensure_group_path, me, deep) == leaf  # found, not created twice
    with pytest.raises(ServiceError) as err:
        run(op, contacts.create_group, me, leaf, "a/b")
    assert err.value.code == "invalid"
    run(op, contacts.create_group, me, leaf, "重名")
    with pytest.raises(ServiceError) as err:
        run(op, contacts.create_group, me, leaf, "重名")
    assert err.value.code == "conflict"


def test_moving_a_group_into_its_own_descendant_is_refused(db, users):
    op = users["east-op"]
    me = op.profile.id
    top = run(op, contacts.ensure_group_path, me, "移动/上")
    below = run(op, contacts.ensure_group_path, me, "移动/上/中/下")
    with pytest.raises(ServiceError) as err:
        run(op, contacts.move_group, top, below)
    assert err.value.code == "invalid" and "own subtree" in err.value.detail
    with pytest.raises(ServiceError) as err:
        run(op, contacts.move_group, top, top)
    assert err.value.code == "invalid"
    # into another user's book: refused too (even for an administrator over both)
    other = group_id(db, "sh-op", "同事")
    with pytest.raises(ServiceError) as err:
        run(users["east-admin"], contacts.move_group, top, other)
    assert err.value.code == "invalid"
    # a real move keeps the paths below it
    run(op, contacts.move_group, below, None)
    book = run(op, contacts.load_book)
    assert book.path(below) == "下"
    run(op, contacts.move_group, below, top)
    assert run(op, contacts.load_book).path(below) == "移动/上/下"


def test_deleting_a_group_takes_its_subtree_and_says_how_much(db, users):
    op = users["east-op"]
    me = op.profile.id
    a = run(op, contacts.ensure_group_path, me, "删除/甲")
    b = run(op, contacts.ensure_group_path, me, "删除/甲/乙")
    run(op, contacts.create_contact, a, ContactDraft(name="一", mobile="13500000001"))
    run(op, contacts.create_contact, b, ContactDraft(name="二", mobile="13500000002"))
    run(op, contacts.create_contact, b, ContactDraft(name="三", mobile="13500000003"))
    top = group_id(db, "east-op", "删除")
    assert run(op, contacts.subtree_stats, top) == (3, 3)
    assert run(op, contacts.delete_group, a) == {"groups": 2, "contacts": 3}
    assert count_in_group(db, b) == 0
    assert run(op, contacts.subtree_stats, top) == (1, 0)


# -- contacts -----------------------------------------------------------------------------------------------


def test_contacts_are_normalised_masked_and_invalid_ones_kept(db, users):
    op = users["east-op"]
    g = fresh_group(db, "east-op", "录入")
    good = run(op, contacts.create_contact, g, ContactDraft(name="钱七", mobile="+86 138-0013-8001", email="q@x.cn"))
    bad = run(op, contacts.create_contact, g, ContactDraft(name="孙八", mobile="1380013"))
    rows = {r.id: r for r in run(op, contacts.list_view, View(group_ids=(g,))).first_rows}
    assert rows[good].mobile == "138****8001" and rows[good].mobile_state == "valid" and rows[good].masked
    assert rows[bad].mobile_state == "invalid" and rows[bad].mobile == "***0013"
    with pytest.raises(ServiceError) as err:
        run(op, contacts.create_contact, g, ContactDraft(name="重复", mobile="13800138001"))
    assert err.value.code == "number_in_group"
    with pytest.raises(ServiceError) as err:
        run(op, contacts.create_contact, g, ContactDraft(name="", mobile=""))
    assert err.value.code == "invalid"
    with pytest.raises(ServiceError):
        run(op, contacts.create_contact, g, ContactDraft(name="x", mobile="", email="not-an-email"))


def test_full_numbers_for_those_with_the_right(db, users):
    admin = users["east-admin"]
    zhang = contact_id(db, "张伟", "east-op")
    with pytest.raises(ServiceError) as err:
        run(admin, contacts.read_rows, [zhang], True)
    assert err.value.code == "forbidden"
    set_full_numbers(db, "east-admin")
    try:
        row = run(admin, contacts.read_rows, [zhang], True)[0]
        assert (row.mobile, row.mobile_e164, row.masked) == ("13800138000", "+8613800138000", False)
    finally:
        set_full_numbers(db, "east-admin", False)


def test_editing_keeps_masked_numbers_and_refuses_stale_versions(db, users):
    op, admin = users["east-op"], users["east-admin"]
    g = fresh_group(db, "east-op", "编辑")
    cid = run(op, contacts.create_contact, g, ContactDraft(name="周九", mobile="13300000009", phone="021-12345678"))
    mine = run(op, contacts.contact, cid)
    theirs = run(admin, contacts.contact, cid)  # an administrator opens the same contact
    # the operator saves first; the numbers it saw masked are kept (None)
    run(op, contacts.update_contact, cid, mine.version, ContactDraft(name="周九九", mobile=None, phone=None))
    with pytest.raises(ServiceError) as err:
        run(admin, contacts.update_contact, cid, theirs.version, ContactDraft(name="周十", mobile=None, phone=None))
    assert err.value.code == "contact_changed"
    now = run(admin, contacts.contact, cid)
    assert now.name == "周九九" and now.mobile == "133****0009" and now.phone == "021-****5678"
    run(admin, contacts.update_contact, cid, now.version, ContactDraft(name="周十", mobile=None, phone=None))
    assert run(op, contacts.contact, cid).name == "周十"


def test_two_users_saving_at_once_lose_no_row_and_one_is_told(db, users):
    op = users["east-op"]
    g = fresh_group(db, "east-op", "并发")
    cid = run(op, contacts.create_contact, g, ContactDraft(name="并发", mobile="13300000010"))
    version = run(op, contacts.contact, cid).version
    barrier = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def save(login, signed):
        barrier.wait()
        try:
            outcomes[login] = run(signed, contacts.update_contact, cid, version, ContactDraft(name=login, mobile=None))
        except ServiceError as exc:
            outcomes[login] = exc.code

    threads = [threading.Thread(target=save, args=(k, users[k])) for k in ("east-op", "east-admin")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(map(str, outcomes.values())) == sorted([str(version + 1), "contact_changed"])
    assert count_in_group(db, g) == 1
    winner = next(k for k, v in outcomes.items() if v == version + 1)
    assert run(op, contacts.contact, cid).name == winner


def test_moving_and_copying_contacts_skip_numbers_already_there(db, users):
    op = users["east-op"]
    a = fresh_group(db, "east-op", "源")
    b = fresh_group(db, "east-op", "目标")
    x = run(op, contacts.create_contact, a, ContactDraft(name="甲", mobile="13700000001"))
    y = run(op, contacts.create_contact, a, ContactDraft(name="乙", mobile="13700000002"))
    run(op, contacts.create_contact, b, ContactDraft(name="乙在目标", mobile="13700000002"))
    assert run(op, contacts.move_contacts, [x, y], b, True) == {"moved": 1, "skipped": 1}
    assert count_in_group(db, a) == 2 and count_in_group(db, b) == 2
    assert run(op, contacts.move_contacts, [x, y], b, False) == {"moved": 0, "skipped": 2}
    c = fresh_group(db, "east-op", "第三")
    assert run(op, contacts.move_contacts, [x, y], c, False) == {"moved": 2, "skipped": 0}
    assert count_in_group(db, a) == 0
    book = run(op, contacts.load_book)
    counts = {g.id: g.contact_count for g in book.groups}
    assert (counts[a], counts[b], counts[c]) == (0, 2, 2)  # kept by the statement triggers


def test_an_administrator_moves_contacts_into_a_users_book(db, users):
    admin = users["east-admin"]
    mine = group_id(db, "east-admin", "合作伙伴")
    theirs = fresh_group(db, "sh-op", "来自管理员")
    cid = run(admin, contacts.create_contact, mine, ContactDraft(name="转交", mobile="13700000099"))
    run(admin, contacts.move_contacts, [cid], theirs, False)
    row = run(users["sh-op"], contacts.contact, cid)
    assert row.owner_id == user_id(db, "sh-op") and row.group_id == theirs


# -- search -------------------------------------------------------------------------------------------------


def test_search_by_name_fragment_number_start_or_end_and_email(db, users):
    op = users["east-op"]
    g = fresh_group(db, "east-op", "搜索")
    run(op, contacts.create_contact, g, ContactDraft(name="欧阳娜娜", mobile="13912345678", email="Nana@Example.cn"))
    run(op, contacts.create_contact, g, ContactDraft(name="Li Lei", mobile="+44 7911 123456"))

    def names(text):
        listing = run(op, contacts.list_view, View(search=text))
        return {r.name for r in listing.first_rows}

    assert names("阳娜") == {"欧阳娜娜"}
    assert names("娜") >= {"欧阳娜娜", "李娜"}
    assert names("1391234") == {"欧阳娜娜"}
    assert names("5678") == {"欧阳娜娜"}
    assert names("+86 139 1234 5678") == {"欧阳娜娜"}
    assert names("nana@") == {"欧阳娜娜"}
    assert names("lilei") == {"Li Lei"}
    assert names("447911") == {"Li Lei"}
    assert names("138 0013 8000") == {"张伟"}  # south-op's 张伟 has it too, but is not mine
    assert run(users["east-admin"], contacts.list_view, View(search="张伟")).ids == [contact_id(db, "张伟", "east-op")]


def test_listing_sorts_by_any_column(db, users):
    op = users["east-op"]
    g = group_id(db, "east-op", "客户/上海/VIP")
    by_name = run(op, contacts.list_view, View(group_ids=(g,))).ids
    by_mobile_desc = run(op, contacts.list_view, View(group_ids=(g,), sort="mobile", descending=True))
    assert [r.name for r in by_mobile_desc.first_rows] == ["王芳", "李娜", "张伟"]
    assert sorted(by_name) == sorted(by_mobile_desc.ids)
    with pytest.raises(ServiceError):
        run(op, contacts.list_view, View(group_ids=(g,), sort="mobile_e164; drop table x"))


# -- import -------------------------------------------------------------------------------------------------


def do_import(signed, path, group, mapping=None, **kw):
    request = ImportRequest(path=str(path), group_id=group, mapping=mapping or {"name": 0, "mobile": 1}, **kw)
    return run(signed, lambda s: contacts_transfer.import_contacts(s, None, request))


def test_the_databases_masks_and_number_shape_match_the_rules(db, users):
    """mask_number and the E.164 check are written without bounded regex repeats (fast on bulk imports): the same
    answers as domain.masking and as "^\\+[1-9][0-9]{6,14}$"."""
    from smsdesk.domain.masking import mask_number

    samples = [
        "13812345678",
        "+8613812345678",
        "+1234567",
        "12345678",
        "1234567",
        "123456",
        "++12345678",
        "1234567a8",
        "+",
        "12345678+",
        "021-66666666",
        "(021) 6666-6666",
        "1" + "0" * 30,
        "",
    ]
    shapes = [
        "+8613812345678",
        "+1234567",
        "+12345678",
        "+0123456789",
        "+1234567890123456",
        "+123456789012345",
        "+12345a78",
        "8613812345678",
        "++12345678",
        "+",
    ]
    with db.connect_su() as su:
        for p in samples:
            assert su.execute("select smsdesk.mask_number(%s)", (p,)).fetchone()[0] == mask_number(p), p
        for m in shapes:
            new, old = su.execute(
                "select %(m)s ~ '^\\+[1-9][0-9]*$' and length(%(m)s) between 8 and 16, %(m)s ~ '^\\+[1-9][0-9]{6,14}$'",
                {"m": m},
            ).fetchone()
            assert new == old, m
    # the table's constraint still refuses a number the client's checks would have stopped
    op = users["east-op"]
    g = fresh_group(db, "east-op", "号码格式")

    def stage(s, e164):
        from smsdesk.store.repositories_contacts import ContactRepository

        repo = ContactRepository(s)
        repo.import_begin()
        repo.import_stage_text(["1\t某人\t" + e164 + "\t13800138000\t\t\t\t{}\n"])
        return repo.import_finish(g, False, [], "t.csv")

    for bad in ("+0123456789", "+1234567890123456", "+123456"):
        with pytest.raises(ServiceError) as err:
            run(op, stage, bad)
        assert err.value.code == "invalid"
    assert run(op, stage, "+8613800138000")["inserted"] == 1
    assert count_in_group(db, g) == 1


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_text_files_in_the_encodings_people_save(db, users, tmp_path, encoding):
    g = fresh_group(db, "east-op", f"编码{encoding}")
    path = write_csv(
        tmp_path / "c.csv", [["姓名", "手机"], ["欧阳锋", "13811112222"], ["黄药师", "+86 139 1111 2222"]], encoding
    )
    preview = contacts_transfer.preview(QuietJob(), str(path))
    assert preview.guess["name"] == 0 and preview.guess["mobile"] == 1
    result = do_import(users["east-op"], path, g)
    assert (result.imported, result.rejected) == (2, 0)
    names = {r.name for r in run(users["east-op"], contacts.list_view, View(group_ids=(g,))).first_rows}
    assert names == {"欧阳锋", "黄药师"}


def test_duplicates_within_the_file_and_against_the_group(db, users, tmp_path):
    op = users["east-op"]
    g = fresh_group(db, "east-op", "重复")
    run(op, contacts.create_contact, g, ContactDraft(name="旧名字", mobile="13600000001", notes="保留"))
    rows = [
        ["姓名", "手机", "备注"],
        ["新名字", "13600000001", "新备注"],  # already in the group
        ["甲", "13600000002", ""],
        ["甲二", "+86 136 0000 0002", "同号"],  # the same number again, written otherwise
        ["乙", "12345", ""],  # invalid
        ["", "", ""],
    ]
    path = write_csv(tmp_path / "dup.csv", rows)
    mapping = {"name": 0, "mobile": 1, "notes": 2}
    skip = do_import(op, path, g, mapping)
    assert (skip.rows, skip.imported, skip.updated, skip.invalid, skip.duplicates) == (4, 1, 0, 1, 2)
    assert skip.rejected == 3 and os.path.exists(skip.rejected_file)
    with open(skip.rejected_file, encoding="utf-8-sig") as f:
        rejected = list(csv.reader(f))
    assert rejected[0][:2] == ["row", "reason"]
    reasons = {r[0]: r[1] for r in rejected[1:]}
    assert reasons == {"2": "already in the group", "4": "duplicate of row 3", "5": "invalid mobile: too_short"}

    update = do_import(op, path, g, mapping, update=True, keep_invalid=True)
    assert (update.imported, update.updated, update.invalid, update.duplicates) == (1, 2, 1, 1)
    rows = {r.name: r for r in run(op, contacts.list_view, View(group_ids=(g,))).first_rows}
    assert "新名字" in rows and rows["新名字"].notes == "新备注"  # updated in place
    assert "甲二" in rows and "甲" not in rows  # the later row of the file won
    assert rows["乙"].mobile_state == "invalid"


def test_rejected_rows_of_a_file_with_a_long_name_are_saved(db, users, tmp_path):
    # A 234-character file name made the import fail: "the rejected rows could not be written anywhere".
    g = fresh_group(db, "east-op", "长文件名")
    path = tmp_path / ("客户名单_" + "x" * 225 + ".csv")
    write_csv(path, [["姓名", "手机"], ["张三", "13811110000"], ["李四", "12345"]])
    result = do_import(users["east-op"], path, g)
    assert (result.imported, result.rejected) == (1, 1)
    saved = Path(result.rejected_file)
    assert saved.parent == tmp_path and len(saved.name) < 100 and saved.name.startswith("客户名单_xxx")
    assert contacts_transfer.rejects_stem('a<b>:c"d/e\\f|g?h*i') == "a_b_c_d_e_f_g_h_i"


def test_an_import_is_all_or_nothing(db, users, tmp_path, monkeypatch):
    op = users["east-op"]
    g = fresh_group(db, "east-op", "全有全无")
    path = write_csv(
        tmp_path / "a.csv", [["姓名", "手机", "备注"]] + [[f"人{i}", f"1350000{i:04d}", ""] for i in range(500)]
    )

    class CancelAtLoad:
        def progress(self, done, total, text="", *, force=False):
            if text == "load" and done >= 80:
                raise Cancelled()

        def check(self):
            pass

    request = ImportRequest(path=str(path), group_id=g, mapping={"name": 0, "mobile": 1})
    with pytest.raises(Cancelled):
        run(op, lambda s: contacts_transfer.import_contacts(s, CancelAtLoad(), request))
    assert count_in_group(db, g) == 0
    # a row the database refuses (the client's checks bypassed) undoes the whole file
    monkeypatch.setitem(contacts_transfer.LIMITS, "notes", 10_000)
    rows = [["姓名", "手机", "备注"]] + [[f"人{i}", f"1350000{i:04d}", ""] for i in range(500)]
    rows[300][2] = "长" * 3000
    path = write_csv(tmp_path / "b.csv", rows)
    with pytest.raises(ServiceError) as err:
        do_import(op, path, g, {"name": 0, "mobile": 1, "notes": 2})
    assert err.value.code == "invalid"
    assert count_in_group(db, g) == 0


def test_custom_fields_come_from_the_file(db, users, tmp_path):
    op = users["east-op"]
    g = fresh_group(db, "east-op", "自定义")
    path = write_csv(tmp_path / "f.csv", [["姓名", "手机", "等级"], ["甲", "13600000011", "金卡"]])
    result = do_import(op, path, g, {"name": 0, "mobile": 1, "new:等级": 2})
    assert result.imported == 1
    book = run(op, contacts.load_book)
    field = next(f for f in book.fields_of(op.profile.id) if f.label == "等级")
    row = run(op, contacts.list_view, View(group_ids=(g,))).first_rows[0]
    assert row.custom == {field.key: "金卡"}


def test_spreadsheets_numbers_floats_formulas_and_merged_headers(db, users, tmp_path):
    op = users["east-op"]
    g = fresh_group(db, "east-op", "表格")
    path = write_xlsx(
        tmp_path / "book.xlsx",
        [
            ["客户通讯录", None, None],  # a title typed over cells merged across the sheet
            ["姓名", "电话号码", None],  # "电话号码" merged over the mobile and the landline columns
            ["甲", 13611110001, "021-1234567"],  # a number cell: Excel keeps it as a float
            ["乙", "13611110002", ""],
            ["丙", '="136"&"11110003"', ""],  # a formula, with its value cached below
            ["丁", "1.36111E+10", ""],  # what Excel shows once it rounded a number: digits lost
            ["戊", "0086 136 1111 0005", ""],
        ],
        merge="A1:C1",
    )
    _cache_formula_value(path, "B5", "13611110003")
    preview = contacts_transfer.preview(QuietJob(), str(path))
    assert preview.headers[:2] == ["姓名", "电话号码"]
    assert preview.guess["mobile"] == 1 and preview.guess["name"] == 0
    result = do_import(op, path, g, {"name": 0, "mobile": 1})
    assert (result.rows, result.imported, result.invalid) == (5, 4, 1)
    names = {r.name for r in run(op, contacts.list_view, View(group_ids=(g,))).first_rows}
    assert names == {"甲", "乙", "丙", "戊"}


def _cache_formula_value(path, cell: str, value: str) -> None:
    """openpyxl writes formulas without the value Excel would cache; add it as Excel does."""
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    xml = items[sheet].decode("utf-8")
    start = xml.index(f'<c r="{cell}"')
    end = xml.index("</c>", start)
    formula = xml[xml.index("<f>", start) : xml.index("</f>", start) + 4]
    xml = xml[:start] + f'<c r="{cell}" t="str">{formula}<v>{value}</v>' + xml[end:]
    items[sheet] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items.items():
            z.writestr(name, data)


def test_mixed_encodings_in_one_file(db, users, tmp_path):
    g = fresh_group(db, "east-op", "混合编码")
    path = tmp_path / "mixed.csv"
    path.write_bytes("姓名,手机\n".encode() + "令狐冲,13811113333\n".encode("gbk") + "任盈盈,13811114444\n".encode())
    result = do_import(users["east-op"], path, g)
    assert result.imported == 2
    names = {r.name for r in run(users["east-op"], contacts.list_view, View(group_ids=(g,))).first_rows}
    assert names == {"令狐冲", "任盈盈"}


BAD_FILES = {
    "empty.csv": (lambda: b"", "file_empty"),
    "header.csv": (lambda: "姓名,手机\n".encode(), "file_header_only"),
    "names.csv": (lambda: "姓名,城市\n张三,北京\n李四,上海\n".encode(), "no_numbers"),
    "binary.xlsx": (lambda: os.urandom(4096), "file_not_spreadsheet"),
    "garbage.csv": (lambda: os.urandom(50 * 1024 * 1024), "file_not_text"),  # 50 MB
    "secret.xlsx": (  # how Excel saves a password-protected workbook: a compound file with these streams
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 64,
        "file_encrypted",
    ),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_files_are_refused_with_a_clear_reason(db, users, tmp_path, name):
    from smsdesk.ui.messages import describe

    content, code = BAD_FILES[name]
    g = fresh_group(db, "east-op", "坏文件")
    path = tmp_path / name
    path.write_bytes(content())
    with pytest.raises(ServiceError) as err:
        do_import(users["east-op"], path, g)
    sentence, _detail = describe(err.value)
    reason = getattr(err.value, "reason", None)
    assert (f"file_{reason}" if reason else err.value.code) == code
    assert sentence != describe(ServiceError("database"))[0]  # a sentence of its own, not the generic one
    assert count_in_group(db, g) == 0


def test_no_mobile_column_chosen(db, users, tmp_path):
    g = fresh_group(db, "east-op", "无手机列")
    path = write_csv(tmp_path / "x.csv", [["姓名", "手机"], ["甲", "13600000021"]])
    with pytest.raises(ServiceError) as err:
        do_import(users["east-op"], path, g, {"name": 0})
    assert err.value.code == "no_mobile_column"


# -- export -------------------------------------------------------------------------------------------------


def test_exports_are_masked_audited_and_open_in_excel(db, users, tmp_path):
    op = users["east-op"]
    book = run(op, contacts.load_book)
    vip = group_id(db, "east-op", "客户/上海/VIP")
    top = group_id(db, "east-op", "客户")
    request = ExportRequest(
        path=str(tmp_path / "out.csv"),
        group_ids=tuple(book.subtree(top)),
        headers={"name": "姓名", "mobile": "手机"},
        group_paths={g.id: book.path(g.id) for g in book.groups},
        description="客户",
    )
    result = run(op, lambda s: contacts_transfer.export_contacts(s, None, request))
    assert result.rows == 5 and result.masked
    raw = (tmp_path / "out.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel opens the Chinese right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Group", "姓名", "手机"]
    assert ["客户/上海/VIP", "张伟", "138****8000"] in [r[:3] for r in rows]

    set_full_numbers(db, "east-admin")
    try:
        admin = users["east-admin"]
        ids = tuple(run(admin, contacts.list_view, View(group_ids=(vip,))).ids)
        request = ExportRequest(path=str(tmp_path / "out.xlsx"), ids=ids, full_numbers=True, description="VIP")
        result = run(admin, lambda s: contacts_transfer.export_contacts(s, None, request))
    finally:
        set_full_numbers(db, "east-admin", False)
    sheet = load_workbook(tmp_path / "out.xlsx", read_only=True).active
    values = [[v or "" for v in r] for r in sheet.iter_rows(values_only=True)]
    assert values[0][:3] == ["Group", "Name", "Mobile"] and ["", "张伟", "13800138000"] in [v[:3] for v in values]
    with db.connect_su() as su:
        audited = su.execute(
            "select actor_role, target, details->>'rows', details->>'masked' from smsdesk.audit_log "
            "where action = 'contacts.export' order by id"
        ).fetchall()
    assert [(a[1], a[2], a[3]) for a in audited[-2:]] == [("客户", "5", "true"), ("VIP", "3", "false")]


# -- command line -------------------------------------------------------------------------------------------


def _db_url(db) -> str:
    su = db.su
    return f"postgresql://{su.user}@/{db.name}?host={su.host}&port={su.port}"


def test_the_command_line_import_prints_one_line_and_fails_clearly(db, tmp_path, capsys):
    from smsdesk.admin.cli import main

    path = write_xlsx(
        tmp_path / "客户.xlsx",
        [["姓名", "手机", "邮箱", "等级"], ["甲", "13611119991", "a@x.cn", "金卡"], ["乙", "bad", "", ""]],
        sheet="名单",
    )
    args = ["--db", _db_url(db), "contacts", "import", str(path), "--owner", "sh-op", "--group", '区域/"VIP" 客户']
    code = main([*args, "--map", "name=姓名,mobile=B,email=3,等级=等级", "--sheet", "名单"])
    out, err = capsys.readouterr()
    assert code == 0, err
    line = out.strip()
    assert "\n" not in line and line.startswith("contacts=import owner=sh-op")
    values = dict(part.split("=", 1) for part in line.replace('"VIP" 客户', "VIP").split() if "=" in part)
    assert (values["imported"], values["invalid"], values["rejected"]) == ("1", "1", "1")
    assert (
        group_id(db, "sh-op", '区域/"VIP" 客户') and count_in_group(db, group_id(db, "sh-op", '区域/"VIP" 客户')) == 1
    )

    garbage = tmp_path / "garbage.xlsx"
    garbage.write_bytes(os.urandom(2048))
    bad = ["--db", _db_url(db), "contacts", "import", str(garbage), "--owner", "sh-op", "--group", "x"]
    code = main([*bad, "--map", "mobile=B"])
    out, err = capsys.readouterr()
    assert code != 0 and out == "" and "not an Excel workbook" in err
    code = main([*args, "--map", "name=姓名"])
    out, err = capsys.readouterr()
    assert code != 0 and "mobile=COLUMN" in err
