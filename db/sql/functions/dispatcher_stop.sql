-- Graceful stop: channels and unsent leases go back (no duplicate suspicion: nothing was on the wire; messages
-- leased straight from message are found through their claims' message_lease ranges and go back through the
-- queue), and the instance is stopped, so it no longer counts as alive whatever its connection does next.
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
  WITH l AS (DELETE FROM message_lease l WHERE l.dispatcher_id = p_dispatcher
             RETURNING l.task_id, l.first_id, l.last_id),
  back AS (
    UPDATE message m SET status = 'queued', lease_owner = NULL, lease_until = NULL,
                         attempts = greatest(m.attempts - 1, 0)
      FROM l
     WHERE m.task_id = l.task_id AND m.id BETWEEN l.first_id AND l.last_id AND m.status = 'sending'
       AND m.lease_owner = p_dispatcher
    RETURNING m.id, m.task_id, m.carrier)
  INSERT INTO message_queue (message_id, task_id, carrier, ready_at)
  SELECT back.id, back.task_id, coalesce(back.carrier, ''), now() FROM back
  ON CONFLICT (message_id) DO UPDATE SET lease_owner = NULL, lease_until = NULL;
  UPDATE dispatcher_instance SET stopped_at = now(), seen_at = now() WHERE id = p_dispatcher;
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatcher_stop(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatcher_stop(bigint) TO "__P__dispatcher";
