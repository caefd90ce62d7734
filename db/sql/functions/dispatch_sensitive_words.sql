-- The sensitive words, for the dispatcher's own check before a message goes out (SEC-4).
CREATE OR REPLACE FUNCTION smsdesk.dispatch_sensitive_words() RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
BEGIN
  IF NOT smsdesk._is_dispatcher() THEN
    PERFORM smsdesk._fail('SD403', 'dispatcher only');
  END IF;
  RETURN smsdesk._dispatch_sensitive_words();
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatch_sensitive_words() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatch_sensitive_words() TO "__P__dispatcher";
