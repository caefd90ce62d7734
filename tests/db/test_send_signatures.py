"""The signatures a sender may send with and their default, listed by the database for both pages of the Send tab
(issue 20: the top-level administrator was offered a sibling branch's 【华南分部】, and the template page listed
another set): plain SQL as each user's own role."""

from __future__ import annotations

import pytest

from smsdesk.services import admin, library
from smsdesk.store.database import make_engine, session_factory, unit_of_work
from tests.db.conftest import PASSWORD

pytestmark = pytest.mark.db


def _rows(conn) -> list[tuple[str, str, bool]]:
    return [tuple(r) for r in conn.execute(
        "SELECT text, group_path, sends_by_default FROM smsdesk.my_signatures()").fetchall()]


@pytest.fixture
def signed_org(org):
    engine = make_engine(org.db.su, pool_size=1)
    try:
        with unit_of_work(session_factory(engine)) as s:
            admin.create_user(s, login="top-admin", password=PASSWORD, group_path="总部", admin=True)
    finally:
        engine.dispose()
    with org.connect("top-admin") as c:
        def group(path):
            return c.execute("SELECT smsdesk.group_find(%s)", (path,)).fetchone()[0]

        for path, text, default in (("总部", "总部通知", True), ("总部", "总部客服", False),
                                    ("总部/华南", "华南分部", True), ("总部/华东", "华东中心", False)):
            c.execute("SELECT smsdesk.signature_create(%s, %s, %s)", (group(path), text, default))
    return org


def test_each_sender_is_offered_their_own_path_nearest_first_with_one_default(signed_org):
    with signed_org.connect("top-admin") as c:
        # the top-level administrator reads every group's signatures, but sends only with the top group's
        assert c.execute("SELECT count(*) FROM smsdesk.signature").fetchone()[0] == 4
        assert _rows(c) == [("总部通知", "总部", True), ("总部客服", "总部", False)]
    with signed_org.connect("east-op") as c:
        # 华东 has a signature but no default of its own (its first one is its default: signature_create)
        rows = _rows(c)
        assert [r[0] for r in rows] == ["华东中心", "总部通知", "总部客服"]
        assert [r[0] for r in rows if r[2]] == [c.execute("SELECT smsdesk.my_default_signature()").fetchone()[0]]
    with signed_org.connect("south-op") as c:
        assert _rows(c) == [("华南分部", "总部/华南", True), ("总部通知", "总部", False), ("总部客服", "总部", False)]
    with signed_org.connect("east-admin") as c:
        assert "华南分部" not in [r[0] for r in _rows(c)]  # a sibling branch's, never offered


def test_the_send_pages_take_the_databases_list(signed_org):
    from smsdesk.services.auth import sign_in
    from smsdesk.services.session import run
    from smsdesk.services.template_send import send_options

    signed = sign_in(signed_org.db.target, "top-admin", PASSWORD, pool_size=1)
    try:
        rows, default = run(signed, library.signature_choices)
        options = run(signed, send_options)
    finally:
        signed.close()
    assert [r.text for r in rows] == ["总部通知", "总部客服"] and default == "总部通知"
    assert [r.text for r in options.signatures] == [r.text for r in rows]
    assert options.default_signature.text == default
