CREATE OR REPLACE FUNCTION smsdesk._fail(p_code text, p_message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = p_code;
END $$;

REVOKE ALL ON FUNCTION smsdesk._fail(text, text) FROM PUBLIC;
