-- Renames a group below the caller's own (its name is the business of the groups above it).
CREATE OR REPLACE FUNCTION smsdesk.group_rename(p_group bigint, p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g user_group; clean text; old_path text;
BEGIN
  PERFORM smsdesk._org_caller(p_group, true);
  g := smsdesk._live_group(p_group);
  clean := smsdesk._org_group_name(g.parent_id, p_name, g.id);
  old_path := smsdesk.group_path(g.id);
  UPDATE user_group SET name = clean, updated_at = now() WHERE id = g.id;
  PERFORM smsdesk._audit('group.rename', smsdesk.group_path(g.id), g.id, jsonb_build_object('from', old_path));
END $$;

REVOKE ALL ON FUNCTION smsdesk.group_rename(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.group_rename(bigint, text) TO "__P__admin";
