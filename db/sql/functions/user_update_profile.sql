-- Changes a user's display name and mobile: their own, or a user the caller may change (_user_for_change). A caller
-- without the right to full numbers reads other users' mobiles masked (user_mobiles): that masked text given back
-- keeps the stored number (SEC-3).
CREATE OR REPLACE FUNCTION smsdesk.user_update_profile(p_user bigint, p_operator_name text, p_mobile text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; clean_name text;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user AND role_name = session_user AND status = 'normal' FOR UPDATE;
  IF target.id IS NULL THEN
    target := smsdesk._user_for_change(p_user, '');
  END IF;
  clean_name := smsdesk._org_operator_name(p_operator_name);
  UPDATE app_user
     SET operator_name = clean_name,
         mobile = CASE WHEN strpos(p_mobile, '*') > 0 AND trim(p_mobile) = smsdesk.mask_number(target.mobile)
                       THEN target.mobile ELSE nullif(trim(p_mobile), '') END,
         updated_at = now()
   WHERE id = p_user;
  PERFORM smsdesk._audit('user.profile', target.login, target.group_id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_update_profile(bigint, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_update_profile(bigint, text, text) TO "__P__operator", "__P__dispatcher";
