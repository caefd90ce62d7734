-- Creates a user and their login role (<prefix>u_<login>) in a group the caller administers. The client
-- sends a SCRAM-SHA-256 verifier, never the password itself.
CREATE OR REPLACE FUNCTION smsdesk.user_create(
  p_login text, p_operator_name text, p_group bigint, p_kind text DEFAULT 'user',
  p_reviewer boolean DEFAULT false, p_review boolean DEFAULT false, p_mobile text DEFAULT NULL,
  p_verifier text DEFAULT NULL)
RETURNS TABLE (user_id bigint, role_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE prefix text := (SELECT role_prefix FROM installation WHERE id = 1);
        new_role text; created app_user;
BEGIN
  PERFORM smsdesk._require_admin_over(p_group);
  IF p_login IS NULL OR p_login !~ '^[a-z0-9][a-z0-9_.-]{0,31}$' THEN
    PERFORM smsdesk._fail('SD422',
      'a login has 1 to 32 characters: lower-case letters, digits, "_", "." or "-", starting with a letter or digit');
  END IF;
  IF p_kind NOT IN ('admin', 'user') THEN
    PERFORM smsdesk._fail('SD422', 'a user is an administrator or a user');
  END IF;
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._fail('SD422', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  new_role := prefix || 'u_' || p_login;
  IF EXISTS (SELECT 1 FROM app_user WHERE login = p_login) OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_role) THEN
    PERFORM smsdesk._fail('SD409', format('login "%s" is taken', p_login));
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', new_role, p_verifier);
  INSERT INTO app_user (login, role_name, operator_name, group_id, mobile, kind, is_reviewer, review_mode)
  VALUES (p_login, new_role, coalesce(trim(p_operator_name), ''), p_group, p_mobile, p_kind,
          coalesce(p_reviewer, false), coalesce(p_review, false))
  RETURNING * INTO created;
  PERFORM smsdesk._sync_role(created);
  PERFORM smsdesk._audit('user.create', p_login, p_group,
    jsonb_build_object('kind', p_kind, 'reviewer', p_reviewer, 'review', p_review, 'role', new_role));
  user_id := created.id;
  role_name := new_role;
  RETURN NEXT;
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_create(text, text, bigint, text, boolean, boolean, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_create(text, text, bigint, text, boolean, boolean, text, text) TO "__P__admin";
