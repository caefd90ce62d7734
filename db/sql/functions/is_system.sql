-- True when the session user is a superuser: IT at the command line, or the migrations. Such callers
-- pass every caller check. SECURITY DEFINER (like the other who-is-calling functions) so that policies can
-- read app_user without recursing into its own policy.
CREATE OR REPLACE FUNCTION smsdesk.is_system() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
$$;

REVOKE ALL ON FUNCTION smsdesk.is_system() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.is_system() TO "__P__operator", "__P__dispatcher";
