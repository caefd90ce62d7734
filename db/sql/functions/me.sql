-- The caller's app_user row: the one whose role is the session user (which a client cannot change), if active.
CREATE OR REPLACE FUNCTION smsdesk.me() RETURNS smsdesk.app_user
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT * FROM app_user WHERE role_name = session_user AND status = 'normal'
$$;

REVOKE ALL ON FUNCTION smsdesk.me() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.me() TO "__P__operator", "__P__dispatcher";
