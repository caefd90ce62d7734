-- Groups I act for: my group's whole subtree for administrators and reviewers, my own group otherwise.
CREATE OR REPLACE FUNCTION smsdesk.my_scope_groups() RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE
           WHEN u.kind = 'admin' OR u.is_reviewer THEN
             (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g WHERE u.group_id = ANY(g.id_path))
           ELSE ARRAY[u.group_id]
         END
    FROM app_user u WHERE u.role_name = session_user AND u.status = 'normal'
$$;

REVOKE ALL ON FUNCTION smsdesk.my_scope_groups() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.my_scope_groups() TO "__P__operator", "__P__dispatcher";
