-- Deletes checks with their results (check_result has no foreign key to cascade: see models_numbercheck.py) (the caller's own, or of groups an administrator is over); lookups only
-- they waited for are dropped. Returns how many were deleted.
CREATE OR REPLACE FUNCTION smsdesk.check_delete(p_tasks bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE t check_task; n integer := 0;
BEGIN
  FOR t IN SELECT * FROM check_task WHERE id = ANY (p_tasks) ORDER BY id LOOP
    t := smsdesk._check_task_for_change(t.id);
    DELETE FROM status_lookup q
     WHERE q.number IN (SELECT r.number FROM check_result r WHERE r.task_id = t.id AND r.status = 'pending')
       AND NOT EXISTS (SELECT 1 FROM check_result r WHERE r.number = q.number AND r.status = 'pending'
                          AND r.task_id <> t.id);
    DELETE FROM check_result WHERE task_id = t.id;
    DELETE FROM check_task WHERE id = t.id;
    PERFORM smsdesk._audit('check.delete', t.name, t.group_id, jsonb_build_object('check', t.id));
    n := n + 1;
  END LOOP;
  IF n < coalesce(cardinality(p_tasks), 0) AND n = 0 THEN
    PERFORM smsdesk._fail('SD404', 'no such number check');
  END IF;
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk.check_delete(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_delete(bigint[]) TO "__P__operator";
