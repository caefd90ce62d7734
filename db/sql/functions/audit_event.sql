-- Lets the console record what only it sees in the audit log (SEC-2), as a client-reported event: the action
-- must be named client.<something> (never an action a database function records, such as user.password or
-- task.approve), the actor is always the session user, and the row says client_reported. Exports are not
-- client events: their rows come from smsdesk.export_* functions, which record them. At most 60 a minute per
-- user, so a console cannot bury the log under its own events.
CREATE OR REPLACE FUNCTION smsdesk.audit_event(p_action text, p_target text, p_details jsonb DEFAULT '{}')
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
DECLARE caller app_user := smsdesk.me();
BEGIN
  IF caller.id IS NULL THEN
    PERFORM smsdesk._fail('SD401', 'this account is disabled');
  END IF;
  IF p_action IS NULL OR p_action !~ '^client\.[a-z][a-z_]{1,40}(\.[a-z][a-z_]{1,40})?$' THEN
    PERFORM smsdesk._fail('SD422', 'a console records only client-reported events, named client.<event>');
  END IF;
  IF p_details IS NOT NULL AND (jsonb_typeof(p_details) <> 'object' OR length(p_details::text) > 4000) THEN
    PERFORM smsdesk._fail('SD422', 'the details of a client-reported event are a JSON object of at most 4000 characters');
  END IF;
  IF (SELECT count(*) FROM audit_log WHERE at > now() - interval '1 minute' AND actor_role = session_user
                                       AND action LIKE 'client.%') >= 60 THEN
    PERFORM smsdesk._fail('SD403', 'too many client-reported events this minute');
  END IF;
  PERFORM smsdesk._audit(p_action, left(coalesce(p_target, ''), 500), caller.group_id,
                         coalesce(p_details, '{}') || jsonb_build_object('client_reported', true));
END $$;

REVOKE ALL ON FUNCTION smsdesk.audit_event(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.audit_event(text, text, jsonb) TO "__P__operator";
