"""What the migrations put into a database, as comparable text: functions, grants, roles, policies, triggers, indexes,
views, tables. The installation's role prefix reads as __P__, so two databases compare whatever their names."""

from __future__ import annotations

import psycopg

from smsdesk.store.roles import role_prefix

QUERIES = {
    "functions": """
        SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid)
          FROM pg_proc p WHERE p.pronamespace = 'smsdesk'::regnamespace""",
    "function_grants": """
        SELECT p.oid::regprocedure::text || ' ' || coalesce(g.rolname, 'PUBLIC') || ' ' || a.privilege_type
               || CASE WHEN a.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END, ''
          FROM pg_proc p, aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
          LEFT JOIN pg_roles g ON g.oid = a.grantee
         WHERE p.pronamespace = 'smsdesk'::regnamespace AND a.grantee <> p.proowner""",
    "table_grants": """
        SELECT c.relname || ' ' || coalesce(g.rolname, 'PUBLIC') || ' ' || a.privilege_type, ''
          FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
          LEFT JOIN pg_roles g ON g.oid = a.grantee
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND a.grantee <> c.relowner""",
    "column_grants": """
        SELECT c.relname || '.' || t.attname || ' ' || coalesce(g.rolname, 'PUBLIC') || ' ' || a.privilege_type, ''
          FROM pg_class c JOIN pg_attribute t ON t.attrelid = c.oid, aclexplode(t.attacl) a
          LEFT JOIN pg_roles g ON g.oid = a.grantee
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND t.attacl IS NOT NULL""",
    "schema_grants": """
        SELECT n.nspname || ' ' || coalesce(g.rolname, 'PUBLIC') || ' ' || a.privilege_type, ''
          FROM pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
          LEFT JOIN pg_roles g ON g.oid = a.grantee
         WHERE n.nspname IN ('smsdesk', 'public') AND a.grantee <> n.nspowner""",
    "database_grants": """
        SELECT coalesce(g.rolname, 'PUBLIC') || ' ' || a.privilege_type, ''
          FROM pg_database d, aclexplode(coalesce(d.datacl, acldefault('d', d.datdba))) a
          LEFT JOIN pg_roles g ON g.oid = a.grantee
         WHERE d.datname = current_database() AND a.grantee <> d.datdba""",
    "default_privileges": """
        SELECT coalesce(n.nspname, '-') || ' ' || d.defaclobjtype::text || ' ' || coalesce(d.defaclacl::text, ''), ''
          FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace""",
    "roles": """
        SELECT r.rolname, concat_ws(' ', r.rolcanlogin, r.rolinherit, r.rolsuper, r.rolcreaterole,
               (SELECT string_agg(m.rolname, ',' ORDER BY m.rolname) FROM pg_auth_members am
                  JOIN pg_roles m ON m.oid = am.roleid WHERE am.member = r.oid))
          FROM pg_roles r WHERE starts_with(r.rolname, %(prefix)s)""",
    "policies": """
        SELECT tablename || '.' || policyname, concat_ws(' | ', permissive, roles::text, cmd, qual, with_check)
          FROM pg_policies WHERE schemaname = 'smsdesk'""",
    "row_security": """
        SELECT relname, relrowsecurity::text || ' ' || relforcerowsecurity::text
          FROM pg_class WHERE relnamespace = 'smsdesk'::regnamespace AND relkind IN ('r', 'p')""",
    "indexes": """
        SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'smsdesk'""",
    "triggers": """
        SELECT c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND NOT t.tgisinternal""",
    "views": """
        SELECT c.relname, pg_get_viewdef(c.oid) FROM pg_class c
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND c.relkind IN ('v', 'm')""",
    "relations": """
        SELECT c.relname, c.relkind::text || ' ' || coalesce(c.reloptions::text, '')
          FROM pg_class c WHERE c.relnamespace = 'smsdesk'::regnamespace""",
    # a column's position is left out: a downgrade that drops a column and the upgrade that adds it again move it
    # to the end of the table, which changes nothing a query sees
    "columns": """
        SELECT c.relname || '.' || a.attname,
               concat_ws(' ', format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, a.attgenerated,
                         pg_get_expr(d.adbin, d.adrelid))
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE c.relnamespace = 'smsdesk'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0
           AND NOT a.attisdropped""",
    "constraints": """
        SELECT c.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
          FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
         WHERE c.relnamespace = 'smsdesk'::regnamespace""",
}


def snapshot(conn: psycopg.Connection) -> dict[str, dict[str, str]]:
    """``conn``: a superuser's connection to a database that smsdesk's migrations built (at any revision)."""
    dbname = conn.execute("SELECT current_database()").fetchone()[0]
    prefix = role_prefix(dbname)
    result: dict[str, dict[str, str]] = {}
    for part, query in QUERIES.items():
        rows = conn.execute(query, {"prefix": prefix}).fetchall()
        result[part] = {str(k).replace(prefix, "__P__"): str(v).replace(prefix, "__P__") for k, v in rows}
    return result


def differences(a: dict[str, dict[str, str]], b: dict[str, dict[str, str]], limit: int = 20) -> list[str]:
    """What differs between two snapshots, one line per object (empty when they are the same)."""
    out = []
    for part in sorted(set(a) | set(b)):
        pa, pb = a.get(part, {}), b.get(part, {})
        for key in sorted(set(pa) | set(pb)):
            if pa.get(key) != pb.get(key):
                out.append(f"{part} {key}: {pa.get(key)!r:.200} | {pb.get(key)!r:.200}")
    return out[:limit]
