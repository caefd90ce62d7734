-- The chunks of a message detail export (REP-3, REP-7): the tasks the caller may see that the filter's task-level
-- conditions keep, newest first, cut into ranges of task ids of about p_chunk messages each (by the tasks'
-- recipient counts), so report_detail_export serves each range as one statement and the console shows progress
-- against the estimate. A filter on the number is answered by the number's index in one range (its matches are
-- few), as is a single task. The scope is report_detail_page's: the caller's own tasks, an administrator's or
-- reviewer's subtree, everything for a database superuser.
CREATE OR REPLACE FUNCTION smsdesk.report_detail_export_plan(p_filter jsonb, p_chunk int DEFAULT 50000)
RETURNS TABLE (task_hi bigint, task_lo bigint, messages bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
  caller app_user := smsdesk.me();
  everything boolean := false;
  oversee boolean;
  scope bigint[];
  f jsonb := coalesce(p_filter, '{}');
  v_from timestamptz; v_to timestamptz; v_kind text; v_group bigint; v_groups bigint[]; v_user bigint;
  v_template bigint; v_task bigint; v_content text; v_like text;
  v_send boolean; v_weekday int; v_hour int; v_zone text;
BEGIN
  IF caller.id IS NULL THEN
    everything := coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);
    IF NOT everything THEN
      PERFORM smsdesk._fail('SD401', 'this account is disabled');
    END IF;
  END IF;
  IF p_chunk IS NULL OR p_chunk < 1 OR p_chunk > 1000000 THEN
    PERFORM smsdesk._fail('SD422', 'an export chunk holds 1 to 1000000 messages');
  END IF;
  IF jsonb_typeof(f) <> 'object' OR length(f::text) > 2000 THEN
    PERFORM smsdesk._fail('SD422', 'the filter is a JSON object of at most 2000 characters');
  END IF;
  oversee := coalesce(caller.kind = 'admin' OR caller.is_reviewer, false);
  scope := CASE WHEN oversee THEN (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g
                                    WHERE caller.group_id = ANY (g.id_path))
                ELSE '{}'::bigint[] END;
  BEGIN
    v_from := (f ->> 'from')::timestamptz;
    v_to := (f ->> 'to')::timestamptz;
    v_group := (f ->> 'group')::bigint;
    v_user := (f ->> 'user')::bigint;
    v_template := (f ->> 'template')::bigint;
    v_task := (f ->> 'task')::bigint;
    v_weekday := (f ->> 'weekday')::int;
    v_hour := (f ->> 'hour')::int;
    v_zone := coalesce(nullif(f ->> 'zone', ''), 'Asia/Shanghai');
    PERFORM now() AT TIME ZONE v_zone;  -- an unknown zone is refused here
  EXCEPTION WHEN data_exception THEN
    PERFORM smsdesk._fail('SD422', 'a date, an id, a weekday, an hour or the time zone in the filter is not valid');
  END;
  IF v_weekday NOT BETWEEN 1 AND 7 OR v_hour NOT BETWEEN 0 AND 23 THEN
    PERFORM smsdesk._fail('SD422', 'a weekday is 1 (Monday) to 7 and an hour 0 to 23');
  END IF;
  IF coalesce(f ->> 'basis', 'submit') NOT IN ('submit', 'send') THEN
    PERFORM smsdesk._fail('SD422', 'the time basis is submit or send');
  END IF;
  v_send := coalesce(f ->> 'basis' = 'send', false);
  v_kind := nullif(f ->> 'kind', '');
  v_content := nullif(f ->> 'content', '');
  IF v_content IS NOT NULL THEN
    v_like := '%' || replace(replace(replace(v_content, '\', '\\'), '%', '\%'), '_', '\_') || '%';
  END IF;
  IF v_group IS NOT NULL THEN
    v_groups := (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g WHERE v_group = ANY (g.id_path));
  END IF;
  IF nullif(f ->> 'number', '') IS NOT NULL OR v_task IS NOT NULL THEN
    RETURN QUERY SELECT 9223372036854775807::bigint, coalesce(v_task, 0), NULL::bigint;
    RETURN;
  END IF;
  RETURN QUERY
    SELECT max(x.id), min(x.id), sum(x.recipient_count)::bigint
      FROM (SELECT st.id, st.recipient_count,
                   (sum(greatest(st.recipient_count, 1)) OVER (ORDER BY st.id DESC) - 1) / p_chunk AS chunk
              FROM send_task st
             WHERE (everything OR st.owner_id = caller.id OR (oversee AND st.group_id = ANY (scope)))
               AND (v_kind IS NULL OR st.kind = v_kind)
               AND (v_groups IS NULL OR st.group_id = ANY (v_groups))
               AND (v_user IS NULL OR st.owner_id = v_user)
               AND (v_template IS NULL OR st.template_id = v_template)
               AND (v_to IS NULL OR st.send_at < v_to)
         AND (v_from IS NULL OR NOT v_send OR st.send_at >= v_from)
         AND (v_weekday IS NULL OR extract(isodow FROM st.send_at AT TIME ZONE v_zone) = v_weekday)
         AND (v_hour IS NULL OR extract(hour FROM st.send_at AT TIME ZONE v_zone) = v_hour)
               AND (v_from IS NULL OR st.finished_at IS NULL OR st.finished_at >= v_from)
               AND (v_like IS NULL OR st.content ILIKE v_like OR st.template_id IS NOT NULL)) x
     GROUP BY x.chunk
     ORDER BY x.chunk;
END $$;

REVOKE ALL ON FUNCTION smsdesk.report_detail_export_plan(jsonb, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.report_detail_export_plan(jsonb, int) TO "__P__operator";
