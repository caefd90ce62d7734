-- The mobile numbers of these users as the caller may see them (SEC-3): their own and, for users with the right,
-- everyone's in full; masked otherwise. Only users the caller reads (policies/app_user.sql; IT every one), others
-- are left out.
CREATE OR REPLACE FUNCTION smsdesk.user_mobiles(p_ids bigint[])
RETURNS TABLE (id bigint, mobile text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT u.id, CASE WHEN c.full_numbers OR u.role_name = session_user OR u.mobile IS NULL THEN u.mobile
                    ELSE smsdesk.mask_number(u.mobile) END
    FROM (SELECT smsdesk.is_system() AS system, smsdesk.i_see_full_numbers() AS full_numbers,
                 smsdesk.i_oversee() AS oversee,
                 smsdesk.my_scope_groups() AS scope) c
    JOIN app_user u ON u.id = ANY (p_ids)
   WHERE c.system OR u.role_name = session_user OR (c.oversee AND u.group_id = ANY (c.scope))
$$;

REVOKE ALL ON FUNCTION smsdesk.user_mobiles(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.user_mobiles(bigint[]) TO "__P__operator";
