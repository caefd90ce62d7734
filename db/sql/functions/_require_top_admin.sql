-- Raises unless the caller is IT or an administrator of the top-level group (installation-wide
-- lists: sensitive words, global and per-kind blacklists).
CREATE OR REPLACE FUNCTION smsdesk._require_top_admin(p_what text) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT (smsdesk.is_system() OR smsdesk.i_am_top_admin()) THEN
    PERFORM smsdesk._fail('SD403', format('only an administrator of the top-level group changes %s', p_what));
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._require_top_admin(text) FROM PUBLIC;
