-- Housekeeping, about once a second from every dispatcher (cheap when there is nothing to do):
-- marks dead dispatchers stopped and frees their channels, takes back leases of the dead (duplicate
-- suspects: they may have been on the wire), starts due scheduled tasks, expires tasks past their end
-- time (SEND-2), retries recent unmatched receipts, and with p_full (every ~30 s) finishes messages whose
-- receipt never came (timeout, refunded) and takes back leases that outlived their time. Messages that end here
-- are staged for the rollups (_task_stop_unsent, _apply_receipts, and the timeouts below).
CREATE OR REPLACE FUNCTION smsdesk.dispatch_maintenance(p_dispatcher bigint, p_grace_s int DEFAULT 5, p_full boolean DEFAULT false)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off AS $$
DECLARE dead bigint[]; reclaimed int := 0; expired int := 0; rematched int := 0; timed_out int := 0; t record;
        c record; started int; k int; seg bigint; st_carriers text[]; st_channels bigint[]; st_n bigint[];
        st_seg bigint[];
        r_ids bigint[]; r_chans bigint[]; r_keys text[]; r_stats text[]; r_errs text[]; r_cats text[];
        m_ids bigint[]; m_parts int[]; m_cats text[]; m_codes text[]; m_ok boolean[]; m_final boolean[];
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  UPDATE dispatcher_instance SET seen_at = now() WHERE id = p_dispatcher;
  SELECT coalesce(array_agg(d.id), '{}') INTO dead FROM dispatcher_instance d
   WHERE d.stopped_at IS NULL AND d.id <> p_dispatcher
     AND d.seen_at < now() - make_interval(secs => greatest(coalesce(p_grace_s, 5), 1))
     AND NOT smsdesk._lock_held(1396965377, d.id);
  IF cardinality(dead) > 0 THEN
    UPDATE dispatcher_instance SET stopped_at = now() WHERE id = ANY (dead);
    FOR c IN SELECT ch.id, ch.status, ch.owner_id FROM channel ch WHERE ch.owner_id = ANY (dead) LOOP
      IF NOT smsdesk._lock_held(1396965378, c.id) THEN
        UPDATE channel SET owner_id = NULL, status = CASE WHEN enabled THEN 'idle' ELSE 'disabled' END,
                           status_at = now(), status_reason = format('dispatcher %s died', c.owner_id)
         WHERE id = c.id;
        INSERT INTO channel_event (channel_id, dispatcher_id, old_status, new_status, reason)
        VALUES (c.id, p_dispatcher, c.status, 'idle', format('dispatcher %s died', c.owner_id));
      END IF;
    END LOOP;
    PERFORM smsdesk._audit('dispatcher.dead', array_to_string(dead, ','), NULL, '{}');
  END IF;
  IF cardinality(dead) > 0 OR p_full THEN
    WITH q AS (
      UPDATE message_queue SET lease_owner = NULL, lease_until = NULL
       WHERE lease_owner = ANY (dead) OR (p_full AND lease_until < now() - interval '60 seconds')
      RETURNING message_id)
    UPDATE message m SET status = 'queued', lease_owner = NULL, lease_until = NULL, duplicate_suspect = true
      FROM q WHERE m.id = q.message_id AND m.status = 'sending';
    GET DIAGNOSTICS reclaimed = ROW_COUNT;
  END IF;

  UPDATE send_task SET status = 'queued', updated_at = now()
   WHERE status = 'scheduled' AND send_at <= now();
  GET DIAGNOSTICS started = ROW_COUNT;

  FOR t IN SELECT s.id FROM send_task s
            WHERE s.status IN ('awaiting_review', 'scheduled', 'queued', 'sending') AND s.expires_at <= now()
              AND EXISTS (SELECT 1 FROM message m WHERE m.task_id = s.id AND m.status = 'queued')
            FOR UPDATE SKIP LOCKED LOOP
    expired := expired + smsdesk._task_stop_unsent(t.id, 'expired');
  END LOOP;

  -- Receipts that came before their submit_sm_resp was recorded (tx+rx binds) or during a takeover.
  SELECT array_agg(rc.id ORDER BY rc.id), array_agg(rc.channel_id ORDER BY rc.id),
         array_agg(array_to_string(rc.id_keys, ' ') ORDER BY rc.id), array_agg(rc.stat ORDER BY rc.id),
         array_agg(rc.err ORDER BY rc.id), array_agg(rc.category ORDER BY rc.id)
    INTO r_ids, r_chans, r_keys, r_stats, r_errs, r_cats
    FROM (SELECT * FROM receipt WHERE message_id IS NULL AND received_at > now() - interval '2 minutes'
             AND received_at < now() - interval '2 seconds'
           ORDER BY id LIMIT 5000) rc;
  IF r_ids IS NOT NULL THEN
    WITH cand AS (
      SELECT r.idx::int AS idx, r.channel, k.val, k.rank
        FROM unnest(r_chans, r_keys) WITH ORDINALITY AS r(channel, keys, idx)
        CROSS JOIN LATERAL unnest(string_to_array(r.keys, ' ')) WITH ORDINALITY AS k(val, rank)),
    x AS (
      SELECT DISTINCT ON (cd.idx) cd.idx, mp.message_id, mp.part_no::int AS part_no
        FROM cand cd JOIN message_part mp ON mp.channel_id = cd.channel AND mp.smsc_key = cd.val
       ORDER BY cd.idx, cd.rank),
    upd AS (
      UPDATE receipt rc SET message_id = x.message_id, part_no = x.part_no,
                            task_id = (SELECT m.task_id FROM message m WHERE m.id = x.message_id)
        FROM x WHERE rc.id = r_ids[x.idx])
    SELECT array_agg(x.message_id), array_agg(x.part_no), array_agg(r_cats[x.idx]),
           array_agg(r_stats[x.idx] || ':' || coalesce(r_errs[x.idx], '')), array_agg(r_stats[x.idx] = 'DELIVRD'),
           array_agg(r_stats[x.idx] IN ('DELIVRD', 'EXPIRED', 'DELETED', 'UNDELIV', 'REJECTD', 'UNKNOWN'))
      INTO m_ids, m_parts, m_cats, m_codes, m_ok, m_final
      FROM x;
    IF m_ids IS NOT NULL THEN
      rematched := cardinality(m_ids);
      PERFORM smsdesk._apply_receipts(array_agg(y.id), array_agg(y.part), array_agg(y.cat), array_agg(y.code),
                                      array_agg(y.ok))
         FROM unnest(m_ids, m_parts, m_cats, m_codes, m_ok, m_final) AS y(id, part, cat, code, ok, fin)
        WHERE y.fin;
    END IF;
  END IF;

  IF p_full THEN
    FOR t IN SELECT s.id FROM send_task s
              WHERE s.status = 'sending' AND s.updated_at < now() - interval '2 seconds'
                AND NOT EXISTS (SELECT 1 FROM message_queue q WHERE q.task_id = s.id)
              FOR UPDATE SKIP LOCKED LOOP
      WITH m AS (
        UPDATE message m SET status = 'failed', failure_category = 'timeout', error_code = 'NO_RECEIPT',
                             done_at = now()
          FROM channel ch
         WHERE m.task_id = t.id AND m.status = 'submitted' AND ch.id = m.channel_id
           AND m.submitted_at < now() - make_interval(secs => ch.receipt_timeout_s)
        RETURNING m.segments, m.carrier, m.channel_id),
      g AS (SELECT m.carrier, m.channel_id, count(*) AS n, sum(m.segments)::bigint AS seg FROM m GROUP BY 1, 2)
      SELECT coalesce(sum(g.n), 0), sum(g.seg), array_agg(g.carrier), array_agg(g.channel_id), array_agg(g.n),
             array_agg(g.seg)
        INTO k, seg, st_carriers, st_channels, st_n, st_seg FROM g;
      IF k > 0 THEN
        timed_out := timed_out + k;
        PERFORM smsdesk._task_settle(ARRAY[t.id], NULL, NULL, ARRAY[k], NULL, NULL, NULL, ARRAY[seg]);
        PERFORM smsdesk._stat_stage(array_fill(t.id, ARRAY[cardinality(st_n)]), st_carriers, st_channels,
                                    array_fill('failed'::text, ARRAY[cardinality(st_n)]),
                                    array_fill('timeout'::text, ARRAY[cardinality(st_n)]), st_n, st_seg, st_seg,
                                    NULL, true);
      END IF;
    END LOOP;
  END IF;
  RETURN jsonb_build_object('dead', dead, 'reclaimed', reclaimed, 'started', started, 'expired', expired,
                            'rematched', rematched, 'timed_out', timed_out);
END $$;

REVOKE ALL ON FUNCTION smsdesk.dispatch_maintenance(bigint, int, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.dispatch_maintenance(bigint, int, boolean) TO "__P__dispatcher";
