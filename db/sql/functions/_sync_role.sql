-- Makes a user's login role match their row: LOGIN only while normal, member of operator, of reviewer
-- for reviewers and administrators, of admin for administrators. A disabled user's open sessions end now, not at
-- their next sign-in.
CREATE OR REPLACE FUNCTION smsdesk._sync_role(p_user smsdesk.app_user) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE prefix text := (SELECT role_prefix FROM installation WHERE id = 1);
BEGIN
  EXECUTE format('ALTER ROLE %I %s', p_user.role_name,
                 CASE WHEN p_user.status = 'normal' THEN 'LOGIN' ELSE 'NOLOGIN' END);
  EXECUTE format('GRANT %I TO %I', prefix || 'operator', p_user.role_name);
  IF p_user.is_reviewer OR p_user.kind = 'admin' THEN
    EXECUTE format('GRANT %I TO %I', prefix || 'reviewer', p_user.role_name);
  ELSE
    EXECUTE format('REVOKE %I FROM %I', prefix || 'reviewer', p_user.role_name);
  END IF;
  IF p_user.kind = 'admin' THEN
    EXECUTE format('GRANT %I TO %I', prefix || 'admin', p_user.role_name);
  ELSE
    EXECUTE format('REVOKE %I FROM %I', prefix || 'admin', p_user.role_name);
  END IF;
  IF p_user.status <> 'normal' THEN
    -- a disabled user's open sessions end now, not at their next sign-in
    PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE usename = p_user.role_name AND pid <> pg_backend_pid();
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._sync_role(smsdesk.app_user) FROM PUBLIC;
