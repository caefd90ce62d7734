-- A user group's name, trimmed, checked (1 to 100 characters, no "/", no control characters) and free among the
-- live groups under p_parent (p_self: the group being renamed or moved).
CREATE OR REPLACE FUNCTION smsdesk._org_group_name(p_parent bigint, p_name text, p_self bigint DEFAULT NULL)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE clean text := trim(p_name);
BEGIN
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 100 OR position('/' IN clean) > 0 OR clean ~ '[[:cntrl:]]' THEN
    PERFORM smsdesk._org_fail('SD422', 'group_name', 'a group name has 1 to 100 characters and no "/"');
  END IF;
  IF EXISTS (SELECT 1 FROM user_group WHERE parent_id IS NOT DISTINCT FROM p_parent AND name = clean
               AND deleted_at IS NULL AND id IS DISTINCT FROM p_self) THEN
    PERFORM smsdesk._org_fail('SD409', 'group_exists', format('group "%s" already exists there', clean),
                              jsonb_build_object('name', clean));
  END IF;
  RETURN clean;
END $$;

REVOKE ALL ON FUNCTION smsdesk._org_group_name(bigint, text, bigint) FROM PUBLIC;
