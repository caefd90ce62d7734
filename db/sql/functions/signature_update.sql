-- Changes a signature's text (administrators over its group).
CREATE OR REPLACE FUNCTION smsdesk.signature_update(p_id bigint, p_text text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target signature; clean text := smsdesk._signature_text(p_text);
BEGIN
  SELECT * INTO target FROM signature WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such signature');
  END IF;
  PERFORM smsdesk._require_admin_over(target.group_id);
  IF EXISTS (SELECT 1 FROM signature WHERE group_id = target.group_id AND text = clean AND id <> p_id) THEN
    PERFORM smsdesk._fail('SD409', format('the group already has the signature 【%s】', clean));
  END IF;
  UPDATE signature SET text = clean WHERE id = p_id;
  PERFORM smsdesk._audit('signature.update', '【' || clean || '】', target.group_id,
                         jsonb_build_object('was', '【' || target.text || '】'));
END $$;

REVOKE ALL ON FUNCTION smsdesk.signature_update(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.signature_update(bigint, text) TO "__P__admin";
