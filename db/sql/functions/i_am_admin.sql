-- Whether the caller is an active administrator.
CREATE OR REPLACE FUNCTION smsdesk.i_am_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT kind = 'admin' FROM app_user
                    WHERE role_name = session_user AND status = 'normal'), false)
$$;

REVOKE ALL ON FUNCTION smsdesk.i_am_admin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.i_am_admin() TO "__P__operator", "__P__dispatcher";
