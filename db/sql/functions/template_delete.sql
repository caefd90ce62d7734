-- Deletes a template: its author's private one, or any by an administrator over its group.
CREATE OR REPLACE FUNCTION smsdesk.template_delete(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk._library_caller(); target message_template;
BEGIN
  SELECT * INTO target FROM message_template WHERE id = p_id FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such template');
  END IF;
  IF target.is_public OR caller.id IS DISTINCT FROM target.owner_id THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  END IF;
  DELETE FROM message_template WHERE id = p_id;
  PERFORM smsdesk._audit('template.delete', target.name, target.group_id,
                         jsonb_build_object('template', p_id, 'status', target.status));
END $$;

REVOKE ALL ON FUNCTION smsdesk.template_delete(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.template_delete(bigint) TO "__P__operator", "__P__dispatcher";
