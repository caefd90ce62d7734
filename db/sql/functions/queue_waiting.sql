-- How many messages wait for a channel (up to p_cap: counting stops there), for the Channels tab: those put back
-- in message_queue and no longer leased, and those the tasks' feeds have not yet handed out.
CREATE OR REPLACE FUNCTION smsdesk.queue_waiting(p_cap int DEFAULT 100000) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT (smsdesk.is_system() OR smsdesk.i_am_admin()) THEN
    PERFORM smsdesk._fail('SD403', 'only administrators see the queue');
  END IF;
  RETURN (SELECT count(*) FROM (
            (SELECT 1 FROM message_queue q WHERE q.lease_owner IS NULL LIMIT greatest(p_cap, 1))
            UNION ALL
            (SELECT 1 FROM task_feed f JOIN message m ON m.task_id = f.task_id AND m.id >= f.next_id
              WHERE m.status = 'queued' LIMIT greatest(p_cap, 1))
            LIMIT greatest(p_cap, 1)) x);
END $$;

REVOKE ALL ON FUNCTION smsdesk.queue_waiting(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.queue_waiting(int) TO "__P__admin";
