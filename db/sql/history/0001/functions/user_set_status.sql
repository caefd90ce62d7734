-- Enables, disables or deletes a user (not oneself); their role follows (_sync_role).
CREATE OR REPLACE FUNCTION smsdesk.user_set_status(p_user bigint, p_status text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; caller app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  caller := smsdesk._require_admin_over(target.group_id);
  IF caller.id = target.id THEN
    PERFORM smsdesk._fail('SD403', 'you cannot change your own status');
  END IF;
  IF p_status NOT IN ('normal', 'disabled', 'deleted') THEN
    PERFORM smsdesk._fail('SD422', 'status is normal, disabled or deleted');
  END IF;
  UPDATE app_user SET status = p_status, updated_at = now(),
         deleted_at = CASE WHEN p_status = 'deleted' THEN now() END
   WHERE id = p_user RETURNING * INTO target;
  PERFORM smsdesk._sync_role(target);
  PERFORM smsdesk._audit('user.status', target.login, target.group_id, jsonb_build_object('status', p_status));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_set_status(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_set_status(bigint, text) TO "__P__admin";
