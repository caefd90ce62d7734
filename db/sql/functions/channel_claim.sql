-- Takes free channels, up to a fair share of the live dispatchers, gives back disabled ones, and returns the
-- configuration of every channel it now binds. A channel is free when nobody owns it or its owner is dead (the
-- connection that registered it is gone: smsdesk._lock_held); taking one is a compare-and-set on its owner, so
-- two dispatchers never bind the same channel. Only the connection that registered the instance binds for it,
-- and nothing a client role can take (an advisory lock, a NOTIFY) holds a channel or keeps a dispatcher alive.
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
  IF NOT smsdesk._lock_held(1396965377, p_dispatcher, true) THEN
    PERFORM smsdesk._fail('SD409', 'this connection did not register the dispatcher instance: register again');
  END IF;
  FOR c IN SELECT ch.id, ch.status FROM channel ch WHERE ch.owner_id = p_dispatcher AND NOT ch.enabled LOOP
    UPDATE channel ch SET owner_id = NULL, status = 'disabled', status_at = now(), status_reason = 'disabled'
     WHERE ch.id = c.id AND ch.owner_id = p_dispatcher;
    INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
    VALUES (c.id, p_dispatcher, c.status, 'disabled', 'disabled');
  END LOOP;
  SELECT count(*) INTO held FROM channel ch WHERE ch.owner_id = p_dispatcher;
  SELECT count(*) INTO alive FROM dispatcher_instance d
   WHERE d.stopped_at IS NULL AND (d.id = p_dispatcher OR smsdesk._lock_held(1396965377, d.id));
  SELECT ceil(count(*)::numeric / greatest(alive, 1))::int INTO share FROM channel ch WHERE ch.enabled;
  share := coalesce(p_max, share);
  FOR c IN SELECT ch.id, ch.status, ch.owner_id FROM channel ch
            WHERE ch.enabled AND ch.owner_id IS DISTINCT FROM p_dispatcher ORDER BY ch.id LOOP
    EXIT WHEN held >= share;
    CONTINUE WHEN c.owner_id IS NOT NULL AND smsdesk._lock_held(1396965377, c.owner_id);
    UPDATE channel ch SET owner_id = p_dispatcher, status = 'binding', status_at = now(),
                          status_reason = CASE WHEN c.owner_id IS NULL THEN 'claimed'
                                               ELSE format('taken over from dispatcher %s', c.owner_id) END
     WHERE ch.id = c.id AND ch.enabled AND ch.owner_id IS NOT DISTINCT FROM c.owner_id;
    CONTINUE WHEN NOT FOUND;  -- another dispatcher took it meanwhile
    INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
    VALUES (c.id, p_dispatcher, c.status, 'binding',
            CASE WHEN c.owner_id IS NULL THEN 'claimed' ELSE format('taken over from dispatcher %s', c.owner_id) END);
    held := held + 1;
  END LOOP;
  RETURN QUERY
  SELECT ch.id, ch.name, ch.host, ch.port, ch.system_id, ch.password, ch.system_type, ch.bind_mode, ch.source_addr,
         ch.source_ton::int, ch.source_npi::int, ch.tps, ch.window_size, ch.enquire_link_s, ch.submit_timeout_s,
         ch.tls, ch.receipt_ids, ch.max_attempts, ch.retry_interval_s, ch.updated_at, ch.status
    FROM channel ch WHERE ch.owner_id = p_dispatcher ORDER BY ch.id;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_claim(bigint, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_claim(bigint, int) TO "__P__dispatcher";
