-- Sets a user's password (a SCRAM verifier): their own, or any in a group the caller administers.
CREATE OR REPLACE FUNCTION smsdesk.user_set_password(p_user bigint, p_verifier text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user;
  IF target.id IS NULL THEN
    PERFORM smsdesk._fail('SD404', 'no such user');
  END IF;
  IF target.id IS DISTINCT FROM smsdesk.my_user_id() THEN
    PERFORM smsdesk._require_admin_over(target.group_id);
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._fail('SD422', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', target.role_name, p_verifier);
  PERFORM smsdesk._audit('user.password', target.login, target.group_id, '{}');
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_set_password(bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_set_password(bigint, text) TO "__P__operator", "__P__dispatcher";
