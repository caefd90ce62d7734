-- Ends the unsent part of a task (cancelled, rejected or expired): its feed row goes first, then
-- the queued messages no dispatcher holds become p_status and their segments are refunded; returns how many.
CREATE OR REPLACE FUNCTION smsdesk._task_stop_unsent(p_task bigint, p_status text) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE n int; seg bigint;
BEGIN
  -- the feed first: a dispatcher feeding the task right now holds its row, and this waits for it to commit, so
  -- the DELETE below sees every queue row it added
  DELETE FROM task_feed f WHERE f.task_id = p_task;
  DELETE FROM message_queue q WHERE q.task_id = p_task AND q.lease_owner IS NULL;
  WITH m AS (
    UPDATE message m SET status = p_status, done_at = now(), next_attempt_at = NULL
     WHERE m.task_id = p_task AND m.status = 'queued'
       AND NOT EXISTS (SELECT 1 FROM message_queue q WHERE q.message_id = m.id)
    RETURNING m.segments)
  SELECT count(*), coalesce(sum(segments), 0) INTO n, seg FROM m;
  IF n > 0 THEN
    PERFORM smsdesk._task_settle(ARRAY[p_task], NULL, NULL, NULL,
                                 ARRAY[CASE WHEN p_status = 'expired' THEN n ELSE 0 END],
                                 ARRAY[CASE WHEN p_status = 'cancelled' THEN n ELSE 0 END], NULL, ARRAY[seg]);
  END IF;
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk._task_stop_unsent(bigint, text) FROM PUBLIC;
