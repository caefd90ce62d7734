-- A refusal with a machine-readable reason: DETAIL is JSON {"reason": <key>, ...}, which
-- services/approvals.py reads.
CREATE OR REPLACE FUNCTION smsdesk._approval_fail(p_code text, p_reason text, p_message text, p_extra jsonb DEFAULT '{}')
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', p_message USING ERRCODE = p_code,
    DETAIL = (jsonb_build_object('reason', p_reason) || coalesce(p_extra, '{}'))::text;
END $$;

REVOKE ALL ON FUNCTION smsdesk._approval_fail(text, text, text, jsonb) FROM PUBLIC;
