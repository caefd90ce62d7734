-- Renames a phrase group the caller may edit (_phrase_group_editable).
CREATE OR REPLACE FUNCTION smsdesk.phrase_group_rename(p_id bigint, p_name text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group; clean text := btrim(p_name);
BEGIN
  SELECT * INTO target FROM phrase_group WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase group');
  END IF;
  PERFORM smsdesk._phrase_group_editable(target);
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 50 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase group name has 1 to 50 characters');
  END IF;
  IF EXISTS (SELECT 1 FROM phrase_group WHERE user_group_id = target.user_group_id AND name = clean
               AND coalesce(owner_id, 0) = coalesce(target.owner_id, 0) AND id <> target.id) THEN
    PERFORM smsdesk._fail('SD409', format('phrase group "%s" already exists', clean));
  END IF;
  UPDATE phrase_group SET name = clean WHERE id = p_id;
  PERFORM smsdesk._audit('phrase_group.rename', clean, target.user_group_id, jsonb_build_object('was', target.name));
END $$;

REVOKE ALL ON FUNCTION smsdesk.phrase_group_rename(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.phrase_group_rename(bigint, text) TO "__P__operator", "__P__dispatcher";
