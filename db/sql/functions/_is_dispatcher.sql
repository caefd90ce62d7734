-- Whether the caller is a dispatcher login (a member of the dispatcher role) or IT.
CREATE OR REPLACE FUNCTION smsdesk._is_dispatcher() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT smsdesk.is_system() OR pg_has_role(session_user, '__P__dispatcher', 'MEMBER')
$$;

REVOKE ALL ON FUNCTION smsdesk._is_dispatcher() FROM PUBLIC;
