-- Changes a user's display name and mobile: their own, or a user the caller may change (_user_for_change).
CREATE OR REPLACE FUNCTION smsdesk.user_update_profile(p_user bigint, p_operator_name text, p_mobile text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; clean_name text;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user AND role_name = session_user AND status = 'normal' FOR UPDATE;
  IF target.id IS NULL THEN
    target := smsdesk._user_for_change(p_user, '');
  END IF;
  clean_name := smsdesk._org_operator_name(p_operator_name);
  UPDATE app_user SET operator_name = clean_name, mobile = nullif(trim(p_mobile), ''), updated_at = now()
   WHERE id = p_user;
  PERFORM smsdesk._audit('user.profile', target.login, target.group_id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_update_profile(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_update_profile(bigint, text, text) TO "__P__operator", "__P__dispatcher";
