-- A contact group's path of names from the top of its tree, 'Customers/East'.
CREATE OR REPLACE FUNCTION smsdesk.contact_group_path(p_group bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT string_agg(a.name, '/' ORDER BY p.ord)
    FROM contact_group g, unnest(g.id_path) WITH ORDINALITY AS p(gid, ord)
    JOIN contact_group a ON a.id = p.gid
   WHERE g.id = p_group
$$;

REVOKE ALL ON FUNCTION smsdesk.contact_group_path(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.contact_group_path(bigint) TO "__P__operator";
