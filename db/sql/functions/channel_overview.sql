-- The channels as the console's Channels tab lists them (GW-3): state, the dispatcher that binds each and whether
-- it reported lately, the send rate, the share of failed submits and the messages it holds, from the counters
-- the dispatcher's heartbeat leaves (channel.stats). Administrators only; never the password.
CREATE OR REPLACE FUNCTION smsdesk.channel_overview()
RETURNS TABLE (id bigint, name text, enabled boolean, status text, status_at timestamptz, status_reason text,
               dispatcher text, live boolean, submit_per_s numeric, failed_share numeric, holding bigint,
               host text, port int, tps numeric, updated_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT (smsdesk.is_system() OR smsdesk.i_am_admin()) THEN
    PERFORM smsdesk._fail('SD403', 'only administrators see the channels');
  END IF;
  RETURN QUERY
    SELECT c.id, c.name, c.enabled, c.status, c.status_at, c.status_reason,
           d.name || CASE WHEN d.host <> '' THEN '@' || d.host ELSE '' END,
           coalesce(c.heartbeat_at > now() - interval '30 seconds' AND d.stopped_at IS NULL, false),
           CASE WHEN c.heartbeat_at > now() - interval '30 seconds'
                THEN coalesce((c.stats ->> 'submit_per_s')::numeric, 0) ELSE 0 END,
           CASE WHEN coalesce((c.stats ->> 'submitted')::numeric, 0) + coalesce((c.stats ->> 'failed')::numeric, 0) > 0
                THEN round(coalesce((c.stats ->> 'failed')::numeric, 0)
                           / ((c.stats ->> 'submitted')::numeric + coalesce((c.stats ->> 'failed')::numeric, 0)), 4)
           END,
           CASE WHEN c.owner_id IS NOT NULL
                THEN coalesce((c.stats ->> 'backlog')::bigint, 0) + coalesce((c.stats ->> 'outstanding')::bigint, 0)
                ELSE 0 END,
           c.host, c.port, c.tps, c.updated_at
      FROM channel c LEFT JOIN dispatcher_instance d ON d.id = c.owner_id
     ORDER BY c.name;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_overview() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_overview() TO "__P__admin";
