"""SEC-1 for the content library: a tampered console with plain SQL, as each role, meets the database's rules."""

from __future__ import annotations

import psycopg
import pytest

from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.db

Forbidden = psycopg.errors.InsufficientPrivilege


class sd:
    """Like pytest.raises, for a database function's refusal with SQLSTATE ``code`` (SD403, SD422…)."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        assert exc is not None, f"expected {self.code}"
        assert isinstance(exc, psycopg.Error) and exc.sqlstate == self.code, f"{exc!r} is not {self.code}"
        return True


def group_id(org, name: str) -> int:
    with org.db.connect_su() as su:
        return su.execute("select id from smsdesk.user_group where name = %s", (name,)).fetchone()[0]


def one(conn, sql: str, *args):
    return conn.execute(sql, args).fetchone()[0]


def template(conn, name: str, public: bool = False, group: int | None = None) -> int:
    return one(
        conn, "select smsdesk.template_create(%s, 'notification', '尊敬的【姓名】您好', %s, %s)", name, public, group
    )


def status(org, template_id: int) -> tuple:
    with org.db.connect_su() as su:
        return su.execute(
            "select status, reviewer_id, review_reason from smsdesk.message_template where id = %s", (template_id,)
        ).fetchone()


DIRECT_WRITES = (
    "insert into smsdesk.blacklist_entry (list_id, number, batch_id) values (1, 8613800138000, 1)",
    "delete from smsdesk.blacklist_entry",
    "insert into smsdesk.blacklist_list (scope) values ('global')",
    "insert into smsdesk.signature (group_id, text) values (1, '假冒签名')",
    "insert into smsdesk.sensitive_word (word, folded) values ('x', 'x')",
    "delete from smsdesk.sensitive_word",
    "update smsdesk.message_template set status = 'approved'",
    "insert into smsdesk.phrase_group (user_group_id, name) values (1, 'x')",
    "delete from smsdesk.phrase",
)


def test_no_role_writes_the_library_tables_directly(org):
    for login in ("east-op", "east-admin"):
        with org.connect(login) as conn:
            for statement in DIRECT_WRITES:
                with pytest.raises(Forbidden):
                    conn.execute(statement)


def test_operators_cannot_call_administrators_functions(org):
    east = group_id(org, "华东")
    with org.connect("east-op") as conn:
        for call, args in [
            ("select smsdesk.signature_create(%s, '华东分部', true)", (east,)),
            ("select * from smsdesk.word_import(array['赌博'], '')", ()),
            ("select smsdesk.word_delete(array[1]::bigint[])", ()),
            ("select * from smsdesk.blacklist_import('global', null, null, array[8613800138000], '', '')", ()),
            ("select * from smsdesk.blacklist_import('group', %s, null, array[8613800138000], '', '')", (east,)),
            ("select smsdesk.blacklist_delete(array[1]::bigint[], array[8613800138000])", ()),
            ("select smsdesk.template_review(1, true, null)", ()),
        ]:
            with pytest.raises(Forbidden):
                conn.execute(call, args)


def test_blacklists_belong_to_top_administrators_and_group_administrators(org):
    east, south = group_id(org, "华东"), group_id(org, "华南")
    add = "select added from smsdesk.blacklist_import(%s, %s, %s, array[8613800138000, 8613900139000], 'test', '')"
    with org.connect("east-admin") as conn:
        with sd("SD403"):
            conn.execute(add, ("global", None, None))
        with sd("SD403"):
            conn.execute(add, ("kind", None, "marketing"))
        with sd("SD403"):
            conn.execute(add, ("group", south, None))
        with sd("SD403"):
            one(conn, "select * from smsdesk.word_import(array['赌博'], '')")
        assert one(conn, add, "group", east, None) == 2
        with sd("SD422"):
            conn.execute(add, ("kind", None, "spam"))
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        assert one(conn, add, "global", None, None) == 2
        assert one(conn, add, "kind", None, "marketing") == 2
        assert one(conn, add, "global", None, None) == 0  # the same list twice adds nothing
    with org.connect("south-admin") as conn:
        # sees the global and kind lists, never 华东's; cannot delete from 华东's list by naming its id
        lists = conn.execute("select scope, group_id from smsdesk.blacklist_list order by scope").fetchall()
        assert ("group", east) not in lists and ("global", None) in lists
    with org.db.connect_su() as su:
        east_list = one(su, "select id from smsdesk.blacklist_list where group_id = %s", east)
    with org.connect("south-admin") as conn, sd("SD403"):
        conn.execute("select smsdesk.blacklist_delete(array[%s]::bigint[], array[8613800138000])", (east_list,))
    with org.connect("east-admin") as conn:
        assert one(conn, "select smsdesk.blacklist_delete(array[%s]::bigint[], array[8613800138000])", east_list) == 1
        assert one(conn, "select entries from smsdesk.blacklist_list where id = %s", east_list) == 1


def test_operators_read_no_blacklist_yet_their_sends_are_checked(org):
    east, south = group_id(org, "华东"), group_id(org, "华南")
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        conn.execute("select * from smsdesk.blacklist_import('global', null, null, array[8613800000001], '', '')")
        conn.execute("select * from smsdesk.blacklist_import('kind', null, 'marketing', array[8613800000002], '', '')")
        conn.execute("select * from smsdesk.blacklist_import('group', %s, null, array[8613800000003], '', '')", (east,))
        conn.execute(
            "select * from smsdesk.blacklist_import('group', %s, null, array[8613800000004], '', '')", (south,)
        )
    everyone = "array['+8613800000001', '+8613800000002', '+8613800000003', '+8613800000004', '+8613800000005']"
    hits = f"select number, scope from smsdesk.blacklist_hits({everyone}, %s) order by number"
    with org.connect("east-op") as conn:
        assert one(conn, "select count(*) from smsdesk.blacklist_entry") == 0
        assert one(conn, "select count(*) from smsdesk.blacklist_list") == 0
        assert conn.execute(hits, ("marketing",)).fetchall() == [
            ("+8613800000001", "global"),
            ("+8613800000002", "kind"),
            ("+8613800000003", "group"),
        ]
        assert conn.execute(hits, ("notification",)).fetchall() == [
            ("+8613800000001", "global"),
            ("+8613800000003", "group"),
        ]
        with sd("SD403"):  # cannot probe another group's list
            conn.execute(f"select * from smsdesk.blacklist_hits({everyone}, 'alert', %s)", (south,))
    with org.connect("sh-op") as conn:  # 上海 is under 华东: 华东's list blocks its sends too
        assert ("+8613800000003", "group") in conn.execute(hits, ("alert",)).fetchall()
    with org.connect("south-op") as conn:
        assert [n for n, _ in conn.execute(hits, ("alert",)).fetchall()] == ["+8613800000001", "+8613800000004"]


def test_signatures_are_for_administrators_and_checked_by_the_database(org):
    east = group_id(org, "华东")
    create = "select smsdesk.signature_create(%s, %s, %s)"
    with org.connect("east-admin") as conn:
        for bad in ("华", "【华】", "一二三四五六七八九", "【【华东】】", "华【东】", "【华东", "华\n东"):
            with sd("SD422"):
                conn.execute(create, (east, bad, False))
        first = one(conn, create, east, "【华东分部】", False)
        second = one(conn, create, east, "华东客服", True)
        with sd("SD409"):
            conn.execute(create, (east, "华东客服", False))
        defaults = conn.execute(
            "select id from smsdesk.signature where group_id = %s and is_default", (east,)
        ).fetchall()
        assert defaults == [(second,)]
        conn.execute("select smsdesk.signature_delete(%s)", (second,))
        assert one(conn, "select is_default from smsdesk.signature where id = %s", first) is True
    with org.connect("south-admin") as conn:
        with sd("SD403"):
            conn.execute(create, (east, "南方", False))
        assert one(conn, "select count(*) from smsdesk.signature") == 0
    with org.connect("sh-op") as conn:  # an operator below 华东 sees (and sends under) 华东's signature
        assert one(conn, "select text from smsdesk.signature") == "华东分部"


def test_templates_nobody_approves_their_own_and_edits_go_back_to_review(org):
    east = group_id(org, "华东")
    with org.connect("east-op") as conn:
        mine = template(conn, "私有模板")
        with sd("SD403"):  # only administrators publish to the group
            template(conn, "公共模板", public=True)
        with sd("SD422"):
            conn.execute("select smsdesk.template_create('坏的', 'notification', '您好【姓名', false, null)")
        with sd("SD422"):
            conn.execute("select smsdesk.template_create('坏的', 'spam', '您好', false, null)")
        assert one(conn, "select variables from smsdesk.message_template where id = %s", mine) == ["姓名"]
        assert one(conn, "select smsdesk.template_usable(%s)", mine) is False
    with org.connect("east-admin") as conn:
        public = template(conn, "公共模板", public=True, group=east)
        with sd("SD403"):
            conn.execute("select smsdesk.template_review(%s, true, null)", (public,))
        with sd("SD422"):  # a rejection needs its reason
            conn.execute("select smsdesk.template_review(%s, false, '  ')", (mine,))
        conn.execute("select smsdesk.template_review(%s, true, null)", (mine,))
    with org.connect("east-reviewer") as conn:
        conn.execute("select smsdesk.template_review(%s, false, '请补充退订方式')", (public,))
        own = template(conn, "审核员自己的")
        with sd("SD403"):
            conn.execute("select smsdesk.template_review(%s, true, null)", (own,))
    assert status(org, public)[0::2] == ("rejected", "请补充退订方式")
    with org.connect("south-admin") as conn, sd("SD403"):  # outside its subtree
        conn.execute("select smsdesk.template_review(%s, true, null)", (own,))
    with org.connect("east-op") as conn:
        assert one(conn, "select smsdesk.template_usable(%s)", mine) is True
        conn.execute("select smsdesk.template_update(%s, '私有模板', 'notification', '您好【姓名】！', false)", (mine,))
        assert one(conn, "select smsdesk.template_usable(%s)", mine) is False
        with sd("SD403"):  # someone else's
            conn.execute("select smsdesk.template_update(%s, 'x', 'notification', 'x', false)", (own,))
    assert status(org, mine) == ("pending", None, None)
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        conn.execute("select smsdesk.template_review(%s, true, null)", (public,))  # a rejected one is reviewed again
    with org.connect("sh-op") as conn:  # the public template of 华东 serves 上海; private ones stay private
        names = {r[0] for r in conn.execute("select name from smsdesk.message_template").fetchall()}
        assert names == {"公共模板"}
        assert one(conn, "select smsdesk.template_usable(%s)", public) is True
        assert one(conn, "select smsdesk.template_usable(%s)", mine) is False


def test_other_peoples_private_phrases_and_templates_are_invisible(org):
    with org.connect("east-op") as conn:
        private = one(conn, "select smsdesk.phrase_group_create('我的短语', false)")
        public = one(conn, "select smsdesk.phrase_group_create('华东问候', true)")
        conn.execute("select smsdesk.phrase_add(%s, '只有我看得到')", (private,))
        conn.execute("select smsdesk.phrase_add(%s, '大家好')", (public,))
        template(conn, "东区私有")
    with org.connect("south-op") as conn:
        assert one(conn, "select count(*) from smsdesk.phrase") == 0
        assert one(conn, "select count(*) from smsdesk.phrase_group") == 0
        assert one(conn, "select count(*) from smsdesk.message_template") == 0
        with sd("SD404"):
            conn.execute("select smsdesk.phrase_add(%s, '闯入')", (private,))
        with sd("SD403"):  # a public group of another user group
            conn.execute("select smsdesk.phrase_add(%s, '闯入')", (public,))
    with org.connect("south-admin") as conn:
        assert one(conn, "select count(*) from smsdesk.message_template") == 0
    with org.connect("east-admin") as conn:
        # an administrator sees the public phrases and reviews every template of the subtree, never private phrases
        assert {r[0] for r in conn.execute("select content from smsdesk.phrase").fetchall()} == {"大家好"}
        assert one(conn, "select count(*) from smsdesk.message_template") == 1
        with sd("SD404"):
            conn.execute("select smsdesk.phrase_group_delete(%s)", (private,))
        conn.execute("select smsdesk.phrase_group_rename(%s, '华东通用问候')", (public,))
    with org.connect("sh-op") as conn:
        assert {r[0] for r in conn.execute("select content from smsdesk.phrase").fetchall()} == {"大家好"}
        with sd("SD403"):  # members of 华东 add to 华东's public groups; 上海 is another group
            conn.execute("select smsdesk.phrase_add(%s, '上海加一句')", (public,))
    with org.connect("east-reviewer") as conn:
        added = one(conn, "select smsdesk.phrase_add(%s, '同组的人也可以加')", public)
        with sd("SD403"):  # but not edit what someone else wrote
            conn.execute(
                "select smsdesk.phrase_update((select id from smsdesk.phrase where content = '大家好'), '改掉')"
            )
        conn.execute("select smsdesk.phrase_update(%s, '同组的人也可以改自己的')", (added,))


def test_words_are_installation_wide_and_validated(org):
    with org.connect("boss", ADMIN_PASSWORD) as conn:
        row = conn.execute(
            "select * from smsdesk.word_import(array['赌博', ' 赌博 ', 'ＡＢＣ', 'abc', '', %s, %s], 'x')",
            ("长" * 1000, "a\nb"),
        ).fetchone()
        assert row == (2, 2, 3)  # added 赌博 and ＡＢＣ; 赌博 again and abc (= ＡＢＣ folded) existed; 3 refused
        with sd("SD422"):
            conn.execute("select * from smsdesk.word_import(array[''], '')")
    with org.connect("south-op") as conn:
        assert {r[0] for r in conn.execute("select word from smsdesk.sensitive_word").fetchall()} == {"赌博", "ＡＢＣ"}


def test_every_change_is_audited(org):
    east = group_id(org, "华东")
    with org.connect("east-admin") as conn:
        conn.execute("select smsdesk.signature_create(%s, '华东分部', false)", (east,))
        conn.execute(
            "select * from smsdesk.blacklist_import('group', %s, null, array[8613800000003], '投诉', 'a.csv')", (east,)
        )
        conn.execute(
            "select * from smsdesk.blacklist_import('group', %s, null, array[1, 8613800000004], '', 'b.csv')", (east,)
        )
        t = template(conn, "审计", public=True, group=east)
        conn.execute("select smsdesk.template_update(%s, '审计2', 'alert', '内容', true)", (t,))
        conn.execute("select smsdesk.template_delete(%s)", (t,))
        conn.execute("select smsdesk.phrase_group_create('审计短语', true)")
    with org.db.connect_su() as su:
        rows = su.execute(
            "select action, target, details from smsdesk.audit_log"
            " where action ~ '^(signature|blacklist|template|phrase)' order by id"
        ).fetchall()
    actions = [r[0] for r in rows]
    assert actions == [
        "signature.create",
        "blacklist.add",
        "blacklist.import",
        "template.create",
        "template.update",
        "template.delete",
        "phrase_group.create",
    ]
    assert rows[1][1] == "+8613800000003" and rows[1][2]["reason"] == "投诉"
    assert rows[2][2]["received"] == 2 and rows[2][2]["added"] == 1 and rows[2][2]["rejected"] == 1
    assert rows[2][2]["source"] == "b.csv" and rows[2][2]["list"] == "group:总部/华东"
