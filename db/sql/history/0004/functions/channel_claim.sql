-- Takes free channels (pg_try_advisory_lock), up to a fair share of the live dispatchers, checks that the
-- locks of the channels it believes it holds are still its own (a reconnect loses them), gives back
-- disabled ones, and returns the configuration of every channel it now binds.
CREATE OR REPLACE FUNCTION smsdesk.channel_claim(p_dispatcher bigint, p_max int DEFAULT NULL)
RETURNS TABLE (id bigint, name text, host text, port int, system_id text, password text, system_type text,
               bind_mode text, source_addr text, source_ton int, source_npi int, tps numeric, window_size int,
               enquire_link_s int, submit_timeout_s int, tls boolean, receipt_ids text, max_attempts int,
               retry_interval_s int, updated_at timestamptz, status text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
#variable_conflict use_column
DECLARE c record; held int; share int; alive int;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  FOR c IN SELECT ch.id, ch.status, ch.enabled FROM channel ch WHERE ch.owner_id = p_dispatcher LOOP
    IF NOT c.enabled OR NOT smsdesk._lock_held(1396965378, c.id, true) THEN
      IF c.enabled AND NOT smsdesk._lock_held(1396965378, c.id) AND pg_try_advisory_lock(1396965378, c.id::int) THEN
        CONTINUE;  -- lost with a dropped connection, nobody else took it: ours again
      END IF;
      IF smsdesk._lock_held(1396965378, c.id, true) THEN
        PERFORM pg_advisory_unlock(1396965378, c.id::int);
      END IF;
      UPDATE channel ch SET owner_id = NULL, status = CASE WHEN ch.enabled THEN 'idle' ELSE 'disabled' END,
                            status_at = now(), status_reason = CASE WHEN ch.enabled THEN 'lock lost' ELSE 'disabled' END
       WHERE ch.id = c.id AND ch.owner_id = p_dispatcher;
      INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
      VALUES (c.id, p_dispatcher, c.status, CASE WHEN c.enabled THEN 'idle' ELSE 'disabled' END,
              CASE WHEN c.enabled THEN 'lock lost' ELSE 'disabled' END);
    END IF;
  END LOOP;
  SELECT count(*) INTO held FROM channel ch WHERE ch.owner_id = p_dispatcher;
  SELECT count(*) INTO alive FROM dispatcher_instance d
   WHERE d.stopped_at IS NULL AND (d.id = p_dispatcher OR smsdesk._lock_held(1396965377, d.id));
  SELECT ceil(count(*)::numeric / greatest(alive, 1))::int INTO share FROM channel ch WHERE ch.enabled;
  share := coalesce(p_max, share);
  FOR c IN SELECT ch.id, ch.status, ch.owner_id FROM channel ch
            WHERE ch.enabled AND ch.owner_id IS DISTINCT FROM p_dispatcher ORDER BY ch.id LOOP
    EXIT WHEN held >= share;
    IF pg_try_advisory_lock(1396965378, c.id::int) THEN
      UPDATE channel ch SET owner_id = p_dispatcher, status = 'binding', status_at = now(),
                            status_reason = CASE WHEN c.owner_id IS NULL THEN 'claimed'
                                                 ELSE format('taken over from dispatcher %s', c.owner_id) END
       WHERE ch.id = c.id;
      INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
      VALUES (c.id, p_dispatcher, c.status, 'binding',
              CASE WHEN c.owner_id IS NULL THEN 'claimed' ELSE format('taken over from dispatcher %s', c.owner_id) END);
      held := held + 1;
    END IF;
  END LOOP;
  RETURN QUERY
  SELECT ch.id, ch.name, ch.host, ch.port, ch.system_id, ch.password, ch.system_type, ch.bind_mode, ch.source_addr,
         ch.source_ton::int, ch.source_npi::int, ch.tps, ch.window_size, ch.enquire_link_s, ch.submit_timeout_s,
         ch.tls, ch.receipt_ids, ch.max_attempts, ch.retry_interval_s, ch.updated_at, ch.status
    FROM channel ch WHERE ch.owner_id = p_dispatcher ORDER BY ch.id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_claim(bigint, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_claim(bigint, int) TO "__P__dispatcher";
