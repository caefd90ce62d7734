-- Administrators and reviewers oversee their group's subtree: they read its users, tasks and templates.
CREATE OR REPLACE FUNCTION smsdesk.i_oversee() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT kind = 'admin' OR is_reviewer FROM app_user
                    WHERE role_name = session_user AND status = 'normal'), false)
$$;

REVOKE ALL ON FUNCTION smsdesk.i_oversee() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.i_oversee() TO "__P__operator", "__P__dispatcher";
