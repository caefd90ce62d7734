-- A top administrator's group has no parent: only they see audit rows that concern no group.
CREATE OR REPLACE FUNCTION smsdesk.i_am_top_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT u.kind = 'admin' AND g.parent_id IS NULL
                     FROM app_user u JOIN user_group g ON g.id = u.group_id
                    WHERE u.role_name = session_user AND u.status = 'normal'), false)
$$;

REVOKE ALL ON FUNCTION smsdesk.i_am_top_admin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.i_am_top_admin() TO "__P__operator", "__P__dispatcher";
