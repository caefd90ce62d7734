-- Whether an export ticket is the caller's, of this kind and subject, less than a day old, and committed (so its
-- audit row is too); raises SD403 otherwise. Called by the export row functions (which run as the caller).
CREATE OR REPLACE FUNCTION smsdesk._export_ticket_ok(p_ticket bigint, p_kind text, p_subject bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM export_ticket t
                  WHERE t.id = p_ticket AND t.role_name = session_user AND t.kind = p_kind
                    AND t.subject IS NOT DISTINCT FROM p_subject AND t.created_at > now() - interval '1 day'
                    AND pg_xact_status(t.xact::text::xid8) = 'committed') THEN
    PERFORM smsdesk._fail('SD403', 'an export starts with smsdesk.export_begin, committed before its rows are read');
  END IF;
  RETURN true;
END $$;

REVOKE ALL ON FUNCTION smsdesk._export_ticket_ok(bigint, text, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk._export_ticket_ok(bigint, text, bigint) TO "__P__operator";
