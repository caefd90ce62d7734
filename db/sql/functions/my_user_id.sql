-- The caller's user id, NULL for a disabled or deleted account and for IT.
CREATE OR REPLACE FUNCTION smsdesk.my_user_id() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT id FROM app_user WHERE role_name = session_user AND status = 'normal'
$$;

REVOKE ALL ON FUNCTION smsdesk.my_user_id() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.my_user_id() TO "__P__operator", "__P__dispatcher";
