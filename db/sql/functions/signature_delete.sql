-- Deletes a signature; when it was the default, the oldest remaining one takes over.
CREATE OR REPLACE FUNCTION smsdesk.signature_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target signature;
BEGIN
  SELECT * INTO target FROM signature WHERE id = p_id;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such signature');
  END IF;
  PERFORM smsdesk._require_admin_over(target.group_id);
  PERFORM 1 FROM user_group WHERE id = target.group_id FOR UPDATE;
  DELETE FROM signature WHERE id = p_id;
  IF target.is_default THEN  -- the oldest remaining one takes over, so a group with signatures has a default
    UPDATE signature SET is_default = true
     WHERE id = (SELECT id FROM signature WHERE group_id = target.group_id ORDER BY id LIMIT 1);
  END IF;
  PERFORM smsdesk._audit('signature.delete', '【' || target.text || '】', target.group_id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.signature_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.signature_delete(bigint) TO "__P__admin";
