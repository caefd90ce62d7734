-- Outcomes of claimed messages, one round trip per batch. p_outcomes: 'submitted' (every part
-- accepted; p_smsc_ids holds the SMSC's ids space-separated, and the p_part_* arrays one row per part for matching
-- receipts), 'failed' (permanent, refunded), 'retry' (after p_delays seconds), 'released' (never sent: back to the
-- queue, the attempt not counted), 'expired' / 'cancelled' (the task ended before it went out, refunded). The lease
-- is the message row's (claim_batch): a 'submitted' is recorded even if the lease was lost meanwhile (the SMSC has
-- the message) and then marks a duplicate suspect, and counts once, the first time (the message had no
-- submitted_at yet); every other outcome needs the lease. A message claimed from message_queue leaves it here;
-- 'retry' and 'released' put the message (back) into message_queue. An accepted part keeps its message's number,
-- which is how replies find their message (record_replies); replies of these numbers stored in the last two minutes
-- that found no part then are matched here. Messages that end here (and replies matched here) are staged for the
-- rollups.
CREATE OR REPLACE FUNCTION smsdesk.record_submit_results(
  p_dispatcher bigint, p_ids bigint[], p_outcomes text[], p_errors text[], p_categories text[], p_delays int[],
  p_suspect boolean[], p_smsc_ids text[], p_part_ids bigint[], p_part_nos int[], p_part_channels bigint[],
  p_part_keys text[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE n int := 0; k int; v_tasks bigint[]; v_a int[]; v_b int[]; v_c int[]; v_seg bigint[];
        st_tasks bigint[]; st_carriers text[]; st_channels bigint[]; st_outcomes text[]; st_cats text[];
        st_n bigint[]; st_seg bigint[]; r_msgs bigint[]; r_opts boolean[];
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  IF 'submitted' = ANY (p_outcomes) THEN
    -- the parts take their message's number from its new version (one lookup of each message, not two)
    WITH r AS (
      SELECT x.id, x.suspect, string_to_array(x.raw, ' ') AS raws
        FROM unnest(p_ids, p_outcomes, p_suspect, p_smsc_ids) AS x(id, outcome, suspect, raw)
       WHERE x.outcome = 'submitted'),
    m AS (
      UPDATE message m
         SET status = CASE WHEN m.status IN ('delivered', 'failed', 'expired', 'cancelled') THEN m.status
                           ELSE 'submitted' END,
             smsc_ids = coalesce(m.smsc_ids, '{}') || coalesce(r.raws, '{}'),
             submitted_at = coalesce(m.submitted_at, now()),
             lease_owner = NULL, lease_until = NULL,
             duplicate_suspect = m.duplicate_suspect OR coalesce(r.suspect, false)
                                 OR m.lease_owner IS DISTINCT FROM p_dispatcher
        FROM r
       WHERE m.id = r.id
      RETURNING m.id, m.task_id, m.number, m.status = 'submitted' AND m.submitted_at = now() AS first),
    parts AS (
      INSERT INTO message_part (channel_id, smsc_key, message_id, part_no, number)
      SELECT x.channel, x.key, x.id, x.part, m.number
        FROM unnest(p_part_channels, p_part_keys, p_part_ids, p_part_nos) AS x(channel, key, id, part)
        LEFT JOIN m ON m.id = x.id
      ON CONFLICT DO NOTHING),
    gone AS (DELETE FROM message_queue q USING m WHERE q.message_id = m.id)
    SELECT array_agg(x.task_id), array_agg(x.c) INTO v_tasks, v_a
      FROM (SELECT m.task_id, count(*) FILTER (WHERE m.first)::int AS c FROM m GROUP BY m.task_id) x;
    PERFORM smsdesk._task_settle(v_tasks, v_a, NULL, NULL, NULL, NULL, NULL, NULL);
    n := n + 1;
  ELSIF coalesce(cardinality(p_part_ids), 0) > 0 THEN
    INSERT INTO message_part (channel_id, smsc_key, message_id, part_no, number)
    SELECT x.channel, x.key, x.id, x.part, m.number
      FROM unnest(p_part_channels, p_part_keys, p_part_ids, p_part_nos) AS x(channel, key, id, part)
      LEFT JOIN message m ON m.id = x.id
    ON CONFLICT DO NOTHING;
  END IF;
  -- A reply can be stored before the part of its number (the receiver link of a tx+rx bind, another
  -- dispatcher, results waiting behind a slow write): recent unmatched replies of these numbers take the
  -- newest message recorded here. One probe of a small partial index when there are none.
  IF coalesce(cardinality(p_part_ids), 0) > 0
     AND EXISTS (SELECT 1 FROM inbound_reply r
                  WHERE r.message_id IS NULL AND r.received_at > now() - interval '2 minutes') THEN
    WITH matched AS (
      UPDATE inbound_reply r
         SET message_id = lm.id, task_id = lm.task_id, owner_id = t.owner_id, group_id = t.group_id, kind = t.kind
        FROM (SELECT DISTINCT ON (m.number) m.number, m.id, m.task_id
                FROM unnest(p_part_ids) AS x(id) JOIN message m ON m.id = x.id
               ORDER BY m.number, m.id DESC) lm
        JOIN send_task t ON t.id = lm.task_id
       WHERE r.number = lm.number AND r.message_id IS NULL AND r.received_at > now() - interval '2 minutes'
      RETURNING r.message_id, r.opt_out)
    SELECT array_agg(matched.message_id), array_agg(matched.opt_out) INTO r_msgs, r_opts FROM matched;
    PERFORM smsdesk._stat_stage_replies(r_msgs, r_opts);
  END IF;

  IF 'failed' = ANY (p_outcomes) OR 'expired' = ANY (p_outcomes) OR 'cancelled' = ANY (p_outcomes) THEN
    WITH r AS (
      SELECT x.id, x.outcome, x.err, x.cat
        FROM unnest(p_ids, p_outcomes, p_errors, p_categories) AS x(id, outcome, err, cat)
       WHERE x.outcome IN ('failed', 'expired', 'cancelled')),
    m AS (
      UPDATE message m
         SET status = r.outcome, error_code = r.err, done_at = now(), lease_owner = NULL, lease_until = NULL,
             failure_category = CASE WHEN r.outcome = 'failed' THEN coalesce(r.cat, 'other') END
        FROM r
       WHERE m.id = r.id AND m.status = 'sending' AND m.lease_owner = p_dispatcher
      RETURNING m.id, m.task_id, m.segments, m.status, m.carrier, m.channel_id, m.failure_category),
    gone AS (DELETE FROM message_queue q USING m WHERE q.message_id = m.id),
    g AS (
      SELECT m.task_id, m.carrier, m.channel_id, m.status, m.failure_category, count(*) AS n,
             sum(m.segments)::bigint AS seg
        FROM m GROUP BY 1, 2, 3, 4, 5),
    st AS (
      SELECT array_agg(g.task_id) AS tasks, array_agg(g.carrier) AS carriers, array_agg(g.channel_id) AS channels,
             array_agg(g.status) AS outcomes, array_agg(g.failure_category) AS cats, array_agg(g.n) AS n,
             array_agg(g.seg) AS seg
        FROM g)
    SELECT array_agg(x.task_id), array_agg(x.f), array_agg(x.e), array_agg(x.c), array_agg(x.seg),
           (SELECT st.tasks FROM st), (SELECT st.carriers FROM st), (SELECT st.channels FROM st),
           (SELECT st.outcomes FROM st), (SELECT st.cats FROM st), (SELECT st.n FROM st), (SELECT st.seg FROM st)
      INTO v_tasks, v_a, v_b, v_c, v_seg, st_tasks, st_carriers, st_channels, st_outcomes, st_cats, st_n, st_seg
      FROM (SELECT g.task_id, sum(g.n) FILTER (WHERE g.status = 'failed')::int AS f,
                   sum(g.n) FILTER (WHERE g.status = 'expired')::int AS e,
                   sum(g.n) FILTER (WHERE g.status = 'cancelled')::int AS c, sum(g.seg)::bigint AS seg
              FROM g GROUP BY g.task_id) x;
    PERFORM smsdesk._task_settle(v_tasks, NULL, NULL, v_a, v_b, v_c, NULL, v_seg);
    PERFORM smsdesk._stat_stage(st_tasks, st_carriers, st_channels, st_outcomes, st_cats, st_n, st_seg, st_seg, NULL,
                                true);
    n := n + 1;
  END IF;

  IF 'retry' = ANY (p_outcomes) OR 'released' = ANY (p_outcomes) THEN
    WITH r AS (
      SELECT x.id, x.outcome, x.err, x.suspect,
             CASE WHEN x.outcome = 'retry' THEN now() + make_interval(secs => greatest(coalesce(x.delay, 0), 0))
             END AS retry_at
        FROM unnest(p_ids, p_outcomes, p_errors, p_delays, p_suspect) AS x(id, outcome, err, delay, suspect)
       WHERE x.outcome IN ('retry', 'released')),
    m AS (
      UPDATE message m
         SET status = 'queued', lease_owner = NULL, lease_until = NULL,
             next_attempt_at = r.retry_at,
             attempts = CASE WHEN r.outcome = 'released' THEN greatest(m.attempts - 1, 0) ELSE m.attempts END,
             error_code = CASE WHEN r.outcome = 'retry' THEN r.err ELSE m.error_code END,
             duplicate_suspect = m.duplicate_suspect OR coalesce(r.suspect, false)
        FROM r
       WHERE m.id = r.id AND m.status = 'sending' AND m.lease_owner = p_dispatcher
      RETURNING m.id, m.task_id, m.carrier, r.retry_at)
    INSERT INTO message_queue AS q (message_id, task_id, carrier, ready_at)
    SELECT m.id, m.task_id, coalesce(m.carrier, ''), coalesce(m.retry_at, now()) FROM m
    ON CONFLICT (message_id) DO UPDATE
       SET lease_owner = NULL, lease_until = NULL, ready_at = excluded.ready_at;
    n := n + 1;
  END IF;
  RETURN n;
END $$;

REVOKE ALL ON FUNCTION smsdesk.record_submit_results(bigint, bigint[], text[], text[], text[], int[], boolean[], text[], bigint[], int[], bigint[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.record_submit_results(bigint, bigint[], text[], text[], text[], int[], boolean[], text[], bigint[], int[], bigint[], text[]) TO "__P__dispatcher";
