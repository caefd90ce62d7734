-- Whether p_group is p_root or lies below it.
CREATE OR REPLACE FUNCTION smsdesk.group_in_subtree(p_group bigint, p_root bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM user_group WHERE id = p_group AND p_root = ANY(id_path))
$$;

REVOKE ALL ON FUNCTION smsdesk.group_in_subtree(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_in_subtree(bigint, bigint) TO "__P__operator", "__P__dispatcher";
