-- Raises p_message with SQLSTATE p_code: SD401 disabled, SD402 quota, SD403 forbidden, SD404 not found,
-- SD409 conflict, SD422 invalid (services/errors.py maps them to what the console says).
CREATE OR REPLACE FUNCTION smsdesk._fail(p_code text, p_message text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = p_code;
END $$;

REVOKE ALL ON FUNCTION smsdesk._fail(text, text) FROM PUBLIC;
