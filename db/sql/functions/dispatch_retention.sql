-- The retention purge as the dispatchers' housekeeping runs it (about every 30 s, and again at once while
-- older rows are left): a short budget, one dispatcher at a time. See _retention_purge.
CREATE OR REPLACE FUNCTION smsdesk.dispatch_retention(p_dispatcher bigint, p_budget_ms int DEFAULT 500)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  RETURN smsdesk._retention_purge(p_budget_ms, 5000, 'dispatcher');
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatch_retention(bigint, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatch_retention(bigint, int) TO "__P__dispatcher";
