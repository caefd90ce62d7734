-- The rows of a message detail export (REP-3, REP-7) for one range of task ids (p_task_lo to p_task_hi, a chunk of
-- report_detail_export_plan), newest task first and within a task newest message first, every cell final text as
-- the file shows it: the caller's scope and the filter as report_detail_page decides them (p_filter has its keys),
-- numbers masked unless the caller may see them in full (SEC-3), times as 'YYYY-MM-DD HH24:MI:SS' at p_utc_offset
-- seconds east of UTC (the workstation's), the latency in seconds to a tenth, kind, status and failure
-- category as p_labels names them (code -> label; a code without one stays itself), and the SMSC code's meaning
-- from the failure map. One statement per range, so a console streams it with COPY; the rows are counted on the
-- ticket from export_begin('report', …), which must be the caller's and committed.
CREATE OR REPLACE FUNCTION smsdesk.report_detail_export(p_filter jsonb, p_ticket bigint, p_task_hi bigint,
                                                        p_task_lo bigint, p_labels jsonb DEFAULT '{}',
                                                        p_utc_offset int DEFAULT 0)
RETURNS TABLE (task text, group_path text, owner text, kind text, body text, number text, carrier text,
               channel text, segments text, submitted text, receipt text, latency text, status text,
               category text, code text, reason text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off SET plan_cache_mode = force_custom_plan
SET work_mem = '64MB' SET enable_sort = on SET datestyle = 'ISO, YMD' AS $$
DECLARE
  caller app_user := smsdesk.me();
  everything boolean := false;
  oversee boolean;
  scope bigint[];
  full_numbers boolean;
  f jsonb := coalesce(p_filter, '{}');
  labels jsonb := coalesce(p_labels, '{}');
  shift interval;
  v_from timestamptz; v_to timestamptz;
  v_kind text; v_group bigint; v_groups bigint[]; v_user bigint; v_channel bigint; v_carrier text;
  v_template bigint; v_status text; v_statuses text[]; v_category text; v_task bigint;
  v_send boolean; v_weekday int; v_hour int; v_zone text;
  v_number text; v_low text; v_high text; v_content text; v_like text;
  n bigint;
BEGIN
  IF caller.id IS NULL THEN
    everything := coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);
    IF NOT everything THEN
      PERFORM smsdesk._fail('SD401', 'this account is disabled');
    END IF;
  END IF;
  IF jsonb_typeof(f) <> 'object' OR length(f::text) > 2000 THEN
    PERFORM smsdesk._fail('SD422', 'the filter is a JSON object of at most 2000 characters');
  END IF;
  IF jsonb_typeof(labels) <> 'object' OR length(labels::text) > 20000 THEN
    PERFORM smsdesk._fail('SD422', 'the labels are a JSON object of at most 20000 characters');
  END IF;
  IF p_utc_offset IS NULL OR abs(p_utc_offset) > 86400 THEN
    PERFORM smsdesk._fail('SD422', 'a time zone is at most a day away from UTC');
  END IF;
  IF p_task_hi IS NULL OR p_task_lo IS NULL THEN
    PERFORM smsdesk._fail('SD422', 'an export reads a range of tasks');
  END IF;
  PERFORM smsdesk._export_ticket_ok(p_ticket, 'report', NULL);
  shift := make_interval(secs => p_utc_offset);
  oversee := coalesce(caller.kind = 'admin' OR caller.is_reviewer, false);
  scope := CASE WHEN oversee THEN (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g
                                    WHERE caller.group_id = ANY (g.id_path))
                ELSE '{}'::bigint[] END;
  full_numbers := everything OR coalesce(caller.see_full_numbers, false);

  BEGIN
    v_from := (f ->> 'from')::timestamptz;
    v_to := (f ->> 'to')::timestamptz;
    v_group := (f ->> 'group')::bigint;
    v_user := (f ->> 'user')::bigint;
    v_channel := (f ->> 'channel')::bigint;
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
  IF v_from IS NOT NULL AND v_to IS NOT NULL AND v_to < v_from THEN
    PERFORM smsdesk._fail('SD422', 'the range ends before it starts');
  END IF;
  v_kind := nullif(f ->> 'kind', '');
  IF v_kind IS NOT NULL AND v_kind NOT IN ('verification', 'notification', 'marketing', 'alert') THEN
    PERFORM smsdesk._fail('SD422', 'unknown kind');
  END IF;
  v_carrier := f ->> 'carrier';
  v_status := nullif(f ->> 'status', '');
  IF v_status = 'pending' THEN
    v_statuses := ARRAY['queued', 'sending', 'submitted'];
  ELSIF v_status = 'failed_or_expired' THEN
    v_statuses := ARRAY['failed', 'expired'];
  ELSIF v_status IS NOT NULL THEN
    IF v_status NOT IN ('queued', 'sending', 'submitted', 'delivered', 'failed', 'expired', 'cancelled') THEN
      PERFORM smsdesk._fail('SD422', 'unknown message status');
    END IF;
    v_statuses := ARRAY[v_status];
  END IF;
  v_category := nullif(f ->> 'category', '');
  v_number := nullif(f ->> 'number', '');
  IF v_number IS NOT NULL AND v_number !~ '^[0-9]{4,15}$' THEN
    PERFORM smsdesk._fail('SD422', 'a number to search for is 4 to 15 digits (its last digits, or all of them)');
  END IF;
  v_content := nullif(f ->> 'content', '');
  IF v_content IS NOT NULL AND (length(v_content) < 2 OR length(v_content) > 200) THEN
    PERFORM smsdesk._fail('SD422', 'a content fragment is 2 to 200 characters');
  END IF;
  IF v_content IS NOT NULL THEN
    v_like := '%' || replace(replace(replace(v_content, '\', '\\'), '%', '\%'), '_', '\_') || '%';
  END IF;
  IF v_group IS NOT NULL THEN
    v_groups := (SELECT coalesce(array_agg(g.id), '{}') FROM user_group g WHERE v_group = ANY (g.id_path));
  END IF;
  IF v_number IS NOT NULL THEN
    v_low := reverse(v_number);  -- the number's digits reversed are a prefix of the stored number reversed
    v_high := v_low || ':';
  END IF;

  IF v_number IS NULL AND v_task IS NULL AND v_user IS NULL AND v_groups IS NULL AND v_kind IS NULL
     AND v_template IS NULL AND v_like IS NULL AND v_weekday IS NULL AND v_hour IS NULL THEN
    -- every task of the range (as far as the filter on tasks goes): its messages by (task_id, id) backwards are
    -- already in the export's order, where a plan that sorts the whole range costs more than the rest (reset at
    -- the function's end by its SET clause). A filter that keeps few of the range's tasks reads their messages task
    -- by task and sorts them instead.
    PERFORM set_config('enable_sort', 'off', true);
  END IF;
  RETURN QUERY
    WITH t AS (
      -- the range's tasks the caller may see and the task-level filters keep
      SELECT st.id, st.kind, st.content, st.send_at, st.group_id, coalesce(nullif(u.operator_name, ''), u.login) AS owner,
             coalesce(st.content ILIKE v_like, false) AS content_hit
        FROM send_task st
        JOIN app_user u ON u.id = st.owner_id
       WHERE st.id BETWEEN p_task_lo AND p_task_hi
         AND (everything OR st.owner_id = caller.id OR (oversee AND st.group_id = ANY (scope)))
         AND (v_kind IS NULL OR st.kind = v_kind)
         AND (v_groups IS NULL OR st.group_id = ANY (v_groups))
         AND (v_user IS NULL OR st.owner_id = v_user)
         AND (v_template IS NULL OR st.template_id = v_template)
         AND (v_task IS NULL OR st.id = v_task)
         AND (v_to IS NULL OR st.send_at < v_to)
         AND (v_from IS NULL OR NOT v_send OR st.send_at >= v_from)
         AND (v_weekday IS NULL OR extract(isodow FROM st.send_at AT TIME ZONE v_zone) = v_weekday)
         AND (v_hour IS NULL OR extract(hour FROM st.send_at AT TIME ZONE v_zone) = v_hour)
         AND (v_number IS NOT NULL OR v_from IS NULL OR st.finished_at IS NULL OR st.finished_at >= v_from)
         AND (v_like IS NULL OR st.content ILIKE v_like OR st.template_id IS NOT NULL)),
    paths AS MATERIALIZED (SELECT g.id, smsdesk.group_path(g.id) AS path FROM user_group g)  -- each once
    SELECT m.task_id::text, p.path, t.owner, coalesce(labels ->> t.kind, t.kind), coalesce(m.body, t.content),
           CASE WHEN full_numbers THEN m.number
                -- stored E.164 ('+' and 8 or more digits): mask_number's own first case, without its regex
                WHEN m.number LIKE '+%' AND length(m.number) >= 9
                THEN left(m.number, length(m.number) - 8) || '****' || right(m.number, 4)
                ELSE smsdesk.mask_number(m.number) END,
           coalesce(m.carrier, ''), coalesce(c.name, ''), m.segments::text,
           -- (a timestamp's text in the ISO date style: to_char takes five times as long)
           date_trunc('second', (coalesce(m.submitted_at, t.send_at) AT TIME ZONE 'UTC') + shift)::text,
           coalesce(date_trunc('second', (m.done_at AT TIME ZONE 'UTC') + shift)::text, ''),
           CASE WHEN m.status = 'delivered' AND m.submitted_at IS NOT NULL
                THEN (round(date_part('epoch', m.done_at - m.submitted_at) * 10) / 10)::text ELSE '' END,
           coalesce(labels ->> m.status, m.status),
           coalesce(labels ->> m.failure_category, m.failure_category, ''),
           coalesce(m.error_code, ''),
           CASE WHEN m.error_code IS NULL THEN '' ELSE coalesce((
             SELECT fm.note FROM failure_map fm
              WHERE (fm.channel_id = m.channel_id OR fm.channel_id IS NULL)
                AND ((fm.source = 'err' AND fm.code = split_part(m.error_code, ':', 2))
                     OR (fm.source = 'stat' AND fm.code = split_part(m.error_code, ':', 1))
                     OR (fm.source IN ('submit', 'error') AND fm.code = m.error_code))
              ORDER BY fm.channel_id NULLS LAST, (fm.source = 'err') DESC
              LIMIT 1), '') END
      FROM t
      JOIN message m ON m.task_id = t.id
      LEFT JOIN paths p ON p.id = t.group_id
      LEFT JOIN channel c ON c.id = m.channel_id
     WHERE CASE WHEN v_number IS NULL THEN m.task_id BETWEEN p_task_lo AND p_task_hi
                -- by the number's index (its matches are few)
                ELSE reverse(m.number) ~>=~ v_low AND reverse(m.number) ~<~ v_high END
       AND (v_channel IS NULL OR m.channel_id = v_channel)
       AND (v_carrier IS NULL OR coalesce(m.carrier, '') = v_carrier)
       AND (v_statuses IS NULL OR m.status = ANY (v_statuses))
       AND (v_category IS NULL OR m.failure_category = v_category
            OR (v_category = 'other' AND m.status IN ('failed', 'expired')
                AND coalesce(m.failure_category, '') NOT IN ('timeout', 'content_blocked', 'invalid_number',
                                                             'blacklisted', 'quota', 'gateway_error')))
       AND (v_from IS NULL OR coalesce(CASE WHEN NOT v_send THEN m.submitted_at END, t.send_at) >= v_from)
       AND (v_to IS NULL OR coalesce(CASE WHEN NOT v_send THEN m.submitted_at END, t.send_at) < v_to)
       AND (v_like IS NULL OR coalesce(m.body ILIKE v_like, t.content_hit))
     ORDER BY m.task_id DESC, m.id DESC;
  GET DIAGNOSTICS n = ROW_COUNT;
  IF n > 0 THEN
    UPDATE export_ticket et SET rows = et.rows + n WHERE et.id = p_ticket;
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk.report_detail_export(jsonb, bigint, bigint, bigint, jsonb, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.report_detail_export(jsonb, bigint, bigint, bigint, jsonb, int)
  TO "__P__operator";
