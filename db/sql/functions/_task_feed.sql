-- Moves the next p_limit queued messages of a task into the queue, in id order; returns how many. One feeder
-- per task at a time (SKIP LOCKED: a dispatcher that finds another feeding the task claims elsewhere); the
-- feed row goes once nothing is left to move.
CREATE OR REPLACE FUNCTION smsdesk._task_feed(p_task bigint, p_limit int) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off SET enable_bitmapscan = off
SET enable_sort = off AS $$
DECLARE f task_feed; n int; last_id bigint;
BEGIN
  SELECT * INTO f FROM task_feed WHERE task_id = p_task FOR UPDATE SKIP LOCKED;
  IF f.task_id IS NULL THEN
    RETURN 0;
  END IF;
  WITH slice AS (
    SELECT m.id, m.carrier FROM message m
     WHERE m.task_id = p_task AND m.id >= f.next_id AND m.status = 'queued'
     ORDER BY m.task_id, m.id
     LIMIT greatest(p_limit, 1)),
  added AS (
    INSERT INTO message_queue (message_id, task_id, carrier, ready_at)
    SELECT s.id, p_task, coalesce(s.carrier, ''), f.ready_at FROM slice s
    ON CONFLICT (message_id) DO NOTHING)
  SELECT count(*), max(s.id) INTO n, last_id FROM slice s;
  IF n = 0 OR NOT EXISTS (SELECT 1 FROM message m WHERE m.task_id = p_task AND m.id > last_id AND m.status = 'queued')
  THEN
    DELETE FROM task_feed WHERE task_id = p_task;
  ELSE
    UPDATE task_feed SET next_id = last_id + 1 WHERE task_id = p_task;
  END IF;
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk._task_feed(bigint, int) FROM PUBLIC;
