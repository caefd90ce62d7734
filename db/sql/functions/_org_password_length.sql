-- The installation's password rule (setting signin_policy.min_password_length). The server receives a SCRAM
-- verifier, never the password (so no password reaches its logs), and cannot measure it: the console and the
-- admin tool say how long the password was and this refuses a short one. IT (a superuser) is not asked.
CREATE OR REPLACE FUNCTION smsdesk._org_password_length(p_length int) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE least_length int := coalesce((smsdesk.setting('signin_policy') ->> 'min_password_length')::int, 8);
BEGIN
  IF smsdesk.is_system() AND p_length IS NULL THEN
    RETURN;
  END IF;
  IF p_length IS NULL OR p_length < least_length THEN
    PERFORM smsdesk._org_fail('SD422', 'password_short', format('a password has at least %s characters', least_length),
                              jsonb_build_object('min', least_length));
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk._org_password_length(int) FROM PUBLIC;
