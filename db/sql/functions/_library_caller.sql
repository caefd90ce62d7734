-- The calling user, or NULL for IT (a superuser); raises for anyone else.
CREATE OR REPLACE FUNCTION smsdesk._library_caller() RETURNS smsdesk.app_user
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL AND NOT smsdesk.is_system() THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  RETURN caller;
END $$;

REVOKE ALL ON FUNCTION smsdesk._library_caller() FROM PUBLIC;
