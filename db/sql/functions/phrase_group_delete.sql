-- Deletes a phrase group the caller may edit, with its phrases.
CREATE OR REPLACE FUNCTION smsdesk.phrase_group_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group; n bigint;
BEGIN
  SELECT * INTO target FROM phrase_group WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase group');
  END IF;
  PERFORM smsdesk._phrase_group_editable(target);
  SELECT count(*) INTO n FROM phrase WHERE phrase_group_id = p_id;
  DELETE FROM phrase_group WHERE id = p_id;
  PERFORM smsdesk._audit('phrase_group.delete', target.name, target.user_group_id,
                         jsonb_build_object('phrases', n, 'public', target.owner_id IS NULL));
END $$;

REVOKE ALL ON FUNCTION smsdesk.phrase_group_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.phrase_group_delete(bigint) TO "__P__operator", "__P__dispatcher";
