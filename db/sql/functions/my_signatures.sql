-- The signatures the caller may send with (SET-5): those of the caller's own group and of every group above it,
-- nearest group first, each group's default before its others. sends_by_default marks the one the caller sends with
-- unless they choose another: the default of the nearest group on the path that has one, as my_default_signature
-- resolves it. Both the compose page and the template page list exactly these, so an administrator, who reads the
-- signatures of every group below, is never offered a sub-group's or a sibling branch's, and the default is the same
-- on both pages. send_text and task_queue accept the same set.
CREATE OR REPLACE FUNCTION smsdesk.my_signatures()
RETURNS TABLE (id bigint, group_id bigint, group_path text, text text, is_default boolean, depth int,
               created_at timestamptz, sends_by_default boolean)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  WITH on_path AS (
    SELECT s.id, s.group_id, s.text, s.is_default, p.depth::int AS depth, s.created_at
      FROM app_user u
      JOIN user_group g ON g.id = u.group_id
      CROSS JOIN LATERAL unnest(g.id_path) WITH ORDINALITY AS p(gid, depth)
      JOIN signature s ON s.group_id = p.gid
     WHERE u.role_name = session_user
  ), chosen AS (
    SELECT o.id FROM on_path o WHERE o.is_default ORDER BY o.depth DESC, o.id LIMIT 1
  )
  SELECT o.id, o.group_id, smsdesk.group_path(o.group_id), o.text, o.is_default, o.depth, o.created_at,
         o.id IS NOT DISTINCT FROM (SELECT chosen.id FROM chosen)
    FROM on_path o
   ORDER BY o.depth DESC, o.is_default DESC, o.id
$$;

REVOKE ALL ON FUNCTION smsdesk.my_signatures() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.my_signatures() TO "__P__operator";
