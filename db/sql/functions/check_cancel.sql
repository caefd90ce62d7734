-- Cancels a check half-way: numbers still waiting for a live status are marked cancelled and their lookups are
-- dropped unless another check still waits for them; what was found so far stays. Returns the numbers cancelled.
CREATE OR REPLACE FUNCTION smsdesk.check_cancel(p_task bigint) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE t check_task := smsdesk._check_task_for_change(p_task); n integer;
BEGIN
  IF t.status <> 'checking' THEN
    RETURN 0;
  END IF;
  WITH stopped AS (
    UPDATE check_result SET status = 'cancelled', status_at = now()
     WHERE task_id = t.id AND status = 'pending' RETURNING number
  ), dropped AS (
    DELETE FROM status_lookup q USING stopped s
     WHERE q.number = s.number
       AND NOT EXISTS (SELECT 1 FROM check_result r WHERE r.number = s.number AND r.status = 'pending'
                          AND r.task_id <> t.id)
  )
  SELECT count(*) INTO n FROM stopped;
  UPDATE check_task SET status = 'cancelled', finished_at = now(), pending = 0 WHERE id = t.id;
  PERFORM smsdesk._audit('check.cancel', t.name, t.group_id, jsonb_build_object('check', t.id, 'numbers', n));
  PERFORM pg_notify('smsdesk_check', t.id::text);
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk.check_cancel(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_cancel(bigint) TO "__P__operator";
