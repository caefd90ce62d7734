-- Every dispatcher call names its instance; the instance must be this login's (or IT's, for tests).
CREATE OR REPLACE FUNCTION smsdesk._dispatcher_check(p_dispatcher bigint) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM dispatcher_instance d
                  WHERE d.id = p_dispatcher AND (d.role_name = session_user OR smsdesk.is_system())) THEN
    PERFORM smsdesk._fail('SD403', 'not a dispatcher instance of this login');
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._dispatcher_check(bigint) FROM PUBLIC;
