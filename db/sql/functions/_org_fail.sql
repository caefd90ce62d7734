-- A refusal of the organisation functions (groups, users, quotas) with a machine-readable reason: DETAIL is JSON
-- {"reason": <key>, ...} that services/org_admin.py turns into a sentence in the user's language.
CREATE OR REPLACE FUNCTION smsdesk._org_fail(p_code text, p_reason text, p_message text, p_extra jsonb DEFAULT '{}')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = p_code,
    DETAIL = (jsonb_build_object('reason', p_reason) || coalesce(p_extra, '{}'))::text;
END $$;

REVOKE ALL ON FUNCTION smsdesk._org_fail(text, text, text, jsonb) FROM PUBLIC;
