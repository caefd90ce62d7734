-- A user row, locked, after checking the caller may change it: never oneself (p_own says what was refused), a user
-- of the caller's subtree, and an administrator (or one about to become one, p_as_admin) only from a strictly
-- higher group (_org_caller). Deleted users are changed only by user_restore (p_deleted_ok).
CREATE OR REPLACE FUNCTION smsdesk._user_for_change(p_user bigint, p_own text, p_as_admin boolean DEFAULT false,
                                                    p_deleted_ok boolean DEFAULT false)
RETURNS smsdesk.app_user LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE target app_user;
BEGIN
  SELECT * INTO target FROM app_user WHERE id = p_user FOR UPDATE;
  IF target.id IS NULL THEN
    PERFORM smsdesk._org_fail('SD404', 'no_user', 'no such user');
  END IF;
  IF target.role_name = session_user THEN
    PERFORM smsdesk._org_fail('SD403', 'own_account', p_own);
  END IF;
  PERFORM smsdesk._org_caller(target.group_id, false, target.kind = 'admin' OR p_as_admin);
  IF target.status = 'deleted' AND NOT p_deleted_ok THEN
    PERFORM smsdesk._org_fail('SD409', 'user_deleted', format('user "%s" is deleted: restore them first', target.login),
                              jsonb_build_object('login', target.login));
  END IF;
  RETURN target;
END $$;

REVOKE ALL ON FUNCTION smsdesk._user_for_change(bigint, text, boolean, boolean) FROM PUBLIC;
