-- Recomputes the rollups of the hours [p_from, p_to) from the raw rows (IT or a top-level administrator;
-- `smsdesk-admin report rebuild`): stat_hour's rows of those hours are replaced by _stat_from_raw, and stat_day's
-- days that touch them are summed again from stat_hour. The rollups are locked meanwhile (writers wait at their
-- commit), so nothing committed before is missed and nothing after is counted twice. Refused where message
-- details may already be purged (setting retention_months): rebuilding would lose those hours. Audited; returns
-- {hours, rows, messages}.
CREATE OR REPLACE FUNCTION smsdesk.stat_rebuild(p_from timestamptz, p_to timestamptz) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET jit = off AS $$
DECLARE f timestamptz := date_trunc('hour', p_from, 'UTC'); t timestamptz; keep int; n_rows bigint; n_msg bigint;
        d_from date; d_to date; zone text := smsdesk.stat_day_zone();
BEGIN
  PERFORM smsdesk._require_top_admin('the report rollups');
  IF p_from IS NULL OR p_to IS NULL OR p_to <= p_from THEN
    PERFORM smsdesk._fail('SD422', 'the range must end after it starts');
  END IF;
  t := date_trunc('hour', p_to, 'UTC');
  IF t < p_to THEN
    t := t + interval '1 hour';
  END IF;
  IF t - f > interval '3660 days' THEN
    PERFORM smsdesk._fail('SD422', 'a rebuild covers at most ten years');
  END IF;
  keep := coalesce((smsdesk.setting('retention_months') #>> '{}')::int, 0);
  IF keep > 0 AND f < now() - make_interval(months => keep) THEN
    PERFORM smsdesk._fail('SD422', format('message details older than %s months may be purged: rebuilding before %s '
                                          'would lose those hours', keep, now() - make_interval(months => keep)));
  END IF;
  LOCK TABLE stat_hour, stat_day IN EXCLUSIVE MODE;
  DELETE FROM stat_hour WHERE hour >= f AND hour < t;
  INSERT INTO stat_hour (hour, group_id, user_id, kind, channel_id, carrier, template_id, outcome, category,
                         messages, segments, refunded_segments, cost, latency_hist, replies, opt_outs)
  SELECT r.* FROM smsdesk._stat_from_raw(f, t) r
   ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
  GET DIAGNOSTICS n_rows = ROW_COUNT;
  SELECT coalesce(sum(s.messages), 0) INTO n_msg FROM stat_hour s WHERE s.hour >= f AND s.hour < t;
  d_from := (f AT TIME ZONE zone)::date;
  d_to := ((t - interval '1 microsecond') AT TIME ZONE zone)::date;
  DELETE FROM stat_day WHERE day BETWEEN d_from AND d_to;
  INSERT INTO stat_day (day, group_id, user_id, kind, outcome, messages, segments, refunded_segments, cost)
  SELECT (s.hour AT TIME ZONE zone)::date, s.group_id, s.user_id, s.kind, s.outcome, sum(s.messages),
         sum(s.segments), sum(s.refunded_segments), sum(s.cost)
    FROM stat_hour s
   WHERE s.hour >= (d_from::timestamp AT TIME ZONE zone) AND s.hour < ((d_to + 1)::timestamp AT TIME ZONE zone)
     AND s.outcome <> ''
   GROUP BY 1, 2, 3, 4, 5
   ORDER BY 1, 2, 3, 4, 5;
  PERFORM smsdesk._audit('report.rebuild', format('%s..%s', f, t), NULL,
                         jsonb_build_object('from', f, 'to', t, 'rows', n_rows, 'messages', n_msg));
  RETURN jsonb_build_object('hours', extract(epoch FROM t - f)::bigint / 3600, 'rows', n_rows, 'messages', n_msg);
END $$;

REVOKE ALL ON FUNCTION smsdesk.stat_rebuild(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.stat_rebuild(timestamptz, timestamptz) TO "__P__operator";
