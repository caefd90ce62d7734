-- Lets the console record what only it sees (an export, a preview) in the audit log, marked client_reported.
CREATE OR REPLACE FUNCTION smsdesk.audit_event(p_action text, p_target text, p_details jsonb DEFAULT '{}')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_action IS NULL OR p_action !~ '^[a-z][a-z_.]{1,60}$' THEN
    PERFORM smsdesk._fail('SD422', 'unknown audit action');
  END IF;
  PERFORM smsdesk._audit(p_action, left(coalesce(p_target, ''), 500), caller.group_id,
                         coalesce(p_details, '{}') || jsonb_build_object('client_reported', true));
END $$;

REVOKE ALL ON FUNCTION smsdesk.audit_event(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.audit_event(text, text, jsonb) TO "__P__operator", "__P__dispatcher";
