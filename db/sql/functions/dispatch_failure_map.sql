-- The failure map, for the dispatcher to classify submit errors and receipts.
CREATE OR REPLACE FUNCTION smsdesk.dispatch_failure_map()
RETURNS TABLE (channel_id bigint, source text, code text, category text, transient boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
#variable_conflict use_column
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'dispatcher only');
  END IF;
  RETURN QUERY SELECT f.channel_id, f.source, f.code, f.category, f.transient FROM failure_map f;
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatch_failure_map() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatch_failure_map() TO "__P__dispatcher";
