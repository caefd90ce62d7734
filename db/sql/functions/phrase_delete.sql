-- Deletes a phrase (its author, or whoever may edit its group).
CREATE OR REPLACE FUNCTION smsdesk.phrase_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group := smsdesk._phrase_for_change(p_id);
BEGIN
  DELETE FROM phrase WHERE id = p_id;
  PERFORM smsdesk._audit('phrase.delete', target.name, target.user_group_id, jsonb_build_object('phrase', p_id));
END $$;

REVOKE ALL ON FUNCTION smsdesk.phrase_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.phrase_delete(bigint) TO "__P__operator", "__P__dispatcher";
