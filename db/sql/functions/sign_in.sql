-- Records a sign-in (audit) and returns what the console needs about the caller. Refuses a disabled account
-- (SD401), and an account locked by the installation's sign-in policy (SD423, DETAIL {"minutes": …}):
-- lockout_after failed sign-ins of this login from this source (the client address) within lockout_minutes
-- since its last sign-in. The failures are the ones recorded through the gate (record_sign_in_failure), so the
-- lockout binds the console; the server's own password check has no lockout (PostgreSQL 15 has none).
-- It also notices a password changed without the audited function (ALTER ROLE of one's own role, which
-- PostgreSQL lets every role do and no privilege, role attribute or event trigger can stop): the role's
-- verifier differs from the one seen at the last sign-in with no user.password row since, and that is audited
-- as user.password_unaudited. The gate role's password is public, so anyone could change it that way and silence
-- every console's failure reports: when its verifier is not the one recorded, the public password is set again
-- (audited as gate.password_reset).
CREATE OR REPLACE FUNCTION smsdesk.sign_in(p_client jsonb DEFAULT '{}') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user; policy jsonb; v_source text := coalesce(host(inet_client_addr()), 'local');
        since timestamptz; last_failure timestamptz; lock_after int; lock_minutes int; verifier text;
        seen login_password_seen; gate text := '__P__gate';
BEGIN
  caller := smsdesk.me();
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  PERFORM smsdesk._sign_in_flush();
  policy := smsdesk.setting('signin_policy');
  lock_after := coalesce((policy ->> 'lockout_after')::int, 0);
  lock_minutes := coalesce((policy ->> 'lockout_minutes')::int, 15);
  IF lock_after > 0 THEN
    since := now() - make_interval(mins => lock_minutes);
    since := greatest(since, (SELECT max(a.at) FROM audit_log a
                               WHERE a.action = 'sign_in' AND a.at > since AND a.actor_role = session_user));
    SELECT a.at INTO last_failure FROM audit_log a
     WHERE a.action = 'sign_in.failed' AND a.at > since AND a.target = caller.login
       AND a.details ->> 'reason' = 'password' AND a.details ->> 'source' = v_source
     ORDER BY a.at DESC OFFSET lock_after - 1 LIMIT 1;
    IF last_failure IS NOT NULL THEN
      RAISE EXCEPTION 'this account is locked after % failed sign-ins; try again in % minutes', lock_after,
            ceil(extract(epoch FROM last_failure + make_interval(mins => lock_minutes) - now()) / 60)
        USING ERRCODE = 'SD423',
              DETAIL = jsonb_build_object('minutes', ceil(extract(epoch FROM last_failure
                                                      + make_interval(mins => lock_minutes) - now()) / 60))::text;
    END IF;
  END IF;
  IF has_table_privilege('pg_catalog.pg_authid', 'SELECT') THEN
    SELECT md5(coalesce(a.rolpassword, '')) INTO verifier FROM pg_authid a WHERE a.rolname = session_user;
    SELECT * INTO seen FROM login_password_seen s WHERE s.role_name = session_user FOR UPDATE;
    IF seen.role_name IS NULL THEN
      INSERT INTO login_password_seen (role_name, digest) VALUES (session_user, verifier) ON CONFLICT DO NOTHING;
    ELSIF seen.digest IS DISTINCT FROM verifier THEN
      IF NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'user.password' AND a.at > seen.seen_at
                                                 AND a.target = caller.login) THEN
        PERFORM smsdesk._audit('user.password_unaudited', caller.login, caller.group_id,
          jsonb_build_object('noticed', 'sign_in', 'unchanged_at', seen.seen_at, 'source', v_source));
      END IF;
      UPDATE login_password_seen SET digest = verifier, seen_at = now() WHERE role_name = session_user;
    ELSE
      UPDATE login_password_seen SET seen_at = now() WHERE role_name = session_user;
    END IF;
    SELECT * INTO seen FROM login_password_seen s WHERE s.role_name = gate;
    IF seen.role_name IS NOT NULL AND seen.digest IS DISTINCT FROM
       (SELECT md5(coalesce(a.rolpassword, '')) FROM pg_authid a WHERE a.rolname = gate) THEN
      EXECUTE format('ALTER ROLE %I PASSWORD %L', gate, 'smsdesk-gate');
      UPDATE login_password_seen SET digest = (SELECT md5(coalesce(a.rolpassword, '')) FROM pg_authid a
                                                 WHERE a.rolname = gate), seen_at = now()
       WHERE role_name = gate;
      PERFORM smsdesk._audit('gate.password_reset', gate, NULL, jsonb_build_object('noticed', 'sign_in'));
    END IF;
  END IF;
  PERFORM smsdesk._audit('sign_in', caller.login, caller.group_id,
                         jsonb_strip_nulls(coalesce(p_client, '{}') - 'password')
                         || jsonb_build_object('source', v_source));
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
