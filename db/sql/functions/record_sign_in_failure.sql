-- Records a failed sign-in. Called through the gate role, whose password is public by design, so what it may
-- write is capped per login and per source (the client address of the gate's connection), a minute at a time:
-- at most 5 rows per login (from all sources) and 20 per source, except that the first failure of each existing
-- login in a minute is always logged, so a flood from one source can never hide another account's failure.
-- What is over the caps is counted (sign_in_throttle, the source's own row under login '' and one per login
-- named, per calling role) and written as one summarised sign_in.flood row per source, role and minute
-- (_sign_in_flush). Each row names its source, which the lockout of smsdesk.sign_in counts by.
CREATE OR REPLACE FUNCTION smsdesk.record_sign_in_failure(p_login text, p_reason text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE v_login text := lower(left(coalesce(p_login, ''), 64)); target app_user;
        v_source text := coalesce(host(inet_client_addr()), 'local'); v_minute timestamptz := date_trunc('minute', now());
        source_logged int; login_logged int; distinct_logins int; v_log boolean;
BEGIN
  PERFORM smsdesk._sign_in_flush();
  IF v_login = '' THEN
    v_login := '?';  -- '' is the source's own counter
  END IF;
  SELECT * INTO target FROM app_user WHERE app_user.login = v_login;
  -- This source's and role's row is locked until commit: their calls take turns, so the cap holds under a flood.
  INSERT INTO sign_in_throttle AS t (minute, source, actor, login) VALUES (v_minute, v_source, session_user, '')
  ON CONFLICT (minute, source, actor, login) DO UPDATE SET recorded = t.recorded;
  SELECT coalesce(sum(t.recorded), 0) INTO source_logged FROM sign_in_throttle t
   WHERE t.minute = v_minute AND t.source = v_source AND t.login = '';
  SELECT coalesce(sum(t.recorded), 0) INTO login_logged FROM sign_in_throttle t
   WHERE t.minute = v_minute AND t.login = v_login;
  v_log := login_logged < 5 AND (source_logged < 20 OR (target.id IS NOT NULL AND login_logged = 0));
  IF v_log THEN
    UPDATE sign_in_throttle SET recorded = recorded + 1
     WHERE minute = v_minute AND source = v_source AND actor = session_user AND login = '';
    INSERT INTO sign_in_throttle AS t (minute, source, actor, login, recorded)
    VALUES (v_minute, v_source, session_user, v_login, 1)
    ON CONFLICT (minute, source, actor, login) DO UPDATE SET recorded = t.recorded + 1;
    PERFORM smsdesk._audit('sign_in.failed', v_login, target.group_id,
      jsonb_build_object('reason', CASE WHEN p_reason IN ('password', 'disabled', 'locked', 'schema', 'other')
                                        THEN p_reason ELSE 'other' END,
                         'source', v_source));
  ELSE
    UPDATE sign_in_throttle SET suppressed = suppressed + 1
     WHERE minute = v_minute AND source = v_source AND actor = session_user AND login = '';
    -- per-login counters for the summary, for the first 100 logins a source names in a minute
    SELECT count(*) INTO distinct_logins FROM sign_in_throttle t
     WHERE t.minute = v_minute AND t.source = v_source AND t.actor = session_user;
    IF distinct_logins <= 100 OR EXISTS (SELECT 1 FROM sign_in_throttle t WHERE t.minute = v_minute
                                            AND t.source = v_source AND t.actor = session_user
                                            AND t.login = v_login) THEN
      INSERT INTO sign_in_throttle AS t (minute, source, actor, login, suppressed)
      VALUES (v_minute, v_source, session_user, v_login, 1)
      ON CONFLICT (minute, source, actor, login) DO UPDATE SET suppressed = t.suppressed + 1;
    END IF;
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk.record_sign_in_failure(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.record_sign_in_failure(text, text) TO "__P__operator", "__P__gate";
