-- At commit (a deferred constraint trigger on stat_hour_delta, so once per staged row: the first call does the
-- work, the others find nothing): the transaction's staged changes are added to stat_hour, then to stat_day (its
-- hours summed into days of stat_day_zone), each upserted in key order, and the staging rows go. Every writer
-- takes the rollups' row locks last and in the same order: no deadlock between dispatchers.
CREATE OR REPLACE FUNCTION smsdesk.tg_stat_hour_delta_flush() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp
SET plan_cache_mode = force_generic_plan SET jit = off AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM stat_hour_delta) THEN
    RETURN NULL;
  END IF;
  INSERT INTO stat_hour AS s (hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category,
                              messages, segments, refunded_segments, cost, latency_hist, replies, opt_outs)
  SELECT d.hour, d.group_id, d.user_id, d.kind, d.channel_id, d.carrier, d.template_id, d.outcome, d.category,
         sum(d.messages), sum(d.segments), sum(d.refunded_segments), sum(d.cost),
         smsdesk.stat_hist(array_agg(d.bucket), array_agg(d.messages)), sum(d.replies), sum(d.opt_outs)
    FROM stat_hour_delta d
   GROUP BY d.hour, d.group_id, d.user_id, d.kind, d.channel_id, d.carrier, d.template_id, d.outcome, d.category
   ORDER BY d.hour, d.group_id, d.user_id, d.kind, d.channel_id, d.carrier, d.template_id, d.outcome, d.category
  ON CONFLICT (hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category) DO UPDATE
     SET messages = s.messages + excluded.messages, segments = s.segments + excluded.segments,
         refunded_segments = s.refunded_segments + excluded.refunded_segments, cost = s.cost + excluded.cost,
         latency_hist = smsdesk.stat_hist_add(s.latency_hist, excluded.latency_hist),
         replies = s.replies + excluded.replies, opt_outs = s.opt_outs + excluded.opt_outs;
  INSERT INTO stat_day AS s (day, group_id, user_id, kind, outcome, messages, segments, refunded_segments, cost)
  SELECT (d.hour AT TIME ZONE smsdesk.stat_day_zone())::date, d.group_id, d.user_id, d.kind, d.outcome,
         sum(d.messages), sum(d.segments), sum(d.refunded_segments), sum(d.cost)
    FROM stat_hour_delta d
   WHERE d.outcome <> ''
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (day, group_id, user_id, kind, outcome) DO UPDATE
     SET messages = s.messages + excluded.messages, segments = s.segments + excluded.segments,
         refunded_segments = s.refunded_segments + excluded.refunded_segments, cost = s.cost + excluded.cost;
  DELETE FROM stat_hour_delta;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_stat_hour_delta_flush() FROM PUBLIC;
