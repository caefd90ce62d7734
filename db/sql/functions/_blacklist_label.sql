-- How a list reads in the audit log: 'global', 'kind:marketing', 'group:HQ/East'.
CREATE OR REPLACE FUNCTION smsdesk._blacklist_label(p_list smsdesk.blacklist_list) RETURNS text
LANGUAGE sql STABLE SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE p_list.scope WHEN 'global' THEN 'global' WHEN 'kind' THEN 'kind:' || p_list.kind
              ELSE 'group:' || coalesce(smsdesk.group_path(p_list.group_id), p_list.group_id::text) END
$$;

REVOKE ALL ON FUNCTION smsdesk._blacklist_label(smsdesk.blacklist_list) FROM PUBLIC;
