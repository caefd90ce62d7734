-- Heartbeat of the process and of the channels it binds; the counters are what the console shows.
CREATE OR REPLACE FUNCTION smsdesk.channel_heartbeat(p_dispatcher bigint, p_stats jsonb, p_channels bigint[],
                                          p_channel_stats jsonb[])
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  UPDATE dispatcher_instance SET seen_at = now(), stats = coalesce(p_stats, '{}') WHERE id = p_dispatcher;
  UPDATE channel c SET heartbeat_at = now(), stats = coalesce(x.stats, '{}')
    FROM unnest(p_channels, p_channel_stats) AS x(id, stats)
   WHERE c.id = x.id AND c.owner_id = p_dispatcher;
END $$;

REVOKE ALL ON FUNCTION smsdesk.channel_heartbeat(bigint, jsonb, bigint[], jsonb[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.channel_heartbeat(bigint, jsonb, bigint[], jsonb[]) TO "__P__dispatcher";
