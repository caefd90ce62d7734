-- Raises unless the caller is IT or a top-level administrator: they manage channels, routes,
-- the failure map and dispatcher logins.
CREATE OR REPLACE FUNCTION smsdesk._require_channel_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT (smsdesk.is_system() OR smsdesk.i_am_top_admin()) THEN
    PERFORM smsdesk._fail('SD403', 'only IT or a top-level administrator manages channels');
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._require_channel_admin() FROM PUBLIC;
