-- A dispatcher process announces itself and gets its instance id. The instance lives as long as this
-- connection (its backend pid and start time are recorded: smsdesk._lock_held), so other dispatchers read a
-- dead process from a connection that is gone, and no other role can keep it alive or take its place.
-- After a lost connection the process takes its old identity back (p_resume) if nobody declared it dead
-- meanwhile, so its leases and channels stay its own.
CREATE OR REPLACE FUNCTION smsdesk.dispatcher_register(p_name text, p_host text, p_pid int, p_version text,
                                            p_resume bigint DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE new_id bigint; started timestamptz;
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'only a dispatcher login may register a dispatcher');
  END IF;
  SELECT a.backend_start INTO started FROM pg_stat_get_activity(pg_backend_pid()) a;
  IF p_resume IS NOT NULL THEN
    PERFORM 1 FROM dispatcher_instance WHERE id = p_resume AND role_name = session_user AND stopped_at IS NULL
       FOR UPDATE;
    IF FOUND AND (NOT smsdesk._lock_held(1396965377, p_resume) OR smsdesk._lock_held(1396965377, p_resume, true)) THEN
      UPDATE dispatcher_instance SET seen_at = now(), pid = coalesce(p_pid, pid), backend_pid = pg_backend_pid(),
                                     backend_start = started
       WHERE id = p_resume;
      RETURN p_resume;
    END IF;
  END IF;
  INSERT INTO dispatcher_instance (name, host, pid, version, backend_pid, backend_start)
  VALUES (left(coalesce(p_name, ''), 64), left(coalesce(p_host, ''), 128), coalesce(p_pid, 0),
          left(coalesce(p_version, ''), 32), pg_backend_pid(), started)
  RETURNING id INTO new_id;
  PERFORM smsdesk._audit('dispatcher.start', p_name, NULL,
                         jsonb_build_object('instance', new_id, 'host', p_host, 'pid', p_pid));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatcher_register(text, text, int, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatcher_register(text, text, int, text, bigint) TO "__P__dispatcher";
