-- Whether the caller may read phone numbers in full (SEC-3): an active user given the right, or IT (a superuser at
-- the command line). Every function that shows a number asks it; everyone else reads numbers masked (mask_number).
CREATE OR REPLACE FUNCTION smsdesk.i_see_full_numbers() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT smsdesk.is_system()
         OR coalesce((SELECT see_full_numbers FROM app_user
                       WHERE role_name = session_user AND status = 'normal'), false)
$$;

REVOKE ALL ON FUNCTION smsdesk.i_see_full_numbers() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.i_see_full_numbers() TO "__P__operator", "__P__dispatcher";
