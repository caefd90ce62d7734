-- Stages a batch's change to the rollups (stat_hour, stat_day) in the transaction that made it; the staged rows
-- are added to the rollups once, at commit, in key order (tg_stat_hour_delta_flush), so concurrent dispatchers
-- never deadlock on them and a rolled-back change leaves no trace. Each element stands for p_n messages of a task
-- that now have the outcome p_outcomes ('pending' for queued, sending and submitted; 'delivered', 'failed',
-- 'expired', 'cancelled'), with their channel (0 while pending), carrier, failure category ('' unless failed or
-- expired), segments, refunded segments and, for delivered ones, their latency bucket (stat_latency_bucket of the
-- submit-to-receipt seconds). With p_from_pending the same messages leave the task's pending row (channel 0,
-- category '') as they arrive in their new one. Money: delivered segments at the task's recorded price for the
-- message's carrier (send_task.prices: carrier -> price, '' for any other).
CREATE OR REPLACE FUNCTION smsdesk._stat_stage(p_tasks bigint[], p_carriers text[], p_channels bigint[],
                                               p_outcomes text[], p_categories text[], p_n bigint[],
                                               p_segments bigint[], p_refunded bigint[], p_buckets int[],
                                               p_from_pending boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off AS $$
BEGIN
  IF coalesce(cardinality(p_tasks), 0) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO stat_hour_delta (hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category,
                               messages, segments, refunded_segments, cost, bucket)
  SELECT date_trunc('hour', t.send_at, 'UTC'), t.group_id, t.owner_id, t.kind, y.channel, y.carrier,
         coalesce(t.template_id, 0), y.outcome, y.category, sum(y.n), sum(y.seg), sum(y.ref),
         sum(y.money * coalesce((t.prices ->> y.carrier)::numeric, (t.prices ->> '')::numeric, 0)), y.bucket
    FROM (SELECT x.task, coalesce(x.carrier, '') AS carrier,
                 CASE WHEN x.outcome = 'pending' THEN 0 ELSE coalesce(x.channel, 0) END AS channel,
                 x.outcome, CASE WHEN x.outcome IN ('failed', 'expired') THEN coalesce(x.category, '') ELSE '' END
                   AS category,
                 coalesce(x.n, 1) AS n, coalesce(x.seg, 0) AS seg, coalesce(x.ref, 0) AS ref,
                 CASE WHEN x.outcome = 'delivered' THEN coalesce(x.seg, 0) ELSE 0 END AS money,
                 CASE WHEN x.outcome = 'delivered' THEN coalesce(x.bucket, 1) ELSE 0 END AS bucket
            FROM unnest(p_tasks, p_carriers, p_channels, p_outcomes, p_categories, p_n, p_segments, p_refunded,
                        p_buckets) AS x(task, carrier, channel, outcome, category, n, seg, ref, bucket)
          UNION ALL
          SELECT x.task, coalesce(x.carrier, ''), 0, 'pending', '', -coalesce(x.n, 1), -coalesce(x.seg, 0), 0, 0, 0
            FROM unnest(p_tasks, p_carriers, p_n, p_segments) AS x(task, carrier, n, seg)
           WHERE p_from_pending) y
    JOIN send_task t ON t.id = y.task
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, y.bucket;
END $$;

REVOKE ALL ON FUNCTION smsdesk._stat_stage(bigint[], text[], bigint[], text[], text[], bigint[], bigint[], bigint[], int[], boolean) FROM PUBLIC;
