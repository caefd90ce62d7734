"""The suite's databases are copies of one migrated template (tests/migrated_copy.py): a copy must be exactly what
the migrations make under its own name, and must name none of the template's roles."""

from __future__ import annotations

import psycopg
import pytest

from smsdesk.store import roles
from tests.conftest import TestDatabase as Database
from tests.conftest import _drop, _new_name
from tests.db import catalog
from tests.migrated_copy import migrate_database

pytestmark = pytest.mark.db

DATA = """
    SELECT 'installation', role_prefix FROM smsdesk.installation
    UNION ALL
    SELECT 'password seen ' || s.role_name, (s.digest = md5(coalesce(a.rolpassword, '')))::text
      FROM smsdesk.login_password_seen s LEFT JOIN pg_authid a ON a.rolname = s.role_name
"""


def _state(db: Database) -> tuple[dict, list]:
    with psycopg.connect(**db.su.conninfo()) as conn:
        prefix = roles.role_prefix(db.name)
        rows = sorted(tuple(str(v).replace(prefix, "__P__") for v in row) for row in conn.execute(DATA).fetchall())
        return catalog.snapshot(conn), rows


def test_a_copy_is_what_the_migrations_make_under_its_name(pg_server, migrated_copies):
    copy, migrated = Database(pg_server, _new_name()), Database(pg_server, _new_name())
    try:
        migrated_copies.create(copy)
        migrate_database(migrated)
        (copy_catalog, copy_data), (real_catalog, real_data) = _state(copy), _state(migrated)
        assert catalog.differences(copy_catalog, real_catalog) == []
        assert copy_catalog["functions"] and copy_catalog["policies"] and copy_catalog["function_grants"]
        assert copy_data == real_data
        assert ("installation", "__P__") in copy_data

        template_prefix = roles.role_prefix(migrated_copies.template_name)
        with psycopg.connect(**copy.su.conninfo()) as conn:
            # every privilege, policy role and owner a database holds on a role is recorded in pg_shdepend
            named = conn.execute(
                "SELECT r.rolname FROM pg_shdepend d JOIN pg_roles r ON r.oid = d.refobjid"
                " WHERE d.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                "   AND d.refclassid = 'pg_authid'::regclass AND starts_with(r.rolname, %s)",
                (template_prefix,),
            ).fetchall()
            in_text = conn.execute(
                "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE strpos(p.prosrc, %s) > 0",
                (template_prefix,),
            ).fetchall()
        assert named == [] and in_text == []
    finally:
        _drop(pg_server, copy.name)
        _drop(pg_server, migrated.name)
