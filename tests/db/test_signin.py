"""Sign-in through the service: success and every failure gives a code, and both are audited."""

from __future__ import annotations

import pytest

from smsdesk.services.auth import SignInError, sign_in
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.db


def audit_actions(db) -> list[tuple[str, str, str | None]]:
    with db.connect_su() as su:
        return su.execute(
            "select action, target, details->>'reason' from smsdesk.audit_log where action like 'sign_in%%' order by id"
        ).fetchall()


def test_sign_in_returns_the_profile_and_is_audited(org_db):
    signed = sign_in(org_db.target, "Boss", ADMIN_PASSWORD)
    try:
        assert signed.profile.login == "boss"
        assert signed.profile.is_admin and signed.profile.group_path == "总部"
    finally:
        signed.close()
    assert audit_actions(org_db)[-1][:2] == ("sign_in", "boss")


def test_wrong_password_is_refused_and_audited(org_db):
    if org_db.trusts_connections():
        pytest.skip("this server trusts local connections; the embedded server (the default) checks passwords")
    with pytest.raises(SignInError) as err:
        sign_in(org_db.target, "boss", "not-the-password")
    assert err.value.code == "password"
    assert audit_actions(org_db)[-1] == ("sign_in.failed", "boss", "password")


def test_unknown_login_looks_like_a_wrong_password(org_db):
    if org_db.trusts_connections():
        pytest.skip("this server trusts local connections")
    with pytest.raises(SignInError) as err:
        sign_in(org_db.target, "nobody", "whatever-1")
    assert err.value.code == "password"


def test_malformed_login_is_refused_before_connecting(org_db):
    with pytest.raises(SignInError) as err:
        sign_in(org_db.target, "robert'); drop table--", "x")
    assert err.value.code == "bad_login"


def test_disabled_user_gets_its_own_message(org_db):
    from tests.db.conftest import PASSWORD, build_org

    build_org(org_db)
    with org_db.connect_su() as su:
        su.execute("select smsdesk.user_set_status(id, 'disabled') from smsdesk.app_user where login = 'east-op'")
    with pytest.raises(SignInError) as err:
        sign_in(org_db.target, "east-op", PASSWORD)
    assert err.value.code == "disabled"
    assert audit_actions(org_db)[-1] == ("sign_in.failed", "east-op", "disabled")


def test_unreachable_server(org_db):
    from dataclasses import replace

    target = replace(org_db.target, host="127.0.0.1", port=1)
    with pytest.raises(SignInError) as err:
        sign_in(target, "boss", ADMIN_PASSWORD)
    assert err.value.code == "unreachable"


def test_schema_newer_than_the_console_is_refused(org_db):
    with org_db.connect_su() as su:
        su.execute("update smsdesk.alembic_version set version_num = '9999_future'")
    with pytest.raises(SignInError) as err:
        sign_in(org_db.target, "boss", ADMIN_PASSWORD)
    assert err.value.code == "schema_newer"


def test_database_without_schema_is_refused(empty_db):
    with pytest.raises(SignInError) as err:
        sign_in(empty_db.target, "boss", ADMIN_PASSWORD)
    # no roles exist yet either, so the server refuses the login before any schema check
    assert err.value.code in ("password", "schema_missing")
