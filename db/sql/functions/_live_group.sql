-- A group that exists and is not deleted, locked, or a refusal (SD404, reason no_group).
CREATE OR REPLACE FUNCTION smsdesk._live_group(p_group bigint) RETURNS smsdesk.user_group
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE g user_group;
BEGIN
  SELECT * INTO g FROM user_group WHERE id = p_group AND deleted_at IS NULL FOR UPDATE;
  IF g.id IS NULL THEN
    PERFORM smsdesk._org_fail('SD404', 'no_group', 'no such group');
  END IF;
  RETURN g;
END $$;

REVOKE ALL ON FUNCTION smsdesk._live_group(bigint) FROM PUBLIC;
