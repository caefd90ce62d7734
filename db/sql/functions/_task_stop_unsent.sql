-- Ends the unsent part of a task (cancelled, rejected or expired): its feed row goes first, then
-- the queued messages no dispatcher holds become p_status and their segments are refunded (and the rollups move
-- them from pending to p_status); returns how many.
CREATE OR REPLACE FUNCTION smsdesk._task_stop_unsent(p_task bigint, p_status text) RETURNS int
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE n int; seg bigint; st_carriers text[]; st_channels bigint[]; st_n bigint[]; st_seg bigint[];
BEGIN
  -- the feed first: a dispatcher feeding the task right now holds its row, and this waits for it to commit, so
  -- the DELETE below sees every queue row it added
  DELETE FROM task_feed f WHERE f.task_id = p_task;
  DELETE FROM message_queue q WHERE q.task_id = p_task AND q.lease_owner IS NULL;
  WITH m AS (
    UPDATE message m SET status = p_status, done_at = now(), next_attempt_at = NULL
     WHERE m.task_id = p_task AND m.status = 'queued'
       AND NOT EXISTS (SELECT 1 FROM message_queue q WHERE q.message_id = m.id)
    RETURNING m.segments, m.carrier, m.channel_id),
  g AS (SELECT m.carrier, m.channel_id, count(*) AS n, sum(m.segments)::bigint AS seg FROM m GROUP BY 1, 2)
  SELECT coalesce(sum(g.n), 0), coalesce(sum(g.seg), 0), array_agg(g.carrier), array_agg(g.channel_id),
         array_agg(g.n), array_agg(g.seg)
    INTO n, seg, st_carriers, st_channels, st_n, st_seg FROM g;
  IF n > 0 THEN
    PERFORM smsdesk._task_settle(ARRAY[p_task], NULL, NULL, NULL,
                                 ARRAY[CASE WHEN p_status = 'expired' THEN n ELSE 0 END],
                                 ARRAY[CASE WHEN p_status = 'cancelled' THEN n ELSE 0 END], NULL, ARRAY[seg]);
    PERFORM smsdesk._stat_stage(array_fill(p_task, ARRAY[cardinality(st_n)]), st_carriers, st_channels,
                                array_fill(p_status, ARRAY[cardinality(st_n)]), NULL, st_n, st_seg, st_seg, NULL,
                                true);
  END IF;
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk._task_stop_unsent(bigint, text) FROM PUBLIC;
