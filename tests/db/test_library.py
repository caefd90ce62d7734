"""The content library's services as the console and the command line use them: phrases, signatures, templates,
sensitive words and blacklists, their imports and the bad input an operator will try."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from smsdesk.demo import library as demo_library
from smsdesk.demo import org as demo_org
from smsdesk.services import blacklist, library
from smsdesk.services.auth import sign_in
from smsdesk.services.errors import ServiceError
from smsdesk.services.session import run
from tests.conftest import ADMIN_PASSWORD
from tests.db.conftest import PASSWORD, build_org

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def people(shared_org_db):
    """Signed-in sessions of the shared organisation, by login; ``people.db`` is the database."""
    build_org(shared_org_db)
    with shared_org_db.connect_su() as conn:  # the top administrator reads the blacklists' numbers in full (SEC-3)
        conn.execute("SELECT smsdesk.user_set_full_numbers(id, true) FROM smsdesk.app_user WHERE login = 'boss'")
    signed = {"boss": sign_in(shared_org_db.target, "boss", ADMIN_PASSWORD, pool_size=1)}
    for login in ("east-admin", "east-op", "east-reviewer", "south-op", "sh-op"):
        signed[login] = sign_in(shared_org_db.target, login, PASSWORD, pool_size=1)
    signed["db"] = shared_org_db
    yield signed
    for key, value in signed.items():
        if key != "db":
            value.close()


def as_(people, login, fn, *args, **kwargs):
    return run(people[login], fn, *args, **kwargs)


def code_of(people, login, fn, *args, **kwargs) -> str:
    with pytest.raises(ServiceError) as err:
        as_(people, login, fn, *args, **kwargs)
    return err.value.code


# ------------------------------------------------------------------------------------------------ phrases


def test_phrases_in_groups_public_and_personal(people):
    group = as_(people, "east-op", library.create_phrase_group, "客服常用", True)
    mine = as_(people, "east-op", library.create_phrase_group, "自己的", False)
    first = as_(people, "east-op", library.add_phrase, group, "  您好，请问有什么可以帮您？ ")
    as_(people, "east-op", library.add_phrase, mine, "下午三点回电")
    assert code_of(people, "east-op", library.add_phrase, group, "   ") == "phrase_empty"
    assert code_of(people, "east-op", library.add_phrase, group, "长" * 501) == "phrase_too_long"
    assert code_of(people, "east-op", library.create_phrase_group, "客服常用", True) == "conflict"
    assert code_of(people, "east-op", library.create_phrase_group, " ", True) == "phrase_group_empty"

    book = as_(people, "east-reviewer", library.phrase_book)
    assert [g.name for g in book.groups] == ["客服常用"]
    assert [p.content for p in book.in_group(group)] == ["您好，请问有什么可以帮您？"]
    assert [p.content for p in as_(people, "east-op", library.phrase_book, "回电").phrases] == ["下午三点回电"]
    assert as_(people, "south-op", library.phrase_book).groups == []

    as_(people, "east-op", library.update_phrase, first, "您好！")
    as_(people, "east-op", library.rename_phrase_group, group, "客服问候")
    assert code_of(people, "east-reviewer", library.delete_phrase, first) == "forbidden"
    as_(people, "east-admin", library.delete_phrase, first)  # an administrator over the group tidies up
    as_(people, "east-op", library.delete_phrase_group, mine)
    assert as_(people, "east-op", library.phrase_book).phrases == []


# ------------------------------------------------------------------------------------------------ signatures


@pytest.mark.parametrize(
    ("signature", "code"),
    [
        ("", "signature_empty"),
        ("华", "signature_too_short"),
        ("【华】", "signature_too_short"),
        ("一二三四五六七八九", "signature_too_long"),
        ("【【华东】】", "signature_nested_brackets"),
        ("【华东", "signature_unbalanced_brackets"),
        ("华\t东", "signature_bad_chars"),
    ],
)
def test_bad_signatures_are_explained(people, signature, code):
    east = as_(people, "east-admin", lambda s: library.rights(s).group_id)
    assert library.signature_problem(signature) == code
    assert code_of(people, "east-admin", library.create_signature, east, signature) == code


def test_signatures_per_group_with_one_default(people):
    south = people["south-op"].profile.group_id
    east = people["east-admin"].profile.group_id
    assert code_of(people, "east-op", library.create_signature, east, "华东分部") == "forbidden"
    a = as_(people, "east-admin", library.create_signature, east, "【华东分部】")
    b = as_(people, "east-admin", library.create_signature, east, "二八分公司", True)
    assert code_of(people, "east-admin", library.create_signature, south, "华南") == "forbidden"
    rows = [r for r in as_(people, "sh-op", library.signatures) if r.group_id == east]
    assert {(r.text, r.is_default) for r in rows} == {("华东分部", False), ("二八分公司", True)}
    as_(people, "east-admin", library.set_default_signature, a)
    as_(people, "east-admin", library.update_signature, b, "华东客服")
    rows = as_(people, "sh-op", library.signatures)
    path = [g for g in people["sh-op"].profile.group_path.split("/")]
    assert len(path) == 3
    default = library.default_signature(rows, [people["boss"].profile.group_id, east, 0])
    assert default is not None and default.bracketed == "【华东分部】"


# ------------------------------------------------------------------------------------------------ templates


def test_template_preview_shows_variables_and_segments():
    p = library.preview_template(demo_library.DEMO_RENEWAL, {"姓名": "张三"}, signature="演示集团")
    assert p.variables == ("姓名", "险种", "应缴日期", "期数", "金额")
    assert p.rendered.startswith("**人寿自动语音系统温馨提示：尊敬的张三先生")
    assert p.measure.encoding == "UCS2" and p.measure.segments == 2
    assert p.measure.text.startswith("【演示集团】")
    bad = library.preview_template("您好【姓名，欢迎")
    assert bad.error == "template_unclosed" and bad.error_position == 2
    assert library.preview_template("【 】").error == "template_empty_name"


def test_templates_need_approval_and_go_back_to_review_when_edited(people):
    with pytest.raises(ServiceError) as err:
        library.check_template("续期", "notification", "您好【姓名")
    assert err.value.code == "template_unclosed"
    assert code_of(people, "east-op", library.create_template, "续期", "notification", "您好【姓名") == (
        "template_unclosed"
    )
    assert code_of(people, "east-op", library.create_template, "", "notification", "您好") == "template_name_empty"
    tid = as_(people, "east-op", library.create_template, "续期提醒", "notification", demo_library.DEMO_RENEWAL)
    row = as_(people, "east-op", library.template, tid)
    assert row.status == "pending" and row.variables == ["姓名", "险种", "应缴日期", "期数", "金额"]
    assert code_of(people, "east-op", library.usable_template, tid) == "template_not_approved"
    assert code_of(people, "east-op", library.review_template, tid, True) == "forbidden"
    assert code_of(people, "east-reviewer", library.review_template, tid, False, " ") == "reason_required"
    as_(people, "east-reviewer", library.review_template, tid, True)
    assert as_(people, "east-op", library.usable_template, tid).status == "approved"
    assert code_of(people, "south-op", library.usable_template, tid) == "template_not_approved"
    as_(
        people,
        "east-op",
        library.update_template,
        tid,
        "续期提醒",
        "notification",
        demo_library.DEMO_RENEWAL + "退订回T",
        False,
    )
    row = as_(people, "east-op", library.template, tid)
    assert (row.status, row.reviewer_login) == ("pending", None)
    assert [r.name for r in as_(people, "east-reviewer", library.templates, "续期", "pending")] == ["续期提醒"]
    assert as_(people, "south-op", library.templates) == []


# ------------------------------------------------------------------------------------------------ words


def test_words_add_delete_search_and_the_test_box(people):
    assert code_of(people, "boss", library.add_word, "   ") == "word_empty"
    assert code_of(people, "boss", library.add_word, "词" * 1000) == "word_too_long"
    assert code_of(people, "east-admin", library.add_word, "代开发票") == "forbidden"
    as_(people, "boss", library.add_word, "代开发票")
    as_(people, "boss", library.add_word, "ＶＩＰ")
    assert code_of(people, "boss", library.add_word, "vip") == "word_exists"  # folded like the matcher
    masked, hits = as_(people, "east-op", library.mask_text, "本店可代开发票，Vip专享")
    assert masked == "本店可****，***专享" and hits == ["代开发票", "ＶＩＰ"]
    found = as_(people, "east-op", library.words, "发票")
    assert [w.word for w in found] == ["代开发票"]
    as_(people, "boss", library.delete_words, [found[0].id])
    # the rules engine's list follows the change
    assert as_(people, "east-op", library.mask_text, "代开发票") == ("代开发票", [])


def test_word_import_reads_any_file_and_twice_adds_nothing(people, tmp_path):
    path = tmp_path / "words.csv"
    path.write_bytes("敏感词\n赌博\n博彩,六合彩\n\n  \n赌博\n".encode("gbk") + ("长" * 60).encode("gbk") + b"\n")
    report = as_(people, "boss", library.import_words, None, path)
    assert (report.read, report.added, report.existing) == (5, 3, 1)
    assert [r[1:] for r in report.rejected] == [("长" * 60, "too_long")]
    again = as_(people, "boss", library.import_words, None, path)
    assert (again.added, again.existing) == (0, 4)
    xlsx = tmp_path / "words.xlsx"
    pd.DataFrame({"编号": [1, 2], "关键词": ["刷单", "套现"]}).to_excel(xlsx, index=False)
    assert as_(people, "boss", library.import_words, None, xlsx, "关键词").added == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n", encoding="utf-8")
    assert code_of(people, "boss", library.import_words, None, empty) == "invalid"
    assert code_of(people, "boss", library.import_words, None, tmp_path / "missing.csv") == "invalid"


def test_a_one_line_word_list_is_one_word(people, tmp_path):
    # It was refused as "a header row but no data under it".
    path = tmp_path / "one.txt"
    path.write_text("代办信用卡\n", encoding="utf-8")
    report = as_(people, "boss", library.import_words, None, path)
    assert (report.read, report.added) == (1, 1)


def test_a_word_file_that_is_a_link_is_not_followed(people, tmp_path):
    # A words.csv linked to a system file stored all its lines as installation-wide words every operator reads.
    secret = tmp_path / "shadow"
    secret.write_text("root:$6$salt$hash:19000:0:99999:7:::\nbin:*:19000:0:99999:7:::\n", encoding="utf-8")
    link = tmp_path / "words.csv"
    link.symlink_to(secret)
    before = len(as_(people, "east-op", library.words, ""))
    assert code_of(people, "boss", library.import_words, None, link) == "invalid"
    assert len(as_(people, "east-op", library.words, "")) == before
    assert not as_(people, "east-op", library.words, "root")


# ------------------------------------------------------------------------------------------------ blacklists


def write_numbers(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_blacklist_import_normalises_reports_and_is_idempotent(people, tmp_path):
    path = write_numbers(
        tmp_path / "list.csv",
        [
            "姓名,手机,备注",
            "张三,+86 138 0013 8000,投诉",
            "李四,0086-139-0013-9000,",
            "王五,13700137000.0,",
            "赵六,1.37001E+10,Excel",
            "钱七,12345,",
            "孙八,138 0013 8000,重复",
            "周九,+44 7911 123456,英国",
        ],
    )
    report = as_(people, "boss", blacklist.import_file, None, path, "global", reason="投诉")
    assert (report.rows, report.valid, report.duplicates, report.added) == (7, 4, 1, 4)
    assert report.invalid == [(5, "1.37001E+10", "imprecise"), (6, "12345", "too_short")]
    again = as_(people, "boss", blacklist.import_file, None, path, "global")
    assert (again.added, again.existing) == (0, 4)
    lists = as_(people, "boss", blacklist.lists)
    global_list = next(lst for lst in lists if lst.scope == "global")
    assert global_list.entries == 4
    rows = as_(people, "boss", blacklist.search, [global_list.id])
    assert [r.number for r in rows] == ["+447911123456", "+8613700137000", "+8613800138000", "+8613900139000"]
    assert rows[0].reason == "投诉" and rows[0].author == "boss" and rows[0].source == "list.csv"
    assert [r.number for r in as_(people, "boss", blacklist.search, [global_list.id], number="138 0013 8000")] == [
        "+8613800138000"
    ]

    def found(digits):
        return [r.number for r in as_(people, "boss", blacklist.search, [global_list.id], number=digits)]

    assert found("8000") == ["+8613800138000"]  # the last digits ("尾号")
    assert found("1370") == ["+8613700137000"]  # the first digits of a mainland mobile
    assert found("8613") == ["+8613700137000", "+8613800138000", "+8613900139000"]
    assert found("44791") == ["+447911123456"]
    assert found("0013") == []  # digits in the middle are not a search
    page = as_(people, "boss", blacklist.search, [global_list.id], after=(global_list.id, "+8613700137000"), limit=1)
    assert [r.number for r in page] == ["+8613800138000"]


def test_blacklist_files_of_garbage_are_refused_clearly(people, tmp_path):
    garbage = tmp_path / "list.xlsx"
    garbage.write_bytes(bytes(range(256)) * 40)
    assert code_of(people, "boss", blacklist.import_file, None, garbage, "global") == "invalid"
    words = write_numbers(tmp_path / "words.txt", ["hello", "world", "不是号码"])
    with pytest.raises(ServiceError) as err:
        as_(people, "boss", blacklist.import_file, None, words, "global")
    assert err.value.code == "no_numbers" and "none of its 3 rows" in err.value.detail


def test_blacklist_scopes_single_numbers_deletion_and_hits(people, tmp_path):
    east = people["east-admin"].profile.group_id
    assert as_(people, "east-admin", blacklist.add_number, "group", "139-1234-5678", group_id=east) == "+8613912345678"
    assert code_of(people, "east-admin", blacklist.add_number, "group", "13912345678", group_id=east) == "number_listed"
    assert code_of(people, "east-admin", blacklist.add_number, "group", "12345", group_id=east) == "number_invalid"
    assert code_of(people, "east-admin", blacklist.add_number, "global", "13912345679") == "forbidden"
    as_(people, "boss", blacklist.add_number, "kind", "13912345670", kind="marketing", reason="回复退订")
    as_(people, "boss", blacklist.add_number, "global", "13912345671")
    recipients = ["+8613912345678", "+8613912345670", "+8613912345671", "+8613912345672"]
    assert as_(people, "sh-op", blacklist.hits, recipients, "marketing") == {
        "+8613912345678": "group",
        "+8613912345670": "kind",
        "+8613912345671": "global",
    }
    assert as_(people, "south-op", blacklist.hits, recipients, "notification") == {"+8613912345671": "global"}
    assert as_(people, "east-op", blacklist.search, [1, 2, 3]) == []  # operators read no list
    east_list = next(lst for lst in as_(people, "east-admin", blacklist.lists) if lst.group_id == east)
    assert as_(people, "east-admin", blacklist.delete, [(east_list.id, "+8613912345678")]) == 1
    assert "+8613912345678" not in as_(people, "sh-op", blacklist.hits, recipients, "marketing")


def test_searching_by_the_last_digits_uses_the_tail_index_and_follows_deletions(people):
    """The end of a number ("尾号", 2 to 6 digits) is found through blacklist_tail, which statement triggers keep in
    step with every insert and delete of entries; one digit reads the list in order."""
    numbers = [f"+86135{i:04d}{tail:04d}" for i in range(30) for tail in (1234, 5678, 4)]
    stored = as_(people, "boss", blacklist.store_numbers, None, "kind", numbers + numbers[:5], kind="alert")
    assert (stored.added, stored.existing, stored.rejected) == (90, 5, 0)
    alert = next(lst for lst in as_(people, "boss", blacklist.lists) if lst.kind == "alert")

    def ends(digits, **kw):
        rows = as_(people, "boss", blacklist.search, [alert.id], number=digits, **kw)
        return [r.number for r in rows if r.number.startswith("+86135")]

    assert ends("5678") == sorted(n for n in numbers if n.endswith("5678"))
    assert ends("295678") == ["+8613500295678"]
    assert ends("78") == sorted(n for n in numbers if n.endswith("78"))
    assert ends("234", limit=3) == sorted(n for n in numbers if n.endswith("234"))[:3]
    assert ends("4") == sorted(n for n in numbers if n.endswith("4"))  # 1234 and 0004
    assert ends("04") == sorted(n for n in numbers if n.endswith("0004"))
    after = (alert.id, "+8613500105678")
    assert ends("5678", after=after) == sorted(n for n in numbers if n.endswith("5678") and n > "+8613500105678")
    gone = [(alert.id, n) for n in numbers if n.endswith("5678")][:29]
    assert as_(people, "boss", blacklist.delete, gone) == 29
    assert ends("5678") == ["+8613500295678"]
    assert as_(people, "boss", blacklist.delete, [(alert.id, "+8613500295678")]) == 1
    assert ends("5678") == []
    with people["db"].connect_su() as conn:  # the index holds exactly the entries, and no empty rows
        assert conn.execute(
            """select (select array_agg(n order by n) from smsdesk.blacklist_tail t, unnest(t.numbers) n
                        where t.list_id = %(l)s)
                      = (select array_agg(number order by number) from smsdesk.blacklist_entry where list_id = %(l)s),
                      (select count(*) from smsdesk.blacklist_tail where cardinality(numbers) = 0)""",
            {"l": alert.id},
        ).fetchone() == (True, 0)


def test_hits_of_a_long_list_with_repeats_and_text_that_is_not_e164(people):
    listed = [f"+86136{i:08d}" for i in range(0, 20000, 2)]
    as_(people, "boss", blacklist.store_numbers, None, "kind", listed, kind="verification")
    recipients = [f"+86136{i:08d}" for i in range(20000)] + listed[:10] + ["13600000000", "+0861", "", "+86136x"]
    found = as_(people, "boss", blacklist.hits, recipients, "verification")
    assert found == dict.fromkeys(listed, "kind")
    assert as_(people, "boss", blacklist.hits, ["garbage"], "verification") == {}
    assert as_(people, "boss", blacklist.hits, listed[:3], "alert") == {}


def test_command_line_imports(people, tmp_path, capsys):
    from smsdesk.admin import cli

    url = people["db"].su.url("postgresql")
    path = write_numbers(tmp_path / "cli.txt", ["13600000001", "13600000002", "garbage"])
    assert cli.main(["--db", url, "blacklist", "import", str(path), "--scope", "kind:alert"]) == 0
    out = capsys.readouterr().out.strip()
    assert (
        out
        == "imported=blacklist scope=kind:alert file=cli.txt rows=3 valid=2 invalid=1 duplicates=0 added=2 existing=0"
    )
    assert cli.main(["--db", url, "blacklist", "import", str(path), "--scope", "group:总部/华南"]) == 0
    assert "added=2" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"\x00garbage" * 100)
    assert cli.main(["--db", url, "blacklist", "import", str(bad), "--scope", "global"]) == 3
    assert "bad.xlsx is not an Excel workbook" in capsys.readouterr().err
    assert cli.main(["--db", url, "blacklist", "import", str(path), "--scope", "group:无此分组"]) == 3
    assert "no group" in capsys.readouterr().err
    assert cli.main(["--db", url, "blacklist", "import", str(path), "--scope", "everyone"]) == 3
    assert "--scope is global, group:PATH or kind:KIND" in capsys.readouterr().err
    words = write_numbers(tmp_path / "words.csv", ["词语,类别", "洗钱,金融", "传销,金融"])
    assert cli.main(["--db", url, "words", "import", str(words), "--column", "词语"]) == 0
    assert capsys.readouterr().out.strip() == "imported=words file=words.csv read=2 added=2 existing=0 rejected=0"
    assert cli.main(["--db", url, "words", "import", str(words), "--column", "无此列"]) == 3
    assert "no column '无此列'" in capsys.readouterr().err


def test_demo_data(empty_db):
    """The demo organisation's library: each section has something, every template status is there."""
    from smsdesk.services import admin, trial
    from smsdesk.store.database import make_engine, session_factory, unit_of_work

    admin.db_init(empty_db.su, "it-admin", ADMIN_PASSWORD, root_group=demo_org.DEMO_ROOT)
    engine = make_engine(empty_db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            for user in demo_org.DEMO_USERS:
                admin.ensure_group_path(s, user.group)
            for user in demo_org.DEMO_USERS:
                admin.create_user(
                    s,
                    login=user.login,
                    password=trial.DEMO_PASSWORD,
                    group_path=user.group,
                    admin=user.admin,
                    reviewer=user.reviewer,
                )
            demo_library.seed(s)
        with unit_of_work(session_factory(engine)) as s:
            assert len(library.words(s)) == 200
            statuses = {t.name: t.status for t in library.templates(s)}
            assert statuses["续期提醒"] == "approved" and set(statuses.values()) == {"pending", "approved", "rejected"}
            assert {lst.scope for lst in blacklist.lists(s)} == {"global", "group", "kind"}
            assert len(library.signatures(s)) == 3
            assert len(library.phrase_book(s).groups) == 4
    finally:
        engine.dispose()
