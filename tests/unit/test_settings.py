"""Where the database is: --db, then SMSDESK_DATABASE_URL, then machine settings, then the user's, then embedded."""

from __future__ import annotations

import pytest

from smsdesk import settings
from smsdesk.store import roles


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("SMSDESK_CONFIG_DIR", str(tmp_path / "user"))
    monkeypatch.setenv("SMSDESK_SITE_CONFIG", str(tmp_path / "site.ini"))
    monkeypatch.delenv("SMSDESK_DATABASE_URL", raising=False)
    return tmp_path


def test_order_of_precedence(isolated, monkeypatch):
    assert settings.resolve().embedded
    settings.save_user_target(settings.DatabaseTarget(source="user", host="user-host", dbname="u"))
    assert settings.resolve().host == "user-host"
    (isolated / "site.ini").write_text("[database]\nhost = it-host\ndbname = sms\nsslmode = verify-full\n")
    machine = settings.resolve()
    assert (machine.source, machine.host, machine.options) == ("machine", "it-host", {"sslmode": "verify-full"})
    monkeypatch.setenv("SMSDESK_DATABASE_URL", "postgresql://env-host:6432/envdb")
    assert settings.resolve().host == "env-host" and settings.resolve().port == 6432
    assert settings.resolve("postgresql://cli-host/clidb").dbname == "clidb"


def test_user_file_never_holds_a_password(isolated):
    target = settings.parse_url("postgresql://alice:secret@db.example:5433/sms?sslmode=require", "user")
    settings.save_user_target(target)
    text = (isolated / "user" / "connection.json").read_text()
    assert "secret" not in text and "alice" not in text
    again = settings.user_target()
    assert (again.host, again.port, again.dbname, again.options) == ("db.example", 5433, "sms", {"sslmode": "require"})
    settings.save_user_target(None)
    assert settings.resolve().embedded


def test_socket_directories_and_tls_options_round_trip():
    target = settings.parse_url("postgresql:///sms?host=/run/pg&sslrootcert=/etc/ca.pem&sslmode=verify-ca", "x")
    assert target.host == "/run/pg" and target.options == {"sslrootcert": "/etc/ca.pem", "sslmode": "verify-ca"}
    assert settings.parse_url(target.url(), "x").host == "/run/pg"
    with pytest.raises(ValueError):
        settings.parse_url("mysql://h/db", "x")


def test_two_addresses_for_a_failover_reach_libpq(isolated):
    """host = db1,db2: libpq tries each in turn (tests/ui/test_database_outages.py follows a failover so)."""
    (isolated / "site.ini").write_text(
        "[database]\nhost = db1.example,db2.example\ndbname = sms\ntarget_session_attrs = read-write\n"
    )
    info = settings.resolve().conninfo()
    assert (info["host"], info["port"]) == ("db1.example,db2.example", "5432")
    assert info["target_session_attrs"] == "read-write"
    url = settings.parse_url("postgresql://db1.example,db2.example/sms?target_session_attrs=read-write", "x")
    assert url.conninfo()["host"] == "db1.example,db2.example" and url.options == {"target_session_attrs": "read-write"}


def test_role_names_are_per_installation_and_bounded():
    a, b = roles.user_role("smsdesk", "alice"), roles.user_role("smsdesk_test", "alice")
    assert a != b and a.startswith(roles.role_prefix("smsdesk"))
    assert len(roles.user_role("x" * 63, "a" * 32)) <= 63
    for bad in ("", "Alice", "a b", "a;drop", "-lead", "x" * 33, "名字"):
        assert not roles.valid_login(bad)


def test_the_console_pool_bound_comes_from_the_environment_or_the_machine(tmp_path, monkeypatch):
    site = tmp_path / "database.ini"
    monkeypatch.setenv("SMSDESK_SITE_CONFIG", str(site))
    assert settings.console_pool_max(environ={}) == settings.POOL_MAX_DEFAULT == 5
    site.write_text("[database]\nhost = db\npool_max = 3\n", encoding="utf-8")
    assert settings.console_pool_max(environ={}) == 3
    assert settings.console_pool_max(environ={"SMSDESK_POOL_MAX": "8"}) == 8
    assert settings.console_pool_max(environ={"SMSDESK_POOL_MAX": "0"}) == 1
    assert settings.console_pool_max(environ={"SMSDESK_POOL_MAX": "many"}) == 5
    assert settings.console_pool_max(environ={"SMSDESK_POOL_MAX": "100000"}) == settings.POOL_MAX_LIMIT
