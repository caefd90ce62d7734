-- Sets a user's kind (administrator or user), reviewer right and review mode; nobody changes their own.
CREATE OR REPLACE FUNCTION smsdesk.user_set_flags(p_user bigint, p_kind text, p_reviewer boolean, p_review boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; caller app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  caller := smsdesk._require_admin_over(target.group_id);
  IF caller.id = target.id THEN
    PERFORM smsdesk._fail('SD403', 'you cannot change your own type, reviewer right or review setting');
  END IF;
  IF p_kind NOT IN ('admin', 'user') THEN
    PERFORM smsdesk._fail('SD422', 'a user is an administrator or a user');
  END IF;
  UPDATE app_user SET kind = p_kind, is_reviewer = p_reviewer, review_mode = p_review, updated_at = now()
   WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._sync_role(target);
  PERFORM smsdesk._audit('user.flags', target.login, target.group_id,
    jsonb_build_object('kind', p_kind, 'reviewer', p_reviewer, 'review', p_review));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_set_flags(bigint, text, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_set_flags(bigint, text, boolean, boolean) TO "__P__admin";
