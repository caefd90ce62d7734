-- Changes a phrase's text (its author, or whoever may edit its group).
CREATE OR REPLACE FUNCTION smsdesk.phrase_update(p_id bigint, p_content text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target phrase_group := smsdesk._phrase_for_change(p_id); clean text := btrim(p_content, E' \t\r\n');
BEGIN
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 500 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase has 1 to 500 characters');
  END IF;
  UPDATE phrase SET content = clean, updated_at = now() WHERE id = p_id;
  PERFORM smsdesk._audit('phrase.update', target.name, target.user_group_id, jsonb_build_object('phrase', p_id));
END $$;

REVOKE ALL ON FUNCTION smsdesk.phrase_update(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.phrase_update(bigint, text) TO "__P__operator", "__P__dispatcher";
