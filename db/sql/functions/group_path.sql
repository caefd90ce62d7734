-- A group's path of names from the top, 'HQ/East/Shanghai'.
CREATE OR REPLACE FUNCTION smsdesk.group_path(p_group bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT string_agg(a.name, '/' ORDER BY p.ord)
    FROM user_group g, unnest(g.id_path) WITH ORDINALITY AS p(gid, ord)
    JOIN user_group a ON a.id = p.gid
   WHERE g.id = p_group
$$;

REVOKE ALL ON FUNCTION smsdesk.group_path(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_path(bigint) TO "__P__operator", "__P__dispatcher";
