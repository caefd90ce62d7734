"""Templates with 【name】 variables (TPL-1): parsing, rendering, and what counts as missing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from smsdesk.domain.templates import TEMPLATE_ERRORS, MissingVariables, Template, TemplateError

SEED = "尊敬的【姓名】先生，您的【险种】保险应于【应缴日期】缴纳第【期数】期续期保费【金额】元，【姓名】先生请留意"


def test_variables_in_order_of_first_appearance():
    assert Template(SEED).variables == ("姓名", "险种", "应缴日期", "期数", "金额")
    assert Template("没有变量").variables == ()
    assert Template("").variables == ()
    assert Template("【 姓名 】您好").variables == ("姓名",)


def test_render_fills_every_occurrence():
    values = {"姓名": "张三", "险种": "寿险", "应缴日期": dt.date(2024, 5, 1), "期数": 3.0, "金额": Decimal("1200.50")}
    assert Template(SEED).render(values) == (
        "尊敬的张三先生，您的寿险保险应于2024-05-01缴纳第3期续期保费1200.50元，张三先生请留意"
    )


def test_render_takes_a_pandas_row():
    row = pd.DataFrame({"姓名": ["李四"], "金额": [88.0], "日期": [pd.Timestamp("2024-06-01")]}).iloc[0]
    assert Template("【姓名】您好，【金额】元，【日期】").render(row) == "李四您好，88元，2024-06-01"


@pytest.mark.parametrize("blank", [None, float("nan"), "", "   ", pd.NA, pd.NaT, Decimal("NaN")])
def test_blank_values_count_as_missing(blank):
    with pytest.raises(MissingVariables) as caught:
        Template("【姓名】您好【金额】").render({"姓名": blank, "金额": 1})
    assert caught.value.names == ["姓名"]


def test_missing_names_every_variable():
    template = Template(SEED)
    with pytest.raises(MissingVariables) as caught:
        template.render({"姓名": "张三", "险种": None})
    assert caught.value.names == ["险种", "应缴日期", "期数", "金额"]
    message = str(caught.value)
    assert all(name in message for name in caught.value.names)
    assert isinstance(caught.value, ValueError)
    assert template.missing({"姓名": "张三"}) == ["险种", "应缴日期", "期数", "金额"]


@pytest.mark.parametrize(
    ("text", "code", "position"),
    [
        ("您好【姓名", "unclosed", 2),
        ("【【姓名】】", "nested", 1),
        ("【姓名【险种】", "nested", 3),
        ("您好【】", "empty_name", 2),
        ("您好【  】", "empty_name", 2),
        ("姓名】您好", "unopened", 2),
        ("【姓名】】", "unopened", 4),
    ],
)
def test_malformed_templates_raise_with_a_code(text, code, position):
    with pytest.raises(TemplateError) as caught:
        Template(text)
    assert (caught.value.code, caught.value.position) == (code, position)
    assert code in TEMPLATE_ERRORS
    assert str(position + 1) in str(caught.value)


@pytest.mark.parametrize("text", [None, 42, b"bytes"])
def test_non_text_template_raises(text):
    with pytest.raises(TemplateError) as caught:
        Template(text)
    assert caught.value.code == "not_text"


def test_signature_is_not_special_in_template_text():
    assert Template("【动力思维】您好【姓名】").variables == ("动力思维", "姓名")


NAME = st.text(st.sampled_from(list("姓名金额ab1")), min_size=1, max_size=4)
LITERAL = st.text(st.sampled_from(list("您好，。xyz 12")), max_size=6)


@given(pieces=st.lists(st.tuples(LITERAL, NAME), max_size=6), tail=LITERAL)
def test_render_round_trip(pieces, tail):
    text = "".join(f"{literal}【{name}】" for literal, name in pieces) + tail
    template = Template(text)
    assert template.variables == tuple(dict.fromkeys(name for _, name in pieces))
    values = {name: f"<{name}>" for name in template.variables}
    assert template.render(values) == "".join(f"{literal}<{name}>" for literal, name in pieces) + tail


def test_long_and_odd_templates():
    long = Template("好" * 10_000 + "【姓名】\x00😀")
    assert long.variables == ("姓名",)
    assert long.render({"姓名": "王五"}).endswith("王五\x00😀")
    with pytest.raises(MissingVariables):
        long.render({})
    with pytest.raises(MissingVariables):
        long.render(None)  # type: ignore[arg-type]
