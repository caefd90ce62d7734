-- One page of the message detail report (REP-3), newest task first and, within a task, newest message first, as the
-- caller may see them: their own tasks, and for administrators and reviewers their group subtree's (the rule of
-- send_task's policy, checked here because the function reads as the owner to use the message indexes directly);
-- a database superuser (IT's command line) sees everything. Numbers are masked unless the caller may see them in
-- full (SEC-3).
--
-- p_filter keys (all optional): from, to (timestamptz: the submit time, or the task's send time while unsent; with
-- basis 'send' the task's send time, as the rollups and the charts count), kind, group (id, with its sub-groups),
-- user, channel, carrier, template, status (a message status, 'pending' for queued/sending/submitted, or
-- 'failed_or_expired', what every chart and report counts as failed), category ('other' also takes failures
-- without a known category, as the rollups count them), weekday (1 Monday to 7) and hour (0 to 23) of the task's
-- send time in zone (default Asia/Shanghai: a cell of the peaks chart), task, number (4 to 15 digits: the end of the
-- number, so the last 4 digits or the whole number), content (a fragment of the text sent, 2 to 200 characters; %,
-- _ and \ are literal).
-- Keyset: rows come after (p_after_task, p_after_id) in (task, message) descending order; (NULL, NULL) starts.
--
-- A filter on the number walks ix_message_number_reversed. Any other filter walks the matching tasks, newest first
-- in windows of 4096 task ids (starting, for a range that ends in the past, at the newest task sent before its
-- end), and each task's messages by (task_id, id) in slices of 100,000 ids. A content fragment is looked for in the
-- tasks' text and the personalised bodies; where the trigram indexes exist (pg_trgm: ix_send_task_content_trgm,
-- ix_message_body_trgm) a fragment of 3 characters or more is looked up in both first, and found in at most 10,000
-- tasks' text and 10,000 bodies only those tasks are walked (none: nothing to walk). After p_budget_ms (0: no limit), checked between slices and between windows, the walk stops, and if the
-- page is not full a last row with id NULL says where it stopped (task_id, and in next_id the id to continue
-- below), so the caller shows what it has and asks again from there.
--
-- p_ticket (an export): rows are counted on the ticket from export_begin('report', …) and the ticket is checked.
CREATE OR REPLACE FUNCTION smsdesk.report_detail_page(p_filter jsonb, p_after_task bigint, p_after_id bigint,
                                                      p_limit int, p_budget_ms int DEFAULT 0,
                                                      p_ticket bigint DEFAULT NULL)
RETURNS TABLE (task_id bigint, id bigint, next_id bigint, group_path text, owner_login text, owner_name text,
               kind text, task_name text, body text, number text, carrier text, channel text, segments int,
               status text, submitted_at timestamptz, done_at timestamptz, latency_ms bigint,
               failure_category text, error_code text, reason text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
  caller app_user := smsdesk.me();
  everything boolean := false;
  oversee boolean;
  scope bigint[];
  full_numbers boolean;
  f jsonb := coalesce(p_filter, '{}');
  v_from timestamptz; v_to timestamptz;
  v_kind text; v_group bigint; v_groups bigint[]; v_user bigint; v_channel bigint; v_carrier text;
  v_template bigint; v_status text; v_statuses text[]; v_category text; v_task bigint;
  v_send boolean; v_weekday int; v_hour int; v_zone text;
  v_number text; v_low text; v_high text; v_content text; v_like text;
  after_task bigint := coalesce(p_after_task, 9223372036854775807);
  after_id bigint := coalesce(p_after_id, 9223372036854775807);
  lim int := p_limit;
  deadline timestamptz;
  t record;
  hi bigint; lo bigint; task_lo bigint; task_hi bigint;
  n int; total bigint := 0;
  first_slice boolean := true; stopped boolean := false;
  body_hits bigint[]; hit_tasks bigint[]; text_tasks bigint[]; rare boolean := false; hit_at int := 1;
  slice constant bigint := 100000;
  below bigint := after_task; floor_id bigint; window_ids bigint; win_low bigint; first_window boolean := true;
  fetched int; jump bigint;
  paths jsonb := '{}'; t_path text;
BEGIN
  IF caller.id IS NULL THEN
    everything := coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false);
    IF NOT everything THEN
      PERFORM smsdesk._fail('SD401', 'this account is disabled');
    END IF;
  END IF;
  IF lim IS NULL OR lim < 1 OR lim > 10000 THEN
    PERFORM smsdesk._fail('SD422', 'a page holds 1 to 10000 messages');
  END IF;
  IF jsonb_typeof(f) <> 'object' OR length(f::text) > 2000 THEN
    PERFORM smsdesk._fail('SD422', 'the filter is a JSON object of at most 2000 characters');
  END IF;
  IF p_ticket IS NOT NULL THEN
    PERFORM smsdesk._export_ticket_ok(p_ticket, 'report', NULL);
  END IF;
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
  IF v_like IS NOT NULL AND v_number IS NULL AND length(v_content) >= 3
     AND to_regclass('smsdesk.ix_send_task_content_trgm') IS NOT NULL
     AND to_regclass('smsdesk.ix_message_body_trgm') IS NOT NULL THEN
    -- where the fragment is, by the trigram indexes (a fragment of 3 characters or more has trigrams to look up):
    -- the tasks whose text holds it, then the personalised bodies that do. When both are few (at most 10,000 each)
    -- only those tasks are walked; a fragment in many is found by the walk sooner than by a bitmap of millions.
    -- The fragment in the pattern itself (a custom plan), so the trigram indexes can serve it.
    EXECUTE format('SELECT array_agg(s.id) FROM (SELECT s.id FROM smsdesk.send_task s WHERE s.content ILIKE %L'
                   ' LIMIT 10001) s', v_like)
      INTO text_tasks;
    IF coalesce(cardinality(text_tasks), 0) <= 10000 THEN
      EXECUTE format('SELECT array_agg(x.id), array_agg(DISTINCT x.task_id) FROM (SELECT m.id, m.task_id'
                     ' FROM smsdesk.message m WHERE m.body IS NOT NULL AND m.body ILIKE %L LIMIT 10001) x', v_like)
        INTO body_hits, hit_tasks;
      rare := coalesce(cardinality(body_hits), 0) <= 10000;
      IF rare THEN
        hit_tasks := coalesce(hit_tasks, '{}') || coalesce(text_tasks, '{}');
        IF cardinality(hit_tasks) = 0 THEN
          RETURN;  -- in no task's text and in no body
        END IF;
      END IF;
    END IF;
  END IF;
  deadline := CASE WHEN coalesce(p_budget_ms, 0) > 0
                   THEN clock_timestamp() + make_interval(secs => p_budget_ms / 1000.0) END;

  IF v_number IS NOT NULL THEN
    -- the number's digits reversed are a prefix of the stored number reversed ('+' sorts below the digits)
    v_low := reverse(v_number);
    v_high := v_low || ':';
    -- the number's messages first, by the index (MATERIALIZED: a plan that walks every message in task order
    -- to skip to the newest matches is never taken, whatever the statistics say), then the rest of the filter
    RETURN QUERY
      WITH hit AS MATERIALIZED (
        SELECT * FROM message x WHERE reverse(x.number) ~>=~ v_low AND reverse(x.number) ~<~ v_high)
      SELECT m.task_id, m.id, NULL::bigint, smsdesk.group_path(st.group_id), u.login, u.operator_name, st.kind,
             st.name, coalesce(m.body, st.content),
             CASE WHEN full_numbers THEN m.number
                  -- stored E.164 ('+' and 8 or more digits): mask_number's own first case, without its regex
                  WHEN m.number LIKE '+%' AND length(m.number) >= 9
                  THEN left(m.number, length(m.number) - 8) || '****' || right(m.number, 4)
                  ELSE smsdesk.mask_number(m.number) END,
             coalesce(m.carrier, ''), coalesce(c.name, ''), m.segments::int, m.status,
             coalesce(m.submitted_at, st.send_at), m.done_at,
             CASE WHEN m.status = 'delivered' AND m.submitted_at IS NOT NULL
                  THEN (extract(epoch FROM m.done_at - m.submitted_at) * 1000)::bigint END,
             m.failure_category, m.error_code,
             CASE WHEN m.error_code IS NULL THEN '' ELSE smsdesk._failure_note(m.channel_id, m.error_code) END
        FROM hit m
        -- each match's task by its key (OFFSET 0 keeps the lookup: a join would walk every task to merge)
        JOIN LATERAL (SELECT s.* FROM send_task s WHERE s.id = m.task_id OFFSET 0) st ON true
        JOIN app_user u ON u.id = st.owner_id
        LEFT JOIN channel c ON c.id = m.channel_id
       WHERE (everything OR st.owner_id = caller.id OR (oversee AND st.group_id = ANY (scope)))
         AND (m.task_id < after_task OR (m.task_id = after_task AND m.id < after_id))
         AND (v_kind IS NULL OR st.kind = v_kind)
         AND (v_groups IS NULL OR st.group_id = ANY (v_groups))
         AND (v_user IS NULL OR st.owner_id = v_user)
         AND (v_template IS NULL OR st.template_id = v_template)
         AND (v_task IS NULL OR st.id = v_task)
         AND (v_channel IS NULL OR m.channel_id = v_channel)
         AND (v_carrier IS NULL OR coalesce(m.carrier, '') = v_carrier)
         AND (v_statuses IS NULL OR m.status = ANY (v_statuses))
         AND (v_category IS NULL OR m.failure_category = v_category
              OR (v_category = 'other' AND m.status IN ('failed', 'expired')
                  AND coalesce(m.failure_category, '') NOT IN ('timeout', 'content_blocked', 'invalid_number',
                                                               'blacklisted', 'quota', 'gateway_error')))
         AND (v_from IS NULL OR coalesce(CASE WHEN NOT v_send THEN m.submitted_at END, st.send_at) >= v_from)
         AND (v_to IS NULL OR coalesce(CASE WHEN NOT v_send THEN m.submitted_at END, st.send_at) < v_to)
         AND (v_weekday IS NULL OR extract(isodow FROM st.send_at AT TIME ZONE v_zone) = v_weekday)
         AND (v_hour IS NULL OR extract(hour FROM st.send_at AT TIME ZONE v_zone) = v_hour)
         AND (v_like IS NULL OR coalesce(m.body, st.content) ILIKE v_like)
       ORDER BY m.task_id DESC, m.id DESC
       LIMIT lim;
    GET DIAGNOSTICS n = ROW_COUNT;
    total := n;
  ELSE
    -- a range that ends in the past starts at the newest task sent before its end: among the newest 2048 tasks if
    -- one was, else by ix_send_task_send_at_id (read without the table) when at most 50,000 tasks were sent before
    -- it; otherwise the walk goes through the newer tasks window by window
    below := least(below, coalesce((SELECT max(s.id) FROM send_task s), 0));
    IF v_to IS NOT NULL AND v_task IS NULL THEN
      jump := (SELECT max(x.id) FROM (SELECT s.id, s.send_at FROM send_task s WHERE s.id <= below
                                       ORDER BY s.id DESC LIMIT 2048) x WHERE x.send_at < v_to);
      IF jump IS NULL AND (SELECT count(*) FROM (SELECT 1 FROM send_task s WHERE s.send_at < v_to LIMIT 50001) x)
                          <= 50000 THEN
        jump := coalesce((SELECT max(x.id) FROM (SELECT s.id FROM send_task s WHERE s.send_at < v_to
                                                  ORDER BY s.send_at, s.id OFFSET 0) x), 0);
      END IF;
      below := least(below, coalesce(jump, below));
    END IF;
    floor_id := coalesce((SELECT min(s.id) FROM send_task s), 1);
    IF v_task IS NOT NULL THEN  -- one task: one window of one id
      below := least(below, v_task);
      floor_id := v_task;
    END IF;
    -- tasks newest first, 64 at a time within a window of 4096 task ids (the primary key, or a user's
    -- ix_send_task_owner_id_id, read backwards: no sort of every task in scope, and no statement that reads past the
    -- budget before the budget is checked), or the tasks the trigram indexes found one by one; each group's path
    -- looked up once
    window_ids := 4096;
    IF rare THEN  -- newest first, each once
      hit_tasks := ARRAY(SELECT DISTINCT h FROM unnest(hit_tasks) h ORDER BY h DESC);
    END IF;
    <<tasks>>
    WHILE below >= floor_id LOOP
    IF deadline IS NOT NULL AND NOT first_window AND clock_timestamp() > deadline THEN
      -- out of time between windows: go on below this one (task below + 1 has nothing left to give)
      task_id := below + 1; id := NULL; next_id := 1;
      group_path := NULL; owner_login := NULL; owner_name := NULL; kind := NULL; task_name := NULL;
      body := NULL; number := NULL; carrier := NULL; channel := NULL; segments := NULL; status := NULL;
      submitted_at := NULL; done_at := NULL; latency_ms := NULL; failure_category := NULL;
      error_code := NULL; reason := NULL;
      RETURN NEXT;
      EXIT tasks;
    END IF;
    first_window := false;
    fetched := 0;
    IF rare THEN  -- the next of the few tasks that hold the fragment: a window of its id alone
      WHILE hit_at <= cardinality(hit_tasks) AND hit_tasks[hit_at] > below LOOP
        hit_at := hit_at + 1;
      END LOOP;
      EXIT tasks WHEN hit_at > cardinality(hit_tasks);
      below := hit_tasks[hit_at];
      win_low := below - 1;
    ELSE
      win_low := below - window_ids;
    END IF;
    FOR t IN
      SELECT st.id, st.kind, st.name, st.content, st.send_at, st.group_id,
             u.login, u.operator_name, st.content ILIKE v_like AS content_hit
        FROM send_task st
        JOIN app_user u ON u.id = st.owner_id
       WHERE st.id <= below AND st.id > win_low
         AND (everything OR st.owner_id = caller.id OR (oversee AND st.group_id = ANY (scope)))
         AND (v_kind IS NULL OR st.kind = v_kind)
         AND (v_groups IS NULL OR st.group_id = ANY (v_groups))
         AND (v_user IS NULL OR st.owner_id = v_user)
         AND (v_template IS NULL OR st.template_id = v_template)
         AND (v_task IS NULL OR st.id = v_task)
         AND (v_to IS NULL OR st.send_at < v_to)
         AND (v_from IS NULL OR st.finished_at IS NULL OR st.finished_at >= v_from)
         AND (v_from IS NULL OR NOT v_send OR st.send_at >= v_from)
         AND (v_weekday IS NULL OR extract(isodow FROM st.send_at AT TIME ZONE v_zone) = v_weekday)
         AND (v_hour IS NULL OR extract(hour FROM st.send_at AT TIME ZONE v_zone) = v_hour)
         -- a template send's messages carry their own text: any of them may hold the fragment (or, when the
         -- trigram index found it in few bodies, those of their tasks)
         AND (v_like IS NULL
              OR (CASE WHEN rare THEN st.id = ANY (hit_tasks)
                       ELSE st.content ILIKE v_like OR st.template_id IS NOT NULL END))
       ORDER BY st.id DESC
       LIMIT 64
    LOOP
      fetched := fetched + 1;
      below := t.id - 1;
      SELECT min(m.id), max(m.id) INTO task_lo, task_hi FROM message m WHERE m.task_id = t.id;
      CONTINUE WHEN task_lo IS NULL;
      hi := least(task_hi, CASE WHEN t.id = after_task THEN after_id - 1 ELSE task_hi END);
      WHILE hi >= task_lo LOOP
        IF deadline IS NOT NULL AND NOT first_slice AND clock_timestamp() > deadline THEN
          -- not full and out of time: say where to go on (this task, below hi + 1), then stop
          task_id := t.id; id := NULL; next_id := hi + 1;
          group_path := NULL; owner_login := NULL; owner_name := NULL; kind := NULL; task_name := NULL;
          body := NULL; number := NULL; carrier := NULL; channel := NULL; segments := NULL; status := NULL;
          submitted_at := NULL; done_at := NULL; latency_ms := NULL; failure_category := NULL;
          error_code := NULL; reason := NULL;
          RETURN NEXT;
          stopped := true;
          EXIT;
        END IF;
        first_slice := false;
        lo := greatest(task_lo, hi - slice + 1);
        t_path := paths ->> t.group_id::text;
        IF t_path IS NULL THEN
          t_path := smsdesk.group_path(t.group_id);
          paths := paths || jsonb_build_object(t.group_id::text, t_path);
        END IF;
        RETURN QUERY
          SELECT m.task_id, m.id, NULL::bigint, t_path, t.login, t.operator_name, t.kind, t.name,
                 coalesce(m.body, t.content),
                 CASE WHEN full_numbers THEN m.number
                      -- stored E.164 ('+' and 8 or more digits): mask_number's own first case, without its regex
                      WHEN m.number LIKE '+%' AND length(m.number) >= 9
                      THEN left(m.number, length(m.number) - 8) || '****' || right(m.number, 4)
                      ELSE smsdesk.mask_number(m.number) END,
                 coalesce(m.carrier, ''), coalesce(c.name, ''), m.segments::int, m.status,
                 coalesce(m.submitted_at, t.send_at), m.done_at,
                 CASE WHEN m.status = 'delivered' AND m.submitted_at IS NOT NULL
                      THEN (extract(epoch FROM m.done_at - m.submitted_at) * 1000)::bigint END,
                 m.failure_category, m.error_code,
                 CASE WHEN m.error_code IS NULL THEN '' ELSE smsdesk._failure_note(m.channel_id, m.error_code) END
            FROM message m
            LEFT JOIN channel c ON c.id = m.channel_id
           WHERE m.task_id = t.id AND m.id BETWEEN lo AND hi
             AND (v_channel IS NULL OR m.channel_id = v_channel)
             AND (v_carrier IS NULL OR coalesce(m.carrier, '') = v_carrier)
             AND (v_statuses IS NULL OR m.status = ANY (v_statuses))
             AND (v_category IS NULL OR m.failure_category = v_category
                  OR (v_category = 'other' AND m.status IN ('failed', 'expired')
                      AND coalesce(m.failure_category, '') NOT IN ('timeout', 'content_blocked', 'invalid_number',
                                                                   'blacklisted', 'quota', 'gateway_error')))
             AND (v_send OR v_from IS NULL OR coalesce(m.submitted_at, t.send_at) >= v_from)
             AND (v_send OR v_to IS NULL OR coalesce(m.submitted_at, t.send_at) < v_to)
             AND (v_like IS NULL OR coalesce(m.body ILIKE v_like, t.content_hit))
           ORDER BY m.id DESC
           LIMIT lim;
        GET DIAGNOSTICS n = ROW_COUNT;
        total := total + n;
        lim := lim - n;
        EXIT WHEN lim <= 0;
        hi := lo - 1;
      END LOOP;
      EXIT tasks WHEN lim <= 0 OR stopped;
    END LOOP;
    IF fetched < 64 THEN  -- the window holds no more: on below it
      below := win_low;
    END IF;
    END LOOP;
  END IF;
  IF p_ticket IS NOT NULL AND total > 0 THEN
    UPDATE export_ticket et SET rows = et.rows + total WHERE et.id = p_ticket;
  END IF;
END $$;

REVOKE ALL ON FUNCTION smsdesk.report_detail_page(jsonb, bigint, bigint, int, int, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.report_detail_page(jsonb, bigint, bigint, int, int, bigint) TO "__P__operator";
