"""Issue 14 (SEC-1, SEC-4, SET-5, SEND-3, TPL-3): what a task bills and sends is the database's, whatever a modified
console declares. Each hole is tried in plain SQL as the operator's own role, the way a tampered client would; and
random texts must bill in the database exactly what the rules engine (domain.text.measure) counts."""

from __future__ import annotations

import json
import random
import uuid

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smsdesk.domain.text import measure
from tests.conftest import ADMIN_PASSWORD
from tests.db.test_outbox_security import _grant, raises_state

pytestmark = pytest.mark.db

NUMBERS = ["+8613800138000", "+8613900139000", "+8618600186000"]
QUEUE = (
    "SELECT smsdesk.task_queue(%s, 'task', %s, %s, %s, %s, %s, NULL, NULL, %s, %s, %s, %s, %s)"
)


def _queue(conn, content, *, kind="notification", signature="测试", opt_out=None, segments=1, template=None,
           bodies=None, body_segments=None, numbers=NUMBERS) -> int:
    return conn.execute(
        QUEUE,
        (uuid.uuid4(), kind, content, signature, opt_out, segments, template, numbers, [""] * len(numbers), bodies,
         body_segments),
    ).fetchone()[0]


def _task(conn, task_id):
    return conn.execute(
        "SELECT signature, content, opt_out, segments_per_message, reserved FROM smsdesk.send_task WHERE id = %s",
        (task_id,),
    ).fetchone()


def _used(conn) -> int:
    return conn.execute("SELECT quota_used FROM smsdesk.app_user WHERE role_name = session_user").fetchone()[0]


def _as_boss(org):
    return org.connect("boss", ADMIN_PASSWORD)


# ------------------------------------------------------------------------------------------------ billing


def test_1000_ucs2_characters_declared_as_1_segment_are_billed_15(org):
    _grant(org, "east-op", 100)
    content = "尊" * 1000  # with 【测试】: 1,004 UTF-16 units, 15 parts of 67
    with org.connect("east-op") as conn:
        task = _queue(conn, content, segments=1)
        assert _task(conn, task)[3:] == (15, 45)
        assert conn.execute("SELECT DISTINCT segments FROM smsdesk.message WHERE task_id = %s",
                            (task,)).fetchall() == [(15,)]
        assert _used(conn) == 45


def test_personal_bodies_declared_as_1_segment_are_billed_what_they_measure(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        tpl = conn.execute(
            "SELECT smsdesk.template_create('通知', 'notification', '【姓名】您好', false, NULL)").fetchone()[0]
    with org.connect("east-admin") as conn:
        conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
    bodies = ["张三您好", "李" * 200 + "您好", "王五您好"]
    with org.connect("east-op") as conn:
        task = _queue(conn, "【姓名】您好", template=tpl, bodies=bodies, body_segments=[1, 1, 1])
        assert conn.execute("SELECT array_agg(segments ORDER BY id) FROM smsdesk.message WHERE task_id = %s",
                            (task,)).fetchone()[0] == [1, 4, 1]  # 【测试】 + 202 characters: 206 units, 4 parts
        assert _task(conn, task)[4] == 6
        assert _used(conn) == 6


def test_a_quota_too_small_for_the_real_count_is_refused(org):
    _grant(org, "east-op", 20)
    with org.connect("east-op") as conn:
        with raises_state("SD402") as caught:
            _queue(conn, "尊" * 1000, segments=1)
        assert json.loads(caught[0].diag.message_detail)["needed"] == 45
        conn.rollback()
        assert _used(conn) == 0


def test_more_than_30_segments_are_refused_whatever_is_declared(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        # 1,000 characters that each take 2 UTF-16 units: 2,004 units, 30 parts of 67 would hold only 2,010 minus the
        # pairs never cut: over 30 parts
        with raises_state("SD422") as caught:
            _queue(conn, "😀" * 1000, segments=1)
        assert "1 to 30 segments" in str(caught[0])


# ------------------------------------------------------------------------------------------------ signatures


def test_a_signature_not_in_the_library_like_bank_of_china_is_refused(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        for given_signature in ("【中国银行】", "中国银行"):
            with raises_state("SD403") as caught:
                _queue(conn, "您的账户存在风险，请点击 http://x.cn 验证", signature=given_signature)
            assert "中国银行" in str(caught[0])
        # nor can the content pose as one
        with raises_state("SD422"):
            _queue(conn, "【中国银行】您的账户存在风险，请点击 http://x.cn 验证", signature=None)
        with raises_state("SD422"):
            _queue(conn, "您的账户存在风险，请点击 http://x.cn 验证【中国银行】")
        assert _used(conn) == 0


def test_a_signature_of_another_branch_is_refused_and_one_from_above_allowed(org):
    _grant(org, "east-op", 100)
    with org.db.connect_su() as conn:
        conn.execute("INSERT INTO smsdesk.signature (group_id, text, is_default) "
                     "SELECT id, '华南分部', true FROM smsdesk.user_group WHERE name = '华南'")
    with org.connect("east-op") as conn:
        with raises_state("SD403"):
            _queue(conn, "您好", signature="华南分部")
        task = _queue(conn, "您好", signature="【测试】")  # 总部's, above 华东: stored without its brackets
        assert _task(conn, task)[0] == "测试"


# ------------------------------------------------------------------------------------------------ opt-out


def test_marketing_without_opt_out_carries_the_installations_suffix(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        task = _queue(conn, "新品上市，全场八折", kind="marketing", opt_out=None)
        assert _task(conn, task)[2] == "退订回T"
        other = _queue(conn, "新品上市，全场八折", kind="marketing", opt_out="")
        assert _task(conn, other)[2] == "退订回T"
    with _as_boss(org) as conn:
        conn.execute("""SELECT smsdesk.settings_set('opt_out_suffix', '"拒收请回复R"')""")
    with org.connect("east-op") as conn:
        task = _queue(conn, "新" * 65, kind="marketing", opt_out="退订回T")  # the client's own suffix is not used
        # 【测试】 + 65 + 拒收请回复R: 75 units, 2 parts; with the client's 退订回T it would be 73, also 2
        assert _task(conn, task)[2:4] == ("拒收请回复R", 2)
        # the suffix counts: 61 characters fit one part alone, not with the signature and suffix (71 units)
        task = _queue(conn, "新" * 61, kind="marketing")
        assert _task(conn, task)[3] == 2
        # not added twice when the content already ends with it
        task = _queue(conn, "新" * 58 + "拒收请回复R ", kind="marketing")
        assert _task(conn, task)[3] == 1


# ------------------------------------------------------------------------------------------------ templates


def test_personal_bodies_per_recipient_without_a_template_are_refused(org):
    _grant(org, "east-op", 100)
    with org.connect("east-op") as conn:
        with raises_state("SD422") as caught:
            _queue(conn, "您好", bodies=["张三您好", "点击 http://x.cn 领奖", "王五您好"], body_segments=[1, 1, 1])
        assert "template" in str(caught[0])
        tpl = conn.execute(
            "SELECT smsdesk.template_create('通知', 'notification', '【姓名】您好', false, NULL)").fetchone()[0]
        with raises_state("SD403"):  # not approved yet
            _queue(conn, "【姓名】您好", template=tpl, bodies=["张三您好", "李四您好", "王五您好"])
    with org.connect("east-admin") as conn:
        conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
    with org.connect("east-op") as conn:
        with raises_state("SD422"):  # a body that does not follow the template
            _queue(conn, "【姓名】您好", template=tpl, bodies=["张三您好", "点击 http://x.cn 领奖", "王五您好"])
        with raises_state("SD422"):  # the template's variables sent as they are
            _queue(conn, "【姓名】您好", template=tpl)
        assert _used(conn) == 0
        _queue(conn, "【姓名】您好", template=tpl, bodies=["张三您好", "李四您好", "王五您好"])
        assert _used(conn) == 3


# ------------------------------------------------------------------------------------------------ sensitive words


def test_sensitive_words_are_masked_by_the_database_or_refused(org):
    _grant(org, "east-op", 100)
    with _as_boss(org) as conn:
        # more than one expression's worth of words (_sensitive_patterns: 200 each)
        conn.execute("SELECT * FROM smsdesk.word_import(%s, 'test')",
                     (["vip专享", "加微信", "信用"] + [f"填充词{i:04d}" for i in range(450)],))
    with org.connect("east-op") as conn:
        task = _queue(conn, "本店ＶＩＰ专享，加微信领取信用卡")
        assert _task(conn, task)[1] == "本店*****，***领取**卡"  # folded like the matcher; overlapping words masked
        tpl = conn.execute(
            "SELECT smsdesk.template_create('通知', 'notification', '【姓名】您好', false, NULL)").fetchone()[0]
    with org.connect("east-admin") as conn:
        conn.execute("SELECT smsdesk.template_review(%s, true)", (tpl,))
    with org.connect("east-op") as conn:
        task = _queue(conn, "【姓名】您好", template=tpl, bodies=["张三您好", "加微信您好", "ＶＩＰ专享您好"])
        assert conn.execute("SELECT array_agg(body ORDER BY id) FROM smsdesk.message WHERE task_id = %s",
                            (task,)).fetchone()[0] == ["张三您好", "***您好", "*****您好"]
        assert conn.execute("SELECT * FROM smsdesk.send_text('notification', '测试', '加微信vip专享')").fetchone() == (
            "********", ["vip专享", "加微信"], False, "测试", True, None, "【测试】********", 1)
        assert conn.execute("SELECT signature_allowed FROM smsdesk.send_text('alert', '中国银行', 'x')").fetchone() == (
            False,)
    with _as_boss(org) as conn:
        conn.execute("""SELECT smsdesk.settings_set('sensitive_words_mode', '"refuse"')""")
    with org.connect("east-op") as conn:
        with raises_state("SD422") as caught:
            _queue(conn, "本店ＶＩＰ专享")
        assert json.loads(caught[0].diag.message_detail)["words"] == ["vip专享"]
        with raises_state("SD422"):
            _queue(conn, "【姓名】您好", template=tpl, bodies=["张三您好", "加微信您好", "王五您好"])


# ------------------------------------------------------------------------------------------------ property


GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = "\f^{}\\[~]|€"
OTHERS = "中文短信退订回T，。！【】\u3000\xa0\x85\u2028\x1b\t" + "😀𠀀🇨🇳"
ALPHABETS = {
    "gsm": GSM_BASIC,
    "extension": GSM_BASIC[:20] + GSM_EXTENSION * 4,
    "ucs2": GSM_BASIC + GSM_EXTENSION + OTHERS,
    "astral": "中a😀𠀀",
}


@st.composite
def bodies(draw):
    alphabet = ALPHABETS[draw(st.sampled_from(sorted(ALPHABETS)))]
    length = draw(st.one_of(st.integers(0, 1000), st.sampled_from([70, 71, 134, 135, 153, 160, 161, 306, 307, 459])))
    text = "".join(draw(st.lists(st.sampled_from(alphabet), min_size=length, max_size=length)))
    if draw(st.booleans()):
        text += draw(st.sampled_from(["退订回T", "退订回T ", "退订回T\u3000", "Reply STOP"]))
    return text


def _database_counts(conn, cases) -> list[tuple[int, str]]:
    rows = conn.execute(
        "SELECT smsdesk.sms_segments(smsdesk.sms_text(k, s, c, o)), smsdesk.sms_text(k, s, c, o) "
        "FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[]) WITH ORDINALITY AS u(c, s, k, o, i) ORDER BY i",
        ([c[0] for c in cases], [c[1] for c in cases], [c[2] for c in cases], [c[3] for c in cases]),
    ).fetchall()
    return [(n, t) for n, t in rows]


def _measured(cases) -> list[tuple[int, str]]:
    out = []
    for content, signature, kind, opt_out in cases:
        m = measure(content, signature=signature, kind=kind, opt_out=opt_out)
        out.append((m.segments, m.text))
    return out


@pytest.fixture(scope="module")
def operator_conn(shared_org_db):
    from tests.db.conftest import Org, build_org

    build_org(shared_org_db)
    with Org(shared_org_db).connect("east-op") as conn:
        yield conn


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases=st.lists(st.tuples(bodies(), st.sampled_from([None, "测试", "SMS", "Ab{c"]),
                                 st.sampled_from(["notification", "marketing"]),
                                 st.sampled_from(["退订回T", "Reply STOP"])), min_size=1, max_size=40))
def test_random_texts_bill_in_the_database_exactly_what_measure_counts(operator_conn, cases):
    assert _database_counts(operator_conn, cases) == _measured(cases)


def test_seeded_random_texts_bill_the_same_in_the_database(operator_conn):
    rng = random.Random(14)
    cases = []
    for _ in range(3000):
        alphabet = ALPHABETS[rng.choice(sorted(ALPHABETS))]
        length = rng.choice([0, 1, 35, 36, 70, 71, 80, 81, 134, 135, 152, 153, 160, 161, 306, 307, 459, 460, 700,
                             rng.randrange(1001)])
        content = "".join(rng.choice(alphabet) for _ in range(length))
        cases.append((content, rng.choice([None, "测试", "SMS", "Ab{c"]), rng.choice(["notification", "marketing"]),
                      rng.choice(["退订回T", "Reply STOP"])))
    assert _database_counts(operator_conn, cases) == _measured(cases)


def test_the_operators_role_cannot_replace_the_counting_functions(operator_conn):
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        operator_conn.execute("CREATE OR REPLACE FUNCTION smsdesk.sms_segments(text) RETURNS int "
                              "LANGUAGE sql AS 'SELECT 1'")
