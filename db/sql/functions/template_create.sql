-- Creates a template, pending review: a private one in the author's group, a public one (by an
-- administrator) in a group they administer.
CREATE OR REPLACE FUNCTION smsdesk.template_create(p_name text, p_kind text, p_content text, p_public boolean,
                                        p_group bigint DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target_group bigint; new_id bigint;
        clean text := btrim(p_content, E' \t\r\n');
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD403', 'a template belongs to a user');
  END IF;
  target_group := coalesce(p_group, caller.group_id);
  IF p_public THEN
    PERFORM smsdesk._require_admin_over(target_group);
  ELSIF target_group <> caller.group_id THEN
    PERFORM smsdesk._fail('SD403', 'a private template belongs to its author''s own group');
  END IF;
  PERFORM smsdesk._template_checked(p_name, p_kind, clean);
  INSERT INTO message_template (name, kind, content, variables, group_id, owner_id, is_public)
  VALUES (btrim(p_name), p_kind, clean, smsdesk.template_variables(clean), target_group, caller.id,
          coalesce(p_public, false))
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('template.create', btrim(p_name), target_group,
                         jsonb_build_object('template', new_id, 'kind', p_kind, 'public', p_public));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.template_create(text, text, text, boolean, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_create(text, text, text, boolean, bigint) TO "__P__operator", "__P__dispatcher";
