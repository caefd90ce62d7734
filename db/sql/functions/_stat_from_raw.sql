-- The rollup rows of the hours [p_from, p_to) computed from the raw rows: every message of the tasks whose
-- send time falls in them (outcome, channel, category and money as stat_hour counts them) and the replies
-- matched to those messages. What stat_rebuild writes, and what the rollups must always equal.
CREATE OR REPLACE FUNCTION smsdesk._stat_from_raw(p_from timestamptz, p_to timestamptz)
RETURNS TABLE (hour timestamptz, group_id bigint, user_id bigint, kind text, channel_id bigint, carrier text,
               template_id bigint, outcome text, category text, messages bigint, segments bigint,
               refunded_segments bigint, cost numeric, latency_hist bigint[], replies bigint, opt_outs bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
  SELECT x.hour, x.group_id, x.user_id, x.kind, x.channel_id, x.carrier, x.template_id, x.outcome, x.category,
         count(*), sum(x.segments), sum(x.refunded), sum(x.money), smsdesk.stat_hist(array_agg(x.bucket),
         array_agg(1::bigint)), 0::bigint, 0::bigint
    FROM (SELECT date_trunc('hour', t.send_at, 'UTC') AS hour, t.group_id, t.owner_id AS user_id, t.kind,
                 CASE WHEN m.status IN ('queued', 'sending', 'submitted') THEN 0 ELSE coalesce(m.channel_id, 0) END
                   AS channel_id,
                 coalesce(m.carrier, '') AS carrier, coalesce(t.template_id, 0) AS template_id,
                 CASE WHEN m.status IN ('queued', 'sending', 'submitted') THEN 'pending' ELSE m.status END AS outcome,
                 CASE WHEN m.status IN ('failed', 'expired') THEN coalesce(m.failure_category, '') ELSE '' END
                   AS category,
                 m.segments::bigint AS segments,
                 CASE WHEN m.status IN ('expired', 'cancelled') OR (m.status = 'failed' AND m.attempts > 0)
                      THEN m.segments ELSE 0 END::bigint AS refunded,
                 CASE WHEN m.status = 'delivered'
                      THEN m.segments * coalesce((t.prices ->> coalesce(m.carrier, ''))::numeric,
                                                 (t.prices ->> '')::numeric, 0)
                      ELSE 0 END AS money,
                 CASE WHEN m.status = 'delivered'
                      THEN smsdesk.stat_latency_bucket(extract(epoch FROM m.done_at - m.submitted_at)::double precision)
                      ELSE 0 END AS bucket
            FROM send_task t JOIN message m ON m.task_id = t.id
           WHERE t.send_at >= p_from AND t.send_at < p_to) x
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9
  UNION ALL
  SELECT date_trunc('hour', t.send_at, 'UTC'), t.group_id, t.owner_id, t.kind, coalesce(m.channel_id, 0),
         coalesce(m.carrier, ''), coalesce(t.template_id, 0), '', '', 0, 0, 0, 0, NULL,
         count(*), count(*) FILTER (WHERE r.opt_out)
    FROM send_task t JOIN message m ON m.task_id = t.id JOIN inbound_reply r ON r.message_id = m.id
   WHERE t.send_at >= p_from AND t.send_at < p_to
   GROUP BY 1, 2, 3, 4, 5, 6, 7
$$;

REVOKE ALL ON FUNCTION smsdesk._stat_from_raw(timestamptz, timestamptz) FROM PUBLIC;
