"""Each test's database as a copy of one migrated by the real migrations, once per test run.

Creating and migrating a database takes 1.2–1.9 s (every revision loading its SQL files), and about four
hundred tests need one. The run migrates one template database instead, and a test's database is
``CREATE DATABASE … TEMPLATE`` of it (~0.2 s) made into an installation of its own: roles belong to the
cluster and a copied catalog still names the template's, so ``roles.sql`` gives the copy its own group roles
(memberships, CONNECT, USAGE) and every reference to the template's moves to them (object and column privileges,
default privileges, policies' role lists, function bodies that name a role, the installation row, the gate's
recorded password). ``tests/db/test_migrated_copy.py`` checks that a copy's catalog and data equal those of a
database migrated under its name, and that nothing in the copy names the template's roles.

Tests of the migrations themselves (upgrade, downgrade, the shipped bodies, ``db init`` on an empty database) still
run them for real.
"""

from __future__ import annotations

import threading
import uuid
import warnings

import psycopg
from psycopg import sql

from smsdesk.services import admin
from smsdesk.store import migrate, roles, sqlfiles
from smsdesk.store.database import make_engine

GROUP_ROLES = (*roles.GROUP_ROLES, roles.GATE_ROLE)


class MigratedCopies:
    """Makes migrated databases on one test server: the first call migrates a template, later ones copy it."""

    def __init__(self, server) -> None:
        self.server = server
        self._lock = threading.Lock()
        self._template = None

    def create(self, db) -> None:
        """Creates ``db`` migrated to head with no organisation yet: what ``admin.db_init`` makes before its first
        group and user."""
        template = self._ensure_template(type(db))
        # CREATE DATABASE … TEMPLATE refuses while another copy of the template is being taken.
        with self._lock, psycopg.connect(**self.server.superuser.conninfo(), autocommit=True) as conn:
            # PostgreSQL's default strategy (WAL_LOG): FILE_COPY is no faster for a 10 MB template and makes the
            # server checkpoint twice, seconds on a developer's busy server
            conn.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(db.name), sql.Identifier(template.name))
            )
        retarget(db, roles.role_prefix(template.name))

    @property
    def template_name(self) -> str:
        return self._ensure_template(None).name

    def close(self) -> None:
        template, self._template = self._template, None
        if template is None:
            return
        with psycopg.connect(**self.server.superuser.conninfo(), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(template.name)))
        try:
            admin.drop_roles(template.su)
        except psycopg.Error as exc:  # a copy still naming them: test_migrated_copy says which
            warnings.warn(f"the template's roles outlive the run: {exc}", stacklevel=1)

    def _ensure_template(self, database_type):
        with self._lock:
            if self._template is None:
                from tests.conftest import TestDatabase

                template = (database_type or TestDatabase)(self.server, f"sdt_tpl_{uuid.uuid4().hex[:10]}")
                migrate_database(template)
                self._template = template
            return self._template


def migrate_database(db) -> None:
    """Creates ``db`` and runs every migration on it, as ``smsdesk-admin db init`` does."""
    admin.ensure_database(db.su)
    engine = make_engine(db.su, pool_size=1)
    try:
        with engine.connect() as conn:
            migrate.upgrade(conn)
    finally:
        engine.dispose()


def retarget(db, old_prefix: str) -> None:
    """Moves every reference to the roles of ``old_prefix`` in database ``db`` to the roles of its own prefix."""
    new_prefix = roles.role_prefix(db.name)
    with psycopg.connect(**db.su.conninfo(), autocommit=True) as conn, conn.transaction():
        # the copy has the schema, so roles.sql runs as on a migrated database: the roles, their memberships, CONNECT
        # on this database, USAGE on the schema (its installation row is already there, with the template's prefix)
        conn.execute(sqlfiles.render(sqlfiles.current_path("roles"), new_prefix))
        conn.execute(_RETARGET.replace("__OLD__", old_prefix).replace("__NEW__", new_prefix))


# Every catalog of a database that names a role by oid or by name, walked once. Object privileges are granted to the
# new role and revoked from the old (a REVOKE ALL per object and role, after its grants); column privileges alike;
# default privileges; policies get their role lists mapped; function bodies naming a role are re-created with the
# new name (CREATE OR REPLACE keeps their privileges); the installation row records the new prefix.
_RETARGET = r"""
DO $retarget$
DECLARE
  old_p constant text := '__OLD__';
  new_p constant text := '__NEW__';
  r record;
BEGIN
  CREATE TEMPORARY TABLE old_acl ON COMMIT DROP AS
    WITH acl AS (
      SELECT 'SCHEMA ' || quote_ident(n.nspname) AS obj, NULL::text AS col, a.*
        FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
      UNION ALL
      SELECT CASE WHEN c.relkind = 'S' THEN 'SEQUENCE ' ELSE 'TABLE ' END || c.oid::regclass::text, NULL, a.*
        FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a
      UNION ALL
      SELECT 'TABLE ' || t.attrelid::regclass::text, quote_ident(t.attname), a.*
        FROM pg_attribute t CROSS JOIN LATERAL aclexplode(t.attacl) a
      UNION ALL
      SELECT 'ROUTINE ' || p.oid::regprocedure::text, NULL, a.*
        FROM pg_proc p CROSS JOIN LATERAL aclexplode(p.proacl) a
      UNION ALL
      SELECT 'TYPE ' || t.oid::regtype::text, NULL, a.*
        FROM pg_type t CROSS JOIN LATERAL aclexplode(t.typacl) a
      UNION ALL
      SELECT 'LANGUAGE ' || quote_ident(l.lanname), NULL, a.*
        FROM pg_language l CROSS JOIN LATERAL aclexplode(l.lanacl) a
    )
    SELECT acl.obj, acl.col, acl.privilege_type, acl.is_grantable, g.rolname,
           new_p || substr(g.rolname, length(old_p) + 1) AS new_name
      FROM acl JOIN pg_roles g ON g.oid = acl.grantee
     WHERE starts_with(g.rolname, old_p);
  FOR r IN SELECT * FROM old_acl LOOP
    EXECUTE format('GRANT %s %s ON %s TO %I%s', r.privilege_type, coalesce('(' || r.col || ')', ''), r.obj,
                   r.new_name, CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
  END LOOP;
  FOR r IN SELECT DISTINCT obj, col, rolname FROM old_acl LOOP
    EXECUTE format('REVOKE ALL %s ON %s FROM %I CASCADE', coalesce('(' || r.col || ')', ''), r.obj, r.rolname);
  END LOOP;

  -- Default privileges: those granted to an old role, in the owner's and schema's entry.
  FOR r IN
    SELECT d.defaclrole::regrole::text AS owner, d.defaclnamespace, d.defaclobjtype, a.privilege_type, a.is_grantable,
           g.rolname
      FROM pg_default_acl d CROSS JOIN LATERAL aclexplode(d.defaclacl) a JOIN pg_roles g ON g.oid = a.grantee
     WHERE starts_with(g.rolname, old_p)
  LOOP
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %s %s GRANT %s ON %s TO %I%s; '
                   'ALTER DEFAULT PRIVILEGES FOR ROLE %s %s REVOKE %s ON %s FROM %I',
                   r.owner,
                   CASE WHEN r.defaclnamespace = 0 THEN '' ELSE 'IN SCHEMA ' || r.defaclnamespace::regnamespace END,
                   r.privilege_type,
                   CASE r.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                                        WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END,
                   new_p || substr(r.rolname, length(old_p) + 1),
                   CASE WHEN r.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END,
                   r.owner,
                   CASE WHEN r.defaclnamespace = 0 THEN '' ELSE 'IN SCHEMA ' || r.defaclnamespace::regnamespace END,
                   r.privilege_type,
                   CASE r.defaclobjtype WHEN 'r' THEN 'TABLES' WHEN 'S' THEN 'SEQUENCES' WHEN 'f' THEN 'FUNCTIONS'
                                        WHEN 'T' THEN 'TYPES' WHEN 'n' THEN 'SCHEMAS' END,
                   r.rolname);
  END LOOP;

  -- Policies: the same role list with each old role replaced (0 is PUBLIC).
  FOR r IN
    SELECT p.polname, p.polrelid::regclass::text AS tbl,
           string_agg(CASE WHEN x.oid = 0 THEN 'PUBLIC'
                           WHEN starts_with(g.rolname, old_p)
                           THEN quote_ident(new_p || substr(g.rolname, length(old_p) + 1))
                           ELSE quote_ident(g.rolname) END, ', ' ORDER BY x.ord) AS role_list
      FROM pg_policy p CROSS JOIN LATERAL unnest(p.polroles) WITH ORDINALITY AS x(oid, ord)
      LEFT JOIN pg_roles g ON g.oid = x.oid
     GROUP BY p.oid, p.polname, p.polrelid
    HAVING bool_or(starts_with(g.rolname, old_p))
  LOOP
    EXECUTE format('ALTER POLICY %I ON %s TO %s', r.polname, r.tbl, r.role_list);
  END LOOP;

  -- Bodies that name a role (pg_has_role(session_user, '<prefix>dispatcher', …) and the like).
  FOR r IN
    SELECT p.oid FROM pg_proc p
     WHERE p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
       AND p.prokind IN ('f', 'p') AND strpos(p.prosrc, old_p) > 0
  LOOP
    EXECUTE replace(pg_get_functiondef(r.oid), old_p, new_p);
  END LOOP;

  IF to_regclass('smsdesk.installation') IS NOT NULL THEN
    UPDATE smsdesk.installation SET role_prefix = new_p WHERE role_prefix = old_p;
  END IF;
  -- The gate's password as last seen (revision 0010): the new gate's, as that revision records it.
  IF to_regclass('smsdesk.login_password_seen') IS NOT NULL THEN
    UPDATE smsdesk.login_password_seen s
       SET role_name = a.rolname, digest = md5(coalesce(a.rolpassword, ''))
      FROM pg_authid a
     WHERE starts_with(s.role_name, old_p) AND a.rolname = new_p || substr(s.role_name, length(old_p) + 1);
  END IF;
END
$retarget$;
"""
