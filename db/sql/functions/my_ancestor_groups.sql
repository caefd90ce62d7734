-- The caller's group and every group above it, top first (the group's id_path).
CREATE OR REPLACE FUNCTION smsdesk.my_ancestor_groups() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT g.id_path FROM app_user u JOIN user_group g ON g.id = u.group_id
   WHERE u.role_name = session_user AND u.status = 'normal'
$$;

REVOKE ALL ON FUNCTION smsdesk.my_ancestor_groups() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.my_ancestor_groups() TO "__P__operator", "__P__dispatcher";
