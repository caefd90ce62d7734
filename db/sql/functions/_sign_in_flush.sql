-- Writes the summary of every closed minute in which failed sign-ins were counted but not logged one by one
-- (record_sign_in_failure's caps): one sign_in.flood row per source address, calling role and minute, with how
-- many were held back, how many logins they named and the most named ones, then forgets those counters. The row's
-- actor is the role that made those calls (the gate, as a rule), not whoever's sign-in happens to write it:
-- called by the sign-in functions, so a flood is summarised by the next sign-in or failure after its minute.
CREATE OR REPLACE FUNCTION smsdesk._sign_in_flush() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM sign_in_throttle WHERE minute < date_trunc('minute', now())) THEN
    RETURN;
  END IF;
  WITH gone AS (DELETE FROM sign_in_throttle WHERE minute < date_trunc('minute', now()) RETURNING *),
  flood AS (
    SELECT g.minute, g.source, g.actor,
           sum(g.suppressed) FILTER (WHERE g.login = '')::bigint AS suppressed,
           sum(g.recorded) FILTER (WHERE g.login = '')::bigint AS recorded,
           count(*) FILTER (WHERE g.login <> '' AND g.suppressed > 0) AS logins,
           (SELECT jsonb_object_agg(t.login, t.suppressed)
              FROM (SELECT x.login, x.suppressed FROM gone x
                     WHERE x.minute = g.minute AND x.source = g.source AND x.actor = g.actor AND x.login <> ''
                       AND x.suppressed > 0
                     ORDER BY x.suppressed DESC, x.login LIMIT 10) t) AS top
      FROM gone g GROUP BY g.minute, g.source, g.actor)
  INSERT INTO audit_log (actor_role, actor_user_id, group_id, action, target, details)
  SELECT f.actor, (SELECT u.id FROM app_user u WHERE u.role_name = f.actor), NULL, 'sign_in.flood', f.source,
         jsonb_build_object('source', f.source, 'from', f.minute, 'until', f.minute + interval '1 minute',
                            'not_logged', f.suppressed, 'logged', f.recorded, 'logins', f.logins,
                            'most_named', coalesce(f.top, '{}'))
    FROM flood f WHERE f.suppressed > 0 ORDER BY f.minute, f.source, f.actor;
END $$;

REVOKE ALL ON FUNCTION smsdesk._sign_in_flush() FROM PUBLIC;
