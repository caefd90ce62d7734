-- Writes the summary of every closed minute in which failed sign-ins were counted but not logged one by one
-- (record_sign_in_failure's caps): one sign_in.flood row per source and minute, with how many were held back,
-- how many logins they named and the most named ones, then forgets those counters. Called by the sign-in
-- functions, so a flood is summarised by the next sign-in or failure after its minute.
CREATE OR REPLACE FUNCTION smsdesk._sign_in_flush() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE s record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM sign_in_throttle WHERE minute < date_trunc('minute', now())) THEN
    RETURN;
  END IF;
  FOR s IN
    WITH gone AS (DELETE FROM sign_in_throttle WHERE minute < date_trunc('minute', now()) RETURNING *)
    SELECT g.minute, g.source, sum(g.suppressed) FILTER (WHERE g.login = '')::bigint AS suppressed,
           sum(g.recorded) FILTER (WHERE g.login = '')::bigint AS recorded,
           count(DISTINCT g.login) FILTER (WHERE g.login <> '' AND g.suppressed > 0) AS logins,
           (SELECT jsonb_object_agg(t.login, t.suppressed)
              FROM (SELECT x.login, x.suppressed FROM gone x
                     WHERE x.minute = g.minute AND x.source = g.source AND x.login <> '' AND x.suppressed > 0
                     ORDER BY x.suppressed DESC, x.login LIMIT 10) t) AS top
      FROM gone g GROUP BY g.minute, g.source
  LOOP
    CONTINUE WHEN s.suppressed = 0;
    PERFORM smsdesk._audit('sign_in.flood', s.source, NULL,
      jsonb_build_object('source', s.source, 'from', s.minute, 'until', s.minute + interval '1 minute',
                         'not_logged', s.suppressed, 'logged', s.recorded, 'logins', s.logins,
                         'most_named', coalesce(s.top, '{}')));
  END LOOP;
END $$;

REVOKE ALL ON FUNCTION smsdesk._sign_in_flush() FROM PUBLIC;
