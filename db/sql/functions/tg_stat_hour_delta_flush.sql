-- At commit (a deferred constraint trigger on stat_hour_delta, so once per staged row: the first call does the
-- work, the others find nothing): the transaction's staged changes are added to stat_hour, then to stat_day (its
-- hours summed into days of stat_day_zone), stat_day_wide and stat_month_wide (days and months of that zone, per
-- group, user, kind, channel, carrier and template, the outcomes as columns) and stat_hour_kind (hours per group,
-- user and kind), each upserted in key order, and the staging rows go. Every writer takes the rollups' row locks
-- last and in the same order: no deadlock between dispatchers.
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
  INSERT INTO stat_day_wide AS s (day, group_id, user_id, kind, channel_id, carrier, template_id, messages,
                                  delivered, failed, expired, pending, cancelled, segments, delivered_segments,
                                  refunded_segments, cost, latency_hist, causes, replies, opt_outs)
  SELECT (d.hour AT TIME ZONE smsdesk.stat_day_zone())::date, d.group_id, d.user_id, d.kind, d.channel_id,
         d.carrier, d.template_id, sum(d.messages),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'delivered'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'failed'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'expired'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'pending'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'cancelled'), 0), sum(d.segments),
         coalesce(sum(d.segments) FILTER (WHERE d.outcome = 'delivered'), 0), sum(d.refunded_segments),
         sum(d.cost),
         smsdesk.stat_hist(array_agg(d.bucket), array_agg(d.messages)),
         smsdesk.stat_causes(array_agg(d.category) FILTER (WHERE d.outcome IN ('failed', 'expired')),
                             array_agg(d.messages) FILTER (WHERE d.outcome IN ('failed', 'expired'))),
         sum(d.replies), sum(d.opt_outs)
    FROM stat_hour_delta d
   GROUP BY 1, 2, 3, 4, 5, 6, 7
   ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (day, group_id, user_id, kind, channel_id, carrier, template_id) DO UPDATE
     SET messages = s.messages + excluded.messages, delivered = s.delivered + excluded.delivered,
         failed = s.failed + excluded.failed, expired = s.expired + excluded.expired,
         pending = s.pending + excluded.pending, cancelled = s.cancelled + excluded.cancelled,
         segments = s.segments + excluded.segments,
         delivered_segments = s.delivered_segments + excluded.delivered_segments,
         refunded_segments = s.refunded_segments + excluded.refunded_segments, cost = s.cost + excluded.cost,
         latency_hist = smsdesk.stat_hist_add(s.latency_hist, excluded.latency_hist),
         causes = smsdesk.stat_hist_add(s.causes, excluded.causes),
         replies = s.replies + excluded.replies, opt_outs = s.opt_outs + excluded.opt_outs;
  INSERT INTO stat_month_wide AS s (month, group_id, user_id, kind, channel_id, carrier, template_id, messages,
                                    delivered, failed, expired, pending, cancelled, segments, delivered_segments,
                                    refunded_segments, cost, latency_hist, causes, replies, opt_outs)
  SELECT date_trunc('month', d.hour AT TIME ZONE smsdesk.stat_day_zone())::date, d.group_id, d.user_id, d.kind,
         d.channel_id, d.carrier, d.template_id, sum(d.messages),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'delivered'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'failed'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'expired'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'pending'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'cancelled'), 0), sum(d.segments),
         coalesce(sum(d.segments) FILTER (WHERE d.outcome = 'delivered'), 0), sum(d.refunded_segments),
         sum(d.cost),
         smsdesk.stat_hist(array_agg(d.bucket), array_agg(d.messages)),
         smsdesk.stat_causes(array_agg(d.category) FILTER (WHERE d.outcome IN ('failed', 'expired')),
                             array_agg(d.messages) FILTER (WHERE d.outcome IN ('failed', 'expired'))),
         sum(d.replies), sum(d.opt_outs)
    FROM stat_hour_delta d
   GROUP BY 1, 2, 3, 4, 5, 6, 7
   ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (month, group_id, user_id, kind, channel_id, carrier, template_id) DO UPDATE
     SET messages = s.messages + excluded.messages, delivered = s.delivered + excluded.delivered,
         failed = s.failed + excluded.failed, expired = s.expired + excluded.expired,
         pending = s.pending + excluded.pending, cancelled = s.cancelled + excluded.cancelled,
         segments = s.segments + excluded.segments,
         delivered_segments = s.delivered_segments + excluded.delivered_segments,
         refunded_segments = s.refunded_segments + excluded.refunded_segments, cost = s.cost + excluded.cost,
         latency_hist = smsdesk.stat_hist_add(s.latency_hist, excluded.latency_hist),
         causes = smsdesk.stat_hist_add(s.causes, excluded.causes),
         replies = s.replies + excluded.replies, opt_outs = s.opt_outs + excluded.opt_outs;
  INSERT INTO stat_hour_kind AS s (hour, group_id, user_id, kind, messages, delivered, failed, pending, cancelled)
  SELECT d.hour, d.group_id, d.user_id, d.kind, sum(d.messages),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'delivered'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome IN ('failed', 'expired')), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'pending'), 0),
         coalesce(sum(d.messages) FILTER (WHERE d.outcome = 'cancelled'), 0)
    FROM stat_hour_delta d
   WHERE d.outcome <> ''
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (hour, group_id, user_id, kind) DO UPDATE
     SET messages = s.messages + excluded.messages, delivered = s.delivered + excluded.delivered,
         failed = s.failed + excluded.failed, pending = s.pending + excluded.pending,
         cancelled = s.cancelled + excluded.cancelled;
  DELETE FROM stat_hour_delta;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION smsdesk.tg_stat_hour_delta_flush() FROM PUBLIC;
