-- The installation's roles (SEC-1), what they may connect to, and the record of their prefix.
-- Operators sign in as their own login roles (created by smsdesk.user_create); these group roles carry the
-- privileges. Reviewers and administrators are operators too. __P__ is the installation's role prefix (see
-- smsdesk.store.roles): roles are global to the cluster, the prefix keeps installations apart.

-- Roles may outlive a dropped database: create only what is missing.
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['__P__operator', '__P__reviewer', '__P__admin', '__P__dispatcher'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
  -- The gate signs in with a public password and may only record a failed sign-in.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '__P__gate') THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L', '__P__gate', 'smsdesk-gate');
  END IF;
  EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I',
                 current_database(), '__P__operator', '__P__dispatcher', '__P__gate');
END $$;

GRANT "__P__operator" TO "__P__reviewer";
GRANT "__P__operator" TO "__P__admin";

-- Nobody creates objects in either schema; the roles above only use smsdesk (what they read and call is granted
-- by grants/<table>.sql and functions/<name>.sql).
REVOKE ALL ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON SCHEMA smsdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA smsdesk TO "__P__operator", "__P__dispatcher", "__P__gate";

INSERT INTO smsdesk.installation (id, role_prefix) VALUES (1, '__P__') ON CONFLICT (id) DO NOTHING;
