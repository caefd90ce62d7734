-- The retention purge for IT and top-level administrators (smsdesk-admin retention purge): one call works for
-- up to p_budget_ms and commits with its caller; call again while the answer says more. See _retention_purge.
CREATE OR REPLACE FUNCTION smsdesk.retention_purge(p_budget_ms int DEFAULT 2000, p_batch int DEFAULT 5000)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
BEGIN
  PERFORM smsdesk._require_top_admin('what is kept and for how long');
  RETURN smsdesk._retention_purge(p_budget_ms, p_batch, 'admin');
END $$;

REVOKE ALL ON FUNCTION smsdesk.retention_purge(int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.retention_purge(int, int) TO "__P__admin";
