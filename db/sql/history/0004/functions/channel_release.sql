-- Gives a channel back (the dispatcher stops binding it): its lock is freed and it is idle again.
CREATE OR REPLACE FUNCTION smsdesk.channel_release(p_dispatcher bigint, p_channel bigint, p_reason text DEFAULT '')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE old text;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  SELECT status INTO old FROM channel WHERE id = p_channel AND owner_id = p_dispatcher;
  IF old IS NULL THEN
    RETURN;
  END IF;
  IF smsdesk._lock_held(1396965378, p_channel, true) THEN
    PERFORM pg_advisory_unlock(1396965378, p_channel::int);
  END IF;
  UPDATE channel SET owner_id = NULL, status = CASE WHEN enabled THEN 'idle' ELSE 'disabled' END, status_at = now(),
                     status_reason = left(coalesce(p_reason, ''), 200)
   WHERE id = p_channel;
  INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
  VALUES (p_channel, p_dispatcher, old, 'idle', left(coalesce(p_reason, ''), 200));
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_release(bigint, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_release(bigint, bigint, text) TO "__P__dispatcher";
