-- The retention purge (SEC-5): removes the message details older than the installation's retention
-- (setting retention_months; 0 keeps everything) and keeps the rollups, so reports and charts of past months
-- remain after their details are gone. The cutoff is the start of today (UTC) less that many months: it moves
-- once a day, so a purge that caught up finds nothing until the next day. In order: tasks that ended before the
-- cutoff with all their messages (tasks of at most p_batch recipients together in one statement, a larger task
-- in slices of p_batch messages by id), then the parts, receipts and replies recorded before it (by time, in
-- slices of p_batch rows). Works until p_budget_ms has passed (at least one batch) or nothing older is left; each statement is small,
-- touches only rows of finished tasks and old rows nobody writes, and takes no table lock, so sending goes on.
-- One purge at a time (a transaction advisory lock: a second caller returns at once, busy). When it removed
-- anything it is audited ('retention.purge', target the cutoff) with its counts and who ran it (p_by).
-- Returns {months, cutoff, tasks, messages, parts, receipts, replies, more, busy}; more: older rows are left.
CREATE OR REPLACE FUNCTION smsdesk._retention_purge(p_budget_ms int, p_batch int, p_by text)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE
  months int := coalesce((smsdesk.setting('retention_months') #>> '{}')::numeric::int, 0);
  cutoff timestamptz;
  deadline timestamptz;
  lim int := least(greatest(coalesce(p_batch, 5000), 100), 50000);
  n_tasks bigint := 0; n_msgs bigint := 0; n_parts bigint := 0; n_receipts bigint := 0; n_replies bigint := 0;
  k bigint; more boolean := false; ids bigint[]; sizes bigint[]; i int; total bigint; last_id bigint;
  low timestamptz;
  result jsonb;
BEGIN
  IF p_budget_ms IS NULL OR p_budget_ms < 1 OR p_budget_ms > 600000 THEN
    PERFORM smsdesk._fail('SD422', 'a purge works for 1 ms to 10 minutes at a time');
  END IF;
  IF months <= 0 THEN
    RETURN jsonb_build_object('months', 0, 'more', false, 'busy', false);
  END IF;
  cutoff := date_trunc('day', now(), 'UTC') - make_interval(months => months);
  IF NOT pg_try_advisory_xact_lock(1396965380, 0) THEN
    RETURN jsonb_build_object('months', months, 'cutoff', cutoff, 'more', true, 'busy', true);
  END IF;
  deadline := clock_timestamp() + make_interval(secs => p_budget_ms / 1000.0);

  -- tasks that ended before the cutoff, oldest first, with their messages
  <<tasks>>
  LOOP
    SELECT array_agg(c.id ORDER BY c.send_at, c.id), array_agg(c.size ORDER BY c.send_at, c.id) INTO ids, sizes
      FROM (SELECT s.id, s.send_at, greatest(s.recipient_count, 1)::bigint AS size FROM send_task s
             WHERE s.send_at < cutoff AND s.status IN ('finished', 'cancelled', 'expired', 'rejected', 'preview')
               AND coalesce(s.finished_at, s.updated_at) < cutoff
             ORDER BY s.send_at, s.id LIMIT 500) c;
    EXIT tasks WHEN ids IS NULL;
    IF sizes[1] > lim THEN
      -- one large task: its messages in slices by id, then the task
      last_id := 0;
      LOOP
        WITH gone AS (
          DELETE FROM message m
           WHERE m.id IN (SELECT x.id FROM message x WHERE x.task_id = ids[1] AND x.id > last_id ORDER BY x.id LIMIT lim)
          RETURNING m.id)
        SELECT count(*), max(gone.id) INTO k, last_id FROM gone;
        n_msgs := n_msgs + k;
        EXIT WHEN k < lim;
        IF clock_timestamp() >= deadline THEN
          more := true;
          EXIT tasks;
        END IF;
      END LOOP;
      ids := ids[1:1];
    ELSE
      -- as many small tasks as make at most p_batch messages
      total := 0;
      i := 0;
      WHILE i < cardinality(ids) AND total + sizes[i + 1] <= lim LOOP
        i := i + 1;
        total := total + sizes[i];
      END LOOP;
      ids := ids[1:i];
      DELETE FROM message m WHERE m.task_id = ANY (ids);
      GET DIAGNOSTICS k = ROW_COUNT;
      n_msgs := n_msgs + k;
    END IF;
    DELETE FROM send_task s WHERE s.id = ANY (ids);
    GET DIAGNOSTICS k = ROW_COUNT;
    n_tasks := n_tasks + k;
    IF clock_timestamp() >= deadline THEN
      more := EXISTS (SELECT 1 FROM send_task s
                       WHERE s.send_at < cutoff AND s.status IN ('finished', 'cancelled', 'expired', 'rejected', 'preview')
                         AND coalesce(s.finished_at, s.updated_at) < cutoff);
      EXIT tasks;
    END IF;
  END LOOP;

  -- parts, receipts and replies recorded before the cutoff, oldest first (each by its time index)
  IF NOT more THEN
    low := '-infinity';
    LOOP
      WITH pick AS (SELECT p.ctid AS row_id FROM message_part p WHERE p.submitted_at >= low AND p.submitted_at < cutoff
                     ORDER BY p.submitted_at LIMIT lim),
      gone AS (DELETE FROM message_part p WHERE p.ctid = ANY (ARRAY(SELECT pick.row_id FROM pick))
               RETURNING p.submitted_at)
      SELECT count(*), max(gone.submitted_at) INTO k, low FROM gone;
      n_parts := n_parts + k;
      EXIT WHEN k < lim;
      IF clock_timestamp() >= deadline THEN
        more := EXISTS (SELECT 1 FROM message_part p WHERE p.submitted_at < cutoff);
        EXIT;
      END IF;
    END LOOP;
  END IF;
  IF NOT more THEN
    low := '-infinity';
    LOOP
      WITH pick AS (SELECT r.ctid AS row_id FROM receipt r WHERE r.received_at >= low AND r.received_at < cutoff
                     ORDER BY r.received_at LIMIT lim),
      gone AS (DELETE FROM receipt r WHERE r.ctid = ANY (ARRAY(SELECT pick.row_id FROM pick))
               RETURNING r.received_at)
      SELECT count(*), max(gone.received_at) INTO k, low FROM gone;
      n_receipts := n_receipts + k;
      EXIT WHEN k < lim;
      IF clock_timestamp() >= deadline THEN
        more := EXISTS (SELECT 1 FROM receipt r WHERE r.received_at < cutoff);
        EXIT;
      END IF;
    END LOOP;
  END IF;
  IF NOT more THEN
    low := '-infinity';
    LOOP
      WITH pick AS (SELECT r.ctid AS row_id FROM inbound_reply r WHERE r.received_at >= low AND r.received_at < cutoff
                     ORDER BY r.received_at LIMIT lim),
      gone AS (DELETE FROM inbound_reply r WHERE r.ctid = ANY (ARRAY(SELECT pick.row_id FROM pick))
               RETURNING r.received_at)
      SELECT count(*), max(gone.received_at) INTO k, low FROM gone;
      n_replies := n_replies + k;
      EXIT WHEN k < lim;
      IF clock_timestamp() >= deadline THEN
        more := EXISTS (SELECT 1 FROM inbound_reply r WHERE r.received_at < cutoff);
        EXIT;
      END IF;
    END LOOP;
  END IF;

  result := jsonb_build_object('months', months, 'cutoff', cutoff, 'tasks', n_tasks, 'messages', n_msgs,
                               'parts', n_parts, 'receipts', n_receipts, 'replies', n_replies, 'more', more,
                               'busy', false);
  IF n_tasks + n_msgs + n_parts + n_receipts + n_replies > 0 THEN
    PERFORM smsdesk._audit('retention.purge', cutoff::text, NULL, result - 'busy' || jsonb_build_object('by', p_by));
  END IF;
  RETURN result;
END $$;

REVOKE ALL ON FUNCTION smsdesk._retention_purge(int, int, text) FROM PUBLIC;
