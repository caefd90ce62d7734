-- Applies final receipts to messages and tasks: bit i of parts_done / parts_ok marks part i's final receipt
-- (and its delivery), so a duplicate receipt changes nothing. A message is final once every part has its
-- receipt: delivered if all were, else failed with the first failure's category; delivered segments are
-- charged, failed ones refunded (success billing).
CREATE OR REPLACE FUNCTION smsdesk._apply_receipts(p_message_ids bigint[], p_part_nos int[], p_categories text[],
                                        p_codes text[], p_delivered boolean[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE v_ids bigint[]; v_tasks bigint[]; v_d int[]; v_f int[]; v_ch bigint[]; v_rf bigint[]; stolen bigint[];
BEGIN
  IF coalesce(cardinality(p_message_ids), 0) = 0 THEN
    RETURN 0;
  END IF;
  WITH agg AS (
    SELECT x.id, bit_or(1 << x.part) AS done_bits, bit_or(CASE WHEN x.ok THEN 1 << x.part ELSE 0 END) AS ok_bits,
           min(x.cat) FILTER (WHERE NOT x.ok) AS cat, min(x.code) FILTER (WHERE NOT x.ok) AS code
      FROM unnest(p_message_ids, p_part_nos, p_categories, p_codes, p_delivered) AS x(id, part, cat, code, ok)
     GROUP BY x.id),
  mu AS (
    UPDATE message m
       SET parts_done = m.parts_done | agg.done_bits,
           parts_ok = m.parts_ok | agg.ok_bits,
           failure_category = coalesce(m.failure_category, agg.cat),
           error_code = CASE WHEN agg.code IS NULL THEN m.error_code ELSE coalesce(m.error_code, agg.code) END,
           status = CASE
             WHEN (m.parts_done | agg.done_bits) = (1 << m.segments) - 1
             THEN CASE WHEN (m.parts_ok | agg.ok_bits) = (1 << m.segments) - 1 THEN 'delivered' ELSE 'failed' END
             ELSE m.status END,
           done_at = CASE WHEN (m.parts_done | agg.done_bits) = (1 << m.segments) - 1 THEN clock_timestamp()
                          ELSE m.done_at END
      FROM agg
     WHERE m.id = agg.id AND m.status IN ('submitted', 'sending')
       AND (m.parts_done | agg.done_bits) <> m.parts_done
    RETURNING m.id, m.task_id, m.segments, m.status, m.lease_owner)
  SELECT array_agg(mu.id) FILTER (WHERE mu.lease_owner IS NOT NULL), array_agg(mu.id),
         array_agg(mu.task_id), array_agg((mu.status = 'delivered')::int), array_agg((mu.status = 'failed')::int),
         array_agg(CASE WHEN mu.status = 'delivered' THEN mu.segments ELSE 0 END::bigint),
         array_agg(CASE WHEN mu.status = 'failed' THEN mu.segments ELSE 0 END::bigint)
    INTO stolen, v_ids, v_tasks, v_d, v_f, v_ch, v_rf
    FROM mu WHERE mu.status IN ('delivered', 'failed');
  IF v_ids IS NULL THEN
    RETURN 0;
  END IF;
  PERFORM smsdesk._task_settle(v_tasks, NULL, v_d, v_f, NULL, NULL, v_ch, v_rf);
  IF stolen IS NOT NULL THEN
    -- A receipt finished a message a dispatcher holds again after a takeover: it must not go out twice.
    DELETE FROM message_queue WHERE message_id = ANY (stolen);
    UPDATE message SET lease_owner = NULL, lease_until = NULL WHERE id = ANY (stolen);
  END IF;
  RETURN cardinality(v_ids);
END $$;

REVOKE ALL ON FUNCTION smsdesk._apply_receipts(bigint[], integer[], text[], text[], boolean[]) FROM PUBLIC;
