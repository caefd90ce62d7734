-- Enables, disables or deletes a user (not oneself; an administrator only from a strictly higher group); their
-- role follows (_sync_role): a disabled or deleted user cannot sign in, and their open sessions end. A deleted user
-- keeps their role, login and history for user_restore.
CREATE OR REPLACE FUNCTION smsdesk.user_set_status(p_user bigint, p_status text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user;
BEGIN
  IF p_status IS NULL OR p_status NOT IN ('normal', 'disabled', 'deleted') THEN
    PERFORM smsdesk._org_fail('SD422', 'status', 'status is normal, disabled or deleted');
  END IF;
  target := smsdesk._user_for_change(p_user, 'you cannot change your own status');
  UPDATE app_user SET status = p_status, updated_at = now(),
         deleted_at = CASE WHEN p_status = 'deleted' THEN now() END
   WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._sync_role(target);
  PERFORM smsdesk._audit(CASE WHEN p_status = 'deleted' THEN 'user.delete' ELSE 'user.status' END,
                         target.login, target.group_id, jsonb_build_object('status', p_status));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_set_status(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_set_status(bigint, text) TO "__P__admin";
