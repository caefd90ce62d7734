-- Changes a user's display name and mobile: their own, or any in a group the caller administers.
CREATE OR REPLACE FUNCTION smsdesk.user_update_profile(p_user bigint, p_operator_name text, p_mobile text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  IF target.id IS DISTINCT FROM smsdesk.my_user_id() THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  END IF;
  UPDATE app_user SET operator_name = coalesce(trim(p_operator_name), ''), mobile = p_mobile, updated_at = now()
   WHERE id = p_user;
  PERFORM smsdesk._audit('user.profile', target.login, target.group_id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_update_profile(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_update_profile(bigint, text, text) TO "__P__operator", "__P__dispatcher";
