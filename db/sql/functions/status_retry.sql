-- The provider failed for these numbers (timeout, HTTP 5xx or 429, a malformed answer): each is tried again after
-- a back-off that doubles per attempt (2 s, 4 s, … at most 5 minutes, or p_after_s when the provider said when),
-- and after check_config.max_attempts it is given up as unknown (not cached, not charged), so none stays pending
-- for ever. Returns how many were given up.
CREATE OR REPLACE FUNCTION smsdesk.status_retry(p_numbers bigint[], p_error text, p_after_s integer DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE max_attempts integer := coalesce((SELECT c.max_attempts FROM check_config c WHERE c.id = 1), 5);
        given_up bigint[];
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'only a dispatcher looks up live statuses');
  END IF;
  WITH tried AS (
    UPDATE status_lookup q SET attempts = q.attempts + 1, leased_until = NULL, last_error = left(coalesce(p_error, ''), 500),
                               due_at = now() + make_interval(secs => coalesce(least(greatest(p_after_s, 1), 3600),
                                                                               least(300, 2 ^ (q.attempts + 1))))
     WHERE q.number = ANY (p_numbers)
    RETURNING q.number, q.attempts
  )
  SELECT array_agg(t.number) INTO given_up FROM tried t WHERE t.attempts >= max_attempts;
  IF given_up IS NOT NULL THEN
    PERFORM smsdesk._status_settle(given_up, array_fill('unknown'::text, ARRAY[cardinality(given_up)]), false);
  END IF;
  RETURN coalesce(cardinality(given_up), 0);
END $$;

REVOKE ALL ON FUNCTION smsdesk.status_retry(bigint[], text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.status_retry(bigint[], text, integer) TO "__P__dispatcher";
