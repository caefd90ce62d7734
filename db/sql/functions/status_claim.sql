-- The dispatcher's lookup worker takes up to p_limit numbers due for a live status, leased for p_lease_s seconds:
-- a worker that dies leaves them to the next claim once the lease runs out, so no number is lost.
CREATE OR REPLACE FUNCTION smsdesk.status_claim(p_limit integer, p_lease_s integer DEFAULT 60)
RETURNS TABLE (number bigint, attempts smallint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
#variable_conflict use_column
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'only a dispatcher looks up live statuses');
  END IF;
  RETURN QUERY
  UPDATE status_lookup q SET leased_until = now() + make_interval(secs => greatest(coalesce(p_lease_s, 60), 1))
    FROM (SELECT s.number FROM status_lookup s
           WHERE s.due_at <= now() AND (s.leased_until IS NULL OR s.leased_until < now())
           ORDER BY s.due_at, s.number
           LIMIT least(greatest(coalesce(p_limit, 100), 1), 10000)
           FOR UPDATE SKIP LOCKED) due
   WHERE q.number = due.number
  RETURNING q.number, q.attempts;
END $$;

REVOKE ALL ON FUNCTION smsdesk.status_claim(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.status_claim(integer, integer) TO "__P__dispatcher";
