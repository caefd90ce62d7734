-- The status provider and cache settings: in full for a dispatcher (its lookup worker) and top-level
-- administrators; for others only whether a provider is configured and the cache's days (the tab says so).
CREATE OR REPLACE FUNCTION smsdesk.check_config_get() RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT CASE WHEN smsdesk._is_dispatcher() OR smsdesk.i_am_top_admin()
              THEN jsonb_build_object('provider', c.provider, 'cache_days', c.cache_days,
                                      'max_attempts', c.max_attempts)
              ELSE jsonb_build_object('provider', jsonb_build_object('driver', coalesce(c.provider ->> 'driver', 'none')),
                                      'cache_days', c.cache_days, 'max_attempts', c.max_attempts) END
    FROM check_config c WHERE c.id = 1
$$;

REVOKE ALL ON FUNCTION smsdesk.check_config_get() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_config_get() TO "__P__operator", "__P__dispatcher";
