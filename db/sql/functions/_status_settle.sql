-- Writes live statuses into every check waiting for these numbers (priced per lookup when p_priced and the price
-- list has a price), drops their lookups and settles the checks.
CREATE OR REPLACE FUNCTION smsdesk._status_settle(p_numbers bigint[], p_statuses text[], p_priced boolean)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE unit numeric := CASE WHEN p_priced THEN smsdesk._status_lookup_price() END; tasks bigint[]; n integer;
BEGIN
  WITH given AS (
    SELECT DISTINCT ON (g.number) g.number, g.status
      FROM unnest(p_numbers, p_statuses) AS g(number, status) ORDER BY g.number
  ), done AS (
    UPDATE check_result r SET status = g.status, status_at = now(), price = unit
      FROM given g WHERE r.number = g.number AND r.status = 'pending'
    RETURNING r.task_id
  ), per_task AS (
    UPDATE check_task t SET lookups = t.lookups + c.n, pending = greatest(t.pending - c.n, 0), cost = t.cost + coalesce(unit, 0) * c.n
      FROM (SELECT d.task_id, count(*) AS n FROM done d GROUP BY d.task_id) c
     WHERE t.id = c.task_id
    RETURNING t.id, c.n
  )
  SELECT array_agg(id), sum(per_task.n) INTO tasks, n FROM per_task;
  DELETE FROM status_lookup q WHERE q.number = ANY (p_numbers);
  IF tasks IS NOT NULL THEN
    PERFORM smsdesk._check_settle(tasks);
  END IF;
  RETURN coalesce(n, 0);
END $$;

REVOKE ALL ON FUNCTION smsdesk._status_settle(bigint[], text[], boolean) FROM PUBLIC;
