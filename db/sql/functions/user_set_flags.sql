-- Sets a user's kind (administrator or user), reviewer right and review mode. Nobody changes their own; an
-- administrator's, or making one, is for an administrator of a strictly higher group (the top-level group's
-- administrators for one another); nobody hands out trust they do not have (issue 14: no escalation by proxy).
CREATE OR REPLACE FUNCTION smsdesk.user_set_flags(p_user bigint, p_kind text, p_reviewer boolean, p_review boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; caller app_user := smsdesk.me();
BEGIN
  IF p_kind IS NULL OR p_kind NOT IN ('admin', 'user') THEN
    PERFORM smsdesk._org_fail('SD422', 'kind', 'a user is an administrator or a user');
  END IF;
  target := smsdesk._user_for_change(p_user, 'you cannot change your own type, reviewer right or review setting',
                                     p_kind = 'admin');
  IF NOT smsdesk.is_system() AND caller.review_mode AND target.review_mode AND NOT coalesce(p_review, false) THEN
    PERFORM smsdesk._org_fail('SD403', 'right_not_held',
      'your own tasks are reviewed: you cannot let another user send without review');
  END IF;
  UPDATE app_user SET kind = p_kind, is_reviewer = coalesce(p_reviewer, false), review_mode = coalesce(p_review, false),
         updated_at = now()
   WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._sync_role(target);
  PERFORM smsdesk._audit('user.flags', target.login, target.group_id,
    jsonb_build_object('kind', p_kind, 'reviewer', p_reviewer, 'review', p_review));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_set_flags(bigint, text, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_set_flags(bigint, text, boolean, boolean) TO "__P__admin";
