-- Sets a user's password (a SCRAM verifier, and the password's length for the installation's rule): their own,
-- which clears "must change at next sign-in", or, as a reset, one of a user the caller may change
-- (_user_for_change), who must then choose their own at their next sign-in. Both are audited as user.password
-- (sign_in looks for it to tell an audited change from an ALTER ROLE), a reset with {"reset": true}.
CREATE OR REPLACE FUNCTION smsdesk.user_set_password(p_user bigint, p_verifier text, p_password_length int DEFAULT NULL)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user; own boolean;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user AND role_name = session_user AND status = 'normal' FOR UPDATE;
  own := target.id IS NOT NULL;
  IF NOT own THEN
    target := smsdesk._user_for_change(p_user, '');
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._org_fail('SD422', 'verifier', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  PERFORM smsdesk._org_password_length(p_password_length);
  EXECUTE format('ALTER ROLE %I PASSWORD %L', target.role_name, p_verifier);
  UPDATE app_user SET must_change_password = NOT own, updated_at = now() WHERE id = target.id;
  PERFORM smsdesk._audit('user.password', target.login, target.group_id, jsonb_build_object('reset', NOT own));
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_set_password(bigint, text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_set_password(bigint, text, int) TO "__P__operator", "__P__dispatcher";
