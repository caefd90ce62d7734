-- Creates a user and their login role (<prefix>u_<login>) in a live group the caller administers. An administrator
-- is created only by an administrator of a strictly higher group (the top-level group's administrators for their
-- own group too), and nobody hands out trust they do not have themselves (issue 14: no escalation by proxy). A login
-- is never reused, not even a deleted user's (restore them instead). The client sends a SCRAM-SHA-256 verifier,
-- never the password itself, and the password's length, checked against the installation's rule.
CREATE OR REPLACE FUNCTION smsdesk.user_create(
  p_login text, p_operator_name text, p_group bigint, p_kind text DEFAULT 'user',
  p_reviewer boolean DEFAULT false, p_review boolean DEFAULT false, p_mobile text DEFAULT NULL,
  p_verifier text DEFAULT NULL, p_password_length int DEFAULT NULL)
RETURNS TABLE (user_id bigint, role_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE prefix text := (SELECT role_prefix FROM installation WHERE id = 1);
        new_role text; created app_user; caller app_user; existing app_user; clean_name text; fast boolean;
BEGIN
  IF p_kind IS NULL OR p_kind NOT IN ('admin', 'user') THEN
    PERFORM smsdesk._org_fail('SD422', 'kind', 'a user is an administrator or a user');
  END IF;
  caller := smsdesk._org_caller(p_group, false, p_kind = 'admin');
  PERFORM smsdesk._live_group(p_group);
  IF caller.id IS NOT NULL AND caller.review_mode AND NOT coalesce(p_review, false) THEN
    PERFORM smsdesk._org_fail('SD403', 'right_not_held',
      'your own tasks are reviewed: you cannot let another user send without review');
  END IF;
  IF p_login IS NULL OR p_login !~ '^[a-z0-9][a-z0-9_.-]{0,31}$' THEN
    PERFORM smsdesk._org_fail('SD422', 'login_format',
      'a login has 1 to 32 characters: lower-case letters, digits, "_", "." or "-", starting with a letter or digit');
  END IF;
  clean_name := smsdesk._org_operator_name(p_operator_name);
  IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$' THEN
    PERFORM smsdesk._org_fail('SD422', 'verifier', 'the password must arrive as a SCRAM-SHA-256 verifier');
  END IF;
  PERFORM smsdesk._org_password_length(p_password_length);
  new_role := prefix || 'u_' || p_login;
  SELECT * INTO existing FROM app_user WHERE login = p_login;
  IF existing.status = 'deleted' THEN
    PERFORM smsdesk._org_fail('SD409', 'login_deleted',
      format('login "%s" belongs to a deleted user: restore them instead', p_login), jsonb_build_object('login', p_login));
  END IF;
  IF existing.id IS NOT NULL OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = new_role) THEN
    PERFORM smsdesk._org_fail('SD409', 'login_taken', format('login "%s" is taken', p_login),
                              jsonb_build_object('login', p_login));
  END IF;
  -- The role and its memberships in one statement (what _sync_role would grant a new, enabled user). CREATE ROLE
  -- ... PASSWORD checks that the secret does not match the empty password, a full PBKDF2 (4,096 rounds) on the
  -- server per role, which a bulk import of thousands pays thousands of times: where the owner may write pg_authid
  -- (a superuser), the verifier, checked for shape here, is stored directly instead.
  fast := p_verifier ~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$'
          AND has_table_privilege('pg_catalog.pg_authid', 'UPDATE');
  EXECUTE format('CREATE ROLE %I LOGIN %s IN ROLE %s', new_role,
                 CASE WHEN fast THEN '' ELSE format('PASSWORD %L', p_verifier) END,
                 concat_ws(', ', quote_ident(prefix || 'operator'),
                           CASE WHEN p_reviewer OR p_kind = 'admin' THEN quote_ident(prefix || 'reviewer') END,
                           CASE WHEN p_kind = 'admin' THEN quote_ident(prefix || 'admin') END));
  IF fast THEN
    UPDATE pg_catalog.pg_authid SET rolpassword = p_verifier WHERE rolname = new_role;
  END IF;
  INSERT INTO app_user (login, role_name, operator_name, group_id, mobile, kind, is_reviewer, review_mode)
  VALUES (p_login, new_role, clean_name, p_group, nullif(trim(p_mobile), ''), p_kind,
          coalesce(p_reviewer, false), coalesce(p_review, false))
  RETURNING * INTO created;
  PERFORM smsdesk._audit('user.create', p_login, p_group,
    jsonb_build_object('kind', p_kind, 'reviewer', p_reviewer, 'review', p_review, 'role', new_role));
  user_id := created.id;
  role_name := new_role;
  RETURN NEXT;
END $$;

REVOKE ALL ON FUNCTION smsdesk.user_create(text, text, bigint, text, boolean, boolean, text, text, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_create(text, text, bigint, text, boolean, boolean, text, text, int) TO "__P__admin";
