-- Records a sign-in (audit) and returns what the console needs about the caller; refuses a disabled account.
CREATE OR REPLACE FUNCTION smsdesk.sign_in(p_client jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user;
BEGIN
  caller := smsdesk.me();
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  PERFORM smsdesk._audit('sign_in', caller.login, caller.group_id,
                         jsonb_strip_nulls(coalesce(p_client, '{}') - 'password'));
  RETURN jsonb_build_object(
    'id', caller.id, 'login', caller.login, 'role_name', caller.role_name,
    'operator_name', caller.operator_name, 'kind', caller.kind, 'is_reviewer', caller.is_reviewer,
    'review_mode', caller.review_mode, 'see_full_numbers', caller.see_full_numbers,
    'group_id', caller.group_id, 'group_path', smsdesk.group_path(caller.group_id),
    'quota_limit', caller.quota_limit, 'quota_used', caller.quota_used,
    'server_version', current_setting('server_version'));
END $$;

REVOKE ALL ON FUNCTION smsdesk.sign_in(jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.sign_in(jsonb) TO "__P__operator", "__P__dispatcher";
