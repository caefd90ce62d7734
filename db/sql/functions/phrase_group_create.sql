-- Creates a phrase group (SET-3, SEND-4): personal, or public to the caller's user group.
CREATE OR REPLACE FUNCTION smsdesk.phrase_group_create(p_name text, p_public boolean) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); clean text := btrim(p_name); new_id bigint;
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD403', 'phrase groups belong to a user and their group');
  END IF;
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 50 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase group name has 1 to 50 characters');
  END IF;
  p_public := coalesce(p_public, false);
  IF EXISTS (SELECT 1 FROM phrase_group WHERE user_group_id = caller.group_id AND name = clean
               AND coalesce(owner_id, 0) = CASE WHEN p_public THEN 0 ELSE caller.id END) THEN
    PERFORM smsdesk._fail('SD409', format('phrase group "%s" already exists', clean));
  END IF;
  INSERT INTO phrase_group (user_group_id, owner_id, name, created_by)
  VALUES (caller.group_id, CASE WHEN p_public THEN NULL ELSE caller.id END, clean, caller.id)
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('phrase_group.create', clean, caller.group_id, jsonb_build_object('public', p_public));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.phrase_group_create(text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.phrase_group_create(text, boolean) TO "__P__operator", "__P__dispatcher";
