-- The rows of a task-detail export (a ticket from export_begin for that task): its messages (optionally of some
-- statuses) in id order as the caller sees them (it runs as the caller, under row-level security), numbers masked
-- unless the caller may see them in full, with the failure map's note for their error. Inlined by the planner, so
-- a cursor streams it.
CREATE OR REPLACE FUNCTION smsdesk.export_task_rows(p_ticket bigint, p_task bigint, p_statuses text[])
RETURNS TABLE (id bigint, number text, carrier text, channel text, status text, segments int, attempts int,
               submitted_at timestamptz, done_at timestamptz, failure_category text, error_code text, reason text,
               duplicate_suspect boolean)
LANGUAGE sql STABLE AS $$
  SELECT m.id,
         CASE WHEN coalesce((SELECT u.see_full_numbers FROM smsdesk.app_user u WHERE u.role_name = session_user), false)
              THEN m.number ELSE smsdesk.mask_number(m.number) END,
         coalesce(m.carrier, ''), coalesce(c.name, ''), m.status::text, m.segments::int, m.attempts::int,
         m.submitted_at, m.done_at, m.failure_category::text, m.error_code::text, coalesce(fm.note, ''),
         m.duplicate_suspect
    FROM smsdesk.message m
    LEFT JOIN smsdesk.channel c ON c.id = m.channel_id
    LEFT JOIN LATERAL (
      SELECT f.note FROM smsdesk.failure_map f
       WHERE m.error_code IS NOT NULL
         AND (f.channel_id = m.channel_id OR f.channel_id IS NULL)
         AND ((f.source = 'err' AND f.code = split_part(m.error_code, ':', 2))
              OR (f.source = 'stat' AND f.code = split_part(m.error_code, ':', 1))
              OR (f.source IN ('submit', 'error') AND f.code = m.error_code))
       ORDER BY f.channel_id NULLS LAST, (f.source = 'err') DESC
       LIMIT 1) fm ON true
   WHERE smsdesk._export_ticket_ok(p_ticket, 'task', p_task)
     AND m.task_id = p_task AND (coalesce(cardinality(p_statuses), 0) = 0 OR m.status = ANY (p_statuses))
   ORDER BY m.id
$$;

REVOKE ALL ON FUNCTION smsdesk.export_task_rows(bigint, bigint, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.export_task_rows(bigint, bigint, text[]) TO "__P__operator";
