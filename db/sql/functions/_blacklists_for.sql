-- The lists that apply to a send of p_kind by a user of p_group: global, the kind's, the group's and its
-- ancestors' (only lists with entries).
CREATE OR REPLACE FUNCTION smsdesk._blacklists_for(p_kind text, p_group bigint) RETURNS bigint[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT array_agg(l.id) FROM blacklist_list l
   WHERE l.entries > 0
     AND (l.scope = 'global' OR (l.scope = 'kind' AND l.kind = p_kind)
          OR (l.scope = 'group' AND l.group_id = ANY ((SELECT g.id_path FROM user_group g WHERE g.id = p_group)::bigint[])))
$$;

REVOKE ALL ON FUNCTION smsdesk._blacklists_for(text, bigint) FROM PUBLIC;
