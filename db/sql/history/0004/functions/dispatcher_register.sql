-- A dispatcher process announces itself and gets its instance id, holding the instance's advisory
-- lock for as long as its connection lives (other dispatchers read a dead process from a free lock).
-- After a lost connection it takes its old identity back (p_resume), so its leases stay its own.
CREATE OR REPLACE FUNCTION smsdesk.dispatcher_register(p_name text, p_host text, p_pid int, p_version text,
                                            p_resume bigint DEFAULT NULL)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE new_id bigint;
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'only a dispatcher login may register a dispatcher');
  END IF;
  -- After a lost connection the process takes its old identity back, so its leases stay its own.
  IF p_resume IS NOT NULL AND EXISTS (SELECT 1 FROM dispatcher_instance
                                       WHERE id = p_resume AND role_name = session_user AND stopped_at IS NULL)
     AND pg_try_advisory_lock(1396965377, p_resume::int) THEN
    UPDATE dispatcher_instance SET seen_at = now(), pid = coalesce(p_pid, pid) WHERE id = p_resume;
    RETURN p_resume;
  END IF;
  INSERT INTO dispatcher_instance (name, host, pid, version)
  VALUES (left(coalesce(p_name, ''), 64), left(coalesce(p_host, ''), 128), coalesce(p_pid, 0),
          left(coalesce(p_version, ''), 32))
  RETURNING id INTO new_id;
  PERFORM pg_advisory_lock(1396965377, new_id::int);
  PERFORM smsdesk._audit('dispatcher.start', p_name, NULL,
                         jsonb_build_object('instance', new_id, 'host', p_host, 'pid', p_pid));
  RETURN new_id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatcher_register(text, text, int, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatcher_register(text, text, int, text, bigint) TO "__P__dispatcher";
