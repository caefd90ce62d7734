-- Marks these checks done when none of their numbers waits for a live status any more, and tells the consoles
-- (NOTIFY smsdesk_check, payload the check's id).
CREATE OR REPLACE FUNCTION smsdesk._check_settle(p_tasks bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE t bigint;
BEGIN
  UPDATE check_task c SET status = 'done', finished_at = now()
   WHERE c.id = ANY (p_tasks) AND c.status = 'checking' AND c.pending = 0;
  FOREACH t IN ARRAY coalesce(p_tasks, '{}') LOOP
    PERFORM pg_notify('smsdesk_check', t::text);
  END LOOP;
END $$;

REVOKE ALL ON FUNCTION smsdesk._check_settle(bigint[]) FROM PUBLIC;
