-- A login for a dispatcher process (<prefix>d_<name>, member of the dispatcher role); sets its password
-- when it exists already (the console does so on every embedded start). The password arrives as SCRAM.
CREATE OR REPLACE FUNCTION smsdesk.dispatcher_login_set(p_name text, p_verifier text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE prefix text := (SELECT role_prefix FROM installation WHERE id = 1); login text; existed boolean;
BEGIN
  IF NOT smsdesk.is_system() THEN
    PERFORM smsdesk._fail('SD403', 'only the installation''s owner creates dispatcher logins');
  END IF;
  IF p_name IS NULL OR p_name !~ '^[a-z0-9][a-z0-9_.-]{0,31}$' THEN
    PERFORM smsdesk._fail('SD422', 'a dispatcher name has 1 to 32 characters: a-z, 0-9, "_", "." or "-"');
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._fail('SD422', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  login := prefix || 'd_' || p_name;
  existed := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login);
  IF existed THEN
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', login, p_verifier);
  ELSE
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, p_verifier);
  END IF;
  EXECUTE format('GRANT %I TO %I', prefix || 'dispatcher', login);
  PERFORM smsdesk._audit(CASE WHEN existed THEN 'dispatcher.password' ELSE 'dispatcher.create' END, login, NULL, '{}');
  RETURN login;
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatcher_login_set(text, text) FROM PUBLIC;
