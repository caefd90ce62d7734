-- Brings a deleted user back with the same login, role, rights and history, enabled, in their group or (when that
-- group was deleted since) in p_group; the same checks as changing them there.
CREATE OR REPLACE FUNCTION smsdesk.user_restore(p_user bigint, p_group bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; home bigint;
BEGIN
  target := smsdesk._user_for_change(p_user, 'you cannot restore yourself', false, true);
  IF target.status <> 'deleted' THEN
    PERFORM smsdesk._org_fail('SD409', 'not_deleted', format('user "%s" is not deleted', target.login),
                              jsonb_build_object('login', target.login));
  END IF;
  home := coalesce(p_group, target.group_id);
  IF NOT EXISTS (SELECT 1 FROM user_group WHERE id = home AND deleted_at IS NULL) THEN
    PERFORM smsdesk._org_fail('SD409', 'group_deleted',
      format('the group of user "%s" was deleted: choose a group to restore them into', target.login),
      jsonb_build_object('login', target.login));
  END IF;
  PERFORM smsdesk._org_caller(home, false, target.kind = 'admin');
  UPDATE app_user SET status = 'normal', deleted_at = NULL, group_id = home, updated_at = now()
   WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._sync_role(target);
  PERFORM smsdesk._audit('user.restore', target.login, target.group_id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_restore(bigint, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_restore(bigint, bigint) TO "__P__admin";
