-- Makes a signature its group's default; the group row is locked, so a group has one default.
CREATE OR REPLACE FUNCTION smsdesk.signature_set_default(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target signature;
BEGIN
  SELECT * INTO target FROM signature WHERE id = p_id;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such signature');
  END IF;
  PERFORM smsdesk._require_admin_over(target.group_id);
  PERFORM 1 FROM user_group WHERE id = target.group_id FOR UPDATE;
  UPDATE signature SET is_default = false WHERE group_id = target.group_id AND is_default AND id <> p_id;
  UPDATE signature SET is_default = true WHERE id = p_id;
  PERFORM smsdesk._audit('signature.default', '【' || target.text || '】', target.group_id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.signature_set_default(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.signature_set_default(bigint) TO "__P__admin";
