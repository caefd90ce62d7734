-- The list a blacklist change is about, after checking the caller may change it
-- (SET-2: global and per-kind lists by top administrators, a group's list by administrators over the group);
-- creates the list the first time. Its row is locked, so writers of one list take turns and its count stays exact.
CREATE OR REPLACE FUNCTION smsdesk._blacklist_list_for_change(p_scope text, p_group bigint, p_kind text, p_create boolean)
RETURNS smsdesk.blacklist_list
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE found blacklist_list;
BEGIN
  IF p_scope = 'global' AND p_group IS NULL AND p_kind IS NULL THEN
    PERFORM smsdesk._require_top_admin('the global blacklist');
  ELSIF p_scope = 'kind' AND p_group IS NULL AND p_kind IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._require_top_admin('the blacklists of message kinds');
  ELSIF p_scope = 'group' AND p_group IS NOT NULL AND p_kind IS NULL THEN
    PERFORM smsdesk._require_admin_over(p_group);
  ELSE
    PERFORM smsdesk._fail('SD422', 'a blacklist is global, of a user group, or of a message kind');
  END IF;
  SELECT * INTO found FROM blacklist_list
   WHERE scope = p_scope AND coalesce(group_id, 0) = coalesce(p_group, 0) AND coalesce(kind, '') = coalesce(p_kind, '')
   FOR UPDATE;  -- writers of one list take turns, so its count stays exact
  IF found.id IS NULL AND p_create THEN
    INSERT INTO blacklist_list (scope, group_id, kind) VALUES (p_scope, p_group, p_kind)
    ON CONFLICT DO NOTHING;
    SELECT * INTO found FROM blacklist_list
     WHERE scope = p_scope AND coalesce(group_id, 0) = coalesce(p_group, 0) AND coalesce(kind, '') = coalesce(p_kind, '')
     FOR UPDATE;
  END IF;
  RETURN found;
END $$;

REVOKE ALL ON FUNCTION smsdesk._blacklist_list_for_change(text, bigint, text, boolean) FROM PUBLIC;
