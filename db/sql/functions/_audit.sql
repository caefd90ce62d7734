-- Appends an audit row (SEC-2) with the real caller: session_user and their user id, never an argument.
-- Every function that changes something calls it.
CREATE OR REPLACE FUNCTION smsdesk._audit(p_action text, p_target text, p_group bigint, p_details jsonb DEFAULT '{}')
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  INSERT INTO audit_log (actor_role, actor_user_id, group_id, action, target, details)
  VALUES (session_user, smsdesk.my_user_id(), p_group, p_action, coalesce(p_target, ''),
          coalesce(p_details, '{}'::jsonb))
$$;

REVOKE ALL ON FUNCTION smsdesk._audit(text, text, bigint, jsonb) FROM PUBLIC;
