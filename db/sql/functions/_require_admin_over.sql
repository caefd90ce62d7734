-- Raises unless the caller is a superuser (IT) or an active administrator whose subtree holds p_group.
-- p_strict refuses the administrator's own group (nobody raises their own quota or sets their own trust).
CREATE OR REPLACE FUNCTION smsdesk._require_admin_over(p_group bigint, p_strict boolean DEFAULT false)
RETURNS smsdesk.app_user LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user;
BEGIN
  IF smsdesk.is_system() THEN
    RETURN NULL;
  END IF;
  caller := smsdesk.me();
  IF caller.id IS NULL OR caller.kind <> 'admin' THEN
    PERFORM smsdesk._fail('SD403', 'only an administrator may do this');
  END IF;
  IF p_group IS NULL OR NOT smsdesk.group_in_subtree(p_group, caller.group_id)
     OR (p_strict AND p_group = caller.group_id) THEN
    PERFORM smsdesk._fail('SD403', 'that group is outside your part of the organisation');
  END IF;
  RETURN caller;
END $$;

REVOKE ALL ON FUNCTION smsdesk._require_admin_over(bigint, boolean) FROM PUBLIC;
