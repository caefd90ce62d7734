-- Any change sends the template back to review: what was approved is not what is there now.
CREATE OR REPLACE FUNCTION smsdesk.template_update(p_id bigint, p_name text, p_kind text, p_content text, p_public boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target message_template; clean text := btrim(p_content, E' \t\r\n');
BEGIN
  SELECT * INTO target FROM message_template WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such template');
  END IF;
  IF target.is_public OR p_public THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  ELSIF caller.id IS DISTINCT FROM target.owner_id THEN
    PERFORM smsdesk._fail('SD403', 'only its author edits a private template');
  END IF;
  PERFORM smsdesk._template_checked(p_name, p_kind, clean);
  UPDATE message_template
     SET name = btrim(p_name), kind = p_kind, content = clean, variables = smsdesk.template_variables(clean),
         is_public = coalesce(p_public, false), status = 'pending', reviewer_id = NULL, review_reason = NULL,
         reviewed_at = NULL, updated_at = now()
   WHERE id = p_id;
  PERFORM smsdesk._audit('template.update', btrim(p_name), target.group_id,
                         jsonb_build_object('template', p_id, 'was', target.status, 'public', p_public));
END $$;

REVOKE ALL ON FUNCTION smsdesk.template_update(bigint, text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_update(bigint, text, text, text, boolean) TO "__P__operator", "__P__dispatcher";
