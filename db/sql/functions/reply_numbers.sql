-- The senders' numbers of these replies as the caller may see them (SEC-3): in full for users with the right, masked
-- for everyone else; only replies the caller reads (policies/inbound_reply.sql; IT every one), others are left out.
CREATE OR REPLACE FUNCTION smsdesk.reply_numbers(p_ids bigint[])
RETURNS TABLE (id bigint, number text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
  SELECT r.id, CASE WHEN c.full_numbers THEN r.number ELSE smsdesk.mask_number(r.number) END
    FROM (SELECT smsdesk.is_system() AS system, smsdesk.i_see_full_numbers() AS full_numbers,
                 smsdesk.my_user_id() AS user_id,
                 smsdesk.i_oversee() AS oversee, smsdesk.my_scope_groups() AS scope,
                 smsdesk.i_am_top_admin() AS top) c
    JOIN inbound_reply r ON r.id = ANY (p_ids)
   WHERE c.system OR r.owner_id = c.user_id
      OR (c.oversee AND r.group_id = ANY (c.scope))
      OR (r.group_id IS NULL AND c.top)
$$;

REVOKE ALL ON FUNCTION smsdesk.reply_numbers(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.reply_numbers(bigint[]) TO "__P__operator";
