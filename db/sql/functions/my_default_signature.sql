-- The signature the caller sends with by default (SET-5): the default of the nearest group on the caller's own
-- path, from their group up to the top. A sub-group inherits its parents' default; a sibling branch's default
-- is never on that path, whatever the caller may read as an administrator. NULL when no group on it has one.
CREATE OR REPLACE FUNCTION smsdesk.my_default_signature() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT s.text
    FROM app_user u
    JOIN user_group g ON g.id = u.group_id
    CROSS JOIN LATERAL unnest(g.id_path) WITH ORDINALITY AS p(gid, depth)
    JOIN signature s ON s.group_id = p.gid AND s.is_default
   WHERE u.role_name = session_user
   ORDER BY p.depth DESC, s.id
   LIMIT 1
$$;

REVOKE ALL ON FUNCTION smsdesk.my_default_signature() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.my_default_signature() TO "__P__operator";
