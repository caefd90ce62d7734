-- Adds a phrase: to one's own group, or to a public group of one's user group (administrators over it too).
CREATE OR REPLACE FUNCTION smsdesk.phrase_add(p_group bigint, p_content text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target phrase_group; clean text := btrim(p_content, E' \t\r\n');
        new_id bigint;
BEGIN
  SELECT * INTO target FROM phrase_group WHERE id = p_group;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such phrase group');
  END IF;
  IF target.owner_id IS NOT NULL THEN
    IF caller.id IS DISTINCT FROM target.owner_id THEN
      PERFORM smsdesk._fail('SD404', 'no such phrase group');
    END IF;
  ELSIF caller.id IS NULL OR caller.group_id <> target.user_group_id THEN
    -- members add to their group's public phrases; administrators over it too
    PERFORM smsdesk._require_admin_over(target.user_group_id);
  END IF;
  IF clean IS NULL OR length(clean) NOT BETWEEN 1 AND 500 THEN
    PERFORM smsdesk._fail('SD422', 'a phrase has 1 to 500 characters');
  END IF;
  INSERT INTO phrase (phrase_group_id, content, created_by) VALUES (p_group, clean, caller.id) RETURNING id INTO new_id;
  PERFORM smsdesk._audit('phrase.create', target.name, target.user_group_id,
                         jsonb_build_object('phrase', new_id, 'public', target.owner_id IS NULL));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.phrase_add(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.phrase_add(bigint, text) TO "__P__operator", "__P__dispatcher";
