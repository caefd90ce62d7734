-- Delivery receipts, one round trip per batch: every receipt is kept as it came (matched or not), final
-- ones are applied. p_keys holds each receipt's candidate ids, space-separated, best first (see
-- smpp/receipt.message_id_keys): only the first is tried now; the other readings (the id in another base)
-- only by dispatch_maintenance, a few seconds later, so that a receipt that overtook its own submit_sm_resp
-- cannot match another message whose id reads the same in the other base. Returns how many found no
-- message yet (kept, and retried by dispatch_maintenance for a while).
CREATE OR REPLACE FUNCTION smsdesk.record_receipts(
  p_dispatcher bigint, p_channels bigint[], p_smsc_ids text[], p_keys text[], p_stats text[], p_errs text[],
  p_categories text[], p_delivered boolean[], p_final boolean[], p_raw text[])
RETURNS int LANGUAGE plpgsql SECURITY DEFINER SET search_path = smsdesk, pg_catalog, pg_temp SET plan_cache_mode = force_generic_plan SET jit = off SET enable_seqscan = off AS $$
DECLARE v_idx int[]; v_msg bigint[]; v_part int[]; v_task bigint[];
BEGIN
  PERFORM smsdesk._dispatcher_check(p_dispatcher);
  IF coalesce(cardinality(p_channels), 0) = 0 THEN
    RETURN 0;
  END IF;
  SELECT array_agg(r.idx), array_agg(mp.message_id), array_agg(mp.part_no::int), array_agg(m.task_id)
    INTO v_idx, v_msg, v_part, v_task
    FROM unnest(p_channels, p_keys) WITH ORDINALITY AS r(channel, keys, idx)
    JOIN message_part mp ON mp.channel_id = r.channel AND mp.smsc_key = split_part(r.keys, ' ', 1)
    JOIN message m ON m.id = mp.message_id;
  INSERT INTO receipt (channel_id, smsc_id, id_keys, stat, err, category, raw, message_id, task_id, part_no)
  SELECT r.channel, coalesce(r.smsc_id, ''), string_to_array(coalesce(r.keys, ''), ' '), r.stat, r.err, r.cat,
         coalesce(r.raw, ''), x.message_id, x.task_id, x.part_no
    FROM unnest(p_channels, p_smsc_ids, p_keys, p_stats, p_errs, p_categories, p_raw)
         WITH ORDINALITY AS r(channel, smsc_id, keys, stat, err, cat, raw, idx)
    LEFT JOIN unnest(v_idx, v_msg, v_task, v_part) AS x(idx, message_id, task_id, part_no) ON x.idx = r.idx;
  IF v_idx IS NOT NULL THEN
    PERFORM smsdesk._apply_receipts(array_agg(x.msg), array_agg(x.part), array_agg(p_categories[x.idx]),
                                    array_agg(p_stats[x.idx] || ':' || coalesce(p_errs[x.idx], '')),
                                    array_agg(p_delivered[x.idx]))
       FROM unnest(v_idx, v_msg, v_part) AS x(idx, msg, part) WHERE p_final[x.idx];
  END IF;
  RETURN cardinality(p_channels) - coalesce(cardinality(v_idx), 0);
END $$;

REVOKE ALL ON FUNCTION smsdesk.record_receipts(bigint, bigint[], text[], text[], text[], text[], text[], boolean[], boolean[], text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION smsdesk.record_receipts(bigint, bigint[], text[], text[], text[], text[], text[], boolean[], boolean[], text[]) TO "__P__dispatcher";
