-- The numbers of these messages as the caller may see them (SEC-3): in full for users with the right, masked
-- (mask_number) for everyone else; only messages of tasks the caller reads (policies/send_task.sql; IT every one),
-- others are left out. The console reads every other column of message directly (grants/message.sql).
CREATE OR REPLACE FUNCTION smsdesk.message_numbers(p_ids bigint[])
RETURNS TABLE (id bigint, number text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
  SELECT m.id, CASE WHEN c.full_numbers THEN m.number ELSE smsdesk.mask_number(m.number) END
    FROM (SELECT smsdesk.is_system() AS system, smsdesk.i_see_full_numbers() AS full_numbers,
                 smsdesk.my_user_id() AS user_id,
                 smsdesk.i_oversee() AS oversee, smsdesk.my_scope_groups() AS scope) c
    JOIN message m ON m.id = ANY (p_ids)
    JOIN send_task t ON t.id = m.task_id
   WHERE c.system OR t.owner_id = c.user_id OR (c.oversee AND t.group_id = ANY (c.scope))
$$;

REVOKE ALL ON FUNCTION smsdesk.message_numbers(bigint[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.message_numbers(bigint[]) TO "__P__operator";
