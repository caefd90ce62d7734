-- Records a failed sign-in. Called through the gate role, whose password is public by design:
-- rate-limited so it cannot flood the log, and it writes nothing else.
CREATE OR REPLACE FUNCTION smsdesk.record_sign_in_failure(p_login text, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE v_login text := lower(left(coalesce(p_login, ''), 64)); target app_user;
BEGIN
  -- The gate's password is public: cap what it can write so it cannot flood the log.
  IF (SELECT count(*) FROM audit_log WHERE action = 'sign_in.failed' AND at > now() - interval '1 minute') >= 120 THEN
    RETURN;
  END IF;
  SELECT * INTO target FROM app_user WHERE app_user.login = v_login;
  PERFORM smsdesk._audit('sign_in.failed', v_login, target.group_id,
    jsonb_build_object('reason', CASE WHEN p_reason IN ('password', 'disabled', 'schema', 'other')
                                      THEN p_reason ELSE 'other' END));
END $$;

REVOKE ALL ON FUNCTION smsdesk.record_sign_in_failure(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.record_sign_in_failure(text, text) TO "__P__operator", "__P__gate";
