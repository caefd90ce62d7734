-- What the router needs every second: channels with their health, the rules, and installation settings.
CREATE OR REPLACE FUNCTION smsdesk.dispatch_routing() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT jsonb_build_object(
    'channels', coalesce((SELECT jsonb_agg(jsonb_build_object(
        'id', c.id, 'name', c.name, 'status', c.status, 'enabled', c.enabled, 'owner_id', c.owner_id,
        'fresh', c.heartbeat_at > now() - interval '10 seconds') ORDER BY c.id) FROM channel c), '[]'),
    'rules', coalesce((SELECT jsonb_agg(jsonb_build_object(
        'channel_id', r.channel_id, 'carrier', r.carrier, 'kind', r.kind, 'priority', r.priority,
        'backup_channel_id', r.backup_channel_id) ORDER BY r.priority, r.id) FROM route_rule r WHERE r.enabled), '[]'),
    'settings', (SELECT i.settings FROM installation i WHERE i.id = 1),
    'now', now())
$$;

REVOKE ALL ON FUNCTION smsdesk.dispatch_routing() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatch_routing() TO "__P__dispatcher";
