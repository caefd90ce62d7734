-- REP-5: the results of one number across every check the caller reads, within a time range (the checks' creation
-- time), newest first (one probe of ix_check_result_task_number per check in the range); shown masked where the caller may see only that.
CREATE OR REPLACE FUNCTION smsdesk.check_query(p_number bigint, p_from timestamptz, p_to timestamptz,
                                               p_limit integer DEFAULT 1000)
RETURNS TABLE (task_id bigint, task_name text, created_at timestamptz, row_no integer, source text, shown text,
               reason text, carrier text, host text, province text, city text, lists text[], status text,
               status_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp AS $$
  SELECT t.id, t.name, t.created_at, r.row_no, r.source, r.shown, r.reason, r.carrier, r.host, r.province, r.city,
         r.lists, r.status, r.status_at
    FROM check_task t JOIN check_result r ON r.task_id = t.id AND r.number = p_number
   WHERE (p_from IS NULL OR t.created_at >= p_from) AND (p_to IS NULL OR t.created_at < p_to)
     AND (t.owner_id = smsdesk.my_user_id()
          OR (smsdesk.i_oversee() AND t.group_id = ANY (smsdesk.my_scope_groups())))
   ORDER BY t.created_at DESC, t.id DESC
   LIMIT least(greatest(coalesce(p_limit, 1000), 1), 100000)
$$;

REVOKE ALL ON FUNCTION smsdesk.check_query(bigint, timestamptz, timestamptz, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.check_query(bigint, timestamptz, timestamptz, integer) TO "__P__operator";
