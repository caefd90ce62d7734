-- Adds a signature to a group the caller administers; a group's first signature is its default.
CREATE OR REPLACE FUNCTION smsdesk.signature_create(p_group bigint, p_text text, p_default boolean DEFAULT false) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._require_admin_over(p_group); clean text := smsdesk._signature_text(p_text);
        first_one boolean; new_id bigint;
BEGIN
  PERFORM 1 FROM user_group WHERE id = p_group FOR UPDATE;  -- one default per group, even under concurrency
  IF EXISTS (SELECT 1 FROM signature WHERE group_id = p_group AND text = clean) THEN
    PERFORM smsdesk._fail('SD409', format('the group already has the signature 【%s】', clean));
  END IF;
  first_one := NOT EXISTS (SELECT 1 FROM signature WHERE group_id = p_group);
  IF p_default AND NOT first_one THEN
    UPDATE signature SET is_default = false WHERE group_id = p_group AND is_default;
  END IF;
  INSERT INTO signature (group_id, text, is_default, created_by)
  VALUES (p_group, clean, p_default OR first_one, caller.id) RETURNING id INTO new_id;
  PERFORM smsdesk._audit('signature.create', '【' || clean || '】', p_group,
                         jsonb_build_object('default', p_default OR first_one));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.signature_create(bigint, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.signature_create(bigint, text, boolean) TO "__P__admin";
