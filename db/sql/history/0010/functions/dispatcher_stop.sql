-- Graceful stop: channels and unsent leases go back (no duplicate suspicion: nothing was on the wire), and the
-- instance is stopped, so it no longer counts as alive whatever its connection does next.
CREATE OR REPLACE FUNCTION smsdesk.dispatcher_stop(p_dispatcher bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE c record;
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  FOR c IN SELECT id, status FROM channel WHERE owner_id = p_dispatcher LOOP
    UPDATE channel SET owner_id = NULL, status = CASE WHEN enabled THEN 'idle' ELSE 'disabled' END,
                       status_at = now(), status_reason = 'dispatcher stopped'
     WHERE id = c.id;
    INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
    VALUES (c.id, p_dispatcher, c.status, 'idle', 'dispatcher stopped');
  END LOOP;
  WITH q AS (UPDATE message_queue SET lease_owner = NULL, lease_until = NULL
              WHERE lease_owner = p_dispatcher RETURNING message_id)
  UPDATE message m SET status = 'queued', lease_owner = NULL, lease_until = NULL,
                       attempts = greatest(m.attempts - 1, 0)
    FROM q WHERE m.id = q.message_id AND m.status = 'sending';
  UPDATE dispatcher_instance SET stopped_at = now(), seen_at = now() WHERE id = p_dispatcher;
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatcher_stop(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatcher_stop(bigint) TO "__P__dispatcher";
