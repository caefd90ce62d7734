-- Sums the rollups that follow from stat_hour again, for the hours [p_from, p_to) and the days and months of
-- stat_day_zone that touch them: stat_day per day and outcome, stat_day_wide per day and stat_month_wide per month
-- (outcomes as columns, the failed and expired per category in causes), stat_hour_kind per hour. stat_hour must be
-- exact there (stat_rebuild has just recomputed it, or the migration that brought these tables sums what it
-- holds); the caller holds the rollups' locks. Latency histograms are summed bucket by bucket (14 buckets:
-- stat_latency_bounds and an hour or more).
CREATE OR REPLACE FUNCTION smsdesk._stat_refold(p_from timestamptz, p_to timestamptz) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE zone text := smsdesk.stat_day_zone(); d_from date; d_to date; m_from date; m_to date;
BEGIN
  d_from := (p_from AT TIME ZONE zone)::date;
  d_to := ((p_to - interval '1 microsecond') AT TIME ZONE zone)::date + 1;
  m_from := date_trunc('month', d_from::timestamp)::date;
  m_to := (date_trunc('month', (d_to - 1)::timestamp) + interval '1 month')::date;
  DELETE FROM stat_day WHERE day >= d_from AND day < d_to;
  INSERT INTO stat_day (day, group_id, user_id, kind, outcome, messages, segments, refunded_segments, cost)
  SELECT (s.hour AT TIME ZONE zone)::date, s.group_id, s.user_id, s.kind, s.outcome, sum(s.messages),
         sum(s.segments), sum(s.refunded_segments), sum(s.cost)
    FROM stat_hour s
   WHERE s.hour >= (d_from::timestamp AT TIME ZONE zone) AND s.hour < (d_to::timestamp AT TIME ZONE zone)
     AND s.outcome <> ''
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5;
  DELETE FROM stat_day_wide WHERE day >= d_from AND day < d_to;
  INSERT INTO stat_day_wide (day, group_id, user_id, kind, channel_id, carrier, template_id, messages, delivered,
                             failed, expired, pending, cancelled, segments, delivered_segments, refunded_segments,
                             cost, latency_hist, causes, replies, opt_outs)
  SELECT (s.hour AT TIME ZONE zone)::date, s.group_id, s.user_id, s.kind, s.channel_id, s.carrier, s.template_id,
         sum(s.messages), coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'failed'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'expired'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'cancelled'), 0), sum(s.segments),
         coalesce(sum(s.segments) FILTER (WHERE s.outcome = 'delivered'), 0), sum(s.refunded_segments),
         sum(s.cost),
         CASE WHEN count(s.latency_hist) > 0 THEN ARRAY[sum(s.latency_hist[1]), sum(s.latency_hist[2]),
         sum(s.latency_hist[3]), sum(s.latency_hist[4]), sum(s.latency_hist[5]), sum(s.latency_hist[6]),
         sum(s.latency_hist[7]), sum(s.latency_hist[8]), sum(s.latency_hist[9]), sum(s.latency_hist[10]),
         sum(s.latency_hist[11]), sum(s.latency_hist[12]), sum(s.latency_hist[13]),
         sum(s.latency_hist[14])]::bigint[] END,
         smsdesk.stat_causes(array_agg(s.category) FILTER (WHERE s.outcome IN ('failed', 'expired')),
                             array_agg(s.messages) FILTER (WHERE s.outcome IN ('failed', 'expired'))),
         sum(s.replies), sum(s.opt_outs)
    FROM stat_hour s
   WHERE s.hour >= (d_from::timestamp AT TIME ZONE zone) AND s.hour < (d_to::timestamp AT TIME ZONE zone)
   GROUP BY 1, 2, 3, 4, 5, 6, 7
   ORDER BY 1, 2, 3, 4, 5, 6, 7;
  DELETE FROM stat_month_wide WHERE month >= m_from AND month < m_to;
  INSERT INTO stat_month_wide (month, group_id, user_id, kind, channel_id, carrier, template_id, messages,
                               delivered, failed, expired, pending, cancelled, segments, delivered_segments,
                               refunded_segments, cost, latency_hist, causes, replies, opt_outs)
  SELECT date_trunc('month', s.hour AT TIME ZONE zone)::date, s.group_id, s.user_id, s.kind, s.channel_id,
         s.carrier, s.template_id,
         sum(s.messages), coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'failed'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'expired'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'cancelled'), 0), sum(s.segments),
         coalesce(sum(s.segments) FILTER (WHERE s.outcome = 'delivered'), 0), sum(s.refunded_segments),
         sum(s.cost),
         CASE WHEN count(s.latency_hist) > 0 THEN ARRAY[sum(s.latency_hist[1]), sum(s.latency_hist[2]),
         sum(s.latency_hist[3]), sum(s.latency_hist[4]), sum(s.latency_hist[5]), sum(s.latency_hist[6]),
         sum(s.latency_hist[7]), sum(s.latency_hist[8]), sum(s.latency_hist[9]), sum(s.latency_hist[10]),
         sum(s.latency_hist[11]), sum(s.latency_hist[12]), sum(s.latency_hist[13]),
         sum(s.latency_hist[14])]::bigint[] END,
         smsdesk.stat_causes(array_agg(s.category) FILTER (WHERE s.outcome IN ('failed', 'expired')),
                             array_agg(s.messages) FILTER (WHERE s.outcome IN ('failed', 'expired'))),
         sum(s.replies), sum(s.opt_outs)
    FROM stat_hour s
   WHERE s.hour >= (m_from::timestamp AT TIME ZONE zone) AND s.hour < (m_to::timestamp AT TIME ZONE zone)
   GROUP BY 1, 2, 3, 4, 5, 6, 7
   ORDER BY 1, 2, 3, 4, 5, 6, 7;
  DELETE FROM stat_hour_kind WHERE hour >= p_from AND hour < p_to;
  INSERT INTO stat_hour_kind (hour, group_id, user_id, kind, messages, delivered, failed, pending, cancelled)
  SELECT s.hour, s.group_id, s.user_id, s.kind, sum(s.messages),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'delivered'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome IN ('failed', 'expired')), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'pending'), 0),
         coalesce(sum(s.messages) FILTER (WHERE s.outcome = 'cancelled'), 0)
    FROM stat_hour s
   WHERE s.hour >= p_from AND s.hour < p_to AND s.outcome <> ''
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4;
END $$;

REVOKE ALL ON FUNCTION smsdesk._stat_refold(timestamptz, timestamptz) FROM PUBLIC;
